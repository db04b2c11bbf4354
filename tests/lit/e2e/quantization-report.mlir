// The float reference and the golden model run the same network; on the LIF
// example they agree spike for spike, and the quantization report says so.
// RUN: rm -rf %t && plasticc-ref %s --steps=8 -o %t --compare-golden | FileCheck %s
// RUN: FileCheck %s --check-prefix=FLOAT --input-file=%t/neuron.spikes.txt
// RUN: plasticc-ref %examples/stdp_poisson.mlir --steps=2000 --compare-golden | FileCheck %s --check-prefix=STDP

snn.network @lif_example dt(1.0 ms) {
  %drive = snn.spike_source @drive spikes [(0, 0.0 ms), (0, 1.0 ms), (0, 2.0 ms),
      (0, 3.0 ms), (0, 5.0 ms), (0, 6.0 ms)] : !snn.pop<1>
  %neuron = snn.population @neuron lif<tau_m = 10.0 ms, v_rest = -65.0 mV,
      v_th = -50.0 mV, t_ref = 2.0 ms> : !snn.pop<1>
  %in = snn.projection @in %drive -> %neuron all_to_all<weight = 6.0>
      delay(1.0 ms) : !snn.proj<1, 1>
}

// CHECK: float reference: @lif_example, 8 steps of 1 ms
// CHECK: quantization error of @lif_example over 8 steps (8 ms), golden core: {{[0-9]+}} cycles
// CHECK: @neuron{{ +}}1{{ +}}125.0000{{ +}}125.0000{{ +}}0.00%
// CHECK: @in{{ +}}1{{ +}}0.000000{{ +}}0.000000{{ +}}0.062500

// FLOAT: # step neuron
// FLOAT-NEXT: 4 0

// STDP: quantization error of @stdp_poisson over 2000 steps (200 ms)
// The rate error stays below 10% (one digit before the point); see
// docs/quantization.md for the measured value.
// STDP: @neurons{{ +}}100{{ +}}{{[0-9.]+}}{{ +}}{{[0-9.]+}}{{ +}}{{[0-9]\.[0-9][0-9]}}%
// STDP: @inputs_to_neurons{{ +}}20286{{ +}}[[RMS:[0-9.]+]]
