// A population over several cores (docs/core.md §10.7): --numerics=fixed
// with --core-neurons against the golden system model on the same slices,
// every output spike of every core and every core's final memories and
// state bit-identical.
//
// Inputs/reward_split.mlir: examples/reward_three_factor.mlir with 40 action
// neurons; --core-neurons=16 makes @actions the slice cores @actions_0..2
// (13, 13, 14 neurons), each taking the 40 cue axons and the interneuron's
// axon and the reward signal; the interneuron's routes go to every slice.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %python %S/Inputs/compare_fixed_golden.py --core-neurons=16 plasticc plasticc-sim %S/Inputs/reward_split.mlir 2000 %t/reward > %t/compare.txt
// RUN: %t/reward/net --steps=2000 --out %t/probes --core-out %t/cpu2 >> %t/compare.txt
// RUN: FileCheck %s --check-prefix=REWARD --input-file=%t/compare.txt
// RUN: FileCheck %s --check-prefix=SYSTEM --input-file=%t/reward/image/reward_split.system/system.txt
// RUN: FileCheck %s --check-prefix=MOD --input-file=%t/reward/image/reward_split.system/modulator.txt
// The run's summary counts each neuron once: the golden model's spikes.
// REWARD: reward_split.mlir: bit-identical, 2000 steps, [[SPIKES:[1-9][0-9]+]] spikes
// REWARD: reward_split: 2000 steps (2000 ms), [[SPIKES]] spikes,
// REWARD: reward_split: 3 probe(s) written to
// SYSTEM: core actions_0 actions_0
// SYSTEM-NEXT: core actions_1 actions_1
// SYSTEM-NEXT: core actions_2 actions_2
// SYSTEM-NEXT: core interneuron interneuron
// SYSTEM-NEXT: route actions_0 interneuron 0 13
// SYSTEM-NEXT: route actions_1 interneuron 13 13
// SYSTEM-NEXT: route actions_2 interneuron 26 14
// SYSTEM-NEXT: route interneuron actions_0 40 1
// SYSTEM-NEXT: route interneuron actions_1 40 1
// SYSTEM-NEXT: route interneuron actions_2 40 1
// MOD: 500 0 127
// MOD: 500 1 127
// MOD: 500 2 127
//
// The probes of the split population are one probe each over its 40
// neurons, made of the slices' own final state.
// RUN: %python %S/Inputs/check_split_probes.py %t/probes %t/cpu2 %t/reward/image/reward_split.system actions action_spikes weights 0 40 0.125 eligibility | FileCheck %s --check-prefix=PROBES
// PROBES: @actions: 3 slices [13, 13, 14] make one probe: {{[1-9][0-9]+}} spikes, 40 weight columns, 40 + 40 traces
// A wrong neuron in the spikes probe fails that check.
// RUN: cp -r %t/probes %t/bad && sed -i '2s/ \([0-9]*\)$/ 39/' %t/bad/action_spikes.txt
// RUN: not %python %S/Inputs/check_split_probes.py %t/bad %t/cpu2 %t/reward/image/reward_split.system actions action_spikes weights 0 40 0.125 eligibility | FileCheck %s --check-prefix=BADPROBE
// BADPROBE: MISMATCH
// BADPROBE-NEXT: action_spikes:
//
// Random systems (random_system.py --recurrent-delay-1): seed 27 splits
// @pop1 (20 neurons, recurrent pair STDP) into 2 slices and @pop0 into 2,
// @pop3 (40) into 3; seed 29 splits @pop2 (40 neurons, recurrent pair STDP)
// into 3; seed 28 splits one population of 20.
// RUN: %python %S/Inputs/compare_fixed_golden.py --core-neurons=16 --random-system plasticc plasticc-sim 27 29 300 | FileCheck %s --check-prefix=RANDOM
// RUN: FileCheck %s --check-prefix=SPLIT27 --input-file=%t/random_system_27/image/quantization.txt
// RUN: FileCheck %s --check-prefix=SPLIT29 --input-file=%t/random_system_29/image/quantization.txt
// RANDOM: seed 27: bit-identical
// RANDOM: seed 28: bit-identical
// RANDOM: seed 29: bit-identical
// RANDOM: 3 bit-identical, 0 differ
// SPLIT27: population @pop1: 20 neurons on 2 cores
// SPLIT29: population @pop2: 40 neurons on 3 cores
//
// The float path ignores slicing: --core-neurons leaves float mode's
// results unchanged.
// RUN: plasticc %S/Inputs/reward_split.mlir -o %t/float
// RUN: plasticc %S/Inputs/reward_split.mlir --core-neurons=16 -o %t/float16
// RUN: %t/float --steps=500 --out %t/float-out --quiet && %t/float16 --steps=500 --out %t/float16-out --quiet
// RUN: cmp %t/float-out/weights.npy %t/float16-out/weights.npy && cmp %t/float-out/action_spikes.npy %t/float16-out/action_spikes.npy
//
// A bad --core-neurons is refused by the driver.
// RUN: not plasticc %S/Inputs/reward_split.mlir --target=core-image --core-neurons=24 -o %t/bad-image 2>&1 | FileCheck %s --check-prefix=FLAG
// FLAG: plasticc: --core-neurons must be a power of two from 4 to 1024, not 24
