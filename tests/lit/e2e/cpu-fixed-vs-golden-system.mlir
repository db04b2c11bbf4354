// --numerics=fixed on networks of several populations, one core each, joined
// by the router (docs/core.md §10), against the golden system model
// (plasticc-sim on the system image): every output spike of every core, and
// every core's final weights, eligibilities and state, bit-identical.
//
// examples/reward_three_factor.mlir: @actions (three_factor on 40 plastic
// cue axons, P = 40, plus the interneuron's static axon) and @interneuron,
// routed both ways, the reward signal written to @actions' register.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %examples/reward_three_factor.mlir 2000 %t/reward | FileCheck %s --check-prefix=REWARD
// RUN: FileCheck %s --check-prefix=SYSTEM --input-file=%t/reward/image/reward_three_factor.system/system.txt
// REWARD: reward_three_factor.mlir: bit-identical, 2000 steps, {{[1-9][0-9]+}} spikes
// SYSTEM: plasticc-system-image 1
// SYSTEM: core actions actions
// SYSTEM-NEXT: core interneuron interneuron
// SYSTEM-NEXT: route actions interneuron 0 2
// SYSTEM-NEXT: route interneuron actions 40 1
//
// A one-bit fault in one core's final weights, and one extra system spike,
// each fail the comparison and say where.
// RUN: cp -r %t/reward/cpu %t/bad
// RUN: %python -c "import sys; w = open(sys.argv[1]).read().split(); w[0] = format(int(w[0], 16) ^ 1, '02x'); open(sys.argv[1], 'w').write(chr(10).join(w) + chr(10))" %t/bad/actions/weights.hex
// RUN: not %python %S/Inputs/compare_fixed_golden.py --compare-system %t/reward/golden %t/bad %t/reward/image/reward_three_factor.system | FileCheck %s --check-prefix=WEIGHT
// RUN: cp -r %t/reward/cpu %t/bad2 && echo "1999 1 0" >> %t/bad2/spikes.txt
// RUN: not %python %S/Inputs/compare_fixed_golden.py --compare-system %t/reward/golden %t/bad2 %t/reward/image/reward_three_factor.system | FileCheck %s --check-prefix=SPIKE
// WEIGHT: MISMATCH
// WEIGHT-NEXT: @actions: weights.hex: axon 0, neuron 0: expected
// SPIKE: MISMATCH
// SPIKE-NEXT: spikes.txt: first difference at step 1999, core 1 (@interneuron), neuron 0: expected no spike, got a spike
//
// 30 seeded random systems (tests/lit/e2e/Inputs/random_system.py: 2-4
// populations of lif, cuba_lif, if or adaptive neurons, routes with fan-out,
// cycles and doubled projections, inhibitory populations, recurrence, and per
// population pair STDP, three_factor (a signal shared by two cores at times)
// or hebbian on part of its projections, the rest static rows >= P; with
// --prune, structural pruning beside the rule on some populations).
// RUN: %python %S/Inputs/compare_fixed_golden.py --random-system plasticc plasticc-sim 1 30 1000 | FileCheck %s
// CHECK-NOT: MISMATCH
// CHECK: 30 bit-identical, 0 differ
