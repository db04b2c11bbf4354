// Per-neuron overrides reach the float reference, in the unit the model
// writes the parameter in. Both neurons get 6 mV per step from step 1
// (tau_m = 10 ms, dt = 1 ms: u = e^-0.1 (u + 6) -> 5.43, 10.34, 14.79, 18.81,
// 22.45, 25.74); neuron 0 (threshold 15 mV above rest) fires at step 4 and,
// after two refractory steps, again at step 10; neuron 1 (25 mV) at step 6.
// RUN: rm -rf %t && plasticc-ref %s --steps=11 -o %t
// (The second network below runs in the same command, 11 steps too.)
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

// Defaults that derive from an overridden parameter follow it per neuron: an
// `if` neuron measures u from its own v_reset. With 3 mV per step from step
// 1 and v_th = 10 mV: neuron 0 (v_reset 0) goes 3, 6, 9, 12 and fires at
// step 4; neuron 1 (v_reset 5) goes 8, 11: fires at step 2, then 8, 11 at 4.
// RUN: FileCheck %s --check-prefix=IF --input-file=%t/integrators.spikes.txt
snn.network @if_overrides dt(1.0 ms) {
  %drive = snn.spike_source @drive3 spikes [(0, 0.0 ms), (0, 1.0 ms),
      (0, 2.0 ms), (0, 3.0 ms)] : !snn.pop<1>
  %ifs = snn.population @integrators if<v_th = 10.0 mV, v_reset = 0.0 mV>
      overrides {v_reset = array<f64: 0.0, 5.0>} : !snn.pop<2>
  %in3 = snn.projection @in3 %drive -> %ifs all_to_all<weight = 3.0> : !snn.proj<1, 2>
}

// IF: # step neuron
// IF-NEXT: 2 1
// IF-NEXT: 4 0
// IF-NEXT: 4 1
// IF-NOT: {{[0-9]}}
