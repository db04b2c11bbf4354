// RUN: plasticc-opt %s --convert-snn-to-core --split-input-file --verify-diagnostics
// Networks the v1 core cannot run are rejected with what does not fit and
// what would, never changed silently.

snn.network @two_populations dt(1.0 ms) {
  // Core 0 is @a, which nothing drives.
  // expected-error @+1 {{no projection feeds the population}}
  %a = snn.population @a lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %b = snn.population @b lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %ab = snn.projection @ab %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
}

// -----

snn.network @route_delay dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %a = snn.population @a lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %b = snn.population @b lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %ina = snn.projection @ina %in -> %a all_to_all<weight = 1.0> : !snn.proj<2, 2>
  // expected-error @+1 {{@ab between populations has a delay of 2 steps; a route between cores delivers in exactly 1 step (docs/core.md §10.1); --target=cpu runs it}}
  %ab = snn.projection @ab %a -> %b all_to_all<weight = 1.0> delay(2.0 ms) : !snn.proj<2, 2>
}

// -----

snn.network @many_routes dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %a = snn.population @a lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %b = snn.population @b lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %ina = snn.projection @ina %in -> %a all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r0 = snn.projection @r0 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r1 = snn.projection @r1 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r2 = snn.projection @r2 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r3 = snn.projection @r3 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r4 = snn.projection @r4 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r5 = snn.projection @r5 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r6 = snn.projection @r6 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r7 = snn.projection @r7 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r8 = snn.projection @r8 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r9 = snn.projection @r9 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r10 = snn.projection @r10 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r11 = snn.projection @r11 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r12 = snn.projection @r12 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r13 = snn.projection @r13 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r14 = snn.projection @r14 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %r15 = snn.projection @r15 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
  // expected-error @+1 {{@r16 would be route 16 from @a, but a system's router holds at most 16 routes per source core (docs/core.md §10.1); --target=cpu runs it}}
  %r16 = snn.projection @r16 %a -> %b all_to_all<weight = 1.0> : !snn.proj<2, 2>
}

// -----

snn.network @many_populations dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p0 = snn.population @p0 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w0 = snn.projection @w0 %in -> %p0 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p1 = snn.population @p1 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w1 = snn.projection @w1 %in -> %p1 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p2 = snn.population @p2 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w2 = snn.projection @w2 %in -> %p2 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p3 = snn.population @p3 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w3 = snn.projection @w3 %in -> %p3 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p4 = snn.population @p4 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w4 = snn.projection @w4 %in -> %p4 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p5 = snn.population @p5 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w5 = snn.projection @w5 %in -> %p5 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p6 = snn.population @p6 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w6 = snn.projection @w6 %in -> %p6 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p7 = snn.population @p7 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w7 = snn.projection @w7 %in -> %p7 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p8 = snn.population @p8 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w8 = snn.projection @w8 %in -> %p8 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p9 = snn.population @p9 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w9 = snn.projection @w9 %in -> %p9 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p10 = snn.population @p10 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w10 = snn.projection @w10 %in -> %p10 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p11 = snn.population @p11 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w11 = snn.projection @w11 %in -> %p11 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p12 = snn.population @p12 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w12 = snn.projection @w12 %in -> %p12 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p13 = snn.population @p13 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w13 = snn.projection @w13 %in -> %p13 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %p14 = snn.population @p14 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w14 = snn.projection @w14 %in -> %p14 all_to_all<weight = 1.0> : !snn.proj<2, 2>
  // expected-error @+1 {{@many_populations has 16 populations, but a system has at most 15 cores, one per population (target 15 of the system bus is the router, docs/core.md §10); --target=cpu runs any number}}
  %p15 = snn.population @p15 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w15 = snn.projection @w15 %in -> %p15 all_to_all<weight = 1.0> : !snn.proj<2, 2>
}

// -----

snn.network @rate dt(1.0 ms) {
  // expected-error @+1 {{rate units (#snn.rate) run on the CPU only}}
  %r = snn.population @r rate<fn = tanh> : !snn.pop<2>
  %rr = snn.projection @rr %r -> %r all_to_all<weight = 1.0> : !snn.proj<2, 2>
}

// -----

snn.network @too_big dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<1030>
  // expected-error @+1 {{the projections into @p need 1030 axons, more than a core's 1024 by 6; splitting its 1100 neurons over several cores cannot help, as every slice takes the whole fan-in (docs/core.md §10.7); --target=cpu runs it}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<1100>
  %w = snn.projection @w %in -> %p fixed_probability<p = 0.001, seed = 1, weight = 1.0> : !snn.proj<1030, 1100>
}

