// RUN: plasticc-opt %s --split-input-file --verify-diagnostics
// Every verifier and parser error of the snn dialect, one case each.

snn.network @n dt(1.0 ms) {
  // expected-error @+2 {{failed to parse Snn_LifAttr parameter 'tau_m' which is to be a `::mlir::snn::QuantityAttr`}}
  // expected-error @+1 {{unknown unit 'mS'}}
  %p = snn.population @p lif<tau_m = 20.0 mS, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+2 {{failed to parse Snn_LifAttr parameter 'tau_m' which is to be a `::mlir::snn::QuantityAttr`}}
  // expected-error @+1 {{expected a unit}}
  %p = snn.population @p lif<tau_m = 20.0, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{duplicate or unknown struct parameter name: tau}}
  %p = snn.population @p lif<tau = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{struct is missing required parameter: v_th}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{parameter 'tau_m' must be a time, got 'mV' (a voltage)}}
  %p = snn.population @p lif<tau_m = 20.0 mV, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{time constant 'tau_m' must be positive, got -20.0 ms}}
  %p = snn.population @p lif<tau_m = -20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{parameter 't_ref' must not be negative}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV, t_ref = -1.0 ms> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{parameter 'r_m' must be positive}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV, r_m = 0.0 MOhm> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{parameter 'v_reset' must be a voltage}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV, v_reset = 1.0 nA> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{an adaptive threshold needs both 'tau_th' and 'th_jump'}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV, tau_th = 100.0 ms> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{parameter 'th_jump' must not be negative}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV, tau_th = 100.0 ms, th_jump = -1.0 mV> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{'v_reset' (-40.0 mV) must be below 'v_th' (-50.0 mV)}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV, v_reset = -40.0 mV> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{time constant 'tau_syn' must be positive}}
  %p = snn.population @p cuba_lif<tau_m = 20.0 ms, tau_syn = 0.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{time constant 'tau_syn_inh' must be positive}}
  %p = snn.population @p cuba_lif<tau_m = 20.0 ms, tau_syn = 5.0 ms, tau_syn_inh = -1.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{'v_reset' (1.0 mV) must be below 'v_th' (1.0 mV)}}
  %p = snn.population @p if<v_th = 1.0 mV, v_reset = 1.0 mV> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{parameter 'v_rest' must be a voltage}}
  %p = snn.population @p li<tau_m = 10.0 ms, v_rest = 0.0 ms> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{time constant 'tau' must be positive}}
  %p = snn.population @p rate<fn = tanh, tau = -1.0 ms> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{a population needs at least one neuron, got 0}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<0>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{expected valid keyword}}
  %p = snn.population @p 42 : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{expected a neuron model attribute}}
  %p = snn.population @p all_to_all<weight = 1.0> : !snn.pop<1>
}

// -----

// expected-error @+1 {{time constant 'dt' must be positive}}
snn.network @bad_dt dt(-0.1 ms) {
}

// -----

