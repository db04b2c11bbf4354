// --numerics=fixed against the golden model on 40 seeded random networks
// that one core runs (tests/lit/e2e/Inputs/random_network.py --fixed: lif,
// cuba_lif, if, li, adaptive threshold, value/subtract reset, refractory,
// constant current, initial voltage, Poisson and given inputs with delays,
// recurrence, pair STDP in every pairing/bounds/rounding, a separate
// inhibitory current, three_factor with a signal modulator, hebbian; with
// --prune, structural pruning beside the rule or alone on one projection),
// 2000 steps each:
// every output spike, final weight and state bit-identical.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %python %S/Inputs/compare_fixed_golden.py --random plasticc plasticc-sim 1 40 2000 | FileCheck %s
// CHECK-NOT: MISMATCH
// CHECK: 40 bit-identical, 0 differ