// -----

snn.network @too_many_axons dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<1030>
  // expected-error @+1 {{the projections into @p need 1030 axons, more than a core's 1024 by 6}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<1030, 2>
}

// -----

snn.network @bcm dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  // expected-error @+1 {{rule 'bcm' is not mapped onto the core by --convert-snn-to-core (it maps stdp, three_factor, hebbian, oja and structural with regrow = 0); --target=cpu runs it}}
  snn.plasticity %w bcm<eta = 0.01, tau = 20.0 ms, tau_theta = 1.0 s, w_min = 0.0, w_max = 2.0> : !snn.proj<2, 2>
}

// -----

// oja's decay term takes eta as a fraction of w per unit y^2; at eta >= 1 the
// float rule overshoots past zero in one step, which the core cannot follow.
snn.network @oja_eta_one dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  // expected-error @+1 {{oja's 'eta' of 1.0 is not below 1: its decay term eta * y^2 * w would overshoot past zero in one step; the core takes eta < 1}}
  snn.plasticity %w oja<eta = 1.0, tau = 20.0 ms, w_min = 0.0, w_max = 2.0> : !snn.proj<2, 2>
}

// -----

snn.network @mixed_plasticity dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %in2 = snn.poisson_source @in2 rate(10.0 Hz) seed(2) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 2.0> : !snn.proj<2, 2>
  // A static projection is mixed in (rows >= P); a second rule is not.
  %fixed = snn.projection @fixed %in2 -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  // expected-error @+1 {{a core applies one learning rule and one pruning to all its plastic synapses, but @h and @w differ in their weight rule (static projections may be mixed in)}}
  %h = snn.projection @h %in2 -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %h hebbian<eta = 0.01, tau = 20.0 ms, w_min = 0.0, w_max = 2.0> : !snn.proj<2, 2>
}

// -----

snn.network @population_modulator dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  // expected-error @+1 {{the core's modulator is a register the host writes: three_factor on the core needs a signal source as its modulator; a population's spikes need --target=cpu}}
  snn.plasticity %w three_factor<a_plus = 0.5, a_minus = 0.5, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.01, w_min = 0.0, w_max = 2.0> modulator(%in : !snn.pop<2>) : !snn.proj<2, 2>
}

// -----

snn.network @modulator_range dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{modulator value -1.01 is outside [-1, 1], the range the core's Q1.7 register takes (1.0 is stored as 127/128); scale the signal and eta, or use --target=cpu}}
  %r = snn.signal_source @r steps [0.0 ms = 0.5, 10.0 ms = -1.01] : !snn.signal
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w three_factor<a_plus = 0.5, a_minus = 0.5, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.01, w_min = 0.0, w_max = 2.0> modulator(%r : !snn.signal) : !snn.proj<2, 2>
}

// -----

snn.network @eta_range dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %r = snn.signal_source @r steps [0.0 ms = 0.5] : !snn.signal
  // expected-error @+1 {{'eta' of 1.5 is 98304 in the core's units, outside its 16-bit register (0 .. 65535)}}
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w three_factor<a_plus = 0.5, a_minus = 0.5, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 1.5, w_min = 0.0, w_max = 2.0> modulator(%r : !snn.signal) : !snn.proj<2, 2>
}

// -----

snn.network @fires_at_rest dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  // expected-error @+1 {{'v_th' below 'v_rest' (a neuron that fires at rest) is not in the v1 core; use --target=cpu}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -49.0 mV, v_th = -50.0 mV, v_reset = -60.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
}

// -----

snn.network @stepped dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  // expected-error @+1 {{a stepped current is not in the v1 core; use a constant current or --target=cpu}}
  snn.current_source @pulse %p steps [0.0 ms = 0.0 nA, 5.0 ms = 1.0 nA] : !snn.pop<2>
}

// -----

snn.network @overrides dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  // expected-error @+1 {{per-neuron parameter overrides are not in the v1 core (docs/core.md §8); use --target=cpu}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> overrides {v_th = array<f64: -50.0, -51.0>} : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
}

// -----

snn.network @file_weights dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{weights from a #snn.file are not read by the compiler yet; write them inline}}
  %w = snn.projection @w %in -> %p dense<weights = #snn.file<"w.npy">> : !snn.proj<2, 2>
}

// -----

