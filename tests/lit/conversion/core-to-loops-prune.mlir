// RUN: plasticc-opt %s --convert-core-to-loops --split-input-file --cse | FileCheck %s

// Pruning (docs/core.md §11): register 46, the countdown, is a global that
// loading the image sets to E - 1 = 9. At each step, after the sweep and
// before the probes, C = 0 prunes and reloads E - 1, else C counts down; the
// prune pass visits rows i < P = 2 (row 2 is static), words c = pos ^ (i & 1)
// of N / 2 = 2 per row, and writes -128 where -T < w < T (T = 5).
// CHECK: memref.global "private" @core_net_prune_countdown : memref<1xi64> = dense<9>
// CHECK-LABEL: func.func @plasticc_net_step(%arg0: i64)
// CHECK: %[[C:.*]] = memref.load %[[REG:.*]][%c0] : memref<1xi64>
// CHECK: %[[FIRES:.*]] = arith.cmpi eq, %[[C]], %c0_i64
// CHECK: %[[DOWN:.*]] = arith.subi %[[C]], %c1_i64
// CHECK: %[[NEXT:.*]] = arith.select %[[FIRES]], %c9_i64, %[[DOWN]]
// CHECK: memref.store %[[NEXT]], %[[REG]][%c0] : memref<1xi64>
// CHECK: scf.if %[[FIRES]] {
// CHECK: scf.for %[[I:.*]] = %c0 to %c2 step %c1 {
// CHECK: scf.for %{{.*}} = %c0 to %c2 step %c1 {
// CHECK: %[[W:.*]] = arith.extsi %{{.*}} : i8 to i64
// CHECK: %[[GT:.*]] = arith.cmpi sgt, %[[W]], %c-5_i64
// CHECK: %[[LT:.*]] = arith.cmpi slt, %[[W]], %c5_i64
// CHECK: %[[WEAK:.*]] = arith.andi %[[GT]], %[[LT]]
// CHECK: %[[NEW:.*]] = arith.select %[[WEAK]], %c-128_i64, %[[W]]
// CHECK: arith.trunci %[[NEW]] : i64 to i8
// CHECK: call @plasticc_rt_core_spikes
core.design @net dt_ms(1.0) {
  core.core @c0 {population = "p", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 59299 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 2 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = true, bounds = "additive", rounding = "nearest", a_plus = 100 : i64, a_minus = 100 : i64,
    w_min = 0 : i64, w_max = 127 : i64, seed_neuron = 5 : i64, seed_learn = 9 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    plastic_axons = 2 : i64, prune_threshold = 5 : i64, prune_every = 10 : i64,
    weights = dense<[[10, -128, 3, 4], [0, 1, 2, -128], [1, 1, 1, 1], [2, 2, 2, 2]]> : tensor<4x4xi8>}
  core.poisson_input @in to @c0 axons(0, 4) threshold(9007199254741) seed(7) delay(1)
}

// -----

// Without prune_every there is no countdown and no prune pass.
// CHECK-NOT: prune_countdown
// CHECK-LABEL: func.func @plasticc_net_step(%arg0: i64)
// CHECK-NOT: %c-128_i64, %{{.*}} : i64
// CHECK-LABEL: func.func @plasticc_net_spike_count
core.design @net dt_ms(1.0) {
  core.core @c0 {population = "p", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 59299 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 2 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = true, bounds = "additive", rounding = "nearest", a_plus = 100 : i64, a_minus = 100 : i64,
    w_min = 0 : i64, w_max = 127 : i64, seed_neuron = 5 : i64, seed_learn = 9 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<[[10, -128, 3, 4], [0, 1, 2, -128], [1, 1, 1, 1], [2, 2, 2, 2]]> : tensor<4x4xi8>}
  core.poisson_input @in to @c0 axons(0, 4) threshold(9007199254741) seed(7) delay(1)
}
