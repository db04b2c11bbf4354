// --numerics=fixed against the golden model: three_factor learning with a
// signal source as the modulator (the host's Q1.7 register, written at the
// signal's steps), on cuba_lif neurons with a separate inhibitory current
// (tau_syn_inh != tau_syn: negative weights feed i2). Bit-identical spikes,
// weights, eligibilities and state.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %s 3000 %t | FileCheck %s
// RUN: plasticc %s --target=core-image --steps=10 -o %t/img | FileCheck %s --check-prefix=IMAGE
// RUN: FileCheck %s --check-prefix=MOD --input-file=%t/img/pop.core/modulator.txt
// RUN: FileCheck %s --check-prefix=MANIFEST --input-file=%t/img/pop.core/manifest.txt
// The Verilog top builds exactly these features into the rtl/ core.
// RUN: plasticc %s --target=verilog -o %t/v
// RUN: FileCheck %s --check-prefix=RTL --input-file=%t/v/reward_pop_top.sv
// CHECK: cpu-fixed-vs-golden-three-factor.mlir: bit-identical, 3000 steps, {{[1-9][0-9]+}} spikes
// IMAGE: core @pop of @reward
// MOD: 0 0
// MOD-NEXT: 400 127
// MOD-NEXT: 1200 -64
// MOD-NEXT: 2000 26
// MANIFEST: neuron.inh_current = 1
// MANIFEST: three_factor.enabled = 1
// RTL: .EnStdp(1'b0),
// RTL: .EnCuba(1'b1),
// RTL: .EnInhCurrent(1'b1),
// RTL-NEXT: .EnThreeFactor(1'b1),
// RTL-NEXT: .EnHebbian(1'b0),
// RTL-NEXT: .EnStaticRows(1'b0),
// RTL-NEXT: .EnOja(1'b0),
snn.network @reward dt(1.0 ms) {
  %exc = snn.poisson_source @exc rate(25.0 Hz) seed(21) : !snn.pop<40>
  %inh = snn.poisson_source @inh rate(20.0 Hz) seed(22) : !snn.pop<10>
  %pop = snn.population @pop excitatory
      cuba_lif<tau_m = 20.0 ms, tau_syn = 5.0 ms, tau_syn_inh = 10.0 ms,
               v_rest = -65.0 mV, v_th = -55.0 mV, v_reset = -65.0 mV,
               t_ref = 2.0 ms>
      : !snn.pop<12>
  %reward = snn.signal_source @reward
      steps [0.0 ms = 0.0, 400.0 ms = 1.0, 1200.0 ms = -0.5, 2000.0 ms = 0.2]
      : !snn.signal
  %e = snn.projection @e %exc -> %pop fixed_probability<p = 0.6, seed = 3, weight = 3.0>
      : !snn.proj<40, 12>
  %i = snn.projection @i %inh -> %pop fixed_probability<p = 0.5, seed = 4, weight = -4.0>
      delay(2.0 ms) : !snn.proj<10, 12>
  snn.plasticity %e three_factor<a_plus = 0.5, a_minus = 0.55, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, tau_e = 200.0 ms, eta = 0.05, w_min = -6.0, w_max = 6.0>
      modulator(%reward : !snn.signal) : !snn.proj<40, 12>
  snn.plasticity %i three_factor<a_plus = 0.5, a_minus = 0.55, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, tau_e = 200.0 ms, eta = 0.05, w_min = -6.0, w_max = 6.0>
      modulator(%reward : !snn.signal) : !snn.proj<10, 12>
  snn.probe @spikes spikes %pop : !snn.pop<12>
  snn.probe @w weights %e every(1000) : !snn.proj<40, 12>
}