snn.network @big_amplitude dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{STDP 'a_plus' of 300.0 does not fit the core's 16-bit amplitude (at most 255 weight LSBs per spike)}}
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w stdp<a_plus = 300.0, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 2.0> : !snn.proj<2, 2>
}

// -----

snn.network @fifo dt(1.0 ms) {
  %in = snn.poisson_source @in rate(1000.0 Hz) seed(1) : !snn.pop<600>
  // expected-error @+1 {{the inputs can bring 600.0 spikes in one step (given spikes plus Poisson mean + 6 sigma), more than the core's input FIFO of 512; spread the inputs or use --target=cpu}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<600, 2>
}

// -----

snn.network @modulator_above_one dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{modulator value 1.001 is outside [-1, 1]}}
  %r = snn.signal_source @r steps [0.0 ms = 1.0, 10.0 ms = 1.001] : !snn.signal
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w three_factor<a_plus = 0.5, a_minus = 0.5, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.01, w_min = 0.0, w_max = 2.0> modulator(%r : !snn.signal) : !snn.proj<2, 2>
}

// -----

snn.network @signal_file dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{signal sources from a file are not read by --convert-snn-to-core yet; give the values inline}}
  %r = snn.signal_source @r file(#snn.file<"reward.txt">) : !snn.signal
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w three_factor<a_plus = 0.5, a_minus = 0.5, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.01, w_min = 0.0, w_max = 2.0> modulator(%r : !snn.signal) : !snn.proj<2, 2>
}

// -----

// hebbian without 'tau' never reaches the mapping: every core input spikes
// (sources, or the population itself for the recurrent projection), and
// the snn verifier requires the trace time constant then.
snn.network @hebbian_no_tau dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  // expected-error @+1 {{'hebbian' on spiking neurons needs a trace time constant 'tau'}}
  snn.plasticity %w hebbian<eta = 0.05, w_min = 0.0, w_max = 1.0> : !snn.proj<2, 2>
}

// -----

// A negative eta never reaches the mapping: the rule itself is refused when
// the network is read, with a message of its own, not a register range.
snn.network @hebbian_negative_eta dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  // expected-error @+1 {{parameter 'eta' must be a non-negative number, got -0.1}}
  snn.plasticity %w hebbian<eta = -0.1, tau = 20.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<2, 2>
}

// -----

// The core prunes but has no regrowth (docs/core.md §11).
snn.network @regrow dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 2.0> : !snn.proj<2, 2>
  // expected-error @+1 {{structural 'regrow' = 2: the core prunes but does not regrow synapses (docs/core.md §11); set 'regrow = 0' to map it, or use --target=cpu}}
  snn.plasticity %w structural<threshold = 0.1, every = 100, regrow = 2, w_init = 0.5> : !snn.proj<2, 2>
}

// -----

// Pruning applies to every row below P: one plastic projection with it and
// one without cannot share a core.
snn.network @mixed_structural dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %in2 = snn.poisson_source @in2 rate(10.0 Hz) seed(2) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 2.0> : !snn.proj<2, 2>
  snn.plasticity %w structural<threshold = 0.1, every = 100> : !snn.proj<2, 2>
  // expected-error @+1 {{a core applies one learning rule and one pruning to all its plastic synapses, but @v and @w differ in their structural pruning (static projections may be mixed in)}}
  %v = snn.projection @v %in2 -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %v stdp<a_plus = 0.01, a_minus = 0.01, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 2.0> : !snn.proj<2, 2>
}

// -----

// Both prune, but with different periods.
snn.network @structural_periods dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %in2 = snn.poisson_source @in2 rate(10.0 Hz) seed(2) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w structural<threshold = 0.1, every = 100> : !snn.proj<2, 2>
  // expected-error @+1 {{but @v and @w differ in their structural pruning}}
  %v = snn.projection @v %in2 -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %v structural<threshold = 0.1, every = 200> : !snn.proj<2, 2>
}

// -----

// The prune period is the core's 16-bit register 45.
snn.network @structural_every dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  // expected-error @+1 {{structural 'every' = 65536 steps exceeds the core's 16-bit prune period (1 .. 65535, docs/core.md §11); --target=cpu runs it}}
  snn.plasticity %w structural<threshold = 0.1, every = 65536> : !snn.proj<2, 2>
}

// -----

snn.network @two_structural dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w structural<threshold = 0.1, every = 10> : !snn.proj<2, 2>
  // expected-error @+1 {{a projection on the core takes one structural rule}}
  snn.plasticity %w structural<threshold = 0.2, every = 10> : !snn.proj<2, 2>
}
