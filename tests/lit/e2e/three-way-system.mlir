// REQUIRES: verilator
// Three executions of one compiled system (issue 6, docs/core.md §10) agree
// bit for bit: the CPU binary in fixed mode (--core-out), the golden model
// on the system image (plasticc-sim --model=golden) and the Verilated system
// top (OUTDIR/<design>-sim): spikes.txt with the core of every spike, and for
// every core its spikes, final weights, eligibility, neuron state and
// traces; the RTL's system cycles, measured, equal the golden model's
// (SystemStepStats::totalCycles() with the output always ready).
// RUN: rm -rf %t && mkdir -p %t && cd %t
// The reward example: a three-factor population with plastic cue rows and
// the interneuron's static row (P = 40 of 42), and the interneuron.
// RUN: %python %S/Inputs/three_way.py plasticc plasticc-sim %examples/reward_three_factor.mlir 600 %t/reward | FileCheck %s --check-prefix=REWARD
// Seeded random systems (Inputs/random_system.py, the generator of the CPU's
// fixed-mode system tests): seed 1 (4 cores, 6 routes: an STDP core and a
// three-factor core with static rows, recurrence) and seed 3 (4 cores, 8
// routes: three-factor, STDP and hebbian cores, three with static rows, two
// recurrent). Each network costs a Verilator build of its system top.
// RUN: %python %S/Inputs/three_way.py --random-system plasticc plasticc-sim 1 1 400 | FileCheck %s --check-prefix=RANDOM1
// RUN: %python %S/Inputs/three_way.py --random-system plasticc plasticc-sim 3 3 400 | FileCheck %s --check-prefix=RANDOM3
// A population over several cores (docs/core.md §10.7): Inputs/reward_split.mlir
// (40 action neurons) with --core-neurons=16 runs @actions as 3 slice cores
// (13, 13, 14 neurons) beside the interneuron; 300 steps keep the one
// Verilator build of its 4-core top the cost.
// RUN: %python %S/Inputs/three_way.py --core-neurons=16 plasticc plasticc-sim %S/Inputs/reward_split.mlir 300 %t/split | FileCheck %s --check-prefix=SPLIT
// RUN: grep -c '^core actions_' %t/split/hw/reward_split.system/system.txt | FileCheck %s --check-prefix=SLICES
// Pruning without a weight rule (Inputs/prune_only_system.mlir): core @pop
// has EnPrune and no learning datapath, prunes every 25 steps and routes
// its spikes to @out. Its weak plastic synapses go (more 0x80 in the RTL's
// final weights than in the image), its 24 static ones below the
// threshold (0x1a) stay.
// RUN: %python %S/Inputs/three_way.py plasticc plasticc-sim %S/Inputs/prune_only_system.mlir 300 %t/prune | FileCheck %s --check-prefix=PRUNE
// RUN: FileCheck %s --check-prefix=PRUNE-IMAGE --input-file=%t/prune/hw/prune_only.system/pop/manifest.txt
// RUN: echo "pruned $(( $(grep -c '^80$' %t/prune/rtl/pop/weights.hex) - $(grep -c '^80$' %t/prune/hw/prune_only.system/pop/weights.hex) ))" | FileCheck %s --check-prefix=PRUNED
// RUN: grep -c '^1a$' %t/prune/rtl/pop/weights.hex | FileCheck %s --check-prefix=STATIC
// PRUNE: prune_only_system.mlir: three-way identical, 300 steps, {{[1-9][0-9]*}} spikes, 2 cores, {{[1-9][0-9]*}} system cycles
// PRUNE-IMAGE: stdp.enabled = 0
// PRUNE-IMAGE: three_factor.enabled = 0
// PRUNE-IMAGE: hebbian.enabled = 0
// PRUNE-IMAGE: prune.every = 25
// PRUNED: pruned {{[1-9][0-9]*}}
// STATIC: {{^}}24{{$}}
// SPLIT: reward_split.mlir: three-way identical, 300 steps, {{[1-9][0-9]*}} spikes, 4 cores, {{[1-9][0-9]*}} system cycles
// SLICES: 3
// REWARD: reward_three_factor.mlir: three-way identical, 600 steps, {{[1-9][0-9]*}} spikes, 2 cores, {{[1-9][0-9]*}} system cycles
// RANDOM1: system seed 1: three-way identical, 400 steps, {{[1-9][0-9]*}} spikes, 4 cores, {{[1-9][0-9]*}} system cycles
// RANDOM1: 1 systems three-way identical, 0 differ
// RANDOM3: system seed 3: three-way identical, 400 steps, {{[1-9][0-9]*}} spikes, 4 cores, {{[1-9][0-9]*}} system cycles
// RANDOM3: 1 systems three-way identical, 0 differ
