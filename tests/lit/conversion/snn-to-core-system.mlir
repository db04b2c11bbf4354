// RUN: plasticc-opt %s --convert-snn-to-core --split-input-file | FileCheck %s
// RUN: plasticc-opt %examples/reward_three_factor.mlir --convert-snn-to-core --mlir-print-elementsattrs-with-hex-if-larger=1000 | FileCheck %s --check-prefix=REWARD

// One core per population in declaration order (docs/core.md §10), seeds
// with core index = population index (semantics §14: h(0, k, 0|1) | 1).
// @a: the plastic projection first (rows 0..1, P = 2), then the static
// group: the input (rows 2..3) and the own recurrence (rows 4..6, offset 4).
// CHECK-LABEL: core.design @mix
// CHECK: core.core @a {
// CHECK-SAME: axons = 8 : i64
// CHECK-SAME: plastic_axons = 2 : i64
// CHECK-SAME: recurrent_enabled = true, recurrent_offset = 4 : i64
// CHECK-SAME: seed_learn = 2529590369 : i64, seed_neuron = 956087953 : i64
// CHECK-SAME: stdp_enabled = true
// CHECK-SAME: weights = dense<{{\[}}[64, 64, 64, -128], [64, 64, 64, -128], [32, 32, 32, -128], [32, 32, 32, -128], [16, -128, -128, -128], [-128, 16, -128, -128], [-128, -128, 16, -128], [-128, -128, -128, -128]]> : tensor<8x4xi8>
// CHECK: core.poisson_input @plastic_in to @a axons(0, 2)
// CHECK: core.poisson_input @static_in to @a axons(2, 2)
// All static: the single-core layout, no P.
// CHECK: core.core @b {
// CHECK-NOT: plastic_axons
// CHECK-SAME: axons = 4 : i64
// CHECK-SAME: seed_learn = 2412125971 : i64, seed_neuron = 13008817 : i64
// All plastic (hebbian), from two populations in op order: @a (rows 0..2), @b (rows 3..4).
// CHECK: core.core @c {
// CHECK-NOT: plastic_axons
// CHECK-SAME: axons = 6 : i64
// CHECK-SAME: learning = "hebbian"
// CHECK-SAME: seed_learn = 436599579 : i64, seed_neuron = 2534701093 : i64
// Routes in projection order: fan-out of @a onto @b and @c, then @b onto @c.
// CHECK: core.route @ab from @a to @b axons(0, 3)
// CHECK-NEXT: core.route @ac from @a to @c axons(0, 3)
// CHECK-NEXT: core.route @bc from @b to @c axons(3, 2)
snn.network @mix dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(5) : !snn.pop<2>
  %in2 = snn.poisson_source @in2 rate(20.0 Hz) seed(6) : !snn.pop<2>
  %a = snn.population @a lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<3>
  %b = snn.population @b lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %c = snn.population @c lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %static_in = snn.projection @static_in %in -> %a all_to_all<weight = 2.0> : !snn.proj<2, 3>
  %plastic_in = snn.projection @plastic_in %in2 -> %a all_to_all<weight = 4.0> : !snn.proj<2, 3>
  snn.plasticity %plastic_in stdp<a_plus = 0.5, a_minus = 0.525, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 7.9375> : !snn.proj<2, 3>
  %rec = snn.projection @rec %a -> %a one_to_one<weights = dense<1.0> : tensor<3xf32>> : !snn.proj<3, 3>
  %ab = snn.projection @ab %a -> %b all_to_all<weight = 3.0> : !snn.proj<3, 2>
  %ac = snn.projection @ac %a -> %c all_to_all<weight = 3.0> : !snn.proj<3, 2>
  snn.plasticity %ac hebbian<eta = 0.01, tau = 20.0 ms, w_min = 0.0, w_max = 4.0> : !snn.proj<3, 2>
  %bc = snn.projection @bc %b -> %c all_to_all<weight = 3.0> : !snn.proj<2, 2>
  snn.plasticity %bc hebbian<eta = 0.01, tau = 20.0 ms, w_min = 0.0, w_max = 4.0> : !snn.proj<2, 2>
  snn.probe @b_spikes spikes %b : !snn.pop<2>
  snn.probe @bc_w weights %bc : !snn.proj<2, 2>
}

// examples/reward_three_factor.mlir: @actions takes 40 plastic cue axons and
// the interneuron's static axon (row 40, -8 mV); the interneuron takes two
// axons from the actions; the modulator writes go to @actions.
// REWARD: core.design @reward_three_factor
// REWARD: core.core @actions {
// REWARD-SAME: axons = 42 : i64
// REWARD-SAME: learning = "three_factor"
// REWARD-SAME: plastic_axons = 40 : i64
// REWARD-SAME: seed_learn = 2529590369 : i64, seed_neuron = 956087953 : i64
// REWARD-SAME: [-64, -64, -128, -128], [-128, -128, -128, -128]]> : tensor<42x4xi8>
// REWARD: core.modulator_input @reward to @actions
// REWARD: core.poisson_input @plastic to @actions axons(0, 40)
// REWARD: core.core @interneuron {
// REWARD-SAME: axons = 2 : i64
// REWARD-NOT: plastic_axons
// REWARD-SAME: seed_learn = 2412125971 : i64, seed_neuron = 13008817 : i64
// REWARD: core.route @excite from @actions to @interneuron axons(0, 2)
// REWARD-NEXT: core.route @inhibit from @interneuron to @actions axons(40, 1)
