// RUN: plasticc-opt %s --convert-core-to-loops --cse | FileCheck %s

// Two cores and a route (docs/core.md §10): each core's globals under its
// own name, both registered with the runtime by index, one step running @a
// then @b, then the drain: @a's spikes j < 3 pushed as axons 1 + j into @b's
// input FIFO (at most 512 entries, else counted as dropped by the router).
// @a's sweep writes rows 0 .. P-1 = 2 and jumps its learning LFSR over the
// (6 - 3) x 4 draws of the static rows.
// CHECK-DAG: memref.global "private" @core_sys_a_weights : memref<24xi8>
// CHECK-DAG: memref.global "private" @core_sys_b_weights : memref<16xi8>
// CHECK-DAG: memref.global "private" @core_sys_b_routed : memref<4xi8>
// CHECK-DAG: memref.global "private" @core_sys_router_status : memref<1xi64>
// CHECK-LABEL: func.func @plasticc_net_init()
// CHECK: call @plasticc_rt_core(%c0_i32,
// CHECK: call @plasticc_rt_core(%c1_i32,
// CHECK: call @plasticc_rt_router(
// CHECK-LABEL: func.func @plasticc_net_step(%arg0: i64)
// CHECK: memref.get_global @core_sys{{.*}}lfsr_jump : memref<4x256xi32>
// The sweep of @a: rows 0 .. 2 only, then the jump.
// CHECK: scf.for %{{.*}} = %c0 to %c3 step %c1 {
// CHECK: call @plasticc_rt_core_spikes(%c0_i32, %arg0
// @b's gather takes the routed entries first.
// CHECK: memref.load %[[BROUTED:.*]][%{{.*}}] : memref<4xi8>
// CHECK: call @plasticc_rt_core_spikes(%c1_i32, %arg0
// The drain: @a's spike list, j < 3, into @b's FIFO or the router's count.
// CHECK: scf.for
// CHECK: arith.cmpi slt, %{{.*}}, %c3_i64
// CHECK: arith.cmpi slt, %{{.*}}, %c512_i64
// CHECK: memref.store %{{.*}}, %[[BROUTED]]
// CHECK: } else {
// CHECK-LABEL: func.func @plasticc_net_spike_count() -> i64
// CHECK: arith.addi
core.design @sys dt_ms(1.0) {
  core.core @a {population = "a", population_size = 3 : i64, neurons = 4 : i64, axons = 6 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<6x4xi8>, learning = "hebbian", eta = 100 : i64, plastic_axons = 3 : i64}
  core.core @b {population = "b", population_size = 3 : i64, neurons = 4 : i64, axons = 4 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 0 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<0> : tensor<4x4xi8>}
  core.poisson_input @in to @a axons(0, 1) threshold(9007199254741) seed(7) delay(1)
  core.route @ab from @a to @b axons(1, 3)
}
