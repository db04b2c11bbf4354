// A rule --convert-snn-to-core does not map (cpu-fixed-errors.mlir).
snn.network @bcm dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(1) : !snn.pop<4>
  %a = snn.population @a lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV> : !snn.pop<4>
  %p = snn.projection @p %in -> %a all_to_all<weight = 2.0> : !snn.proj<4, 4>
  snn.plasticity %p bcm<eta = 0.01, tau = 20.0 ms, tau_theta = 1.0 s, w_min = 0.0, w_max = 5.0> : !snn.proj<4, 4>
}
