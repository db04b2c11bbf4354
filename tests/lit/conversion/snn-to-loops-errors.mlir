// RUN: plasticc-opt %s --split-input-file --convert-snn-to-loops --verify-diagnostics

snn.network @sop dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<4>
  %out = snn.population @out lif<tau_m = 10.0 ms, v_rest = 0.0 mV,
      v_th = 1.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %out all_to_all<weight = 0.5>
      : !snn.proj<4, 2>
  // expected-error @+1 {{sop terms with both x0 and y0 are not supported by the CPU backend yet}}
  snn.plasticity %w sop<terms = [#snn.term<0.01 * x0 * y0>],
      tau_x = 20.0 ms, tau_y = 20.0 ms, w_min = 0.0, w_max = 1.0>
      : !snn.proj<4, 2>
}

// -----

snn.network @miconi dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<4>
  %out = snn.population @out if<v_th = 1.0 mV, v_reset = 0.0 mV>
      : !snn.pop<2>
  %w = snn.projection @w %in -> %out all_to_all<weight = 0.5>
      : !snn.proj<4, 2>
  // expected-error @+1 {{rule 'miconi' needs rate populations on both sides in the CPU backend}}
  snn.plasticity %w miconi<alpha = 0.1, eta = 0.03, norm = decay>
      : !snn.proj<4, 2>
}

// -----

snn.network @file_weights dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %out = snn.population @out if<v_th = 1.0 mV, v_reset = 0.0 mV>
      : !snn.pop<2>
  // expected-error @+1 {{does-not-exist.npy}}
  %w = snn.projection @w %in -> %out
      dense<weights = #snn.file<"does-not-exist.npy">> : !snn.proj<2, 2>
}

// -----

snn.network @two dt(1.0 ms) {
}
// expected-error @+1 {{the CPU backend compiles one snn.network per module}}
snn.network @three dt(1.0 ms) {
}
