// REQUIRES: verilator
// --target=verilator on a design of several cores builds OUTDIR/<design>-sim
// from the system top and sim/verilator/system_sim.cpp: it loads the system
// image over the 24-bit bus, runs the steps through the router and writes
// exactly plasticc-sim's system files (spikes.txt with the core of every
// spike, one directory per core), and its summary line -- spikes, synaptic
// ops and the system cycles it measures on the RTL -- is the golden model's
// word for word.
// RUN: rm -rf %t && plasticc %s --target=verilator --steps=300 -o %t/mix | FileCheck %s
// RUN: %t/mix/mix-sim --steps=300 -o %t/mix/rtl > %t/mix/rtl.txt
// RUN: plasticc-sim --model=golden %t/mix/mix.system %t/mix/mix.system/inputs.txt --steps=300 -o %t/mix/golden > %t/mix/golden.txt
// RUN: diff -r %t/mix/golden %t/mix/rtl
// RUN: head -1 %t/mix/rtl.txt | cut -d: -f2- > %t/mix/rtl.sum && cut -d: -f2- %t/mix/golden.txt > %t/mix/golden.sum && diff %t/mix/golden.sum %t/mix/rtl.sum
// RUN: FileCheck %s --check-prefix=RTL --input-file=%t/mix/rtl.txt
// RUN: FileCheck %s --check-prefix=FILES --input-file=%t/mix/rtl/spikes.txt
//
// A full input FIFO: routed pushes the router drops (and counts in its
// status register) and host inputs the system cannot take, as the golden
// model drops them.
// RUN: plasticc %S/Inputs/system_flood.mlir --target=verilator --steps=4 -o %t/flood > /dev/null
// RUN: %t/flood/flood-sim --steps=4 -o %t/flood/rtl > %t/flood/rtl.txt
// RUN: plasticc-sim --model=golden %t/flood/flood.system %t/flood/flood.system/inputs.txt --steps=4 -o %t/flood/golden > %t/flood/golden.txt
// RUN: diff -r %t/flood/golden %t/flood/rtl
// RUN: head -1 %t/flood/rtl.txt | cut -d: -f2- > %t/flood/rtl.sum && cut -d: -f2- %t/flood/golden.txt > %t/flood/golden.sum && diff %t/flood/golden.sum %t/flood/rtl.sum
// RUN: FileCheck %s --check-prefix=FLOOD --input-file=%t/flood/rtl.txt
//
// A step near 2^32 - 1 costs nothing until the run reaches it (sparse
// schedule, per-step bookkeeping); before, the reader died in bad_alloc.
// RUN: printf '0 a 0\n4294967295 b 1\n' > %t/far.txt
// RUN: timeout 20 %t/mix/mix-sim %t/far.txt --steps=3 -o %t/far | FileCheck %s --check-prefix=FAR
//
// Bad input: file:line errors and exit 1; a bad command line exits 2.
// RUN: printf '3 0 1\n4 7 1\n' > %t/badcore.txt
// RUN: not %t/mix/mix-sim %t/badcore.txt -o %t/x 2>&1 | FileCheck %s --check-prefix=BADCORE
// RUN: printf '2 1 9\n' > %t/badaxon.txt
// RUN: not %t/mix/mix-sim %t/badaxon.txt -o %t/x 2>&1 | FileCheck %s --check-prefix=BADAXON
// RUN: printf '# b has no three-factor learning\n\n1 b 5\n' > %t/mod.txt
// RUN: not %t/mix/mix-sim --modulator %t/mod.txt -o %t/x 2>&1 | FileCheck %s --check-prefix=MOD
// RUN: not %t/mix/mix-sim --image %t/flood/flood.system -o %t/x 2>&1 | FileCheck %s --check-prefix=OTHER
// RUN: not %t/mix/mix-sim --image %t/mix/mix.system/a -o %t/x 2>&1 | FileCheck %s --check-prefix=NOTSYS
// RUN: not %t/mix/mix-sim --bogus 2>&1 | FileCheck %s --check-prefix=USAGE
// RUN: %t/mix/mix-sim --bogus 2>/dev/null; test $? -eq 2

