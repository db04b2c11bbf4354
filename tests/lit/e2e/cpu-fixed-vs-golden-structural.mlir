// --numerics=fixed against the golden model: structural pruning on the core
// (docs/core.md §11) beside pair STDP whose depression outweighs its
// potentiation, so weights drift below the threshold and are pruned every
// 100 steps. The plastic group is the input projection and the recurrent
// one (rows < P); the static projection's weights lie below the threshold
// too and stay. Spikes, final weights and state must be bit-identical, and
// the run must really prune: more absent synapses (0x80) at the end than in
// the image.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %s 3000 %t | FileCheck %s
// CHECK: cpu-fixed-vs-golden-structural.mlir: bit-identical, 3000 steps, {{[1-9][0-9]+}} spikes
// RUN: FileCheck %s --check-prefix=IMAGE --input-file=%t/image/pop.core/manifest.txt
// IMAGE: prune.threshold = 19
// IMAGE: prune.every = 100
// RUN: echo "pruned $(( $(grep -c '^80$' %t/golden/weights.hex) - $(grep -c '^80$' %t/image/pop.core/weights.hex) ))" | FileCheck %s --check-prefix=PRUNED
// PRUNED: pruned {{[1-9][0-9]*}}
// The static rows (>= P) keep all 36 weights of 0.2 mV = 13 LSBs < T; step
// 2999 prunes, so no plastic weight below T is left to be counted with them.
// RUN: grep -c '^0d$' %t/golden/weights.hex | FileCheck %s --check-prefix=STATIC
// STATIC: {{^}}36{{$}}
// RUN: plasticc %s --target=verilog -o %t/v
// RUN: FileCheck %s --check-prefix=RTL --input-file=%t/v/prune_pop_top.sv
// RTL: .EnPrune(1'b1),
snn.network @prune dt(1.0 ms) {
  %in = snn.poisson_source @in rate(40.0 Hz) seed(17) : !snn.pop<24>
  %bg = snn.poisson_source @bg rate(20.0 Hz) seed(18) : !snn.pop<6>
  %pop = snn.population @pop lif<tau_m = 10.0 ms, v_rest = 0.0 mV,
      v_th = 1.5 mV, t_ref = 2.0 ms> : !snn.pop<6>
  %w = snn.projection @w %in -> %pop
      fixed_probability<p = 0.6, seed = 4, weight = 0.6> : !snn.proj<24, 6>
  %static = snn.projection @static %bg -> %pop
      all_to_all<weight = 0.2> : !snn.proj<6, 6>
  %rec = snn.projection @rec %pop -> %pop
      fixed_probability<p = 0.4, seed = 5, weight = 0.5> delay(2.0 ms) : !snn.proj<6, 6>
  snn.plasticity %w stdp<a_plus = 0.05, a_minus = 0.08, tau_plus = 10.0 ms,
      tau_minus = 10.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<24, 6>
  snn.plasticity %w structural<threshold = 0.3, every = 100, regrow = 0> : !snn.proj<24, 6>
  snn.plasticity %rec stdp<a_plus = 0.05, a_minus = 0.08, tau_plus = 10.0 ms,
      tau_minus = 10.0 ms, w_min = 0.0, w_max = 1.0> : !snn.proj<6, 6>
  snn.plasticity %rec structural<threshold = 0.3, every = 100, regrow = 0> : !snn.proj<6, 6>
  snn.probe @spikes spikes %pop : !snn.pop<6>
}
