// The sum-of-products rule (docs/semantics.md §7): x0 terms at delivery, y0
// terms on the columns of post spikes, then the eligibility e (e_terms) and
// the other terms on every synapse, each group followed by a clip. @as_stdp
// writes additive pair STDP as sop and must give the same weights as @stdp.
// Inputs/sop_reference.py replays the network.
//
// RUN: plasticc %s --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --steps=200 --out %t.out --quiet
// RUN: %python %S/Inputs/sop_reference.py %t.out | FileCheck %s
// CHECK: sop: {{[1-9][0-9]*}} spikes: ok
snn.network @sop dt(1.0 ms) {
  %in = snn.poisson_source @in rate(60.0 Hz) seed(8) : !snn.pop<10>
  %out = snn.population @out lif<tau_m = 10.0 ms, v_rest = 0.0 mV,
      v_th = 2.0 mV, t_ref = 2.0 ms> : !snn.pop<3>
  %reward = snn.signal_source @reward steps [0.0 ms = 0.5, 80.0 ms = -1.0]
      : !snn.signal

  %g = snn.projection @general %in -> %out all_to_all<weight = 0.3>
      : !snn.proj<10, 3>
  snn.plasticity %g sop<terms = [#snn.term<-0.02 * x0 * y1>,
                                 #snn.term<0.01 * x0 * w>,
                                 #snn.term<0.03 * y0 * x1>,
                                 #snn.term<0.001 * x1 * y1>,
                                 #snn.term<-0.0005 * w>,
                                 #snn.term<0.02 * r * e>],
      tau_x = 15.0 ms, tau_y = 25.0 ms, w_min = 0.0, w_max = 1.0,
      e_terms = [#snn.term<0.5 * y0 * x1>, #snn.term<-0.4 * x0 * y1>],
      tau_e = 50.0 ms> modulator(%reward : !snn.signal) : !snn.proj<10, 3>

  %s = snn.projection @as_stdp %in -> %out
      fixed_probability<p = 0.5, seed = 2, weight = 0.2> : !snn.proj<10, 3>
  snn.plasticity %s sop<terms = [#snn.term<-0.0105 * x0 * y1>,
                                 #snn.term<0.01 * y0 * x1>],
      tau_x = 20.0 ms, tau_y = 20.0 ms, w_min = 0.0, w_max = 0.5>
      : !snn.proj<10, 3>
  %t = snn.projection @stdp %in -> %out
      fixed_probability<p = 0.5, seed = 2, weight = 0.2> : !snn.proj<10, 3>
  snn.plasticity %t stdp<a_plus = 0.01, a_minus = 0.0105, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, w_min = 0.0, w_max = 0.5> : !snn.proj<10, 3>

  snn.probe @spikes spikes %out : !snn.pop<3>
  snn.probe @w_general weights %g every(50) : !snn.proj<10, 3>
  snn.probe @w_sop weights %s every(50) : !snn.proj<10, 3>
  snn.probe @w_stdp weights %t every(50) : !snn.proj<10, 3>
}
