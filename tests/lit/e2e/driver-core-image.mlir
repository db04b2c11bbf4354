// plasticc --target=core-image writes what plasticc-sim runs: the image, the
// host's input spikes and the quantization report. An unmappable network is
// refused with a located message and exit code 1: ei_cuba's 3200 excitatory
// neurons would run as 4 slices (docs/core.md §10.7), but each slice needs
// the population's 4000 axons.
// RUN: rm -rf %t && plasticc %examples/stdp_poisson.mlir --target=core-image --steps=300 -o %t | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT --input-file=%t/quantization.txt
// RUN: plasticc-sim --model=golden %t/neurons.core %t/neurons.core/inputs.txt --steps=300 -o %t/out | FileCheck %s --check-prefix=SIM
// RUN: not plasticc %examples/ei_cuba.mlir --target=core-image -o %t/cuba 2>&1 | FileCheck %s --check-prefix=REFUSED

// CHECK: plasticc: core @neurons of @stdp_poisson (100 neurons on 128, 1000 axons) written to {{.*}}/neurons.core
// REPORT: network @stdp_poisson, core @neurons
// REPORT: @inputs_to_neurons{{ +}}a_plus
// SIM: plasticc-sim: 300 steps,
// REFUSED: ei_cuba.mlir:{{[0-9]+}}:{{[0-9]+}}: error: the projections into @exc need 4000 axons, more than a core's 1024 by 2976; splitting its 3200 neurons over several cores cannot help, as every slice takes the whole fan-in (docs/core.md §10.7); --target=cpu runs it
