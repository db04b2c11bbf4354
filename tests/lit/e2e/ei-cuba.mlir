// examples/ei_cuba.mlir (Vogels-Abbott CUBA, 4000 neurons, 2%) end to end,
// 100 ms: the network is self-driven and keeps firing.
//
// RUN: plasticc %examples/ei_cuba.mlir --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --duration=100 --out %t.out | FileCheck %s
// RUN: %python %S/Inputs/check_outputs.py %t.out exc_spikes:spikes:3200 inh_spikes:spikes:800 exc_voltage:voltage:3200
// CHECK: ei_cuba: 1000 steps (100 ms), {{[1-9][0-9]*}} spikes
