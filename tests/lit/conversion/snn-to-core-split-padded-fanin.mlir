// RUN: not plasticc-opt %s --convert-snn-to-core="core-neurons=512" 2>&1 | FileCheck %s
// 1000 neurons on 2 slices of 500, each on N = 512: the recurrence spans
// 2 x 512 rows (docs/core.md §10.7), with the 2 input axons 1026 > 1024.
// CHECK: error: the projections into @p need 1026 axons, more than a core's 1024 by 2; splitting its 1000 neurons over several cores cannot help
snn.network @fanin dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<1000>
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 1000>
  %rec = snn.projection @rec %p -> %p fixed_probability<p = 0.01, seed = 3, weight = 1.0> : !snn.proj<1000, 1000>
}
