// three_factor with a population as the modulator (cpu-fixed-errors.mlir):
// the core's modulator is a register the host writes.
snn.network @popmod dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(1) : !snn.pop<4>
  %a = snn.population @a lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV> : !snn.pop<4>
  %p = snn.projection @p %in -> %a all_to_all<weight = 2.0> : !snn.proj<4, 4>
  snn.plasticity %p three_factor<a_plus = 0.5, a_minus = 0.5, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.01, w_min = 0.0, w_max = 4.0>
      modulator(%in : !snn.pop<4>) : !snn.proj<4, 4>
}
