// --numerics=fixed against the golden model: Oja's rule on the core's
// Hebbian unit (the sweep subtracts k_j * w with k_j = eta_o * y_j^2,
// stochastically rounded with the Hebbian term), with recurrence and
// adaptive lif neurons. A strong eta makes the decay term matter.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %s 3000 %t | FileCheck %s
// The image carries eta_o = round(0.2 * 2^16) = 13107.
// RUN: plasticc %s --target=core-image -o %t/oja.core && FileCheck %s --check-prefix=IMAGE --input-file %t/oja.core/pop.core/manifest.txt
// The generated top builds the core with Oja's datapath (EnOja).
// RUN: plasticc %s --target=verilog -o %t/v
// RUN: FileCheck %s --check-prefix=RTL --input-file=%t/v/oja_pop_top.sv
// RTL: .EnHebbian(1'b1),
// RTL-NEXT: .EnStaticRows(1'b0),
// RTL-NEXT: .EnOja(1'b1),
// CHECK: cpu-fixed-vs-golden-oja.mlir: bit-identical, 3000 steps, {{[1-9][0-9]+}} spikes
// IMAGE: hebbian.enabled = 1
// IMAGE: hebbian.decay = 13107
snn.network @oja dt(1.0 ms) {
  %in = snn.poisson_source @in rate(30.0 Hz) seed(41) : !snn.pop<30>
  %pop = snn.population @pop excitatory
      lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV,
          v_reset = -65.0 mV, tau_th = 100.0 ms, th_jump = 1.0 mV>
      : !snn.pop<10>
  %ff = snn.projection @ff %in -> %pop fixed_probability<p = 0.5, seed = 7, weight = 2.0>
      : !snn.proj<30, 10>
  %rec = snn.projection @rec %pop -> %pop fixed_probability<p = 0.3, seed = 8, weight = 0.5>
      delay(2.0 ms) : !snn.proj<10, 10>
  snn.plasticity %ff oja<eta = 0.2, tau = 20.0 ms, w_min = 0.0, w_max = 4.0>
      : !snn.proj<30, 10>
  snn.plasticity %rec oja<eta = 0.2, tau = 20.0 ms, w_min = 0.0, w_max = 4.0>
      : !snn.proj<10, 10>
  snn.probe @spikes spikes %pop : !snn.pop<10>
}
