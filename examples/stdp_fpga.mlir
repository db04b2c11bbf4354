// Pair STDP from 256 Poisson inputs onto 64 LIF neurons: examples/
// stdp_poisson.mlir scaled to what one core on the iCEBreaker's iCE40 UP5K
// holds. Its 256 x 64 synapses take 16 KiB of the core's 64 KiB weight store
// (2 SPRAM; stdp_poisson's 1000 x 128 would need 125 KiB and is refused by
// --target=ice40-up5k with the numbers). Each neuron listens to a random 25%
// of the inputs; depression slightly outweighs potentiation, and single
// updates, a fraction of a weight LSB, are rounded stochastically.
//
//   plasticc examples/stdp_fpga.mlir --target=ice40-up5k -o stdp_fpga.ice40
//   plasticc examples/stdp_fpga.mlir --target=verilator -o stdp_fpga.sim
snn.network @stdp_fpga dt(0.5 ms) {
  %in = snn.poisson_source @inputs rate(15.0 Hz) seed(42) : !snn.pop<256>

  %out = snn.population @neurons excitatory
      lif<tau_m = 10.0 ms, v_rest = -70.0 mV, v_reset = -60.0 mV,
          v_th = -54.0 mV, t_ref = 1.0 ms>
      : !snn.pop<64>

  %w = snn.projection @inputs_to_neurons %in -> %out
      fixed_probability<p = 0.25, seed = 3, weight = 1.2> delay(0.5 ms)
      : !snn.proj<256, 64>

  snn.plasticity %w stdp<a_plus = 0.012, a_minus = 0.0126,
      tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 2.4,
      pairing = all_to_all, bounds = additive, rounding = stochastic>
      : !snn.proj<256, 64>

  snn.probe @raster spikes %out : !snn.pop<64>
  snn.probe @weights weights %w every(2000) : !snn.proj<256, 64>
}
