// RUN: plasticc-opt %s --split-input-file --convert-snn-to-loops --canonicalize --cse | FileCheck %s

// LIF + Poisson + all_to_all with pair STDP: state globals, the hash of
// docs/semantics.md §14 for the Poisson draws, event-driven delivery fused
// with depression, the LIF update, trace decay and column potentiation.
snn.network @stdp dt(1.0 ms) {
  %in = snn.poisson_source @in rate(100.0 Hz) seed(3) : !snn.pop<4>
  %out = snn.population @out lif<tau_m = 10.0 ms, v_rest = -65.0 mV,
      v_th = -50.0 mV, t_ref = 2.0 ms> : !snn.pop<2>
  %w = snn.projection @w %in -> %out all_to_all<weight = 0.5> delay(2.0 ms)
      : !snn.proj<4, 2>
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.0105, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<4, 2>
  snn.probe @s spikes %out : !snn.pop<2>
}
// CHECK-DAG: memref.global "private" @snn_stdp_out_u : memref<2xf64> = dense<0.000000e+00>
// CHECK-DAG: memref.global "private" @snn_stdp_out_ref : memref<2xi32> = dense<0>
// CHECK-DAG: memref.global "private" @snn_stdp_w_x : memref<4xf64>
// CHECK-DAG: memref.global "private" @snn_stdp_w_y : memref<2xf64>
// CHECK-DAG: memref.global "private" @snn_stdp_w_w : memref<4x2xf64> = dense<5.000000e-01>
// A delay of 2 steps keeps two slots of the inputs' spike lists.
// CHECK-DAG: memref.global "private" @snn_stdp_in_spikes : memref<2x4xi32>
// CHECK-DAG: func.func private @plasticc_rt_spikes(i32, i64, i64, i32)
// CHECK-LABEL: func.func @plasticc_net_init()
// CHECK: call @plasticc_rt_network
// CHECK: call @plasticc_rt_probe
// CHECK-LABEL: func.func @plasticc_net_step(
// CHECK-SAME: %[[T:.*]]: i64)
// Phase 1-2: rows of the spikes fired two steps ago; add, then depress.
// CHECK: %[[SLOT:.*]] = arith.remui %[[T]], %{{.*}} : i64
// CHECK: scf.for
// CHECK: scf.for
// CHECK: %[[W:.*]] = memref.load %{{.*}}[%{{.*}}, %{{.*}}] : memref<4x2xf64>
// CHECK: arith.addf %{{.*}}, %[[W]] : f64
// CHECK: %[[DW:.*]] = arith.mulf %{{.*}}, %cst{{.*}} : f64
// CHECK: %[[W2:.*]] = arith.subf %[[W]], %[[DW]] : f64
// CHECK: arith.minnumf %[[W2]]
// CHECK: arith.maxnumf
// CHECK: memref.store {{.*}} : memref<4x2xf64>
// Phase 3: the Poisson draws, (h(seed, t, n) >> 11) < round(0.1 * 2^53).
// CHECK: arith.xori %[[T]], %c2092789425003139053_i64
// CHECK: scf.for
// CHECK: arith.shrui %{{.*}}, %c11_i64
// CHECK: arith.cmpi ult, %{{.*}}, %c900719925474099_i64
// CHECK: scf.if
// The LIF update: u <- a_m (u + in), threshold 15 mV above rest, reset to 0.
// CHECK: scf.for
// CHECK: %[[SUM:.*]] = arith.addf
// CHECK: arith.mulf %[[SUM]], %cst{{.*}} : f64
// CHECK: arith.cmpf oge, %{{.*}}, %cst{{.*}} : f64
// CHECK: scf.if
// Phase 4 decays, phase 5 potentiates the columns of post spikes.
// CHECK: scf.for
// CHECK: arith.mulf
// CHECK: scf.for
// CHECK: arith.mulf
// CHECK: scf.for
// CHECK: scf.for
// CHECK: memref.load %{{.*}}[%{{.*}}, %{{.*}}] : memref<4x2xf64>
// CHECK: arith.addf
// CHECK: arith.minnumf
// CHECK: call @plasticc_rt_spikes(%c0_i32, %[[T]]
// CHECK-LABEL: func.func @plasticc_net_spike_count() -> i64
// CHECK-LABEL: func.func @plasticc_net_event_count() -> i64

// -----

