// --numerics=fixed against the golden model at the recurrent FIFO's depth
// limit: 128 neurons driven to fire every few steps, each spike queued for
// 10 steps, exceed the 512 entries; the core drops what does not fit, the
// compiled program drops exactly the same spikes and says how many.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %s 400 %t | FileCheck %s
// RUN: %t/net --steps=400 --quiet 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: plasticc-sim --model=golden %t/image/pop.core %t/image/pop.core/inputs.txt --steps=400 -o %t/g2 | FileCheck %s --check-prefix=GOLDEN
// CHECK: cpu-fixed-vs-golden-overflow.mlir: bit-identical, 400 steps, {{[0-9]+}} spikes
// WARN: overflow: warning: {{[1-9][0-9]*}} recurrent spike(s) dropped at the core's full recurrent FIFO
// GOLDEN: (recurrent FIFO overflowed)
snn.network @overflow dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(9) : !snn.pop<16>
  %pop = snn.population @pop excitatory
      lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV, v_reset = -65.0 mV>
      : !snn.pop<128>
  %ff = snn.projection @ff %in -> %pop fixed_probability<p = 0.5, seed = 2, weight = 2.0>
      : !snn.proj<16, 128>
  %rec = snn.projection @rec %pop -> %pop fixed_probability<p = 0.05, seed = 3, weight = 0.5>
      delay(10.0 ms) : !snn.proj<128, 128>
  snn.current_source @drive %pop constant(100.0 nA) : !snn.pop<128>
  snn.probe @spikes spikes %pop : !snn.pop<128>
}
