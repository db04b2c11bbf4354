// RUN: plasticc-opt %s --convert-core-to-loops --split-input-file --cse | FileCheck %s
// RUN: plasticc-opt %s --convert-core-to-loops --split-input-file --cse | FileCheck %s --check-prefix=TABLE

// One core with STDP, a Poisson and a given input, two probes: the core's
// memories become globals (weights flattened [axon * N + neuron], state 6 x N,
// the two LFSR seeds), given spikes a constant table sorted by delivery step
// (step + delay) with a sentinel, and the step runs the golden model's
// phases with the runtime hooks of runtime.h.
// CHECK: memref.global "private" @core_net_weights : memref<8xi8> = dense<[10, -128, 3, 4, 0, 1, 2, -128]>
// CHECK: memref.global "private" @core_net_state : memref<6x4xi32> = dense<0>
// CHECK: memref.global "private" @core_net_lfsr : memref<2xi32> = dense<[5, 9]>
// CHECK: memref.global "private" @core_net_rec_due : memref<512xi64>
// CHECK: memref.global "private" constant @core_net_given_steps : memref<3xi64> = dense<[3, 5, 9223372036854775807]>
// CHECK: memref.global "private" constant @core_net_given_axons : memref<3xi32> = dense<[1, 1, 0]>
// CHECK-LABEL: func.func @plasticc_net_init()
// CHECK: call @plasticc_rt_network
// CHECK: call @plasticc_rt_probe(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (i32, i64, i64, i32, i64, i64, i64) -> ()
// CHECK: call @plasticc_rt_probe
// CHECK: call @plasticc_rt_core(%c0_i32, %{{.*}}, %c2_i64, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %c4_i64, %c2_i64)
// CHECK-LABEL: func.func @plasticc_net_step(%arg0: i64)
// Gather: the Poisson channel of step t - delay through splitmix64 (the
// seed's mix is a constant), then the given table's cursor.
// CHECK: %[[S:.*]] = arith.subi %arg0, %c1_i64
// CHECK: arith.xori %c7191089600892374487_i64, %[[S]]
// CHECK: arith.cmpi ult, %{{.*}}, %c9007199254741_i64
// CHECK: scf.while
// CHECK: scf.while
// Event phase: the row's draws of the learning LFSR first, the state in a
// register; one advance in closed form (no tables): the 16 bits shifted out
// are the low half times (1 + x + x^2)^-1, then the taps are XORed in.
// CHECK: %[[L:.*]] = memref.load %[[LFSR:.*]][%c1] : memref<2xi32>
// CHECK: scf.for %{{.*}} = %c0 to %c2 step %c1 iter_args(%[[S:.*]] = %[[L]]) -> (i32)
// CHECK: %[[LO:.*]] = arith.andi %[[S]], %c65535_i32
// CHECK: arith.shli %[[LO]], %c1_i32
// CHECK: arith.shli %{{.*}}, %c3_i32
// CHECK: arith.shli %{{.*}}, %c6_i32
// CHECK: arith.shli %{{.*}}, %c12_i32
// CHECK: arith.shrui %{{.*}}, %c15_i32
// CHECK: arith.shrui %{{.*}}, %c14_i32
// CHECK: arith.shli %{{.*}}, %c16_i32
// CHECK: %[[HI:.*]] = arith.shrui %[[S]], %c16_i32
// CHECK: %[[NEXT:.*]] = arith.xori %[[HI]]
// CHECK: arith.andi %[[NEXT]], %c65535_i32
// CHECK: scf.yield %[[NEXT]] : i32
// CHECK: memref.store %{{.*}}, %[[LFSR]][%c1] : memref<2xi32>
// Depression with stochastic rounding: floor((q14 + r8 << 6) / 2^14).
// CHECK: arith.shrsi %{{.*}}, %c14_i64
// Neuron phase: one neuron-LFSR draw per slot k < max(N, M) = 4, then the
// axons' pre traces (k < 2) and the neurons (k < 4, leak by mulQ16).
// CHECK: scf.for %{{.*}} = %c0 to %c4 step %c1 iter_args
// CHECK: memref.store %{{.*}}, %[[LFSR]][%c0] : memref<2xi32>
// CHECK: scf.for %{{.*}} = %c0 to %c2 step %c1 {
// CHECK: scf.for %{{.*}} = %c0 to %c4 step %c1 {
// CHECK: arith.muli %{{.*}}, %c59299_i64
// CHECK: arith.addi %{{.*}}, %c32768_i64
// CHECK: arith.shrsi %{{.*}}, %c16_i64
// Learning phase: potentiation of column pairs with a spike.
// CHECK: memref.store %{{.*}}, %[[LFSR]][%c1] : memref<2xi32>
// CHECK: call @plasticc_rt_core_spikes(%c0_i32, %arg0
// CHECK: call @plasticc_rt_spikes(%c0_i32, %arg0
// CHECK: func.call @plasticc_rt_sample(%c1_i32, %arg0
// CHECK-LABEL: func.func @plasticc_net_spike_count() -> i64
// CHECK-LABEL: func.func @plasticc_net_event_count() -> i64
// TABLE-NOT: core.
core.design @net dt_ms(1.0) {
  core.core @c0 {population = "p", population_size = 3 : i64, neurons = 4 : i64, axons = 2 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 59299 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 2 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 62340 : i64, decay_post = 62340 : i64, impulse = 64 : i64,
    stdp_enabled = true, bounds = "additive", rounding = "stochastic", a_plus = 2048 : i64, a_minus = 2150 : i64,
    w_min = 0 : i64, w_max = 127 : i64, seed_neuron = 5 : i64, seed_learn = 9 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<[[10, -128, 3, 4], [0, 1, 2, -128]]> : tensor<2x4xi8>}
  core.poisson_input @in to @c0 axons(0, 1) threshold(9007199254741) seed(7) delay(1)
  core.spike_input @cue to @c0 axons(1, 1) delay(2) steps [3, 1] channels [0, 0]
  core.probe @raster "spikes" of @c0 range(0, 3) every(1) scale(1.0) offset(0.0)
  core.probe @v "voltage" of @c0 range(0, 3) every(10) scale(0.015625) offset(-65.0)
}