// CHECK: Verilog system top mix_system (3 cores, router with 3 routes)
// CHECK: plasticc: simulator {{.*}}mix-sim built in
// RTL: mix-sim: 300 steps, 3 cores, {{[1-9][0-9]*}} output spikes, {{[1-9][0-9]*}} synaptic ops, {{[1-9][0-9]*}} system cycles
// RTL-NEXT: mix-sim: {{[0-9.]+}} system cycles/step (measured
// Spikes of all three cores, each step's in drain order.
// FILES-DAG: {{^[0-9]+}} 0 {{[0-9]+$}}
// FILES-DAG: {{^[0-9]+}} 1 {{[0-9]+$}}
// FILES-DAG: {{^[0-9]+}} 2 {{[0-9]+$}}
// FLOOD: flood-sim: 4 steps, 2 cores, 68 output spikes, {{[0-9]+}} synaptic ops, {{[0-9]+}} system cycles (router dropped 64 routed spikes: input FIFO full) (3 input spikes dropped: input FIFO full)
// FAR: mix-sim: 3 steps, 3 cores,
// BADCORE: mix-sim: error: {{.*}}badcore.txt:2: core 7 out of range [0, 3)
// BADAXON: mix-sim: error: {{.*}}badaxon.txt:1: axon 9 out of range [0, 6) of core 'b'
// MOD: mix-sim: error: {{.*}}mod.txt:3: a modulator schedule for core 'b', which has no three-factor learning
// OTHER: mix-sim: error: {{.*}}flood.system/system.txt:0: the image has 2 cores, this simulator's system 3
// NOTSYS: mix-sim: error: {{.*}}mix.system/a/system.txt:0: cannot open system image
// USAGE: mix-sim: unknown option '--bogus'
// USAGE-NEXT: usage: mix-sim [input spikes] [-o outdir] [--steps=N] [--image DIR] [--modulator FILE]

// Three cores: @a (STDP on its plastic input, static input and recurrence)
// fans out to @b and @c; @b feeds @c (Oja's rule on both of its projections:
// the Hebbian unit with its decay term, so @c's build has EnOja).
snn.network @mix dt(1.0 ms) {
  %in = snn.poisson_source @in rate(60.0 Hz) seed(5) : !snn.pop<4>
  %in2 = snn.poisson_source @in2 rate(60.0 Hz) seed(6) : !snn.pop<4>
  %inc = snn.poisson_source @inc rate(20.0 Hz) seed(7) : !snn.pop<2>
  %a = snn.population @a lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV> : !snn.pop<6>
  %b = snn.population @b lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV> : !snn.pop<3>
  %c = snn.population @c cuba_lif<tau_m = 16.0 ms, tau_syn = 5.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV> : !snn.pop<5>
  %static_in = snn.projection @static_in %in -> %a all_to_all<weight = 3.0> : !snn.proj<4, 6>
  %plastic_in = snn.projection @plastic_in %in2 -> %a all_to_all<weight = 3.0> : !snn.proj<4, 6>
  snn.plasticity %plastic_in stdp<a_plus = 0.2, a_minus = 0.22, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 6.0> : !snn.proj<4, 6>
  %rec = snn.projection @rec %a -> %a one_to_one<weights = dense<1.0> : tensor<6xf32>> delay(2.0 ms) : !snn.proj<6, 6>
  %ab = snn.projection @ab %a -> %b all_to_all<weight = 4.0> : !snn.proj<6, 3>
  %ac = snn.projection @ac %a -> %c all_to_all<weight = 12.0> : !snn.proj<6, 5>
  snn.plasticity %ac oja<eta = 0.05, tau = 20.0 ms, w_min = 0.0, w_max = 20.0> : !snn.proj<6, 5>
  %bc = snn.projection @bc %b -> %c all_to_all<weight = 12.0> : !snn.proj<3, 5>
  snn.plasticity %bc oja<eta = 0.05, tau = 20.0 ms, w_min = 0.0, w_max = 20.0> : !snn.proj<3, 5>
  %cin = snn.projection @cin %inc -> %c all_to_all<weight = 8.0> : !snn.proj<2, 5>
}