// expected-error @+1 {{parameter 'dt' must be a time}}
snn.network @bad_dt dt(0.1 mV) {
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-note @+1 {{see existing symbol definition here}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<1>
  // expected-error @+1 {{redefinition of symbol named 'p'}}
  %q = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{override of unknown parameter 'tau_syn' for neuron model 'lif'}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> overrides {tau_syn = array<f64: 1.0>} : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{override of 't_ref' needs the model to write t_ref (its unit is the unit of the overrides)}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> overrides {t_ref = array<f64: 1.0>} : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{override 'v_th' has 1 values for a population of 2}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> overrides {v_th = array<f64: 1.0>} : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{override 'v_th' must be an array<f64: ...>}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> overrides {v_th = 1.0} : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{rate must not be negative}}
  %s = snn.poisson_source @s rate(-1.0 Hz) seed(1) : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{parameter 'rate' must be a rate}}
  %s = snn.poisson_source @s rate(1.0 ms) seed(1) : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{rate 2000.0 Hz needs more than one spike per step of 1.0 ms}}
  %s = snn.poisson_source @s rate(2.0 kHz) seed(1) : !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{spike channel 2 is out of range for 2 channels}}
  %s = snn.spike_source @s spikes [(2, 1.0 ms)] : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{spike time -1.0 ms must be >= 0}}
  %s = snn.spike_source @s spikes [(0, -1.0 ms)] : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{spike time must be a time}}
  %s = snn.spike_source @s spikes [(0, 1.0 mV)] : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{file 'spikes.csv' must be a NumPy array (.npy) or a text file (.txt)}}
  %s = snn.spike_source @s file(#snn.file<"spikes.csv">) : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{file path must not be empty}}
  %s = snn.spike_source @s file(#snn.file<"">) : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{step times must increase}}
  %r = snn.signal_source @r steps [1.0 ms = 1.0, 1.0 ms = 0.0] : !snn.signal
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<2>
  // expected-error @+1 {{target must be a population, not 'snn.poisson_source' @s}}
  snn.current_source @c %s constant(1.0 nA) : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  %r = snn.population @r rate<fn = tanh> : !snn.pop<2>
  // expected-error @+1 {{cannot inject a current into rate units}}
  snn.current_source @c %r constant(1.0 nA) : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  %i = snn.population @i if<v_th = 1.0 mV, v_reset = 0.0 mV> : !snn.pop<2>
  // expected-error @+1 {{an #snn.if population driven by a current needs 'tau_m'}}
  snn.current_source @c %i constant(1.0 nA) : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{parameter 'amplitude' must be a current}}
  snn.current_source @c %p constant(1.0 mV) : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{step times must be >= 0 and increase}}
  snn.current_source @c %p steps [5.0 ms = 1.0 nA, 2.0 ms = 0.0 nA] : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  // expected-error @+1 {{target must be a population, not 'snn.poisson_source' @s}}
  %w = snn.projection @w %p -> %s all_to_all<weight = 1.0> : !snn.proj<2, 3>
}

// -----

