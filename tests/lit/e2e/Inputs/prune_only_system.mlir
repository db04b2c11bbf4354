// A system (docs/core.md §10) whose first core prunes with no weight rule
// (three-way-system.mlir): @pop has EnPrune and no learning datapath. Its
// weak plastic rows (0.2 mV) lie below the threshold and go at the first
// pruning step, its strong ones (0.7 mV) stay, and its static rows (0.2 mV,
// rows >= P) stay although below the threshold. @out takes @pop's spikes
// over a route.
snn.network @prune_only dt(1.0 ms) {
  %in = snn.poisson_source @in rate(50.0 Hz) seed(21) : !snn.pop<16>
  %hi = snn.poisson_source @hi rate(30.0 Hz) seed(22) : !snn.pop<8>
  %bg = snn.poisson_source @bg rate(20.0 Hz) seed(23) : !snn.pop<4>
  %pop = snn.population @pop lif<tau_m = 10.0 ms, v_rest = 0.0 mV,
      v_th = 1.5 mV, t_ref = 2.0 ms> : !snn.pop<6>
  %out = snn.population @out lif<tau_m = 10.0 ms, v_rest = 0.0 mV,
      v_th = 1.0 mV, t_ref = 2.0 ms> : !snn.pop<4>
  %weak = snn.projection @weak %in -> %pop
      fixed_probability<p = 0.7, seed = 3, weight = 0.2> : !snn.proj<16, 6>
  %strong = snn.projection @strong %hi -> %pop
      fixed_probability<p = 0.6, seed = 4, weight = 0.7> : !snn.proj<8, 6>
  %static = snn.projection @static %bg -> %pop
      all_to_all<weight = 0.2> : !snn.proj<4, 6>
  snn.plasticity %weak structural<threshold = 0.3, every = 25, regrow = 0> : !snn.proj<16, 6>
  snn.plasticity %strong structural<threshold = 0.3, every = 25, regrow = 0> : !snn.proj<8, 6>
  %fwd = snn.projection @fwd %pop -> %out
      all_to_all<weight = 0.8> : !snn.proj<6, 4>
  snn.probe @spikes spikes %out : !snn.pop<4>
}
