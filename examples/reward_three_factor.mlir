// Reward-modulated learning with an inhibitory interneuron. 40 Poisson inputs
// drive two LIF "action" neurons through plastic synapses; a single
// inhibitory interneuron, excited by both actions, inhibits them back
// (winner-take-all, after the interneuron of the project's background
// reading). STDP pairings only mark synapses as eligible; a reward signal
// given from 500 ms on turns eligibility into weight change
// (dw = eta * reward * e, the three-factor rule of Izhikevich 2007).
// Both populations' projections take one step, so the network also maps
// onto a two-core system (docs/core.md §10).
snn.network @reward_three_factor dt(1.0 ms) {
  %cue = snn.poisson_source @cue rate(20.0 Hz) seed(7) : !snn.pop<40>

  %actions = snn.population @actions excitatory
      lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_reset = -65.0 mV,
          v_th = -55.0 mV, t_ref = 2.0 ms,
          tau_th = 200.0 ms, th_jump = 0.5 mV>
      : !snn.pop<2>
  %interneuron = snn.population @interneuron inhibitory
      lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -60.0 mV,
          reset = subtract>
      : !snn.pop<1>

  %reward = snn.signal_source @reward
      steps [0.0 ms = 0.0, 500.0 ms = 1.0, 1500.0 ms = -0.5] : !snn.signal

  %plastic = snn.projection @plastic %cue -> %actions
      all_to_all<weight = 1.0> delay(1.0 ms) : !snn.proj<40, 2>
  snn.plasticity %plastic three_factor<a_plus = 1.0, a_minus = 1.05,
      tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 200.0 ms, eta = 0.05,
      w_min = 0.0, w_max = 3.0> modulator(%reward : !snn.signal)
      : !snn.proj<40, 2>

  %excite = snn.projection @excite %actions -> %interneuron
      all_to_all<weight = 6.0> : !snn.proj<2, 1>
  %inhibit = snn.projection @inhibit %interneuron -> %actions
      dense<weights = dense<[[-8.0, -8.0]]> : tensor<1x2xf32>> delay(1.0 ms)
      : !snn.proj<1, 2>

  snn.probe @action_spikes spikes %actions : !snn.pop<2>
  snn.probe @eligibility traces %plastic every(10) : !snn.proj<40, 2>
  snn.probe @weights weights %plastic every(100) : !snn.proj<40, 2>
}
