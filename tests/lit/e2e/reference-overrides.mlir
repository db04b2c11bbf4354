// Per-neuron overrides reach the float reference, in the unit the model
// writes the parameter in. Both neurons get 6 mV per step from step 1
// (tau_m = 10 ms, dt = 1 ms: u = e^-0.1 (u + 6) -> 5.43, 10.34, 14.79, 18.81,
// 22.45, 25.74); neuron 0 (threshold 15 mV above rest) fires at step 4 and,
// after two refractory steps, again at step 10; neuron 1 (25 mV) at step 6.
// RUN: rm -rf %t && plasticc-ref %s --steps=11 -o %t
// RUN: FileCheck %s --input-file=%t/two.spikes.txt

snn.network @overrides dt(1.0 ms) {
  %drive = snn.spike_source @drive spikes [(0, 0.0 ms), (0, 1.0 ms), (0, 2.0 ms),
      (0, 3.0 ms), (0, 4.0 ms), (0, 5.0 ms), (0, 6.0 ms), (0, 7.0 ms),
      (0, 8.0 ms), (0, 9.0 ms)] : !snn.pop<1>
  %two = snn.population @two lif<tau_m = 10.0 ms, v_rest = -65.0 mV,
      v_th = -50.0 mV, t_ref = 2.0 ms>
      overrides {v_th = array<f64: -50.0, -40.0>} : !snn.pop<2>
  %in = snn.projection @in %drive -> %two all_to_all<weight = 6.0> : !snn.proj<1, 2>
}

// CHECK: # step neuron
// CHECK-NEXT: 4 0
// CHECK-NEXT: 6 1
// CHECK-NEXT: 10 0
// CHECK-NOT: {{[0-9]}}
