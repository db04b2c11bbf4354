// RUN: plasticc-opt %s --convert-snn-to-core --split-input-file | FileCheck %s

// Poisson inputs and a recurrent projection share the axons: inputs first,
// the recurrent rows after them; STDP parameters in Q8.8 weight LSBs.
// CHECK-LABEL: core.design @stdp dt_ms(1.000000e+00)
// CHECK: core.core @exc {
// CHECK-SAME: a_minus = 2150 : i64, a_plus = 2048 : i64
// CHECK-SAME: axons = 6 : i64
// CHECK-SAME: decay_post = 62340 : i64, decay_pre = 62340 : i64
// CHECK-SAME: decay_v = 61565 : i64
// CHECK-SAME: model = "lif", neurons = 4 : i64, pairing = "nearest", population = "exc", population_size = 3 : i64
// CHECK-SAME: recurrent_delay = 2 : i64, recurrent_enabled = true, recurrent_offset = 2 : i64
// CHECK-SAME: stdp_enabled = true
// CHECK-SAME: threshold = 15360 : i64
// CHECK-SAME: w_max = 127 : i64, w_min = 0 : i64, w_shift = 6 : i64
// Row 0..1: the inputs (all_to_all 4 mV = 64 LSB); rows 2..4: recurrence, one
// to one 2 mV on the diagonal, -128 (absent) elsewhere; row 5 and column 3 pad.
// CHECK-SAME: weights = dense<{{\[}}[64, 64, 64, -128], [64, 64, 64, -128], [32, -128, -128, -128], [-128, 32, -128, -128], [-128, -128, 32, -128], [-128, -128, -128, -128]]> : tensor<6x4xi8>
// CHECK: core.poisson_input @ff to @exc axons(0, 2) threshold(180143985094820) seed(5) delay(1)
snn.network @stdp dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(5) : !snn.pop<2>
  %exc = snn.population @exc lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<3>
  %ff = snn.projection @ff %in -> %exc all_to_all<weight = 4.0> : !snn.proj<2, 3>
  %rec = snn.projection @rec %exc -> %exc one_to_one<weights = dense<2.0> : tensor<3xf32>> delay(2.0 ms) : !snn.proj<3, 3>
  snn.plasticity %ff stdp<a_plus = 0.5, a_minus = 0.525, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 7.9375, pairing = nearest> : !snn.proj<2, 3>
  snn.plasticity %rec stdp<a_plus = 0.5, a_minus = 0.525, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 7.9375, pairing = nearest> : !snn.proj<3, 3>
}

// -----

// cuba_lif: the synaptic decay and the exact-integration gain; a constant
// current becomes the bias ((1 - e^-0.05) * 2 mV = 99.9 LSB of 2^-10 mV), v_init
// the initial state (-5 mV); inline spikes keep their
// steps and get the delay.
// CHECK-LABEL: core.design @cuba
// CHECK: core.core @c {
// CHECK-SAME: bias = 100 : i64
// CHECK-SAME: decay_i = 52425 : i64
// CHECK-SAME: gain_i = 2862 : i64
// CHECK-SAME: initial_u = dense<[-5120, -5120, 0, 0]> : tensor<4xi16>
// CHECK-SAME: model = "cuba_lif"
// CHECK-SAME: ref_steps = 2 : i64
// CHECK-SAME: stdp_enabled = false
// CHECK: core.spike_input @s_c to @c axons(0, 2) delay(3) steps [0, 2] channels [1, 0]
snn.network @cuba dt(1.0 ms) {
  %s = snn.spike_source @s spikes [(1, 0.0 ms), (0, 2.0 ms)] : !snn.pop<2>
  %c = snn.population @c cuba_lif<tau_m = 20.0 ms, tau_syn = 4.48 ms, v_rest = -60.0 mV, v_th = -50.0 mV, v_init = -65.0 mV, t_ref = 2.0 ms> : !snn.pop<2>
  %s_c = snn.projection @s_c %s -> %c dense<weights = dense<[[1.0, 2.0], [-1.0, 0.5]]> : tensor<2x2xf32>> delay(3.0 ms) : !snn.proj<2, 2>
  snn.current_source @bias %c constant(2.0 nA) : !snn.pop<2>
}

