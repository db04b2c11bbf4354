// REQUIRES: verilator
// plasticc --target=verilator builds a simulator of the compiled core (the
// Verilog top Verilated with the host harness sim/verilator/core_sim.cpp).
// Run on the same image and inputs as the golden model, every output file
// is identical: spikes, final weights, final neuron state and traces; and
// so is the summary (steps, output spikes, synaptic ops, core cycles). Of
// those the simulator measures output spikes and core cycles on the RTL;
// synaptic ops it derives from the image and the spikes (the core counts
// none). LIF + additive STDP with stochastic rounding, 64 inputs -> 16
// neurons.
// RUN: rm -rf %t && plasticc %s --target=verilator --steps=300 -o %t | FileCheck %s
// RUN: %t/out-sim --steps=300 -o %t/rtl > %t/rtl.txt
// RUN: FileCheck %s --check-prefix=RTL --input-file=%t/rtl.txt
// RUN: plasticc-sim --model=golden %t/out.core %t/out.core/inputs.txt --steps=300 -o %t/golden > %t/golden.txt
// RUN: diff -r %t/golden %t/rtl
// RUN: head -1 %t/rtl.txt | cut -d: -f2- > %t/rtl.sum && cut -d: -f2- %t/golden.txt > %t/golden.sum && diff %t/golden.sum %t/rtl.sum
// The run learned: the final weights are not the initial ones.
// RUN: not diff -q %t/out.core/weights.hex %t/rtl/weights.hex
// Fewer steps, explicit inputs file: still identical.
// RUN: %t/out-sim %t/out.core/inputs.txt --steps=37 -o %t/rtl37 > /dev/null
// RUN: plasticc-sim --model=golden %t/out.core %t/out.core/inputs.txt --steps=37 -o %t/golden37 > /dev/null
// RUN: diff -r %t/golden37 %t/rtl37
// Bad input: located errors, exit 1 (bad command line: exit 2).
// RUN: printf '0 1\n3 99\n' > %t/bad.txt
// RUN: not %t/out-sim %t/bad.txt -o %t/bad 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not %t/out-sim %t/missing.txt -o %t/bad 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not %t/out-sim --image %t -o %t/bad 2>&1 | FileCheck %s --check-prefix=NOIMAGE
// RUN: not %t/out-sim --steps=x 2>&1 | FileCheck %s --check-prefix=USAGE
// An image that needs a feature the core was built without, and a modulator
// schedule for an image without three-factor learning: refused.
// RUN: cp -r %t/out.core %t/tf.core && sed -i 's/^stdp.enabled = 1/stdp.enabled = 0/; s/^three_factor.enabled = 0/three_factor.enabled = 1/' %t/tf.core/manifest.txt
// RUN: not %t/out-sim --image %t/tf.core -o %t/bad 2>&1 | FileCheck %s --check-prefix=NOTF
// RUN: printf '0 5\n' > %t/mod.txt
// RUN: not %t/out-sim --modulator %t/mod.txt -o %t/bad 2>&1 | FileCheck %s --check-prefix=NOMOD

// CHECK: core @out of @learn (16 neurons on 16, 64 axons)
// CHECK: Verilog top learn_out_top written to
// CHECK: plasticc: building the simulator out-sim (verilator --cc --exe --build), log in {{.*}}out-sim.build.log
// CHECK: plasticc: simulator {{.*}}/out-sim built in {{[0-9.]+}} s

// RTL: out-sim: 300 steps, {{[1-9][0-9]*}} output spikes, {{[1-9][0-9]*}} synaptic ops, {{[1-9][0-9]*}} core cycles
// RTL-NEXT: out-sim: {{[0-9.]+}} cycles/step, {{[0-9.]+}} synaptic ops/cycle (cycles measured, ops derived from the image and the spikes); {{[0-9]+}} cycles simulated in

// BAD: out-sim: error: {{.*}}bad.txt:2: {{.*}}99
// MISSING: out-sim: error: {{.*}}missing.txt
// NOIMAGE: out-sim: error: {{.*}}manifest
// USAGE: out-sim: --steps needs a non-negative integer
// NOTF: out-sim: error: {{.*}}tf.core{{.*}}:0: the image uses three-factor learning (EnThreeFactor = 0), which this core was built without
// NOMOD: out-sim: error: {{.*}}mod.txt:1: a modulator schedule for an image without three-factor learning

snn.network @learn dt(1.0 ms) {
  %in = snn.poisson_source @in rate(40.0 Hz) seed(7) : !snn.pop<64>
  %out = snn.population @out lif<tau_m = 10.0 ms, v_rest = -70.0 mV,
      v_reset = -65.0 mV, v_th = -55.0 mV, t_ref = 2.0 ms> : !snn.pop<16>
  %w = snn.projection @w %in -> %out
      fixed_probability<p = 0.5, seed = 5, weight = 2.5> delay(1.0 ms)
      : !snn.proj<64, 16>
  snn.plasticity %w stdp<a_plus = 0.05, a_minus = 0.055, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, w_min = 0.0, w_max = 5.0, pairing = all_to_all,
      bounds = additive, rounding = stochastic> : !snn.proj<64, 16>
}
