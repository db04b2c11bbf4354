// Every example verifies, prints back to text that parses to the same text,
// and survives canonicalization.
// RUN: plasticc-opt %examples/stdp_poisson.mlir > %t.stdp.1
// RUN: plasticc-opt %t.stdp.1 > %t.stdp.2
// RUN: diff %t.stdp.1 %t.stdp.2
// RUN: plasticc-opt --canonicalize %examples/stdp_poisson.mlir | FileCheck %s --check-prefix=STDP
// RUN: plasticc-opt %examples/ei_cuba.mlir > %t.ei.1
// RUN: plasticc-opt %t.ei.1 > %t.ei.2
// RUN: diff %t.ei.1 %t.ei.2
// RUN: plasticc-opt --canonicalize %examples/ei_cuba.mlir | FileCheck %s --check-prefix=EI
// RUN: plasticc-opt %examples/reward_three_factor.mlir > %t.reward.1
// RUN: plasticc-opt %t.reward.1 > %t.reward.2
// RUN: diff %t.reward.1 %t.reward.2
// RUN: plasticc-opt --canonicalize %examples/reward_three_factor.mlir | FileCheck %s --check-prefix=REWARD

// STDP: snn.network @stdp_poisson dt(0.1 ms)
// STDP: snn.plasticity %inputs_to_neurons stdp<

// EI: snn.network @ei_cuba
// EI-COUNT-4: fixed_probability
// EI: snn.probe @exc_spikes spikes %exc

// REWARD: snn.network @reward_three_factor dt(1.0 ms)
// REWARD: three_factor<{{.*}}> modulator(%reward : !snn.signal)
// The interneuron's dense row of equal weights canonicalizes to all-to-all.
// REWARD: snn.projection @inhibit %interneuron -> %actions all_to_all<weight = -8.0> delay(1.0 ms)