// fixed_probability becomes CSR (row pointers and columns fixed at compile
// time from the hash); an inhibitory projection into a cuba_lif with
// tau_syn_inh feeds the inhibitory current.
snn.network @csr dt(1.0 ms) {
  %a = snn.population @a inhibitory cuba_lif<tau_m = 20.0 ms, tau_syn = 5.0 ms,
      tau_syn_inh = 10.0 ms, v_rest = -49.0 mV, v_th = -50.0 mV,
      v_reset = -60.0 mV, t_ref = 5.0 ms> : !snn.pop<8>
  %aa = snn.projection @aa %a -> %a
      fixed_probability<p = 0.25, seed = 4, weight = -9.0> : !snn.proj<8, 8>
}
// CHECK-DAG: memref.global "private" @snn_csr_a_i : memref<8xf64>
// CHECK-DAG: memref.global "private" @snn_csr_a_i_inh : memref<8xf64>
// CHECK-DAG: memref.global "private" constant @snn_csr_aa_row_ptr : memref<9xi32> = dense<[0, 2, 3, 7, 9, 11, 12, 14, 17]>
// CHECK-DAG: memref.global "private" constant @snn_csr_aa_col : memref<17xi32> = dense<[4, 7, 0, 0, 1, 5, 7, 2, 6, 0, 5, 3, 1, 4, 0, 2, 5]>
// CHECK-LABEL: func.func @plasticc_net_step(
// CHECK-DAG: %[[IN_INH:.*]] = memref.get_global @snn_csr_a_in_inh
// CHECK-DAG: %[[ROWS:.*]] = memref.get_global @snn_csr_aa_row_ptr
// CHECK: scf.for
// CHECK: memref.load %[[ROWS]]
// CHECK: scf.for
// CHECK: memref.load %[[IN_INH]]
// CHECK: arith.addf %{{.*}}, %cst{{.*}} : f64
// CHECK: memref.store %{{.*}}, %[[IN_INH]]
// The cuba_lif update with both couplings c = tau_s/(tau_s - tau_m)(a_s - a_m).
// CHECK: arith.mulf %{{.*}}, %cst{{.*}} : f64
// CHECK: arith.addf

// -----

// A dense non-plastic fixed_probability projection (p = 0.9) is stored as
// dense rows with a per-row synapse count for the event counter.
snn.network @dense_rows dt(1.0 ms) {
  %s = snn.spike_source @s spikes [(0, 1.0 ms), (2, 3.0 ms)] : !snn.pop<3>
  %n = snn.population @n if<v_th = 1.0 mV, v_reset = 0.0 mV> : !snn.pop<3>
  %p = snn.projection @p %s -> %n fixed_probability<p = 0.9, seed = 2,
      weight = 0.5> : !snn.proj<3, 3>
  snn.probe @v voltage %n every(5) : !snn.pop<3>
}
// CHECK-DAG: memref.global "private" constant @snn_dense_rows_s_steps : memref<2xi32> = dense<[1, 3]>
// CHECK-DAG: memref.global "private" constant @snn_dense_rows_s_channels : memref<2xi32> = dense<[0, 2]>
// CHECK-DAG: memref.global "private" constant @snn_dense_rows_p_row_len : memref<3xi32>
// CHECK-DAG: memref.global "private" constant @snn_dense_rows_p_w : memref<3x3xf64>
// CHECK-LABEL: func.func @plasticc_net_step(
// Inline spike trains are walked with a cursor.
// CHECK: scf.while
// CHECK: scf.condition
// The voltage probe samples at the end of every 5th step.
// CHECK: arith.remui
// CHECK: scf.if
// CHECK: call @plasticc_rt_sample

// -----

// three_factor on a sparse (CSR) projection with a signal modulator: an
// eligibility per synapse, y(t-1) saved before the trace decay, and a pass
// over every synapse after the neurons with M(t) from the signal's steps.
snn.network @three_factor dt(1.0 ms) {
  %in = snn.poisson_source @in rate(50.0 Hz) seed(21) : !snn.pop<3>
  %out = snn.population @out lif<tau_m = 10.0 ms, v_rest = 0.0 mV,
      v_th = 3.0 mV> : !snn.pop<2>
  %reward = snn.signal_source @reward steps [0.0 ms = 0.0, 50.0 ms = 1.0]
      : !snn.signal
  %t = snn.projection @tf %in -> %out sparse<pre = [0, 2], post = [1, 0],
      weights = dense<0.5> : tensor<2xf64>> : !snn.proj<3, 2>
  snn.plasticity %t three_factor<a_plus = 1.0, a_minus = 1.05,
      tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.01,
      w_min = 0.0, w_max = 1.0> modulator(%reward : !snn.signal)
      : !snn.proj<3, 2>
}
// CHECK-DAG: memref.global "private" @snn_three_factor_tf_e : memref<2xf64>
// CHECK-DAG: memref.global "private" @snn_three_factor_tf_y_prev : memref<2xf64>
// CHECK-DAG: memref.global "private" @snn_three_factor_tf_pre_fired : memref<3xi8>
// CHECK-DAG: memref.global "private" constant @snn_three_factor_tf_row_ptr : memref<4xi32> = dense<[0, 1, 1, 2]>
// CHECK-LABEL: func.func @plasticc_net_step(
// CHECK-SAME: %[[T:.*]]: i64)
// CHECK-DAG: %[[E:.*]] = memref.get_global @snn_three_factor_tf_e
// CHECK-DAG: %[[YPREV:.*]] = memref.get_global @snn_three_factor_tf_y_prev
// CHECK: memref.store %{{.*}}, %[[YPREV]]
// CHECK: %[[STEP:.*]] = arith.cmpi sge, %[[T]], %c50_i64
// CHECK: %[[M:.*]] = arith.select %[[STEP]], %cst{{.*}}, %cst{{.*}} : f64
// CHECK: scf.for
// CHECK: arith.uitofp %{{.*}} : i8 to f64
// CHECK: scf.for
// CHECK: memref.load %[[E]]
// CHECK: memref.store %{{.*}}, %[[E]]
// CHECK: arith.mulf %[[M]]
// CHECK: arith.minnumf
// CHECK: arith.maxnumf

