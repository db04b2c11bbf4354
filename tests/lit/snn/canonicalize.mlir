// RUN: plasticc-opt %s --canonicalize --split-input-file | FileCheck %s

// A dense matrix of one repeated value becomes all-to-all connectivity.
// CHECK-LABEL: snn.network @splat_dense
// CHECK: snn.projection @p %in -> %out all_to_all<weight = 0.25> : !snn.proj<3, 2>
// CHECK: snn.projection @q %in -> %out dense<weights = dense<{{\[\[}}
snn.network @splat_dense dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<3>
  %out = snn.population @out lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p = snn.projection @p %in -> %out dense<weights = dense<0.25> : tensor<3x2xf32>> : !snn.proj<3, 2>
  %q = snn.projection @q %in -> %out dense<weights = dense<[[0.25, 0.5], [0.25, 0.25], [0.25, 0.25]]> : tensor<3x2xf32>> : !snn.proj<3, 2>
  snn.probe @s spikes %out : !snn.pop<2>
}

// -----

// A population nobody observes goes, with its incoming projections, their
// plasticity and its current sources. Unused sources go too.
// CHECK-LABEL: snn.network @dead_population
// CHECK-NOT: @hidden
// CHECK-NOT: @to_hidden
// CHECK-NOT: @unused_input
// CHECK-NOT: @drive
// CHECK: %visible = snn.population @visible
// CHECK: snn.projection @to_visible
// CHECK: snn.probe @s spikes %visible
// CHECK-NOT: snn.plasticity
snn.network @dead_population dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<3>
  %unused_input = snn.poisson_source @unused_input rate(10.0 Hz) seed(2) : !snn.pop<3>
  %hidden = snn.population @hidden lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %visible = snn.population @visible lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %to_hidden = snn.projection @to_hidden %in -> %hidden all_to_all<weight = 1.0> : !snn.proj<3, 2>
  snn.plasticity %to_hidden stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
  snn.current_source @drive %hidden constant(1.0 nA) : !snn.pop<2>
  %to_visible = snn.projection @to_visible %in -> %visible all_to_all<weight = 1.0> : !snn.proj<3, 2>
  snn.probe @s spikes %visible : !snn.pop<2>
}

// -----

// Populations that are observed stay: probed, projecting onward, or
// modulating a rule; and a projection whose weights are probed keeps its
// target alive.
// CHECK-LABEL: snn.network @observed
// CHECK-DAG: @probed
// CHECK-DAG: @relay
// CHECK-DAG: @modulating
// CHECK-DAG: @weights_probed_target
snn.network @observed dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %probed = snn.population @probed if<v_th = 1.0 mV, v_reset = 0.0 mV> : !snn.pop<2>
  %relay = snn.population @relay if<v_th = 1.0 mV, v_reset = 0.0 mV> : !snn.pop<2>
  %modulating = snn.population @modulating if<v_th = 1.0 mV, v_reset = 0.0 mV> : !snn.pop<1>
  %weights_probed_target = snn.population @weights_probed_target if<v_th = 1.0 mV, v_reset = 0.0 mV> : !snn.pop<2>
  snn.probe @s spikes %probed : !snn.pop<2>
  %a = snn.projection @a %in -> %relay all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %b = snn.projection @b %relay -> %probed all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %b three_factor<a_plus = 1.0, a_minus = 1.0, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.1, w_min = 0.0, w_max = 2.0> modulator(%modulating : !snn.pop<1>) : !snn.proj<2, 2>
  %c = snn.projection @c %in -> %weights_probed_target all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.probe @w weights %c : !snn.proj<2, 2>
}
