// --numerics=fixed against the golden system model when the router fills an
// input FIFO (docs/core.md §10.2): the 600 neurons of @burst fire in the same
// steps and are all routed to @reader, whose 512-entry FIFO takes axons
// 0 .. 511 and drops the rest; the host's Poisson inputs of those steps come
// after the routed ones and are dropped too. The compiled program drops
// exactly the same spikes and says how many.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %s 200 %t | FileCheck %s
// RUN: %t/net --steps=200 --quiet 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: plasticc-sim --model=golden %t/image/overflow_system.system %t/image/overflow_system.system/inputs.txt --steps=200 -o %t/g2 | FileCheck %s --check-prefix=GOLDEN
// CHECK: cpu-fixed-vs-golden-system-overflow.mlir: bit-identical, 200 steps, {{[1-9][0-9]+}} spikes
// WARN-DAG: overflow_system: warning: {{[1-9][0-9]*}} input spike(s) dropped at the core @reader's full input FIFO
// WARN-DAG: overflow_system: warning: {{[1-9][0-9]*}} routed spike(s) dropped at a core's full input FIFO
// GOLDEN: (router dropped {{[1-9][0-9]*}} routed spikes: input FIFO full)
snn.network @overflow_system dt(1.0 ms) {
  %never = snn.spike_source @never spikes [(0, 100000.0 ms)] : !snn.pop<1>
  %in = snn.poisson_source @in rate(200.0 Hz) seed(4) : !snn.pop<20>
  %burst = snn.population @burst excitatory
      lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV, v_reset = -65.0 mV>
      : !snn.pop<600>
  %reader = snn.population @reader excitatory
      lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV, v_reset = -65.0 mV>
      : !snn.pop<4>
  %wake = snn.projection @wake %never -> %burst all_to_all<weight = 1.0> : !snn.proj<1, 600>
  snn.current_source @drive %burst constant(20.0 nA) : !snn.pop<600>
  %fan = snn.projection @fan %burst -> %reader fixed_probability<p = 0.05, seed = 3, weight = 0.5>
      : !snn.proj<600, 4>
  %ext = snn.projection @ext %in -> %reader all_to_all<weight = 0.5> : !snn.proj<20, 4>
  snn.probe @reader_spikes spikes %reader : !snn.pop<4>
}
