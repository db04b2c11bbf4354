// The driver's --emit stages, and a shared library embedded from C through
// runtime/include/plasticc/runtime.h (the LIF worked example network).
//
// RUN: plasticc %s --target=cpu --emit=mlir -o %t.loops.mlir
// RUN: FileCheck %s --check-prefix=LOOPS --input-file=%t.loops.mlir
// RUN: plasticc %s --target=cpu --emit=llvm -o %t.ll
// RUN: FileCheck %s --check-prefix=LLVM --input-file=%t.ll
// RUN: plasticc %s --target=cpu --emit=obj -o %t.o
// RUN: nm %t.o | FileCheck %s --check-prefix=OBJ
// RUN: plasticc %s --target=cpu --emit=lib -o %t.so
// RUN: cc -I %plasticc_src/runtime/include %S/Inputs/embed.c %t.so -o %t.embed
// RUN: %t.embed | FileCheck %s --check-prefix=EMBED
// RUN: not plasticc %s --target=cpu --emit=bogus 2>&1 | FileCheck %s --check-prefix=BAD
// LOOPS: func.func @plasticc_net_step(%{{.*}}: i64)
// LOOPS: scf.for
// LLVM: define void @plasticc_net_step(i64
// OBJ: T plasticc_net_init
// OBJ: T plasticc_net_step
// OBJ: U plasticc_rt_spikes
// EMBED: dt 1 steps 8 spikes 1 probe 1 first (4, 0)
// EMBED: samples 8 size 1 last -59.5710 missing -1
// BAD: --emit must be mlir, llvm, obj, lib or exe, not 'bogus'
snn.network @embed dt(1.0 ms) {
  %drive = snn.spike_source @drive
      spikes [(0, 0.0 ms), (0, 1.0 ms), (0, 2.0 ms), (0, 3.0 ms), (0, 5.0 ms),
              (0, 6.0 ms)] : !snn.pop<1>
  %n = snn.population @n lif<tau_m = 10.0 ms, v_rest = -65.0 mV,
      v_th = -50.0 mV, t_ref = 2.0 ms> : !snn.pop<1>
  %p = snn.projection @p %drive -> %n all_to_all<weight = 6.0>
      : !snn.proj<1, 1>
  snn.probe @v voltage %n : !snn.pop<1>
  snn.probe @s spikes %n : !snn.pop<1>
}
