// A network of several populations: --target=core-image writes a system
// image (docs/core.md §10.3) -- system.txt, one core image per population
// named after it, the host's inputs and modulator writes tagged with the core
// index -- and the hardware targets refuse it at the network, before writing
// any image, rather than build core 0 alone.
// RUN: rm -rf %t && plasticc %examples/reward_three_factor.mlir --target=core-image --steps=600 -o %t/img | FileCheck %s
// RUN: FileCheck %s --check-prefix=MANIFEST --input-file=%t/img/reward_three_factor.system/actions/manifest.txt
// RUN: FileCheck %s --check-prefix=INPUTS --input-file=%t/img/reward_three_factor.system/inputs.txt
// RUN: not grep -E '^[0-9]+ 1 ' %t/img/reward_three_factor.system/inputs.txt
// RUN: FileCheck %s --check-prefix=MOD --input-file=%t/img/reward_three_factor.system/modulator.txt
// RUN: FileCheck %s --check-prefix=REPORT --input-file=%t/img/quantization.txt
// RUN: plasticc-sim --model=golden %t/img/reward_three_factor.system %t/img/reward_three_factor.system/inputs.txt --modulator %t/img/reward_three_factor.system/modulator.txt --steps=600 -o %t/out | FileCheck %s --check-prefix=SIM
// CHECK: plasticc: core @actions of @reward_three_factor (2 neurons on 4, 42 axons) written to {{.*}}img/reward_three_factor.system/actions
// CHECK-NEXT: plasticc: core @interneuron of @reward_three_factor (1 neurons on 4, 2 axons) written to {{.*}}img/reward_three_factor.system/interneuron
// CHECK-NEXT: plasticc: system of 2 cores and 2 routes written to {{.*}}img/reward_three_factor.system/system.txt
// MANIFEST: core.axons = 42
// MANIFEST: learn.plastic_axons = 40
// Only @actions (core 0) has host inputs: the cue's 40 Poisson channels.
// INPUTS: # input spikes of @reward_three_factor for 600 steps: <step> <core> <axon> ...
// INPUTS: {{^[0-9]+ 0 [0-9]+}}
// MOD: 0 0 0
// MOD-NEXT: 500 0 127
// MOD-NEXT: 1500 0 -64
// REPORT: network @reward_three_factor, core @actions: 2 neurons on 4, 41 axons on 42, 40 plastic
// REPORT: network @reward_three_factor, core @interneuron: 1 neurons on 4, 2 axons on 2
// SIM: plasticc-sim: 600 steps, 2 cores
//
// RUN: not plasticc %examples/reward_three_factor.mlir --target=verilog -o %t/v 2>&1 | FileCheck %s --check-prefix=HW
// RUN: not plasticc %examples/reward_three_factor.mlir --target=verilator -o %t/vl 2>&1 | FileCheck %s --check-prefix=HW
// RUN: not plasticc %examples/reward_three_factor.mlir --target=ice40-up5k -o %t/ice 2>&1 | FileCheck %s --check-prefix=HW
// RUN: not ls %t/v/*.core %t/v/*.system %t/v/*.sv %t/vl/*.core %t/ice/*.core
// HW: reward_three_factor.mlir:{{[0-9]+}}:{{[0-9]+}}: error: @reward_three_factor maps onto 2 cores (one per population); the hardware targets build one core, and a multi-core system top is not generated yet (docs/core.md §10); --target=core-image writes the system image and --target=cpu --numerics=fixed runs it
//
// The float reference's --compare-golden runs one core; it refuses a system
// rather than compare core 0 without its routed inputs.
// RUN: not plasticc-ref %examples/reward_three_factor.mlir --steps=10 -o %t/ref --compare-golden 2>&1 | FileCheck %s --check-prefix=REF
// REF: reward_three_factor.mlir:{{[0-9]+}}:{{[0-9]+}}: error: --compare-golden compares one core, but @reward_three_factor maps onto 2 cores (one per population); compare a system with plasticc --target=cpu --numerics=fixed against plasticc-sim
