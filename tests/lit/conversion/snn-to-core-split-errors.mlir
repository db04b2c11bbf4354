// RUN: plasticc-opt %s --convert-snn-to-core="core-neurons=16" --split-input-file --verify-diagnostics
// RUN: not plasticc-opt %s --convert-snn-to-core="core-neurons=12" --split-input-file 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not plasticc-opt %s --convert-snn-to-core="core-neurons=2048" --split-input-file 2>&1 | FileCheck %s --check-prefix=BIG
// BAD: error: core-neurons must be a power of two from 4 to 1024, not 12
// BIG: error: core-neurons must be a power of two from 4 to 1024, not 2048

// Slicing a population (docs/core.md §10.7) with core-neurons=16.

snn.network @rec_delay dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<40>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 40>
  // expected-error @+1 {{@rec is the recurrence of @p, split into 3 cores of at most 16 neurons: its spikes reach the other slices over routes, which deliver in exactly 1 step, but its delay is 2 (docs/core.md §10.7); a larger --core-neurons keeps @p on one core; --target=cpu runs it}}
  %rec = snn.projection @rec %p -> %p fixed_probability<p = 0.1, seed = 3, weight = 1.0> delay(2.0 ms) : !snn.proj<40, 40>
}

// -----

// 9 slices need 9 * 8 = 72 routes for the recurrence; the 65th is refused.
snn.network @routes dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<144>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 144>
  // expected-error @+1 {{@rec would be route 64, but a system's router holds at most 64 routes (docs/core.md §10.1); fewer slices need fewer routes (a larger --core-neurons, at most 1024); --target=cpu runs it}}
  %rec = snn.projection @rec %p -> %p fixed_probability<p = 0.02, seed = 3, weight = 1.0> : !snn.proj<144, 144>
}

// -----

// @q feeds each of @p's 14 slices twice: its 17th route is refused.
snn.network @per_source dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %q = snn.population @q lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<224>
  %w = snn.projection @w %in -> %q all_to_all<weight = 1.0> : !snn.proj<2, 2>
  %a = snn.projection @a %q -> %p all_to_all<weight = 1.0> : !snn.proj<2, 224>
  // expected-error @+1 {{@b would be route 16 from @q, but a system's router holds at most 16 routes per source core (docs/core.md §10.1); fewer slices need fewer routes (a larger --core-neurons, at most 1024); --target=cpu runs it}}
  %b = snn.projection @b %q -> %p all_to_all<weight = 1.0> : !snn.proj<2, 224>
}

// -----

// 300 neurons are 19 slices of at most 16: more than a system's 15 cores.
snn.network @cores dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  // expected-error @+1 {{@cores needs more than 15 cores with at most 16 neurons each (@p alone takes 19), but a system has at most 15 (target 15 of the system bus is the router, docs/core.md §10); a larger --core-neurons (at most 1024) makes fewer slices; --target=cpu runs any number}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<300>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 300>
}

// -----

// Slice 1 of @p is core @p_1, the name of another population.
snn.network @clash dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p1 = snn.population @p_1 lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-error @+1 {{core @p_1, a slice of @p, clashes with another symbol of the design; rename one}}
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<20>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 20>
  %w1 = snn.projection @w1 %in -> %p1 all_to_all<weight = 1.0> : !snn.proj<2, 2>
}

// -----

// A split recurrence is laid out at padded positions (slice blocks of N_s
// rows), so a weights probe of it is not one range of rows.
snn.network @rec_probe dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<40>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 40>
  %rec = snn.projection @rec %p -> %p fixed_probability<p = 0.1, seed = 3, weight = 1.0> : !snn.proj<40, 40>
  // expected-error @+1 {{a weights probe of @rec, the recurrence of @p split into 3 cores, is not mapped: its rows are padded per slice (docs/core.md §10.7); probe it in float (--target=cpu without --numerics=fixed) or with a larger --core-neurons}}
  snn.probe @rec_w weights %rec : !snn.proj<40, 40>
}