snn.network @n dt(1.0 ms) {
  %l = snn.population @l li<tau_m = 10.0 ms, v_rest = 0.0 mV> : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{is a leaky integrator, which never spikes}}
  %w = snn.projection @w %l -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %r = snn.population @r rate<fn = relu> : !snn.pop<2>
  // expected-error @+1 {{cannot connect spikes to rate units}}
  %w = snn.projection @w %s -> %r all_to_all<weight = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{'weights' has shape [2, 3] but the projection needs [3, 2]}}
  %w = snn.projection @w %s -> %p dense<weights = dense<1.0> : tensor<2x3xf32>> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{'weights' must be a dense float tensor or a #snn.file}}
  %w = snn.projection @w %s -> %p dense<weights = dense<1> : tensor<3x2xi32>> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{sparse 'pre' has 2 indices but 'post' has 1}}
  %w = snn.projection @w %s -> %p sparse<pre = [0, 1], post = [0], weights = dense<1.0> : tensor<2xf32>> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{sparse synapse (0, 1) is listed twice}}
  %w = snn.projection @w %s -> %p sparse<pre = [0, 0], post = [1, 1], weights = dense<1.0> : tensor<2xf32>> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{sparse pre index 3 (synapse 1) is out of range for a population of 3}}
  %w = snn.projection @w %s -> %p sparse<pre = [0, 3], post = [1, 1], weights = dense<1.0> : tensor<2xf32>> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{sparse post index 2 (synapse 0) is out of range for a population of 2}}
  %w = snn.projection @w %s -> %p sparse<pre = [0], post = [2], weights = dense<1.0> : tensor<1xf32>> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{one_to_one needs populations of equal size, got 3 -> 2}}
  %w = snn.projection @w %s -> %p one_to_one<weights = dense<1.0> : tensor<3xf32>> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{connection probability 'p' must be in [0, 1], got 1.5}}
  %w = snn.projection @w %s -> %p fixed_probability<p = 1.5, seed = 1, weight = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<16>
  %m = snn.population @m lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<18>
  // expected-error @+1 {{conv2d output height must be 2, got 3}}
  %w = snn.projection @w %s -> %m conv2d<in_shape = [1, 4, 4], out_shape = [2, 3, 3], stride = [1, 1], padding = [0, 0], kernel = dense<0.5> : tensor<2x1x3x3xf32>> : !snn.proj<16, 18>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<16>
  %m = snn.population @m lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<8>
  // expected-error @+1 {{conv2d kernel is 3x1 channels but the maps have 2 out and 1 in}}
  %w = snn.projection @w %s -> %m conv2d<in_shape = [1, 4, 4], out_shape = [2, 2, 2], stride = [1, 1], padding = [0, 0], kernel = dense<0.5> : tensor<3x1x3x3xf32>> : !snn.proj<16, 8>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<16>
  %m = snn.population @m lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<9>
  // expected-error @+1 {{conv2d maps hold 16 -> 8 neurons but the populations have 16 -> 9}}
  %w = snn.projection @w %s -> %m conv2d<in_shape = [1, 4, 4], out_shape = [2, 2, 2], stride = [1, 1], padding = [0, 0], kernel = dense<0.5> : tensor<2x1x3x3xf32>> : !snn.proj<16, 9>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<16>
  %m = snn.population @m lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<8>
  // expected-error @+1 {{conv2d 'kernel' must be a 4-D float tensor}}
  %w = snn.projection @w %s -> %m conv2d<in_shape = [1, 4, 4], out_shape = [2, 2, 2], stride = [1, 1], padding = [0, 0], kernel = dense<0.5> : tensor<2x9xf32>> : !snn.proj<16, 8>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<16>
  %m = snn.population @m lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<8>
  // expected-error @+1 {{conv2d stride must be positive}}
  %w = snn.projection @w %s -> %m conv2d<in_shape = [1, 4, 4], out_shape = [2, 2, 2], stride = [0, 1], padding = [0, 0], kernel = dense<0.5> : tensor<2x1x3x3xf32>> : !snn.proj<16, 8>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{delay 1.5 ms must be a positive whole number of steps of 1.0 ms}}
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> delay(1.5 ms) : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{delay 0.0 ms must be a positive whole number of steps}}
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> delay(0.0 ms) : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %e = snn.population @e excitatory lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{weight -1.0 breaks Dale's law: 'snn.population' @e is excitatory so its weights must be >= 0}}
  %w = snn.projection @w %e -> %p all_to_all<weight = -1.0> : !snn.proj<2, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %i = snn.population @i inhibitory lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{weight 0.5 breaks Dale's law: 'snn.population' @i is inhibitory so its weights must be <= 0}}
  %w = snn.projection @w %i -> %p dense<weights = dense<[[0.0, -1.0], [0.5, 0.0]]> : tensor<2x2xf32>> : !snn.proj<2, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{projection sizes must be in [1, 2147483647]}}
  %w = snn.projection @w %a -> %b all_to_all<weight = 1.0> : !snn.proj<0, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{parameter 'a_plus' must be a non-negative number, got -0.01}}
  snn.plasticity %w stdp<a_plus = -0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'w_min' (2.0) must not exceed 'w_max' (1.0)}}
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 2.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{time constant 'tau_plus' must be positive}}
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = -20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{parameter 'eta' must be a non-negative number}}
  snn.plasticity %w hebbian<eta = -0.1, tau = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{struct is missing required parameter: tau_theta}}
  snn.plasticity %w bcm<eta = 0.1, tau = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{time constant 'tau_e' must be positive}}
  snn.plasticity %w three_factor<a_plus = 1.0, a_minus = 1.0, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 0.0 ms, eta = 0.1, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'eta' must be in [0, 1], got 2.0}}
  snn.plasticity %w miconi<alpha = 0.1, eta = 2.0, norm = decay> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'clip' must be positive}}
  snn.plasticity %w miconi<alpha = 0.1, eta = 0.1, norm = clip, clip = 0.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'alpha' must be a float or a float tensor}}
  snn.plasticity %w miconi<alpha = "x", eta = 0.1, norm = decay> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'every' must be a positive number of steps, got 0}}
  snn.plasticity %w structural<threshold = 0.1, every = 0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'regrow' must not be negative}}
  snn.plasticity %w structural<threshold = 0.1, every = 10, regrow = -1> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{a term of 'terms' reads 'e' but the rule has no eligibility trace}}
  snn.plasticity %w sop<terms = [#snn.term<0.1 * e>], tau_x = 20.0 ms, tau_y = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{an eligibility trace needs both 'e_terms' and 'tau_e'}}
  snn.plasticity %w sop<terms = [#snn.term<0.1 * x1>], tau_x = 20.0 ms, tau_y = 20.0 ms, w_min = 0.0, w_max = 1.0, tau_e = 10.0 ms> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+2 {{failed to parse Snn_SopAttr parameter 'terms' which is to be a `::mlir::ArrayAttr`}}
  // expected-error @+1 {{unknown factor 'z1'; expected x0, x1, y0, y1, r, e or w}}
  snn.plasticity %w sop<terms = [#snn.term<0.1 * z1>], tau_x = 20.0 ms, tau_y = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'terms' must hold #snn.term attributes}}
  snn.plasticity %w sop<terms = [1.0], tau_x = 20.0 ms, tau_y = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %a = snn.population @a rate<fn = tanh> : !snn.pop<3>
  %b = snn.population @b rate<fn = tanh> : !snn.pop<2>
  %w = snn.projection @w %a -> %b all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'stdp' needs a spiking pre-population, but 'snn.population' @a of projection @w does not spike}}
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %l = snn.population @l li<tau_m = 10.0 ms, v_rest = 0.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %l all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'stdp' needs a spiking post-population, but 'snn.population' @l of projection @w does not spike}}
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'hebbian' on spiking neurons needs a trace time constant 'tau'}}
  snn.plasticity %w hebbian<eta = 0.1, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'three_factor' needs a modulator(...) operand}}
  snn.plasticity %w three_factor<a_plus = 1.0, a_minus = 1.0, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 10.0 ms, eta = 0.1, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  %r = snn.signal_source @r steps [0.0 ms = 1.0] : !snn.signal
  // expected-error @+1 {{'stdp' takes no modulator}}
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0> modulator(%r : !snn.signal) : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %a = snn.population @a rate<fn = tanh> : !snn.pop<3>
  %b = snn.population @b rate<fn = tanh> : !snn.pop<2>
  %w = snn.projection @w %a -> %b all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'alpha' must be a 3x2 tensor}}
  snn.plasticity %w miconi<alpha = dense<0.1> : tensor<2x3xf32>, eta = 0.1, norm = decay> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %e = snn.population @e excitatory lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %e -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'w_min' -1.0 would let weights of excitatory 'snn.population' @e turn negative (Dale's law)}}
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = -1.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %i = snn.population @i inhibitory lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %i -> %p all_to_all<weight = -1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'w_max' 1.0 would let weights of inhibitory 'snn.population' @i turn positive (Dale's law)}}
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %a = snn.population @a excitatory rate<fn = tanh> : !snn.pop<3>
  %b = snn.population @b rate<fn = tanh> : !snn.pop<2>
  %w = snn.projection @w %a -> %b all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'miconi' plasticity can change a weight's sign; its pre-population must be 'mixed'}}
  snn.plasticity %w miconi<alpha = 0.1, eta = 0.1, norm = decay> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %x = builtin.unrealized_conversion_cast to !snn.proj<3, 2>
  // expected-error @+1 {{must act on the result of an snn.projection}}
  snn.plasticity %x stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{'every' must be at least 1, got 0}}
  snn.probe @v voltage %p every(0) : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  %r = snn.population @r rate<fn = tanh> : !snn.pop<2>
  // expected-error @+1 {{'spikes' needs a spiking population or a spike source, got 'snn.population' @r}}
  snn.probe @s spikes %r : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  // expected-error @+1 {{'voltage' needs a population, got 'snn.poisson_source' @s}}
  snn.probe @v voltage %s : !snn.pop<3>
}

