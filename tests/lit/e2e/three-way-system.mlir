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
// Seeded random systems (Inputs/random_system.py): 2 to 4 cores, lif,
// cuba_lif and adaptive lif, static and plastic projections on one core
// (stdp, three_factor, hebbian), fan-out, loops between cores, inhibitory
// routes and delayed recurrence.
// Seeds 10 (4 cores: hebbian, three-factor and STDP cores, static rows,
// three recurrent cores, six routes) and 12 (3 cores: three-factor and STDP
// with static rows); each network costs a Verilator build of its system.
// RUN: %python %S/Inputs/three_way.py --random-system plasticc plasticc-sim 10 12 400 | FileCheck %s --check-prefix=RANDOM
// REWARD: reward_three_factor.mlir: three-way identical, 600 steps, {{[1-9][0-9]*}} spikes, 2 cores, {{[1-9][0-9]*}} system cycles
// RANDOM-NOT: MISMATCH
// RANDOM: system seed 10: three-way identical, 400 steps, {{[1-9][0-9]*}} spikes, 4 cores
// RANDOM: system seed 12: three-way identical, 400 steps, {{[1-9][0-9]*}} spikes, 3 cores
// RANDOM: 2 systems three-way identical, 0 differ
