// A fixed-mode network embedded through runtime.h: the core's spikes are
// kept only after plasticc_record_core_spikes(1) (a long run would otherwise
// hold every spike in memory), and writing the core state without them is
// an error, not a spikes.txt with steps missing.
// RUN: rm -rf %t && mkdir -p %t
// RUN: plasticc %s --target=cpu --numerics=fixed --emit=lib -o %t/net.so
// RUN: cc -I %plasticc_src/runtime/include %S/Inputs/embed_fixed.c %t/net.so -o %t/embed
// RUN: %t/embed %t/a %t/b 2>&1 | FileCheck %s
// RUN: FileCheck %s --check-prefix=SPIKES --input-file=%t/b/spikes.txt
// CHECK: plasticc: the core's spikes were not recorded (call plasticc_record_core_spikes(1) before running)
// CHECK: unrecorded -1 recorded 0
// Only steps 4..9 were recorded (the neuron also fires in steps 0..3): the
// first spike listed is at step 4 or later.
// SPIKES: # step neuron
// SPIKES-NEXT: {{[4-9]}} 0

snn.network @embed dt(1.0 ms) {
  %drive = snn.spike_source @drive spikes [(0, 0.0 ms), (0, 1.0 ms), (0, 2.0 ms),
      (0, 3.0 ms), (0, 4.0 ms), (0, 5.0 ms), (0, 6.0 ms), (0, 7.0 ms),
      (0, 8.0 ms), (0, 9.0 ms)] : !snn.pop<1>
  %n = snn.population @n lif<tau_m = 10.0 ms, v_rest = -65.0 mV,
      v_th = -60.0 mV> : !snn.pop<1>
  %in = snn.projection @in %drive -> %n all_to_all<weight = 6.0>
      : !snn.proj<1, 1>
}
