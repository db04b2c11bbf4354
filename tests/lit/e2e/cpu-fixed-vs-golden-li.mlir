// --numerics=fixed against the golden model: a leaky integrator readout
// (li never spikes) of Poisson inputs; its final voltages, and the voltage
// probe in mV (u * v_lsb + v_rest).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %s 2000 %t | FileCheck %s
// RUN: %t/net --steps=2000 --out %t/probes --quiet
// RUN: FileCheck %s --check-prefix=V --input-file=%t/probes/v.txt
// CHECK: cpu-fixed-vs-golden-li.mlir: bit-identical, 2000 steps, 0 spikes
// V: # step then 6 values (v in mV per neuron)
// V-NEXT: 999 -{{[0-9.]+}} -{{[0-9.]+}}
// V-NEXT: 1999 -{{[0-9.]+}}
snn.network @readout dt(0.5 ms) {
  %in = snn.poisson_source @in rate(50.0 Hz) seed(3) : !snn.pop<30>
  %ro = snn.population @ro li<tau_m = 10.0 ms, v_rest = -70.0 mV, v_init = -72.0 mV>
      : !snn.pop<6>
  %p = snn.projection @p %in -> %ro fixed_probability<p = 0.6, seed = 2, weight = 0.7>
      : !snn.proj<30, 6>
  snn.probe @v voltage %ro every(1000) : !snn.pop<6>
}
