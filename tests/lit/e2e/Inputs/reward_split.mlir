// examples/reward_three_factor.mlir with 40 action neurons (and the
// interneuron's projections widened to them), so that --core-neurons=16
// splits @actions into 3 slice cores (docs/core.md §10.7): 13, 13 and 14
// neurons, each with the 40 plastic cue axons and the interneuron's static
// axon, the modulator written to every slice.
snn.network @reward_split dt(1.0 ms) {
  %cue = snn.poisson_source @cue rate(20.0 Hz) seed(7) : !snn.pop<40>

  %actions = snn.population @actions excitatory
      lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_reset = -65.0 mV,
          v_th = -55.0 mV, t_ref = 2.0 ms,
          tau_th = 200.0 ms, th_jump = 0.5 mV>
      : !snn.pop<40>
  %interneuron = snn.population @interneuron inhibitory
      lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -60.0 mV,
          reset = subtract>
      : !snn.pop<1>

  %reward = snn.signal_source @reward
      steps [0.0 ms = 0.0, 500.0 ms = 1.0, 1500.0 ms = -0.5] : !snn.signal

  %plastic = snn.projection @plastic %cue -> %actions
      all_to_all<weight = 1.0> delay(1.0 ms) : !snn.proj<40, 40>
  snn.plasticity %plastic three_factor<a_plus = 1.0, a_minus = 1.05,
      tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 200.0 ms, eta = 0.05,
      w_min = 0.0, w_max = 3.0> modulator(%reward : !snn.signal)
      : !snn.proj<40, 40>

  %excite = snn.projection @excite %actions -> %interneuron
      all_to_all<weight = 2.0> : !snn.proj<40, 1>
  %inhibit = snn.projection @inhibit %interneuron -> %actions
      all_to_all<weight = -8.0> delay(1.0 ms)
      : !snn.proj<1, 40>

  snn.probe @action_spikes spikes %actions : !snn.pop<40>
  snn.probe @eligibility traces %plastic every(10) : !snn.proj<40, 40>
  snn.probe @weights weights %plastic every(100) : !snn.proj<40, 40>
}
