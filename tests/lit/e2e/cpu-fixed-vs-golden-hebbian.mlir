// --numerics=fixed against the golden model: hebbian learning on traces
// (the sweep phase, stochastically rounded over 20 fractional bits), with
// recurrence and adaptive lif neurons.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %s 3000 %t | FileCheck %s
// CHECK: cpu-fixed-vs-golden-hebbian.mlir: bit-identical, 3000 steps, {{[1-9][0-9]+}} spikes
snn.network @hebb dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(31) : !snn.pop<30>
  %pop = snn.population @pop excitatory
      lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV,
          v_reset = -65.0 mV, tau_th = 100.0 ms, th_jump = 1.0 mV>
      : !snn.pop<10>
  %ff = snn.projection @ff %in -> %pop fixed_probability<p = 0.5, seed = 5, weight = 2.0>
      : !snn.proj<30, 10>
  %rec = snn.projection @rec %pop -> %pop fixed_probability<p = 0.3, seed = 6, weight = 0.5>
      delay(2.0 ms) : !snn.proj<10, 10>
  snn.plasticity %ff hebbian<eta = 0.02, tau = 20.0 ms, w_min = 0.0, w_max = 4.0>
      : !snn.proj<30, 10>
  snn.plasticity %rec hebbian<eta = 0.02, tau = 20.0 ms, w_min = 0.0, w_max = 4.0>
      : !snn.proj<10, 10>
  snn.probe @spikes spikes %pop : !snn.pop<10>
}
