// --numerics=fixed against the golden model: cuba_lif with excitatory and
// inhibitory inputs (negative weights) into the synaptic current,
// refractoriness, a constant current (the core's bias) and an initial
// voltage; no learning. Bit-identical spikes, weights and state.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %s 4000 %t | FileCheck %s
// CHECK: cpu-fixed-vs-golden-cuba.mlir: bit-identical, 4000 steps, {{[1-9][0-9]+}} spikes
snn.network @cuba dt(0.5 ms) {
  %exc = snn.poisson_source @exc rate(40.0 Hz) seed(11) : !snn.pop<80>
  %inh = snn.poisson_source @inh rate(30.0 Hz) seed(12) : !snn.pop<20>
  %pop = snn.population @pop excitatory
      cuba_lif<tau_m = 20.0 ms, tau_syn = 5.0 ms, tau_syn_inh = 5.0 ms,
               v_rest = -60.0 mV, v_th = -50.0 mV, v_reset = -62.0 mV,
               v_init = -55.0 mV, t_ref = 2.0 ms>
      : !snn.pop<30>
  %e = snn.projection @e %exc -> %pop fixed_probability<p = 0.5, seed = 1, weight = 1.2>
      delay(1.0 ms) : !snn.proj<80, 30>
  %i = snn.projection @i %inh -> %pop fixed_probability<p = 0.5, seed = 2, weight = -2.0>
      delay(0.5 ms) : !snn.proj<20, 30>
  snn.current_source @drive %pop constant(0.3 nA) : !snn.pop<30>
  snn.probe @spikes spikes %pop : !snn.pop<30>
  snn.probe @v voltage %pop every(100) : !snn.pop<30>
}
