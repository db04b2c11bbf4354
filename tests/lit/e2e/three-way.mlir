// REQUIRES: verilator
// Three executions of one compiled network agree bit for bit (issue 6): the
// CPU binary in fixed mode, the golden model on the core image, and the
// Verilated RTL of the Verilog the hardware targets emit -- output spikes at
// the same steps, final weights, neuron state and traces, and the RTL takes
// exactly the golden model's core cycles (Inputs/three_way.py).
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %python %S/Inputs/three_way.py plasticc plasticc-sim %examples/stdp_fpga.mlir 2000 %t/fpga | FileCheck %s --check-prefix=FPGA
// RUN: %python %S/Inputs/three_way.py plasticc plasticc-sim %s 600 %t/here | FileCheck %s
// Oja's rule on the Hebbian unit (hebbian.decay = register 43).
// RUN: %python %S/Inputs/three_way.py plasticc plasticc-sim %S/cpu-fixed-vs-golden-oja.mlir 600 %t/oja | FileCheck %s --check-prefix=OJA
// Structural pruning on the core (docs/core.md §11) beside pair STDP: the
// network of cpu-fixed-vs-golden-structural.mlir prunes rows < P every 100
// steps, so the RTL's synaptic ops must follow the synapses it pruned, and
// its final weights hold more absent synapses (0x80) than the image.
// RUN: %python %S/Inputs/three_way.py plasticc plasticc-sim %S/cpu-fixed-vs-golden-structural.mlir 1000 %t/prune | FileCheck %s --check-prefix=PRUNE
// RUN: echo "pruned $(( $(grep -c '^80$' %t/prune/rtl/weights.hex) - $(grep -c '^80$' %t/prune/hw/pop.core/weights.hex) ))" | FileCheck %s --check-prefix=PRUNED
// Seeded random networks of everything one core runs (random_network.py
// --fixed: lif, cuba_lif with a separate inhibitory current, if, li, adaptive
// threshold, pair STDP in every variant, three_factor with a signal
// modulator, hebbian and oja, recurrence): 14 seeds, 1000 steps each.
// RUN: %python %S/Inputs/three_way.py --random plasticc plasticc-sim 1 14 1000 | FileCheck %s --check-prefix=RANDOM
// RANDOM-NOT: MISMATCH
// RANDOM: 14 three-way identical, 0 differ
// FPGA: stdp_fpga.mlir: three-way identical, 2000 steps, {{[1-9][0-9]*}} spikes, {{[1-9][0-9]*}} core cycles
// OJA: cpu-fixed-vs-golden-oja.mlir: three-way identical, 600 steps, {{[1-9][0-9]*}} spikes, {{[1-9][0-9]*}} core cycles
// PRUNE: cpu-fixed-vs-golden-structural.mlir: three-way identical, 1000 steps, {{[1-9][0-9]*}} spikes, {{[1-9][0-9]*}} core cycles
// PRUNED: pruned {{[1-9][0-9]*}}
// CHECK: three-way.mlir: three-way identical, 600 steps, {{[1-9][0-9]*}} spikes, {{[1-9][0-9]*}} core cycles

// 20 adaptive LIF neurons (32 slots on the core: the padding must not
// change a draw), subtract reset, recurrent excitation with a 3-step delay,
// multiplicative STDP with nearest pairing and rounding on both (the core
// has one rule for all its synapses).
snn.network @three_way dt(1.0 ms) {
  %in = snn.poisson_source @in rate(40.0 Hz) seed(5) : !snn.pop<24>
  %pop = snn.population @pop excitatory lif<tau_m = 20.0 ms,
      v_rest = -65.0 mV, v_th = -55.0 mV, v_reset = -65.0 mV, t_ref = 2.0 ms,
      reset = subtract, tau_th = 50.0 ms, th_jump = 1.0 mV> : !snn.pop<20>
  %ff = snn.projection @ff %in -> %pop
      fixed_probability<p = 0.5, seed = 9, weight = 3.0> delay(1.0 ms)
      : !snn.proj<24, 20>
  snn.plasticity %ff stdp<a_plus = 0.1, a_minus = 0.12, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, w_min = 0.0, w_max = 6.0, pairing = nearest,
      bounds = multiplicative, rounding = nearest> : !snn.proj<24, 20>
  %rec = snn.projection @rec %pop -> %pop
      fixed_probability<p = 0.2, seed = 4, weight = 1.0> delay(3.0 ms)
      : !snn.proj<20, 20>
  snn.plasticity %rec stdp<a_plus = 0.1, a_minus = 0.12, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, w_min = 0.0, w_max = 6.0, pairing = nearest,
      bounds = multiplicative, rounding = nearest> : !snn.proj<20, 20>
  snn.probe @spikes spikes %pop : !snn.pop<20>
}
