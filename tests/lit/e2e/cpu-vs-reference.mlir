// The compiled float program against the Eigen float reference (plasticc-ref,
// sim/reference) on the examples. Both compute docs/semantics.md Part 1 in
// binary64 from the same hash draws, so the stated tolerance is: identical
// spikes (step and neuron), weights within 1e-6 relative (plasticc-ref
// prints 9 significant digits).
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: plasticc %examples/ei_cuba.mlir --target=cpu -o %t/cuba
// RUN: %t/cuba --steps=1000 --out %t/cuba.out --quiet
// RUN: plasticc-ref %examples/ei_cuba.mlir --steps=1000 -o %t/cuba.ref
// RUN: %python %S/Inputs/compare_ref.py %t/cuba.out exc_spikes %t/cuba.ref exc.spikes
// RUN: %python %S/Inputs/compare_ref.py %t/cuba.out inh_spikes %t/cuba.ref inh.spikes
// RUN: plasticc %examples/stdp_poisson.mlir --target=cpu -o %t/stdp
// RUN: %t/stdp --steps=10000 --out %t/stdp.out --quiet
// RUN: plasticc-ref %examples/stdp_poisson.mlir --steps=10000 -o %t/stdp.ref
// RUN: %python %S/Inputs/compare_ref.py %t/stdp.out raster %t/stdp.ref neurons.spikes | FileCheck %s
// RUN: %python %S/Inputs/compare_ref.py %t/stdp.out weights %t/stdp.ref inputs_to_neurons.weights | FileCheck %s --check-prefix=WEIGHTS
// CHECK: spikes identical
// WEIGHTS: weights within 1e-6
// The three-factor rule with a reward signal (examples/reward_three_factor):
// the eligibility's pre-triggered change decays with its step (§7) in both.
// RUN: plasticc %examples/reward_three_factor.mlir --target=cpu -o %t/reward
// RUN: %t/reward --steps=3000 --out %t/reward.out --quiet
// RUN: plasticc-ref %examples/reward_three_factor.mlir --steps=3000 -o %t/reward.ref
// RUN: %python %S/Inputs/compare_ref.py %t/reward.out action_spikes %t/reward.ref actions.spikes | FileCheck %s --check-prefix=REWARD
// REWARD: action_spikes: 230 spikes identical
// Structural plasticity with STDP: pruning and per-post-neuron regrowth from
// the shared hash give the same spikes in both.
// RUN: plasticc %S/structural.mlir --target=cpu -o %t/structural
// RUN: %t/structural --steps=300 --out %t/structural.out --quiet
// RUN: plasticc-ref %S/structural.mlir --steps=300 -o %t/structural.ref
// RUN: %python %S/Inputs/compare_ref.py %t/structural.out spikes %t/structural.ref out.spikes | FileCheck %s --check-prefix=STRUCTURAL
// STRUCTURAL: spikes: {{[1-9][0-9]*}} spikes identical
