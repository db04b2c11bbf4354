// examples/stdp_poisson.mlir end to end: compile, run 1 s, read the outputs.
// ~20286 synapses (20% of 1000 x 100) x 15 Hz: about 300 thousand synaptic events.
//
// RUN: plasticc %examples/stdp_poisson.mlir --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --duration=1000 --out %t.out | FileCheck %s
// RUN: %python %S/Inputs/check_outputs.py %t.out raster:spikes:100 weights:weights:*
// CHECK: stdp_poisson: 10000 steps (1000 ms), {{[1-9][0-9]*}} spikes, {{3[0-9][0-9][0-9][0-9][0-9]}} synaptic events
// CHECK: stdp_poisson: 2 probe(s) written to
