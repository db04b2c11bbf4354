// --numerics=fixed against the golden model: integrate-and-fire neurons
// driven by given spikes (several on one step, two on one channel and
// step, which the core merges) and a Poisson source, with a refractory
// period and all_to_all additive STDP with stochastic rounding.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %s 1500 %t | FileCheck %s
// CHECK: cpu-fixed-vs-golden-if.mlir: bit-identical, 1500 steps, {{[1-9][0-9]*}} spikes
snn.network @integrate dt(1.0 ms) {
  %cue = snn.spike_source @cue spikes [(0, 3.0 ms), (1, 3.0 ms), (2, 3.0 ms),
      (1, 3.0 ms), (3, 10.0 ms), (0, 40.0 ms), (2, 41.0 ms), (3, 700.0 ms)]
      : !snn.pop<4>
  %in = snn.poisson_source @in rate(30.0 Hz) seed(77) : !snn.pop<40>
  %pop = snn.population @pop if<v_th = 8.0 mV, v_reset = 0.0 mV, t_ref = 3.0 ms>
      : !snn.pop<8>
  %c = snn.projection @c %cue -> %pop all_to_all<weight = 6.0> delay(2.0 ms)
      : !snn.proj<4, 8>
  %p = snn.projection @p %in -> %pop fixed_probability<p = 0.5, seed = 8, weight = 1.0>
      : !snn.proj<40, 8>
  snn.plasticity %c stdp<a_plus = 0.1, a_minus = 0.11, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, w_min = 0.0, w_max = 7.0, rounding = stochastic>
      : !snn.proj<4, 8>
  snn.plasticity %p stdp<a_plus = 0.1, a_minus = 0.11, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, w_min = 0.0, w_max = 7.0, rounding = stochastic>
      : !snn.proj<40, 8>
  snn.probe @spikes spikes %pop : !snn.pop<8>
}
