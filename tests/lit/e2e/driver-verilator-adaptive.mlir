// REQUIRES: verilator
// --target=verilator against the golden model: an adaptive threshold with
// subtract reset and multiplicative (soft-bound) STDP rounded to nearest;
// 20 neurons on a 32-neuron core (the padding neurons must stay silent in
// both). Every output file identical.
// RUN: rm -rf %t && plasticc %s --target=verilator --steps=250 -o %t | FileCheck %s
// RUN: %t/adapt-sim --steps=250 -o %t/rtl > %t/rtl.txt
// RUN: plasticc-sim --model=golden %t/adapt.core %t/adapt.core/inputs.txt --steps=250 -o %t/golden > %t/golden.txt
// RUN: diff -r %t/golden %t/rtl
// RUN: head -1 %t/rtl.txt | cut -d: -f2- > %t/rtl.sum && cut -d: -f2- %t/golden.txt > %t/golden.sum && diff %t/golden.sum %t/rtl.sum
// RUN: FileCheck %s --check-prefix=RTL --input-file=%t/rtl.txt
// RUN: not diff -q %t/adapt.core/weights.hex %t/rtl/weights.hex

// CHECK: core @adapt of @adaptive (20 neurons on 32, 32 axons)
// RTL: adapt-sim: 250 steps, {{[1-9][0-9]*}} output spikes

snn.network @adaptive dt(1.0 ms) {
  %in = snn.poisson_source @in rate(50.0 Hz) seed(11) : !snn.pop<32>
  %adapt = snn.population @adapt lif<tau_m = 15.0 ms, v_rest = -65.0 mV,
      v_th = -52.0 mV, reset = subtract, tau_th = 40.0 ms, th_jump = 2.0 mV>
      : !snn.pop<20>
  %w = snn.projection @w %in -> %adapt
      fixed_probability<p = 0.6, seed = 9, weight = 3.0> delay(1.0 ms)
      : !snn.proj<32, 20>
  snn.plasticity %w stdp<a_plus = 0.3, a_minus = 0.32, tau_plus = 15.0 ms,
      tau_minus = 25.0 ms, w_min = 0.0, w_max = 6.0, pairing = nearest,
      bounds = multiplicative, rounding = nearest> : !snn.proj<32, 20>
}
