snn.network @negative_time_constant dt(1.0 ms) {
  %p = snn.population @p lif<tau_m = -20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<1>
}
