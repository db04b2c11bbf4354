snn.network @wrong_shape dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p dense<weights = dense<1.0> : tensor<2x2xf32>> : !snn.proj<3, 2>
}
