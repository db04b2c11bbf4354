// The golden model against the float reference on 20 seeded random networks
// (one LIF or cuba_lif population, Poisson inputs, random connectivity,
// recurrence and stochastic STDP chosen by the seed), 500 ms each, within the
// tolerances of docs/quantization.md. scripts/golden-vs-reference runs the
// long set.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %python %S/Inputs/compare_random.py plasticc-ref 1 20 | FileCheck %s
// CHECK: 20 passed, 0 failed
