// Structural plasticity with pair STDP on a random projection (docs/semantics.md
// §7): every 50 steps synapses with |w| < 0.3 are pruned and each post neuron
// regrows up to 3 absent pairs drawn from the hash, with w = 0.5. Inputs/structural_reference.py
// replays it; spikes and weights (NaN where no synapse) must match.
//
// RUN: plasticc %s --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --steps=300 --out %t.out --quiet
// RUN: %python %S/Inputs/structural_reference.py %t.out | FileCheck %s
// CHECK: structural: {{[0-9]+}} pruned, {{[1-9][0-9]*}} regrown, {{[1-9][0-9]*}} spikes: ok
snn.network @structural dt(1.0 ms) {
  %in = snn.poisson_source @in rate(40.0 Hz) seed(17) : !snn.pop<20>
  %out = snn.population @out lif<tau_m = 10.0 ms, v_rest = 0.0 mV,
      v_th = 1.5 mV, t_ref = 2.0 ms> : !snn.pop<5>
  %w = snn.projection @w %in -> %out
      fixed_probability<p = 0.5, seed = 4, weight = 0.6> : !snn.proj<20, 5>
  snn.plasticity %w stdp<a_plus = 0.05, a_minus = 0.08, tau_plus = 10.0 ms,
      tau_minus = 10.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<20, 5>
  snn.plasticity %w structural<threshold = 0.3, every = 50, regrow = 3,
      w_init = 0.5, seed = 5> : !snn.proj<20, 5>
  snn.probe @spikes spikes %out : !snn.pop<5>
  snn.probe @weights weights %w every(50) : !snn.proj<20, 5>
}
