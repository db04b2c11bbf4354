// A bias makes padding neurons fire, and the core pushes every spiking
// neuron k < N to recurrent axon offset + k (docs/core.md §10.4, §10.7).
// 5 neurons with --core-neurons=4 are slices of 2 and 3 neurons on N = 4
// each: without the padded recurrence layout, slice 0's padding neurons 2
// and 3 hit the recurrence rows of population neurons 2 and 3 (slice 1)
// and inhibit every neuron. Without learning the traces never reach a
// neuron, so the split population must spike exactly as the unsplit one.
// RUN: rm -rf %t && mkdir -p %t
// RUN: plasticc %s --numerics=fixed -o %t/whole
// RUN: plasticc %s --numerics=fixed --core-neurons=4 -o %t/split
// RUN: %t/whole --steps=200 --out %t/whole_out > %t/whole.txt
// RUN: %t/split --steps=200 --out %t/split_out > %t/split.txt
// RUN: cat %t/whole.txt %t/split.txt | FileCheck %s --check-prefix=COUNT
// RUN: diff %t/whole_out/spikes.txt %t/split_out/spikes.txt
// COUNT: padding: 200 steps (200 ms), [[SPIKES:[1-9][0-9]*]] spikes
// COUNT: padding: 200 steps (200 ms), [[SPIKES]] spikes
//
// The split mapping against the golden system model, bit for bit.
// RUN: %python %S/Inputs/compare_fixed_golden.py --core-neurons=4 plasticc plasticc-sim %s 200 %t/golden | FileCheck %s --check-prefix=GOLDEN
// GOLDEN: cpu-fixed-split-padding.mlir: bit-identical, 200 steps, {{[1-9][0-9]*}} spikes
//
// The layout: @drive on rows 0..3, then the recurrence in blocks of N_s = 4
// rows, slice 0 at 4 (neurons 0, 1), slice 1 at 8 (neurons 2..4); the routes
// carry the real neurons only.
// RUN: plasticc-opt %s --convert-snn-to-core=core-neurons=4 | FileCheck %s --check-prefix=LAYOUT
// LAYOUT: core.core @pop_0 {
// LAYOUT-SAME: axons = 12 : i64
// LAYOUT-SAME: recurrent_offset = 4 : i64
// LAYOUT: core.core @pop_1 {
// LAYOUT-SAME: axons = 12 : i64
// LAYOUT-SAME: recurrent_offset = 8 : i64
// LAYOUT: core.route @rec_0_1 from @pop_0 to @pop_1 axons(4, 2)
// LAYOUT-NEXT: core.route @rec_1_0 from @pop_1 to @pop_0 axons(8, 3)
snn.network @padding dt(1.0 ms) {
  %drive = snn.poisson_source @drive rate(50.0 Hz) seed(4) : !snn.pop<4>
  %pop = snn.population @pop inhibitory
      lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV, v_reset = -65.0 mV>
      : !snn.pop<5>
  %ff = snn.projection @ff %drive -> %pop all_to_all<weight = 4.0>
      : !snn.proj<4, 5>
  %rec = snn.projection @rec %pop -> %pop all_to_all<weight = -3.0>
      : !snn.proj<5, 5>
  snn.current_source @bias %pop constant(20.0 nA) : !snn.pop<5>
  snn.probe @spikes spikes %pop : !snn.pop<5>
}
