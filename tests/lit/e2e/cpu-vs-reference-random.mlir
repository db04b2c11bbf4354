// The CPU backend's float mode against the Eigen float reference on ten
// seeded random networks (tests/lit/e2e/Inputs/random_network.py: lif or
// cuba_lif, Poisson inputs, random connectivity, recurrence, pair STDP),
// 500 ms each. Both compute docs/semantics.md Part 1 in binary64; the spike
// count may differ by at most 0.5% (a threshold decided by the last bit of a
// sum taken in another order), and the checker reports how many trains are
// identical.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %python %S/Inputs/compare_cpu_float.py plasticc plasticc-ref 1 10 | FileCheck %s
// CHECK: 10 passed, 0 failed
