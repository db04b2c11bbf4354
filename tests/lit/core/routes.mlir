// RUN: plasticc-opt %s | plasticc-opt | FileCheck %s

// Two cores joined by routes (docs/core.md §10.1): fan-out of @a onto two
// ranges of @b, and @b back onto @a; plastic_axons (P) round-trips.
// CHECK-LABEL: core.design @sys dt_ms(1.000000e+00)
// CHECK: core.core @a {{{.*}}plastic_axons = 2 : i64
// CHECK: core.core @b
// CHECK: core.route @ab0 from @a to @b axons(0, 3)
// CHECK-NEXT: core.route @ab1 from @a to @b axons(3, 1)
// CHECK-NEXT: core.route @ba from @b to @a axons(2, 2)
core.design @sys dt_ms(1.0) {
  core.core @a {population = "a", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>, plastic_axons = 2 : i64}
  core.core @b {population = "b", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.route @ab0 from @a to @b axons(0, 3)
  core.route @ab1 from @a to @b axons(3, 1)
  core.route @ba from @b to @a axons(2, 2)
}
