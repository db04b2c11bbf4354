// What the CPU backend does not lower yet is a located error, never dropped.
//
// RUN: not plasticc %s --target=cpu -o %t.exe 2>&1 | FileCheck %s
// RUN: not plasticc %s --target=cpu --numerics=fixed -o %t.exe 2>&1 | FileCheck %s --check-prefix=FIXED
// RUN: not plasticc %s --target=nowhere 2>&1 | FileCheck %s --check-prefix=TARGET
snn.network @unsupported dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<4>
  %out = snn.population @out lif<tau_m = 10.0 ms, v_rest = 0.0 mV,
      v_th = 1.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %out all_to_all<weight = 0.5>
      : !snn.proj<4, 2>
  // CHECK: unsupported.mlir:[[@LINE+1]]:3: error: sop terms with both x0 and y0 are not supported by the CPU backend yet
  snn.plasticity %w sop<terms = [#snn.term<0.01 * x0 * y0>],
      tau_x = 20.0 ms, tau_y = 20.0 ms, w_min = 0.0, w_max = 1.0>
      : !snn.proj<4, 2>
}
// FIXED: unsupported.mlir:13:3: error: rule 'sop' is not mapped onto the core by --convert-snn-to-core
// TARGET: unknown target 'nowhere' (available: cpu
