// --numerics=fixed against the golden model: adaptive threshold with
// subtract reset, a recurrent projection (delay 3 steps) and multiplicative
// STDP with nearest pairing and rounding to nearest on every synapse.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %s 4000 %t | FileCheck %s
// CHECK: cpu-fixed-vs-golden-adaptive.mlir: bit-identical, 4000 steps, {{[1-9][0-9]+}} spikes
snn.network @adaptive dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(5) : !snn.pop<60>
  %pop = snn.population @pop excitatory
      lif<tau_m = 15.0 ms, v_rest = -65.0 mV, v_th = -52.0 mV,
          v_reset = -65.0 mV, reset = subtract, tau_th = 80.0 ms,
          th_jump = 1.5 mV, t_ref = 1.0 ms>
      : !snn.pop<21>
  %ff = snn.projection @ff %in -> %pop fixed_probability<p = 0.4, seed = 9, weight = 2.5>
      delay(1.0 ms) : !snn.proj<60, 21>
  %rec = snn.projection @rec %pop -> %pop fixed_probability<p = 0.2, seed = 4, weight = 1.0>
      delay(3.0 ms) : !snn.proj<21, 21>
  snn.plasticity %ff stdp<a_plus = 0.05, a_minus = 0.055, tau_plus = 15.0 ms,
      tau_minus = 25.0 ms, w_min = 0.0, w_max = 5.0, pairing = nearest,
      bounds = multiplicative, rounding = nearest> : !snn.proj<60, 21>
  snn.plasticity %rec stdp<a_plus = 0.05, a_minus = 0.055, tau_plus = 15.0 ms,
      tau_minus = 25.0 ms, w_min = 0.0, w_max = 5.0, pairing = nearest,
      bounds = multiplicative, rounding = nearest> : !snn.proj<21, 21>
  snn.probe @spikes spikes %pop : !snn.pop<21>
  snn.probe @tr traces %ff every(50) : !snn.proj<60, 21>
}
