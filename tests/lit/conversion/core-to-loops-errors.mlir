// RUN: plasticc-opt %s --convert-core-to-loops --split-input-file --verify-diagnostics

// The fixed-point CPU lowering needs at least one core.
// expected-error @+1 {{the CPU's fixed mode runs a design of at least one core.core, but @none has none}}
core.design @none dt_ms(1.0) {
}

// -----

// One network per program: a second design is refused at its own location.
core.design @first dt_ms(1.0) {
  core.core @a {population = "a", population_size = 4 : i64, neurons = 4 : i64, axons = 2 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<2x4xi8>}
}
// expected-error @+1 {{the CPU's fixed mode compiles one core.design per module}}
core.design @second dt_ms(1.0) {
  core.core @a {population = "a", population_size = 4 : i64, neurons = 4 : i64, axons = 2 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<2x4xi8>}
}
