// REQUIRES: verilator
// --target=verilator against the golden model: cuba_lif neurons that drive
// themselves through a delayed recurrent projection (the core's recurrent
// FIFO) besides 16 external inputs. Every output file identical, and the
// synaptic operations the simulator counts (inputs plus recurrent spikes)
// equal the golden model's.
// RUN: rm -rf %t && plasticc %s --target=verilator --steps=200 -o %t | FileCheck %s
// RUN: %t/rec-sim --steps=200 -o %t/rtl > %t/rtl.txt
// RUN: plasticc-sim --model=golden %t/rec.core %t/rec.core/inputs.txt --steps=200 -o %t/golden > %t/golden.txt
// RUN: diff -r %t/golden %t/rtl
// RUN: head -1 %t/rtl.txt | cut -d: -f2- > %t/rtl.sum && cut -d: -f2- %t/golden.txt > %t/golden.sum && diff %t/golden.sum %t/rtl.sum
// RUN: FileCheck %s --check-prefix=RTL --input-file=%t/rtl.txt

// CHECK: core @rec of @recurrent (16 neurons on 16, 32 axons)
// RTL: rec-sim: 200 steps, {{[1-9][0-9]*}} output spikes

snn.network @recurrent dt(1.0 ms) {
  %in = snn.poisson_source @in rate(60.0 Hz) seed(21) : !snn.pop<16>
  %rec = snn.population @rec cuba_lif<tau_m = 20.0 ms, tau_syn = 5.0 ms,
      v_rest = -65.0 mV, v_th = -50.0 mV, t_ref = 2.0 ms> : !snn.pop<16>
  %ff = snn.projection @ff %in -> %rec
      fixed_probability<p = 0.5, seed = 4, weight = 8.0> delay(1.0 ms)
      : !snn.proj<16, 16>
  %back = snn.projection @back %rec -> %rec
      fixed_probability<p = 0.3, seed = 8, weight = 3.0> delay(2.0 ms)
      : !snn.proj<16, 16>
}
