// Pair STDP from 1000 Poisson inputs onto 100 LIF neurons: the setup of Song,
// Miller & Abbott (2000) with current-based synapses. Each neuron listens to
// a random 20% of the inputs (~200 synapses), so neurons differ. Depression
// slightly outweighs potentiation (a_minus = 1.05 a_plus), which keeps the
// output rate in check while the weights spread out.
//
// Single updates are a fraction of a weight LSB in fixed point, so they are
// rounded stochastically (semantics.md §13): with rounding to nearest most
// pairings would vanish and the rate would drift away from the float
// semantics (plasticc-ref --compare-golden measures both).
snn.network @stdp_poisson dt(0.1 ms) {
  %in = snn.poisson_source @inputs rate(15.0 Hz) seed(42) : !snn.pop<1000>

  %out = snn.population @neurons excitatory
      lif<tau_m = 10.0 ms, v_rest = -70.0 mV, v_reset = -60.0 mV,
          v_th = -54.0 mV, t_ref = 1.0 ms>
      : !snn.pop<100>

  %w = snn.projection @inputs_to_neurons %in -> %out
      fixed_probability<p = 0.2, seed = 3, weight = 0.5> delay(0.1 ms)
      : !snn.proj<1000, 100>

  snn.plasticity %w stdp<a_plus = 0.005, a_minus = 0.00525,
      tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0,
      pairing = all_to_all, bounds = additive, rounding = stochastic>
      : !snn.proj<1000, 100>

  snn.probe @raster spikes %out : !snn.pop<100>
  snn.probe @weights weights %w every(10000) : !snn.proj<1000, 100>
}