// -----

snn.network @n dt(1.0 ms) {
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{'weights' needs a projection, got 'snn.population' @p}}
  snn.probe @w weights %p : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{'traces' needs a projection with a plasticity rule, got 'snn.projection' @w}}
  snn.probe @t traces %w : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{unknown probe kind 'rates'}}
  snn.probe @r rates %p : !snn.pop<2>
}

// -----

// expected-error @+1 {{body takes no block arguments}}
snn.network @args dt(1.0 ms) {
^bb0(%a: !snn.pop<2>):
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{inline spikes need as many channels as times}}
  %s = "snn.spike_source"() <{sym_name = "s", channels = array<i32: 0, 0>, times_ms = array<f64: 1.0>}> : () -> !snn.pop<1>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{inline steps need as many values as times}}
  %r = "snn.signal_source"() <{sym_name = "r", times_ms = array<f64: 1.0>}> : () -> !snn.signal
}

// -----

// expected-error @+1 {{a population holds at most 2147483647 neurons, got 4294967297}}
func.func private @f() -> !snn.pop<4294967297>

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{delay 4294967297.0 ms must be a positive whole number of steps of 1.0 ms}}
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> delay(4294967297.0 ms) : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{multiplicative bounds scale by (w_max - w_min), so 'w_min' must be below 'w_max'}}
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 1.0, w_max = 1.0, bounds = multiplicative> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{rate units take no per-neuron overrides}}
  %r = snn.population @r rate<fn = tanh, tau = 10.0 ms> overrides {tau = array<f64: 10.0, 1000.0>} : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{override 'tau_m' of neuron 0 must be positive, got -10.0}}
  %p = snn.population @p lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> overrides {tau_m = array<f64: -10.0, 10.0>} : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{override 't_ref' of neuron 1 must not be negative, got -5.0}}
  %p = snn.population @p lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV, t_ref = 1.0 ms> overrides {t_ref = array<f64: 1.0, -5.0>} : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  // expected-error @+1 {{neuron 0: reset -65.0 mV must be below threshold -90.0 mV}}
  %p = snn.population @p lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> overrides {v_th = array<f64: -90.0, -50.0>} : !snn.pop<2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %e = snn.population @e excitatory lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %e -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{regrown weight 'w_init' -3.0 breaks Dale's law for excitatory 'snn.population' @e}}
  snn.plasticity %w structural<threshold = 0.5, every = 1, regrow = 1, w_init = -3.0, seed = 1> : !snn.proj<3, 2>
}

// -----

snn.network @n dt(1.0 ms) {
  %s = snn.poisson_source @s rate(10.0 Hz) seed(1) : !snn.pop<3>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %r = snn.population @r rate<fn = tanh> : !snn.pop<1>
  %w = snn.projection @w %s -> %p all_to_all<weight = 1.0> : !snn.proj<3, 2>
  // expected-error @+1 {{modulator 'snn.population' @r does not spike; a population modulates by its spike count}}
  snn.plasticity %w three_factor<a_plus = 1.0, a_minus = 1.0, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 10.0 ms, eta = 0.1, w_min = 0.0, w_max = 1.0> modulator(%r : !snn.pop<1>) : !snn.proj<3, 2>
}
