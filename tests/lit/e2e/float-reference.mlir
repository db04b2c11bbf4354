// Float mode against a straightforward reference (Inputs/reference.py: plain
// per-synapse sums in the step order of docs/semantics.md §1). The network
// mixes what the CPU backend lowers: Poisson input, fixed_probability and
// all_to_all projections with delays, lif with an adaptive threshold and
// per-neuron thresholds, cuba_lif with separate inhibitory current, subtract
// reset and a stepped current, pair STDP (nearest/multiplicative and
// all_to_all/additive). Spikes must match exactly, weights and voltages to
// 1e-9.
//
// RUN: plasticc %s --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --duration=200 --out %t.out --quiet
// RUN: %python %S/Inputs/reference.py %t.out | FileCheck %s
// CHECK: reference: {{[0-9]+}} exc spikes, {{[0-9]+}} inh spikes: ok
snn.network @reference dt(0.5 ms) {
  %in = snn.poisson_source @in rate(40.0 Hz) seed(11) : !snn.pop<30>
  %exc = snn.population @exc excitatory
      lif<tau_m = 15.0 ms, v_rest = -60.0 mV, v_th = -52.0 mV,
          v_reset = -62.0 mV, t_ref = 1.5 ms, tau_th = 50.0 ms,
          th_jump = 1.0 mV>
      overrides {v_th = array<f64: -52.0, -52.5, -53.0, -53.5, -54.0, -52.0,
                                   -52.5, -53.0, -53.5, -54.0, -52.0, -52.5,
                                   -53.0, -53.5, -54.0, -52.0, -52.5, -53.0,
                                   -53.5, -54.0>}
      : !snn.pop<20>
  %inh = snn.population @inh inhibitory
      cuba_lif<tau_m = 10.0 ms, tau_syn = 5.0 ms, tau_syn_inh = 8.0 ms,
               v_rest = -60.0 mV, v_th = -55.0 mV, t_ref = 1.0 ms,
               reset = subtract>
      : !snn.pop<10>
  snn.current_source @bias %inh steps [0.0 ms = 0.5 nA, 50.0 ms = 1.0 nA]
      : !snn.pop<10>

  %ie = snn.projection @in_exc %in -> %exc
      fixed_probability<p = 0.3, seed = 5, weight = 2.0> delay(1.0 ms)
      : !snn.proj<30, 20>
  snn.plasticity %ie stdp<a_plus = 0.2, a_minus = 0.25, tau_plus = 10.0 ms,
      tau_minus = 15.0 ms, w_min = 0.0, w_max = 4.0, pairing = nearest,
      bounds = multiplicative> : !snn.proj<30, 20>
  %ee = snn.projection @exc_exc %exc -> %exc all_to_all<weight = 0.2>
      delay(2.0 ms) : !snn.proj<20, 20>
  snn.plasticity %ee stdp<a_plus = 0.05, a_minus = 0.06, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<20, 20>
  %ei = snn.projection @exc_inh %exc -> %inh
      fixed_probability<p = 0.5, seed = 6, weight = 1.5> : !snn.proj<20, 10>
  %iexc = snn.projection @inh_exc %inh -> %exc
      fixed_probability<p = 0.4, seed = 7, weight = -3.0> delay(1.5 ms)
      : !snn.proj<10, 20>
  %ii = snn.projection @inh_inh %inh -> %inh
      fixed_probability<p = 0.3, seed = 8, weight = -1.0> : !snn.proj<10, 10>

  snn.probe @exc_spikes spikes %exc : !snn.pop<20>
  snn.probe @inh_spikes spikes %inh : !snn.pop<10>
  snn.probe @inh_v voltage %inh every(4) : !snn.pop<10>
  snn.probe @w_ie weights %ie every(100) : !snn.proj<30, 20>
  snn.probe @w_ee weights %ee every(100) : !snn.proj<20, 20>
}
