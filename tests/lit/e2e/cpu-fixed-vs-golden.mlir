// --numerics=fixed against the golden model on examples/stdp_poisson.mlir
// (1000 Poisson inputs -> 100 LIF, additive STDP with stochastic rounding):
// output spikes, final weights and final state bit-identical after 3000
// steps. The compiled program also keeps the snn probes: the spike raster
// of the population and the weights in mV (NaN where there is no synapse).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %examples/stdp_poisson.mlir 3000 %t | FileCheck %s
// RUN: %t/net --steps=10000 --out %t/probes 2>&1 | FileCheck %s --check-prefix=PROG
// RUN: %python %S/Inputs/check_fixed_probes.py %t/probes/weights.npy 1 1000 100 0.015625 | FileCheck %s --check-prefix=PROBE
// CHECK: stdp_poisson.mlir: bit-identical, 3000 steps, {{[1-9][0-9]+}} spikes, final weights and state
// PROG-NOT: warning
// PROG: stdp_poisson: 10000 steps (1000 ms), {{[0-9]+}} spikes, {{[0-9]+}} synaptic events
// PROBE: {{[0-9]+}} of 100000 synapses present, all on the weight grid
// RUN: FileCheck %s --check-prefix=RASTER --input-file=%t/probes/raster.txt
// RASTER: # step index
// RASTER-NEXT: {{[0-9]+ [0-9]+}}