// -----

// conv2d expands to CSR synapses at compile time: stride 2, no padding, one
// synapse per (output pixel, kernel tap).
snn.network @conv dt(1.0 ms) {
  %img = snn.spike_source @img spikes [(0, 0.0 ms)] : !snn.pop<16>
  %fm = snn.population @fm if<v_th = 1.5 mV, v_reset = 0.0 mV> : !snn.pop<4>
  %c = snn.projection @conv %img -> %fm conv2d<in_shape = [1, 4, 4],
      out_shape = [1, 2, 2], stride = [2, 2], padding = [0, 0],
      kernel = dense<[[[[1.0, 0.5], [0.25, 0.125]]]]> : tensor<1x1x2x2xf64>>
      : !snn.proj<16, 4>
}
// CHECK-DAG: memref.global "private" constant @snn_conv_conv_row_ptr : memref<17xi32> = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]>
// CHECK-DAG: memref.global "private" constant @snn_conv_conv_col : memref<16xi32> = dense<[0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 3, 3, 2, 2, 3, 3]>
// CHECK-DAG: memref.global "private" constant @snn_conv_conv_w : memref<16xf64>
// CHECK-LABEL: func.func @plasticc_net_step(

// -----

// Rate units: the sigmoid and the leaky tanh of §2, a delivery over every
// synapse with Miconi's effective weight w + alpha H, and H's decay update.
snn.network @rates dt(1.0 ms) {
  %a = snn.population @a rate<fn = sigmoid> : !snn.pop<2>
  %b = snn.population @b rate<fn = tanh, tau = 4.0 ms> : !snn.pop<2>
  %ab = snn.projection @ab %a -> %b all_to_all<weight = 0.5>
      : !snn.proj<2, 2>
  snn.plasticity %ab miconi<alpha = 0.1, eta = 0.03, norm = decay>
      : !snn.proj<2, 2>
}
// CHECK-DAG: memref.global "private" constant @snn_rates_ab_alpha : memref<2x2xf64> = dense<1.000000e-01>
// CHECK-DAG: memref.global "private" @snn_rates_ab_e : memref<2x2xf64>
// The pre's outputs are kept one step longer than its delay: rules read
// r(t - d) after the update wrote r(t).
// CHECK-DAG: memref.global "private" @snn_rates_a_r : memref<2x2xf64>
// CHECK-DAG: memref.global "private" @snn_rates_b_r : memref<1x2xf64>
// CHECK-LABEL: func.func @plasticc_net_step(
// CHECK-DAG: %[[ALPHA:.*]] = memref.get_global @snn_rates_ab_alpha
// CHECK-DAG: %[[H:.*]] = memref.get_global @snn_rates_ab_e
// CHECK: scf.for
// CHECK: scf.for
// CHECK-DAG: memref.load %[[ALPHA]]
// CHECK-DAG: memref.load %[[H]]
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: arith.negf
// CHECK: math.exp
// CHECK: arith.divf
// CHECK: arith.subf
// CHECK: math.tanh
// CHECK: memref.store %{{.*}}, %[[H]]

// -----

// Structural plasticity keeps dense rows with an existence mask; pruning and
// regrowth run at the end of every 50th step.
snn.network @structural dt(1.0 ms) {
  %in = snn.poisson_source @in rate(40.0 Hz) seed(17) : !snn.pop<4>
  %out = snn.population @out lif<tau_m = 10.0 ms, v_rest = 0.0 mV,
      v_th = 1.5 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %out
      fixed_probability<p = 0.5, seed = 4, weight = 0.6> : !snn.proj<4, 2>
  snn.plasticity %w structural<threshold = 0.3, every = 50, regrow = 3,
      w_init = 0.5, seed = 5> : !snn.proj<4, 2>
}
// CHECK-DAG: memref.global "private" @snn_structural_w_exists : memref<4x2xi8>
// CHECK-DAG: memref.global "private" @snn_structural_w_row_len : memref<4xi32>
// CHECK-DAG: memref.global "private" @snn_structural_w_w : memref<4x2xf64>
// CHECK-LABEL: func.func @plasticc_net_step(
// CHECK: %[[DUE:.*]] = arith.cmpi eq, %{{.*}}, %c0_i64
// CHECK: scf.if %[[DUE]]
// CHECK: math.absf
// CHECK: arith.cmpf olt
// Regrowth per post neuron j: candidates h(seed, t, j 2^32 + r) mod P.
// CHECK: arith.shli %{{.*}}, %c32_i64
// CHECK: scf.for {{.*}} to %c48 {{.*}} iter_args
// CHECK: arith.remui %{{.*}}, %c4_i64
