// RUN: plasticc-opt %s --convert-snn-to-core="core-neurons=16" --split-input-file | FileCheck %s
// RUN: plasticc-opt %s --convert-snn-to-core="core-neurons=16 report=-" --split-input-file -o /dev/null | FileCheck %s --check-prefix=REPORT
// RUN: plasticc-opt %s --convert-snn-to-core="core-neurons=16" --split-input-file --mlir-print-op-generic --mlir-print-elementsattrs-with-hex-if-larger=100000 > %t.split
// RUN: plasticc-opt %s --convert-snn-to-core --split-input-file --mlir-print-op-generic --mlir-print-elementsattrs-with-hex-if-larger=100000 > %t.whole
// RUN: %python %S/Inputs/check_slices.py %t.whole %t.split | FileCheck %s --check-prefix=SLICES

// A population of 40 neurons with core-neurons=16 runs on S = 3 slices
// (docs/core.md §10.7): lo_s = floor(s * 40 / 3) = 0, 13, 26, so 13, 13 and
// 14 neurons, each on N = 16. Every slice takes the whole axon layout (3
// plastic input axons, then the static @qp (rows 3..4) and the recurrence
// at padded positions, a block of N_s = 16 rows per slice (rows 5..52, 53
// axons on 54)); a slice's recurrent offset is 5 + 16 s, so its padding
// neurons reach its own padding rows, not another slice's. Seeds follow the
// core index (core 0, 1, 2 as @mix's @a, @b, @c in snn-to-core-system.mlir);
// @q is core 3.
// CHECK-LABEL: core.design @split
// CHECK: core.core @p_0 {
// CHECK-SAME: axons = 54 : i64
// CHECK-SAME: neurons = 16 : i64
// CHECK-SAME: plastic_axons = 3 : i64, population = "p", population_size = 13 : i64
// CHECK-SAME: recurrent_delay = 1 : i64, recurrent_enabled = true, recurrent_offset = 5 : i64
// CHECK-SAME: seed_learn = 2529590369 : i64, seed_neuron = 956087953 : i64
// CHECK-SAME: tensor<54x16xi8>
// Inputs reach every slice, under the slice's name.
// CHECK-NEXT: core.poisson_input @drive_0 to @p_0 axons(0, 3) threshold(180143985094820) seed(5) delay(1)
// CHECK-NEXT: core.core @p_1 {
// CHECK-SAME: population = "p", population_size = 13 : i64
// CHECK-SAME: recurrent_offset = 21 : i64
// CHECK-SAME: seed_learn = 2412125971 : i64, seed_neuron = 13008817 : i64
// CHECK-NEXT: core.poisson_input @drive_1 to @p_1 axons(0, 3) threshold(180143985094820) seed(5) delay(1)
// CHECK-NEXT: core.core @p_2 {
// CHECK-SAME: population = "p", population_size = 14 : i64
// CHECK-SAME: recurrent_offset = 37 : i64
// CHECK-SAME: seed_learn = 436599579 : i64, seed_neuron = 2534701093 : i64
// CHECK-NEXT: core.poisson_input @drive_2 to @p_2 axons(0, 3) threshold(180143985094820) seed(5) delay(1)
// One probe over the population, naming its first core.
// CHECK-NEXT: core.probe @p_spikes "spikes" of @p_0 range(0, 40)
// CHECK-NEXT: core.probe @p_v "voltage" of @p_0 range(0, 40)
// CHECK-NEXT: core.probe @drive_w "weights" of @p_0 range(0, 3)
// CHECK-NEXT: core.core @q {
// CHECK-SAME: axons = 40 : i64
// CHECK-SAME: seed_learn = 695124851 : i64, seed_neuron = 2344116681 : i64
// Routes in projection order, then source slice, then destination slice:
// the recurrence between slices (first = the slice's block, 5 + 16 s,
// count = the slice's size: its real neurons only), then @pq from every slice into @q (first = lo_s), then @qp into
// every slice.
// CHECK-NEXT: core.route @rec_0_1 from @p_0 to @p_1 axons(5, 13)
// CHECK-NEXT: core.route @rec_0_2 from @p_0 to @p_2 axons(5, 13)
// CHECK-NEXT: core.route @rec_1_0 from @p_1 to @p_0 axons(21, 13)
// CHECK-NEXT: core.route @rec_1_2 from @p_1 to @p_2 axons(21, 13)
// CHECK-NEXT: core.route @rec_2_0 from @p_2 to @p_0 axons(37, 14)
// CHECK-NEXT: core.route @rec_2_1 from @p_2 to @p_1 axons(37, 14)
// CHECK-NEXT: core.route @pq_0_0 from @p_0 to @q axons(0, 13)
// CHECK-NEXT: core.route @pq_1_0 from @p_1 to @q axons(13, 13)
// CHECK-NEXT: core.route @pq_2_0 from @p_2 to @q axons(26, 14)
// CHECK-NEXT: core.route @qp_0_0 from @q to @p_0 axons(3, 2)
// CHECK-NEXT: core.route @qp_0_1 from @q to @p_1 axons(3, 2)
// CHECK-NEXT: core.route @qp_0_2 from @q to @p_2 axons(3, 2)
// CHECK-NEXT: }
// The report names the population once with its slice cores.
// REPORT: network @split, population @p: 40 neurons on 3 cores, @p_0 (13 on 16), @p_1 (13 on 16), @p_2 (14 on 16), 53 axons on 54, 3 plastic
// REPORT-NOT: @p_
// REPORT: network @split, core @q: 2 neurons on 4, 40 axons on 40
// Against the unsplit mapping (core-neurons=1024): every slice has the
// population's registers and exactly its columns of the crossbar.
// SLICES: @split: population p: 3 slices [13, 13, 14] match the unsplit core
// SLICES: @reward: population actions: 2 slices [10, 10] match the unsplit core
snn.network @split dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(5) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<40>
  %q = snn.population @q lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %drive = snn.projection @drive %in -> %p all_to_all<weight = 4.0> : !snn.proj<3, 40>
  snn.plasticity %drive stdp<a_plus = 0.5, a_minus = 0.525, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 7.9375> : !snn.proj<3, 40>
  %rec = snn.projection @rec %p -> %p fixed_probability<p = 0.1, seed = 3, weight = 1.0> : !snn.proj<40, 40>
  %pq = snn.projection @pq %p -> %q all_to_all<weight = 3.0> : !snn.proj<40, 2>
  %qp = snn.projection @qp %q -> %p all_to_all<weight = -2.0> : !snn.proj<2, 40>
  snn.probe @p_spikes spikes %p : !snn.pop<40>
  snn.probe @p_v voltage %p : !snn.pop<40>
  snn.probe @drive_w weights %drive every(10) : !snn.proj<3, 40>
}

