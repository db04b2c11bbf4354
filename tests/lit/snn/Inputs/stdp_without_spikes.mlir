snn.network @stdp_without_spikes dt(1.0 ms) {
  %a = snn.population @a rate<fn = tanh> : !snn.pop<3>
  %b = snn.population @b rate<fn = tanh> : !snn.pop<2>
  %w = snn.projection @w %a -> %b all_to_all<weight = 1.0> : !snn.proj<3, 2>
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}
