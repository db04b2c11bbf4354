// RUN: plasticc-opt %s | plasticc-opt | FileCheck %s
// RUN: plasticc-opt %examples/stdp_poisson.mlir --convert-snn-to-core | plasticc-opt | FileCheck %s --check-prefix=EXAMPLE

// CHECK-LABEL: core.design @net dt_ms(1.000000e+00)
// The pruning registers at their largest values (docs/core.md §11).
// CHECK: core.core @c0 {{{.*}}model = "lif"{{.*}}prune_every = 65535 : i64, prune_threshold = 128 : i64{{.*}}weights = dense<{{\[}}[10, -128, 3, 4], [0, 1, 2, -128]]> : tensor<2x4xi8>}
// CHECK: core.poisson_input @in to @c0 axons(0, 1) threshold(9007199254741) seed(7) delay(1)
// CHECK: core.spike_input @cue to @c0 axons(1, 1) delay(2) steps [1, 3] channels [0, 0]
// CHECK: core.probe @raster "spikes" of @c0 range(0, 3) every(1) scale(1.000000e+00) offset(0.000000e+00)
// CHECK: core.probe @w "weights" of @c0 range(0, 2) every(10) scale(6.250000e-02) offset(0.000000e+00)
core.design @net dt_ms(1.0) {
  core.core @c0 {population = "p", population_size = 3 : i64, neurons = 4 : i64, axons = 2 : i64,
    dt_ms = 1.0 : f64, v_lsb_mv = 0.015625 : f64, model = "lif", reset = "value", adaptive = false,
    decay_v = 59299 : i64, decay_i = 0 : i64, decay_th = 0 : i64, gain_i = 0 : i64,
    threshold = 960 : i64, v_reset = 0 : i64, th_jump = 0 : i64, bias = 0 : i64, ref_steps = 2 : i64,
    w_shift = 2 : i64, pairing = "all_to_all", decay_pre = 0 : i64, decay_post = 0 : i64, impulse = 64 : i64,
    stdp_enabled = false, bounds = "additive", rounding = "nearest", a_plus = 0 : i64, a_minus = 0 : i64,
    w_min = -127 : i64, w_max = 127 : i64, seed_neuron = 1 : i64, seed_learn = 1 : i64,
    recurrent_enabled = false, recurrent_offset = 0 : i64, recurrent_delay = 1 : i64,
    prune_threshold = 128 : i64, prune_every = 65535 : i64,
    weights = dense<[[10, -128, 3, 4], [0, 1, 2, -128]]> : tensor<2x4xi8>}
  core.poisson_input @in to @c0 axons(0, 1) threshold(9007199254741) seed(7) delay(1)
  core.spike_input @cue to @c0 axons(1, 1) delay(2) steps [1, 3] channels [0, 0]
  core.probe @raster "spikes" of @c0 range(0, 3) every(1) scale(1.0) offset(0.0)
  core.probe @w "weights" of @c0 range(0, 2) every(10) scale(0.0625) offset(0.0)
}

// EXAMPLE: core.design @stdp_poisson
// EXAMPLE: core.core @neurons
// EXAMPLE: core.poisson_input @inputs_to_neurons to @neurons axons(0, 1000)
// EXAMPLE: core.probe @raster "spikes" of @neurons range(0, 100) every(1) scale(1.000000e+00) offset(0.000000e+00)
// EXAMPLE: core.probe @weights "weights" of @neurons range(0, 1000) every(10000) scale(1.562500e-02) offset(0.000000e+00)
