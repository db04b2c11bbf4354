// RUN: plasticc-opt %s | plasticc-opt | FileCheck %s
// RUN: plasticc-opt %s --mlir-print-op-generic | plasticc-opt | FileCheck %s
// Every op, neuron model, connectivity and rule survives print -> parse.

// CHECK-LABEL: snn.network @models dt(100.0 us)
snn.network @models dt(100.0 us) {
  // CHECK: %lif = snn.population @lif excitatory lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV, v_reset = -70.0 mV, v_init = -68.0 mV, t_ref = 2.0 ms, r_m = 100.0 MOhm, reset = subtract, tau_th = 100.0 ms, th_jump = 0.5 mV> : !snn.pop<4>
  %lif = snn.population @lif excitatory lif<tau_m = 20.0 ms, v_rest = -65.0 mV,
      v_th = -50.0 mV, v_reset = -70.0 mV, v_init = -68.0 mV, t_ref = 2 ms,
      r_m = 100.0 MOhm, reset = subtract, tau_th = 100.0 ms, th_jump = 0.5 mV>
      : !snn.pop<4>
  // CHECK: %cuba = snn.population @cuba inhibitory cuba_lif<tau_m = 20.0 ms, tau_syn = 5.0 ms, tau_syn_inh = 10.0 ms, v_rest = -49.0 mV, v_th = -50.0 mV, v_reset = -60.0 mV, t_ref = 5.0 ms> : !snn.pop<2>
  %cuba = snn.population @cuba inhibitory cuba_lif<tau_m = 20.0 ms, tau_syn = 5.0 ms,
      tau_syn_inh = 10.0 ms, v_rest = -49.0 mV, v_th = -50.0 mV,
      v_reset = -60.0 mV, t_ref = 5.0 ms> : !snn.pop<2>
  // CHECK: %if = snn.population @if if<v_th = 1.0 mV, v_reset = 0.0 mV, tau_m = 1.0 ms> : !snn.pop<3>
  %if = snn.population @if if<v_th = 1.0 mV, v_reset = 0.0 mV, tau_m = 1.0 ms> : !snn.pop<3>
  // CHECK: %li = snn.population @li li<tau_m = 10.0 ms, v_rest = 0.0 mV> : !snn.pop<2>
  %li = snn.population @li li<tau_m = 10.0 ms, v_rest = 0.0 mV> : !snn.pop<2>
  // CHECK: %tanh = snn.population @tanh mixed rate<fn = tanh, tau = 10.0 ms> : !snn.pop<3>
  %tanh = snn.population @tanh mixed rate<fn = tanh, tau = 10.0 ms> : !snn.pop<3>
  // CHECK: %relu = snn.population @relu rate<fn = relu> : !snn.pop<3>
  %relu = snn.population @relu rate<fn = relu> : !snn.pop<3>
  // CHECK: %per_neuron = snn.population @per_neuron lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> overrides {v_th = array<f64: -5.000000e+01, -5.100000e+01>} : !snn.pop<2>
  %per_neuron = snn.population @per_neuron lif<tau_m = 20.0 ms, v_rest = -65.0 mV,
      v_th = -50.0 mV> overrides {v_th = array<f64: -50.0, -51.0>} : !snn.pop<2>

  // CHECK: %poisson = snn.poisson_source @poisson rate(0.015 kHz) seed(42) : !snn.pop<4>
  %poisson = snn.poisson_source @poisson rate(0.015 kHz) seed(42) : !snn.pop<4>
  // CHECK: %cue = snn.spike_source @cue spikes [(0, 1.0 ms), (1, 2.5 ms)] : !snn.pop<2>
  %cue = snn.spike_source @cue spikes [(0, 1.0 ms), (1, 2500 us)] : !snn.pop<2>
  // CHECK: %recorded = snn.spike_source @recorded file(#snn.file<"inputs/spikes.txt">) : !snn.pop<4>
  %recorded = snn.spike_source @recorded file(#snn.file<"inputs/spikes.txt">) : !snn.pop<4>
  // CHECK: %reward = snn.signal_source @reward steps [0.0 ms = 0.0, 500.0 ms = 1.0] : !snn.signal
  %reward = snn.signal_source @reward steps [0.0 ms = 0.0, 500.0 ms = 1.0] : !snn.signal
  // CHECK: snn.current_source @bias %lif constant(500.0 pA) : !snn.pop<4>
  snn.current_source @bias %lif constant(500.0 pA) : !snn.pop<4>
  // CHECK: snn.current_source @pulse %if steps [0.0 ms = 0.0 nA, 10.0 ms = 1.5 nA] : !snn.pop<3>
  snn.current_source @pulse %if steps [0.0 ms = 0.0 nA, 10.0 ms = 1.5 nA] : !snn.pop<3>

  // CHECK: %dense = snn.projection @dense %poisson -> %lif dense<weights = dense<{{.*}}> : tensor<4x4xf32>> delay(1.0 ms) : !snn.proj<4, 4>
  %dense = snn.projection @dense %poisson -> %lif dense<weights = dense<[[1.0, 0.5, 0.0, 0.25],
      [0.0, 0.0, 0.0, 1.0], [1.0, 1.0, 1.0, 1.0], [0.5, 0.5, 0.5, 0.0]]> : tensor<4x4xf32>>
      delay(1.0 ms) : !snn.proj<4, 4>
  // CHECK: %sparse = snn.projection @sparse %cue -> %lif sparse<pre = [0, 1], post = [3, 0], weights = dense<[1.500000e+00, 2.000000e+00]> : tensor<2xf32>> : !snn.proj<2, 4>
  %sparse = snn.projection @sparse %cue -> %lif sparse<pre = [0, 1], post = [3, 0],
      weights = dense<[1.500000e+00, 2.000000e+00]> : tensor<2xf32>> : !snn.proj<2, 4>
  // CHECK: snn.projection @from_file %recorded -> %lif dense<weights = #snn.file<"w.npy">> : !snn.proj<4, 4>
  %from_file = snn.projection @from_file %recorded -> %lif dense<weights = #snn.file<"w.npy">> : !snn.proj<4, 4>
  // CHECK: snn.projection @one %lif -> %lif one_to_one<weights = dense<2.000000e+00> : tensor<4xf32>> : !snn.proj<4, 4>
  %one = snn.projection @one %lif -> %lif one_to_one<weights = dense<2.0> : tensor<4xf32>> : !snn.proj<4, 4>
  // CHECK: snn.projection @random %lif -> %cuba fixed_probability<p = 0.5, seed = 3, weight = 1.62, allow_self = true> : !snn.proj<4, 2>
  %random = snn.projection @random %lif -> %cuba fixed_probability<p = 0.5, seed = 3, weight = 1.62, allow_self = true> : !snn.proj<4, 2>
  // CHECK: snn.projection @inhibit %cuba -> %lif all_to_all<weight = -9.0> : !snn.proj<2, 4>
  %inhibit = snn.projection @inhibit %cuba -> %lif all_to_all<weight = -9.0> : !snn.proj<2, 4>
  // CHECK: snn.projection @recurrent %tanh -> %tanh all_to_all<weight = 0.1> : !snn.proj<3, 3>
  %recurrent = snn.projection @recurrent %tanh -> %tanh all_to_all<weight = 0.1> : !snn.proj<3, 3>
  // CHECK: snn.projection @readout %lif -> %li all_to_all<weight = 1.0> : !snn.proj<4, 2>
  %readout = snn.projection @readout %lif -> %li all_to_all<weight = 1.0> : !snn.proj<4, 2>
  %relu_in = snn.projection @relu_in %tanh -> %relu all_to_all<weight = 1.0> : !snn.proj<3, 3>

  // CHECK: snn.plasticity %dense stdp<a_plus = 0.01, a_minus = 0.0105, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0, pairing = nearest, bounds = multiplicative, rounding = stochastic> : !snn.proj<4, 4>
  snn.plasticity %dense stdp<a_plus = 0.01, a_minus = 0.0105, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0, pairing = nearest,
      bounds = multiplicative, rounding = stochastic> : !snn.proj<4, 4>
  // CHECK: snn.plasticity %dense structural<threshold = 0.01, every = 1000, regrow = 2, w_init = 0.05, seed = 3> : !snn.proj<4, 4>
  snn.plasticity %dense structural<threshold = 0.01, every = 1000, regrow = 2, w_init = 0.05, seed = 3> : !snn.proj<4, 4>
  // CHECK: snn.plasticity %sparse three_factor<a_plus = 1.0, a_minus = 1.0, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 200.0 ms, eta = 0.01, w_min = 0.0, w_max = 4.0> modulator(%reward : !snn.signal) : !snn.proj<2, 4>
  snn.plasticity %sparse three_factor<a_plus = 1.0, a_minus = 1.0, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, tau_e = 200.0 ms, eta = 0.01, w_min = 0.0, w_max = 4.0>
      modulator(%reward : !snn.signal) : !snn.proj<2, 4>
  // CHECK: snn.plasticity %one hebbian<eta = 0.001, tau = 20.0 ms, w_min = 0.0, w_max = 4.0> : !snn.proj<4, 4>
  snn.plasticity %one hebbian<eta = 0.001, tau = 20.0 ms, w_min = 0.0, w_max = 4.0> : !snn.proj<4, 4>
  // CHECK: snn.plasticity %random oja<eta = 0.005, tau = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<4, 2>
  snn.plasticity %random oja<eta = 0.005, tau = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<4, 2>
  // CHECK: snn.plasticity %relu_in bcm<eta = 0.0001, tau_theta = 1.0 s, w_min = 0.0, w_max = 2.0> : !snn.proj<3, 3>
  snn.plasticity %relu_in bcm<eta = 1.0e-4, tau_theta = 1 s, w_min = 0.0, w_max = 2.0> : !snn.proj<3, 3>
  // CHECK: snn.plasticity %recurrent miconi<alpha = 1.000000e-01 : f64, eta = 0.03, norm = decay> : !snn.proj<3, 3>
  snn.plasticity %recurrent miconi<alpha = 0.1, eta = 0.03, norm = decay> : !snn.proj<3, 3>
  // CHECK: snn.plasticity %recurrent miconi<alpha = 1.000000e-01 : f64, eta = 0.0, norm = clip, clip = 2.0> modulator(%reward : !snn.signal) : !snn.proj<3, 3>
  snn.plasticity %recurrent miconi<alpha = 0.1, eta = 0.0, norm = clip, clip = 2.0> modulator(%reward : !snn.signal) : !snn.proj<3, 3>
  // CHECK: snn.plasticity %readout sop<terms = [#snn.term<0.01 * x1 * y1>, #snn.term<-0.001 * w>], tau_x = 20.0 ms, tau_y = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<4, 2>
  snn.plasticity %readout sop<terms = [#snn.term<0.01 * x1 * y1>, #snn.term<-0.001 * w>],
      tau_x = 20.0 ms, tau_y = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<4, 2>
  // CHECK: snn.plasticity %inhibit sop<terms = [#snn.term<0.01 * r * e>], tau_x = 20.0 ms, tau_y = 20.0 ms, w_min = -10.0, w_max = 0.0, e_terms = [#snn.term<-0.1 * x1 * y0>, #snn.term<0.1 * x0 * y1>], tau_e = 100.0 ms> modulator(%reward : !snn.signal) : !snn.proj<2, 4>
  snn.plasticity %inhibit sop<terms = [#snn.term<0.01 * r * e>], tau_x = 20.0 ms, tau_y = 20.0 ms,
      w_min = -10.0, w_max = 0.0, e_terms = [#snn.term<-0.1 * x1 * y0>, #snn.term<0.1 * x0 * y1>],
      tau_e = 100.0 ms> modulator(%reward : !snn.signal) : !snn.proj<2, 4>

  // CHECK: snn.probe @spikes spikes %lif : !snn.pop<4>
  snn.probe @spikes spikes %lif : !snn.pop<4>
  // CHECK: snn.probe @input_spikes spikes %poisson : !snn.pop<4>
  snn.probe @input_spikes spikes %poisson : !snn.pop<4>
  // CHECK: snn.probe @v voltage %li every(10) : !snn.pop<2>
  snn.probe @v voltage %li every(10) : !snn.pop<2>
  // CHECK: snn.probe @w weights %dense every(100) : !snn.proj<4, 4>
  snn.probe @w weights %dense every(100) : !snn.proj<4, 4>
  // CHECK: snn.probe @e traces %sparse : !snn.proj<2, 4>
  snn.probe @e traces %sparse : !snn.proj<2, 4>
}

// A recurrent loop written before its source is defined: the body is a graph.
// CHECK-LABEL: snn.network @ring dt(0.5 ms)
// CHECK: %ab = snn.projection @ab %a -> %b
// CHECK: %a = snn.population @a
snn.network @ring dt(0.5 ms) {
  %ab = snn.projection @ab %a -> %b all_to_all<weight = 1.0> : !snn.proj<1, 1>
  %a = snn.population @a if<v_th = 1.0 mV, v_reset = 0.0 mV> : !snn.pop<1>
  %b = snn.population @b if<v_th = 1.0 mV, v_reset = 0.0 mV> : !snn.pop<1>
  %ba = snn.projection @ba %b -> %a all_to_all<weight = 1.0> : !snn.proj<1, 1>
  snn.probe @s spikes %a : !snn.pop<1>
}

// CHECK-LABEL: snn.network @conv
// CHECK: conv2d<in_shape = [1, 4, 4], out_shape = [2, 2, 2], stride = [1, 1], padding = [0, 0], kernel = dense<5.000000e-01> : tensor<2x1x3x3xf32>>
snn.network @conv dt(1.0 ms) {
  %img = snn.poisson_source @img rate(50.0 Hz) seed(1) : !snn.pop<16>
  %maps = snn.population @maps if<v_th = 1.0 mV, v_reset = 0.0 mV> : !snn.pop<8>
  %c = snn.projection @c %img -> %maps conv2d<in_shape = [1, 4, 4], out_shape = [2, 2, 2],
      stride = [1, 1], padding = [0, 0], kernel = dense<0.5> : tensor<2x1x3x3xf32>> : !snn.proj<16, 8>
  snn.probe @s spikes %maps : !snn.pop<8>
}

// Standalone attribute syntax.
// CHECK-LABEL: snn.network @standalone
// CHECK-SAME: {note = #snn.q<1.5 mV>}
snn.network @standalone dt(1.0 ms) attributes {note = #snn.q<1.5 mV>} {
}