// -----

// three_factor with a signal modulator on cuba_lif with a second current
// (tau_syn_inh != tau_syn): the rule's registers in Q8.8 / Q0.16, E = 0 (a
// full-trace pairing of 16 LSB does not fit 2^1 finer units), the signal as
// the host's Q1.7 writes (two on step 5: the later wins), and the probe in
// core coordinates (traces: 1/64 per unit).
// CHECK-LABEL: core.design @tf
// CHECK: core.core @c {
// CHECK-SAME: a_minus = 4096 : i64, a_plus = 4096 : i64
// CHECK-SAME: decay_e = 64884 : i64
// CHECK-SAME: decay_i_inh = 59299 : i64, decay_post = 59299 : i64, decay_pre = 62340 : i64
// CHECK-SAME: e_frac_bits = 0 : i64, eta = 3277 : i64
// CHECK-SAME: gain_i_inh = 3040 : i64
// CHECK-SAME: inh_current = true, learning = "three_factor"
// CHECK-SAME: stdp_enabled = false
// CHECK: core.modulator_input @r to @c steps [0, 5, 9] values [0, -64, 32]
// CHECK: core.probe @tr "traces" of @c range(0, 2) every(5) scale(1.562500e-02) offset(0.000000e+00)
snn.network @tf dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %c = snn.population @c cuba_lif<tau_m = 20.0 ms, tau_syn = 5.0 ms, tau_syn_inh = 10.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %r = snn.signal_source @r steps [0.0 ms = 0.0, 5.0 ms = 1.0, 5.2 ms = -0.5, 9.0 ms = 0.25] : !snn.signal
  %w = snn.projection @w %in -> %c dense<weights = dense<[[1.0, -2.0], [0.5, 1.5]]> : tensor<2x2xf32>> : !snn.proj<2, 2>
  snn.plasticity %w three_factor<a_plus = 0.5, a_minus = 0.5, tau_plus = 20.0 ms, tau_minus = 10.0 ms, tau_e = 100.0 ms, eta = 0.05, w_min = -3.0, w_max = 3.0> modulator(%r : !snn.signal) : !snn.proj<2, 2>
  snn.probe @tr traces %w every(5) : !snn.proj<2, 2>
}

// -----

// hebbian: eta in Q8.8 weight LSBs per unit trace squared, both traces
// decay with the rule's tau, rounding stochastic.
// CHECK-LABEL: core.design @hebb
// CHECK: core.core @h {
// CHECK-SAME: decay_post = 62340 : i64, decay_pre = 62340 : i64
// CHECK-SAME: eta = 819 : i64
// CHECK-SAME: learning = "hebbian"
// CHECK-SAME: rounding = "stochastic"
// CHECK-SAME: w_max = 64 : i64, w_min = 0 : i64
snn.network @hebb dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %h = snn.population @h lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %h all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w hebbian<eta = 0.05, tau = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<2, 2>
}

// -----

// oja runs on the Hebbian unit: eta as for hebbian (Q8.8 weight LSBs per unit
// trace squared: 0.05 / (1/64 mV) * 256 = 819) and, for the y^2 * w term, as
// a pure number in Q0.16 (round(0.05 * 65536) = 3277).
// CHECK-LABEL: core.design @oja
// CHECK: core.core @h {
// CHECK-SAME: decay_post = 62340 : i64, decay_pre = 62340 : i64
// CHECK-SAME: eta = 819 : i64
// CHECK-SAME: hebbian_decay = 3277 : i64
// CHECK-SAME: learning = "hebbian"
// CHECK-SAME: rounding = "stochastic"
// CHECK-SAME: w_max = 64 : i64, w_min = 0 : i64
snn.network @oja dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %h = snn.population @h lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %h all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w oja<eta = 0.05, tau = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<2, 2>
}