// -----

// Recurrence: spikes enter the 512-entry recurrent FIFO (due step, axon)
// unless it is full (counted in status[1]); the gather pops entries due now.
// CHECK-LABEL: func.func @plasticc_net_step
// CHECK: scf.while
// CHECK: arith.remsi %{{.*}}, %c512_i64
// CHECK: scf.if
// CHECK: arith.addi %arg0, %c3_i64
core.design @rec dt_ms(1.0) {
  core.core @c0 {population = "p", population_size = 4 : i64, neurons = 4 : i64, axons = 6 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "cuba_lif", reset = "subtract", adaptive = true,
    decay_v = 59299 : i64, decay_i = 50000 : i64, decay_th = 65000 : i64, gain_i = 3000 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 64 : i64, bias = 5 : i64, ref_steps = 2 : i64,
    w_shift = 2 : i64, pairing = "nearest", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = true, recurrent_offset = 2 : i64, recurrent_delay = 3 : i64,
    weights = dense<10> : tensor<6x4xi8>}
  core.poisson_input @in to @c0 axons(0, 2) threshold(9007199254741) seed(7) delay(1)
}

// -----

// three_factor and a second current: negative weights go to the inhibitory
// accumulator; the event phase charges e with A- y(t-1) (14 - E = 11 bits);
// the host's modulator writes are applied before the gather; the sweep
// draws two words per pair (N draws per row) and updates e then w
// (stochasticShift by 16 + 7 + E = 26).
// CHECK-LABEL: func.func @plasticc_net_step
// CHECK: scf.while
// CHECK: memref.load %{{.*}} : memref<3xi64>
// CHECK: memref.store %{{.*}}, %[[ACCINH:.*]][%{{.*}}] : memref<4xi64>
// CHECK: arith.shrsi %{{.*}}, %c11_i64
// CHECK: arith.muli %{{.*}}, %c60000_i64
// CHECK: scf.for %{{.*}} = %c0 to %c2 step %c1 {
// CHECK: scf.for %{{.*}} = %c0 to %c4 step %c1 iter_args
// CHECK: arith.shrsi %{{.*}}, %c26_i64
core.design @tf dt_ms(1.0) {
  core.core @c0 {population = "p", population_size = 4 : i64, neurons = 4 : i64, axons = 2 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "cuba_lif", reset = "value", adaptive = false,
    decay_v = 59299 : i64, decay_i = 50000 : i64, decay_th = 0 : i64, gain_i = 3000 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 62340 : i64, decay_post = 62340 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 4096 : i64, a_minus = 4096 : i64,
    w_min = -100 : i64, w_max = 100 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<[[10, -20, 3, 4], [0, 1, -2, -128]]> : tensor<2x4xi8>,
    inh_current = true, decay_i_inh = 60000 : i64, gain_i_inh = 2000 : i64,
    learning = "three_factor", decay_e = 65000 : i64, e_frac_bits = 3 : i64, eta = 3277 : i64}
  core.poisson_input @in to @c0 axons(0, 2) threshold(9007199254741) seed(7) delay(1)
  core.modulator_input @m to @c0 steps [0, 10] values [0, 100]
}

// -----

// 256 slots: the neuron phase's draws run as 8 interleaved chains of 32,
// started at A^(32 c) s through jump tables.
// CHECK-LABEL: func.func @plasticc_net_step
// CHECK: scf.for %{{.*}} = %c0 to %c32 step %c1 iter_args(%{{[^,]*}} = %{{[^,]*}}, %{{[^,]*}} = %{{[^,]*}}, %{{[^,]*}} = %{{[^,]*}}, %{{[^,]*}} = %{{[^,]*}}, %{{[^,]*}} = %{{[^,]*}}, %{{[^,]*}} = %{{[^,]*}}, %{{[^,]*}} = %{{[^,]*}}, %{{[^,]*}} = %{{[^,]*}}) -> (i32, i32, i32, i32, i32, i32, i32, i32)
// CHECK: memref.global "private" constant @core_big_lfsr_jump : memref<4x256xi32>
// CHECK: memref.global "private" constant @core_big_lfsr_jump_6 : memref<4x256xi32>
core.design @big dt_ms(1.0) {
  core.core @c0 {population = "p", population_size = 4 : i64, neurons = 4 : i64, axons = 256 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 59299 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 0 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    weights = dense<10> : tensor<256x4xi8>}
  core.poisson_input @in to @c0 axons(0, 256) threshold(9007199254741) seed(7) delay(1)
}
