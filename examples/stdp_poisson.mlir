// Pair STDP from 1000 Poisson inputs onto LIF neurons: the setup of Song,
// Miller & Abbott (2000), with current-based synapses. Under balanced STDP
// (a_minus slightly above a_plus) the weights split into a bimodal
// distribution and the output rate settles.
snn.network @stdp_poisson dt(0.1 ms) {
  %in = snn.poisson_source @inputs rate(15.0 Hz) seed(42) : !snn.pop<1000>

  %out = snn.population @neurons excitatory
      lif<tau_m = 10.0 ms, v_rest = -70.0 mV, v_reset = -60.0 mV,
               v_th = -54.0 mV, t_ref = 1.0 ms>
      : !snn.pop<100>

  %w = snn.projection @inputs_to_neurons %in -> %out
      all_to_all<weight = 0.1> delay(0.1 ms) : !snn.proj<1000, 100>

  snn.plasticity %w stdp<a_plus = 0.003, a_minus = 0.00315,
      tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 0.3,
      pairing = all_to_all, bounds = additive> : !snn.proj<1000, 100>

  snn.probe @raster spikes %out : !snn.pop<100>
  snn.probe @weights weights %w every(10000) : !snn.proj<1000, 100>
}
