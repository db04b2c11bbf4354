// hebbian, oja, bcm and three_factor (with a signal and with a population as
// modulator) against the straightforward reference Inputs/rules_reference.py
// (docs/semantics.md §5, §7: traces at step t, every synapse every step after
// the neuron update, clip after each update). Spikes must match exactly,
// weights and traces to 1e-9. Dense, CSR (fixed_probability, sparse) and
// all_to_all storage are all exercised.
//
// RUN: plasticc %s --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --steps=200 --out %t.out --quiet
// RUN: %python %S/Inputs/rules_reference.py %t.out | FileCheck %s
// CHECK: rules: {{[1-9][0-9]*}} spikes: ok
snn.network @rules dt(1.0 ms) {
  %in = snn.poisson_source @in rate(50.0 Hz) seed(21) : !snn.pop<12>
  %out = snn.population @out lif<tau_m = 10.0 ms, v_rest = 0.0 mV,
      v_th = 3.0 mV, t_ref = 2.0 ms> : !snn.pop<4>
  %reward = snn.signal_source @reward
      steps [0.0 ms = 0.0, 50.0 ms = 1.0, 120.0 ms = -0.5] : !snn.signal

  %h = snn.projection @hebb %in -> %out
      dense<weights = dense<0.3> : tensor<12x4xf64>> : !snn.proj<12, 4>
  snn.plasticity %h hebbian<eta = 0.01, tau = 20.0 ms, w_min = 0.0,
      w_max = 1.0> : !snn.proj<12, 4>
  %o = snn.projection @oja %in -> %out
      fixed_probability<p = 0.5, seed = 9, weight = 0.4> delay(2.0 ms)
      : !snn.proj<12, 4>
  snn.plasticity %o oja<eta = 0.02, tau = 15.0 ms, w_min = -1.0,
      w_max = 1.0> : !snn.proj<12, 4>
  %b = snn.projection @bcm %in -> %out all_to_all<weight = 0.2>
      : !snn.proj<12, 4>
  snn.plasticity %b bcm<eta = 0.005, tau = 10.0 ms, tau_theta = 100.0 ms,
      w_min = 0.0, w_max = 1.0> : !snn.proj<12, 4>
  %t = snn.projection @tf %in -> %out
      dense<weights = dense<0.25> : tensor<12x4xf64>> : !snn.proj<12, 4>
  snn.plasticity %t three_factor<a_plus = 1.0, a_minus = 1.05,
      tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.01,
      w_min = 0.0, w_max = 1.0> modulator(%reward : !snn.signal)
      : !snn.proj<12, 4>
  %t2 = snn.projection @tf_pop %in -> %out
      sparse<pre = [0, 3, 5, 7, 11], post = [0, 1, 2, 3, 0],
             weights = dense<0.5> : tensor<5xf64>> : !snn.proj<12, 4>
  snn.plasticity %t2 three_factor<a_plus = 0.5, a_minus = 0.6,
      tau_plus = 10.0 ms, tau_minus = 30.0 ms, tau_e = 50.0 ms, eta = 0.02,
      w_min = 0.0, w_max = 2.0> modulator(%out : !snn.pop<4>)
      : !snn.proj<12, 4>

  snn.probe @spikes spikes %out : !snn.pop<4>
  snn.probe @w_hebb weights %h every(50) : !snn.proj<12, 4>
  snn.probe @w_oja weights %o every(50) : !snn.proj<12, 4>
  snn.probe @w_bcm weights %b every(50) : !snn.proj<12, 4>
  snn.probe @w_tf weights %t every(50) : !snn.proj<12, 4>
  snn.probe @w_tf_pop weights %t2 every(50) : !snn.proj<12, 4>
  snn.probe @tr_tf traces %t every(50) : !snn.proj<12, 4>
}
