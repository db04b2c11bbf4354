// RUN: plasticc-opt %s --split-input-file --verify-diagnostics

// Routes and systems out of docs/core.md §10's ranges.

core.design @net dt_ms(1.0) {
  core.core @a {population = "a", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @b {population = "b", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  // expected-error @+1 {{routes @a onto itself; a core's own spikes take its recurrent FIFO}}
  core.route @r from @a to @a axons(0, 3)
}

// -----

core.design @net dt_ms(1.0) {
  core.core @a {population = "a", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  // expected-error @+1 {{names no core.core as its destination: @nowhere}}
  core.route @r from @a to @nowhere axons(0, 3)
}

// -----

core.design @net dt_ms(1.0) {
  core.core @a {population = "a", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @b {population = "b", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  // expected-error @+1 {{names no core.core as its source: @x}}
  core.route @r from @x to @b axons(0, 3)
}

// -----

core.design @net dt_ms(1.0) {
  core.core @a {population = "a", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @b {population = "b", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  // expected-error @+1 {{count 4 is not in [1, 3], the neurons of @a}}
  core.route @r from @a to @b axons(0, 4)
}

// -----

core.design @net dt_ms(1.0) {
  core.core @a {population = "a", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @b {population = "b", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  // expected-error @+1 {{axons 2 .. 4 are not on @b (4 axons)}}
  core.route @r from @a to @b axons(2, 3)
}

// -----

core.design @net dt_ms(1.0) {
  // expected-error @+1 {{'plastic_axons' = 6 is outside [0, 4]}}
  core.core @a {population = "a", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>, plastic_axons = 6 : i64}
}

// -----

core.design @net dt_ms(1.0) {
  core.core @a {population = "a", population_size = 3 : i64, neurons = 4 : i64, axons = 64 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<64x4xi8>}
  core.core @b {population = "b", population_size = 3 : i64, neurons = 4 : i64, axons = 64 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<64x4xi8>}
  core.route @r0 from @a to @b axons(0, 1)
  core.route @r1 from @a to @b axons(1, 1)
  core.route @r2 from @a to @b axons(2, 1)
  core.route @r3 from @a to @b axons(3, 1)
  core.route @r4 from @a to @b axons(4, 1)
  core.route @r5 from @a to @b axons(5, 1)
  core.route @r6 from @a to @b axons(6, 1)
  core.route @r7 from @a to @b axons(7, 1)
  core.route @r8 from @a to @b axons(8, 1)
  core.route @r9 from @a to @b axons(9, 1)
  core.route @r10 from @a to @b axons(10, 1)
  core.route @r11 from @a to @b axons(11, 1)
  core.route @r12 from @a to @b axons(12, 1)
  core.route @r13 from @a to @b axons(13, 1)
  core.route @r14 from @a to @b axons(14, 1)
  core.route @r15 from @a to @b axons(15, 1)
  // expected-error @+1 {{is route 16 from @a; a source core has at most 16 routes}}
  core.route @r16 from @a to @b axons(16, 1)
}

// -----

core.design @net dt_ms(1.0) {
  core.core @c0 {population = "c0", population_size = 3 : i64, neurons = 4 : i64, axons = 64 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<64x4xi8>}
  core.core @c1 {population = "c1", population_size = 3 : i64, neurons = 4 : i64, axons = 64 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<64x4xi8>}
  core.core @c2 {population = "c2", population_size = 3 : i64, neurons = 4 : i64, axons = 64 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<64x4xi8>}
  core.core @c3 {population = "c3", population_size = 3 : i64, neurons = 4 : i64, axons = 64 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<64x4xi8>}
  core.core @c4 {population = "c4", population_size = 3 : i64, neurons = 4 : i64, axons = 64 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<64x4xi8>}
  core.core @c5 {population = "c5", population_size = 3 : i64, neurons = 4 : i64, axons = 64 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<64x4xi8>}
  core.route @r0 from @c0 to @c5 axons(0, 1)
  core.route @r1 from @c1 to @c5 axons(1, 1)
  core.route @r2 from @c2 to @c5 axons(2, 1)
  core.route @r3 from @c3 to @c5 axons(3, 1)
  core.route @r4 from @c4 to @c5 axons(4, 1)
  core.route @r5 from @c0 to @c5 axons(5, 1)
  core.route @r6 from @c1 to @c5 axons(6, 1)
  core.route @r7 from @c2 to @c5 axons(7, 1)
  core.route @r8 from @c3 to @c5 axons(8, 1)
  core.route @r9 from @c4 to @c5 axons(9, 1)
  core.route @r10 from @c0 to @c5 axons(10, 1)
  core.route @r11 from @c1 to @c5 axons(11, 1)
  core.route @r12 from @c2 to @c5 axons(12, 1)
  core.route @r13 from @c3 to @c5 axons(13, 1)
  core.route @r14 from @c4 to @c5 axons(14, 1)
  core.route @r15 from @c0 to @c5 axons(15, 1)
  core.route @r16 from @c1 to @c5 axons(16, 1)
  core.route @r17 from @c2 to @c5 axons(17, 1)
  core.route @r18 from @c3 to @c5 axons(18, 1)
  core.route @r19 from @c4 to @c5 axons(19, 1)
  core.route @r20 from @c0 to @c5 axons(20, 1)
  core.route @r21 from @c1 to @c5 axons(21, 1)
  core.route @r22 from @c2 to @c5 axons(22, 1)
  core.route @r23 from @c3 to @c5 axons(23, 1)
  core.route @r24 from @c4 to @c5 axons(24, 1)
  core.route @r25 from @c0 to @c5 axons(25, 1)
  core.route @r26 from @c1 to @c5 axons(26, 1)
  core.route @r27 from @c2 to @c5 axons(27, 1)
  core.route @r28 from @c3 to @c5 axons(28, 1)
  core.route @r29 from @c4 to @c5 axons(29, 1)
  core.route @r30 from @c0 to @c5 axons(30, 1)
  core.route @r31 from @c1 to @c5 axons(31, 1)
  core.route @r32 from @c2 to @c5 axons(32, 1)
  core.route @r33 from @c3 to @c5 axons(33, 1)
  core.route @r34 from @c4 to @c5 axons(34, 1)
  core.route @r35 from @c0 to @c5 axons(35, 1)
  core.route @r36 from @c1 to @c5 axons(36, 1)
  core.route @r37 from @c2 to @c5 axons(37, 1)
  core.route @r38 from @c3 to @c5 axons(38, 1)
  core.route @r39 from @c4 to @c5 axons(39, 1)
  core.route @r40 from @c0 to @c5 axons(40, 1)
  core.route @r41 from @c1 to @c5 axons(41, 1)
  core.route @r42 from @c2 to @c5 axons(42, 1)
  core.route @r43 from @c3 to @c5 axons(43, 1)
  core.route @r44 from @c4 to @c5 axons(44, 1)
  core.route @r45 from @c0 to @c5 axons(45, 1)
  core.route @r46 from @c1 to @c5 axons(46, 1)
  core.route @r47 from @c2 to @c5 axons(47, 1)
  core.route @r48 from @c3 to @c5 axons(48, 1)
  core.route @r49 from @c4 to @c5 axons(49, 1)
  core.route @r50 from @c0 to @c5 axons(50, 1)
  core.route @r51 from @c1 to @c5 axons(51, 1)
  core.route @r52 from @c2 to @c5 axons(52, 1)
  core.route @r53 from @c3 to @c5 axons(53, 1)
  core.route @r54 from @c4 to @c5 axons(54, 1)
  core.route @r55 from @c0 to @c5 axons(55, 1)
  core.route @r56 from @c1 to @c5 axons(56, 1)
  core.route @r57 from @c2 to @c5 axons(57, 1)
  core.route @r58 from @c3 to @c5 axons(58, 1)
  core.route @r59 from @c4 to @c5 axons(59, 1)
  core.route @r60 from @c0 to @c5 axons(60, 1)
  core.route @r61 from @c1 to @c5 axons(61, 1)
  core.route @r62 from @c2 to @c5 axons(62, 1)
  core.route @r63 from @c3 to @c5 axons(63, 1)
  // expected-error @+1 {{is route 64; a system has at most 64 routes}}
  core.route @r64 from @c0 to @c5 axons(0, 1)
}

// -----

core.design @net dt_ms(1.0) {
  core.core @c0 {population = "c0", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c1 {population = "c1", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c2 {population = "c2", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c3 {population = "c3", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c4 {population = "c4", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c5 {population = "c5", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c6 {population = "c6", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c7 {population = "c7", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c8 {population = "c8", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c9 {population = "c9", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c10 {population = "c10", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c11 {population = "c11", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c12 {population = "c12", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c13 {population = "c13", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @c14 {population = "c14", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  // expected-error @+1 {{is core 15 of @net; a system has at most 15 cores (target 15 of the system bus is the router}}
  core.core @c15 {population = "c15", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
}

// -----

core.design @net dt_ms(1.0) {
  core.core @a {population = "a", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @b {population = "b", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  // expected-error @+1 {{axons 9223372036854775807 .. 9223372036854775807 + 3 - 1 are not on @b (4 axons)}}
  core.route @r from @a to @b axons(9223372036854775807, 3)
}

// -----

core.design @net dt_ms(1.0) {
  core.core @a {population = "a", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @b {population = "b", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  // expected-error @+1 {{axons 9223372036854775806 .. 9223372036854775807 are not on @b (4 axons)}}
  core.route @r from @a to @b axons(9223372036854775806, 2)
}

// -----

core.design @net dt_ms(1.0) {
  core.core @a {population = "a", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.core @b {population = "b", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  // expected-error @+1 {{axons -1 .. 1 are not on @b (4 axons)}}
  core.route @r from @a to @b axons(-1, 3)
}
