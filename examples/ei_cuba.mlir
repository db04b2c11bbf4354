// A recurrent excitatory/inhibitory network: the Vogels & Abbott (2005) CUBA
// benchmark as Brian2 ships it. 4000 current-based LIF neurons, 80%
// excitatory, 2% random connectivity within and between the two groups.
// Excitatory synapses add 1.62 mV to a current that decays with 5 ms,
// inhibitory ones -9 mV to one that decays with 10 ms (Dale's law: the
// inhibitory population's weights are all <= 0). The resting potential lies
// above threshold, so the network is self-driven.
snn.network @ei_cuba dt(0.1 ms) {
  %exc = snn.population @exc excitatory
      cuba_lif<tau_m = 20.0 ms, tau_syn = 5.0 ms, tau_syn_inh = 10.0 ms,
               v_rest = -49.0 mV, v_th = -50.0 mV, v_reset = -60.0 mV,
               v_init = -60.0 mV, t_ref = 5.0 ms>
      : !snn.pop<3200>
  %inh = snn.population @inh inhibitory
      cuba_lif<tau_m = 20.0 ms, tau_syn = 5.0 ms, tau_syn_inh = 10.0 ms,
               v_rest = -49.0 mV, v_th = -50.0 mV, v_reset = -60.0 mV,
               v_init = -60.0 mV, t_ref = 5.0 ms>
      : !snn.pop<800>

  // Recurrence: @exc feeds itself, so the graph has cycles.
  %ee = snn.projection @ee %exc -> %exc
      fixed_probability<p = 0.02, seed = 1, weight = 1.62> : !snn.proj<3200, 3200>
  %ei = snn.projection @ei %exc -> %inh
      fixed_probability<p = 0.02, seed = 2, weight = 1.62> : !snn.proj<3200, 800>
  %ie = snn.projection @ie %inh -> %exc
      fixed_probability<p = 0.02, seed = 3, weight = -9.0> : !snn.proj<800, 3200>
  %ii = snn.projection @ii %inh -> %inh
      fixed_probability<p = 0.02, seed = 4, weight = -9.0> : !snn.proj<800, 800>

  snn.probe @exc_spikes spikes %exc : !snn.pop<3200>
  snn.probe @inh_spikes spikes %inh : !snn.pop<800>
  snn.probe @exc_voltage voltage %exc every(10) : !snn.pop<3200>
}
