// examples/reward_three_factor.mlir end to end (three_factor with a reward
// signal, adaptive thresholds, a subtract-reset interneuron, a dense
// inhibitory projection): the traces probe holds x (40), y (2) and the
// eligibility of the 80 synapses.
//
// RUN: plasticc %examples/reward_three_factor.mlir --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --duration=2000 --out %t.out | FileCheck %s
// RUN: %python %S/Inputs/check_outputs.py %t.out action_spikes:spikes:2 eligibility:traces:122 weights:weights:40x2
// CHECK: reward_three_factor: 2000 steps (2000 ms), {{[1-9][0-9]*}} spikes
