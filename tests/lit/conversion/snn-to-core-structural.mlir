// RUN: plasticc-opt %s --convert-snn-to-core --split-input-file | FileCheck %s
// RUN: plasticc-opt %s --convert-snn-to-core="report=-" --split-input-file | FileCheck %s --check-prefix=REPORT

// Pruning beside STDP (docs/core.md §11): the pruned projection is the
// plastic group (rows 0..1, P = 2), the static one follows it. T =
// round(0.3 mV / 0.0625 mV) = 5 weight LSBs; E as given. regrow = 0 with a
// w_init and seed is mapped (neither is used without regrowth).
// CHECK-LABEL: core.design @stdp_prune
// CHECK: core.core @p {
// CHECK-SAME: plastic_axons = 2 : i64
// CHECK-SAME: prune_every = 250 : i64, prune_threshold = 5 : i64
// CHECK-SAME: stdp_enabled = true
// CHECK-SAME: weights = dense<{{\[}}[64, 64, 64, -128], [64, 64, 64, -128], [16, 16, 16, -128], [16, 16, 16, -128]]> : tensor<4x4xi8>
// CHECK: core.poisson_input @w to @p axons(0, 2)
// CHECK: core.poisson_input @fixed to @p axons(2, 2)
// REPORT: network @stdp_prune, core @p: 3 neurons on 4, 4 axons on 4, 2 plastic
// REPORT: @w prune_threshold 0.3 5 0.3125 mV 0.0417
// REPORT: @w prune_every 250 250 250 steps 0
snn.network @stdp_prune dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(5) : !snn.pop<2>
  %in2 = snn.poisson_source @in2 rate(20.0 Hz) seed(6) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<3>
  %fixed = snn.projection @fixed %in2 -> %p all_to_all<weight = 1.0> : !snn.proj<2, 3>
  %w = snn.projection @w %in -> %p all_to_all<weight = 4.0> : !snn.proj<2, 3>
  snn.plasticity %w stdp<a_plus = 0.5, a_minus = 0.525, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 7.9375> : !snn.proj<2, 3>
  snn.plasticity %w structural<threshold = 0.3, every = 250, regrow = 0, w_init = 0.5, seed = 3> : !snn.proj<2, 3>
}

// -----

// Pruning alone makes a projection plastic: no weight rule (no STDP, no
// 'learning'), but the plastic group comes first and P is set. Two
// projections with the same threshold and period share the core's pruning;
// a threshold beyond 128 LSBs is 128 (prunes every synapse, |w| <= 127).
// CHECK-LABEL: core.design @prune_only
// CHECK: core.core @p {
// CHECK-NOT: learning
// CHECK-SAME: plastic_axons = 4 : i64
// CHECK-SAME: prune_every = 1 : i64, prune_threshold = 128 : i64
// CHECK-SAME: stdp_enabled = false
// CHECK: core.poisson_input @a to @p axons(0, 2)
// CHECK: core.poisson_input @b to @p axons(2, 2)
// CHECK: core.poisson_input @fixed to @p axons(4, 2)
// REPORT: network @prune_only, core @p: 2 neurons on 4, 6 axons on 6, 4 plastic
// REPORT: @a prune_threshold 1e+30 128 8 mV
// REPORT: @a prune_every 1 1 1 steps 0
snn.network @prune_only dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(5) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %fixed = snn.projection @fixed %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %a = snn.projection @a %in -> %p all_to_all<weight = 4.0> : !snn.proj<2, 2>
  %b = snn.projection @b %in -> %p all_to_all<weight = 2.0> : !snn.proj<2, 2>
  snn.plasticity %a structural<threshold = 1.0e+30, every = 1> : !snn.proj<2, 2>
  snn.plasticity %b structural<threshold = 1.0e+30, every = 1, seed = 9> : !snn.proj<2, 2>
}

// -----

// Without structural plasticity the core has no pruning attributes.
// CHECK-LABEL: core.design @no_prune
// CHECK: core.core @p {
// CHECK-NOT: prune_
// CHECK-SAME: }
// REPORT: network @no_prune
// REPORT-NOT: prune_
snn.network @no_prune dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(5) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %a = snn.projection @a %in -> %p all_to_all<weight = 4.0> : !snn.proj<2, 2>
  snn.plasticity %a stdp<a_plus = 0.5, a_minus = 0.525, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 7.9375> : !snn.proj<2, 2>
}