// -----

// A three-factor population of 20 over 2 slices: the modulator writes go to
// every slice (each a modulated core), and v_init to every slice's neurons.
// CHECK-LABEL: core.design @reward
// CHECK: core.core @actions_0 {
// CHECK-SAME: initial_u = dense<[-5120, -5120, -5120, -5120, -5120, -5120, -5120, -5120, -5120, -5120, 0, 0, 0, 0, 0, 0]> : tensor<16xi16>
// CHECK-SAME: learning = "three_factor"
// CHECK-SAME: population_size = 10 : i64
// CHECK-NEXT: core.modulator_input @reward_0 to @actions_0 steps [0, 5] values [0, 127]
// CHECK-NEXT: core.poisson_input @plastic_0 to @actions_0 axons(0, 4)
// CHECK-NEXT: core.core @actions_1 {
// CHECK-SAME: learning = "three_factor"
// CHECK-NEXT: core.modulator_input @reward_1 to @actions_1 steps [0, 5] values [0, 127]
// CHECK-NEXT: core.poisson_input @plastic_1 to @actions_1 axons(0, 4)
// CHECK-NEXT: core.probe @elig "traces" of @actions_0 range(0, 4)
snn.network @reward dt(1.0 ms) {
  %cue = snn.poisson_source @cue rate(20.0 Hz) seed(7) : !snn.pop<4>
  %actions = snn.population @actions lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV, v_init = -70.0 mV> : !snn.pop<20>
  %reward = snn.signal_source @reward steps [0.0 ms = 0.0, 5.0 ms = 1.0] : !snn.signal
  %plastic = snn.projection @plastic %cue -> %actions all_to_all<weight = 1.0> : !snn.proj<4, 20>
  snn.plasticity %plastic three_factor<a_plus = 1.0, a_minus = 1.05, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 200.0 ms, eta = 0.05, w_min = 0.0, w_max = 3.0> modulator(%reward : !snn.signal) : !snn.proj<4, 20>
  snn.probe @elig traces %plastic : !snn.proj<4, 20>
}

// -----

// One signal modulating two split populations: the second's writes take its
// cores' names (symbols of a design are unique).
// CHECK-LABEL: core.design @shared
// CHECK: core.modulator_input @reward_0 to @a_0
// CHECK: core.modulator_input @reward_1 to @a_1
// CHECK: core.modulator_input @reward_b_0 to @b_0
// CHECK: core.modulator_input @reward_b_1 to @b_1
snn.network @shared dt(1.0 ms) {
  %cue = snn.poisson_source @cue rate(20.0 Hz) seed(7) : !snn.pop<4>
  %a = snn.population @a lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV> : !snn.pop<20>
  %b = snn.population @b lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV> : !snn.pop<20>
  %reward = snn.signal_source @reward steps [0.0 ms = 0.0, 5.0 ms = 1.0] : !snn.signal
  %pa = snn.projection @pa %cue -> %a all_to_all<weight = 1.0> : !snn.proj<4, 20>
  snn.plasticity %pa three_factor<a_plus = 1.0, a_minus = 1.05, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 200.0 ms, eta = 0.05, w_min = 0.0, w_max = 3.0> modulator(%reward : !snn.signal) : !snn.proj<4, 20>
  %pb = snn.projection @pb %cue -> %b all_to_all<weight = 1.0> : !snn.proj<4, 20>
  snn.plasticity %pb three_factor<a_plus = 1.0, a_minus = 1.05, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 200.0 ms, eta = 0.05, w_min = 0.0, w_max = 3.0> modulator(%reward : !snn.signal) : !snn.proj<4, 20>
}
