// --target=ice40-up5k treats pruning as it treats the core's other
// features: the board top is built with EnPrune = 1 when the network prunes
// (docs/core.md §11), and nextpnr decides whether it fits (on the STDP
// board it does not, rtl/README.md). Runs scripts/build-ice40 against the
// stand-in tools (Inputs/fake-ice40) with a log that fits, to see the
// parameters the flow was given.
// RUN: rm -rf %t
// RUN: env PATH=%S/Inputs/fake-ice40:/usr/bin:/bin FAKE_NEXTPNR_LOG=%S/Inputs/nextpnr-fits.log plasticc %s --target=ice40-up5k -o %t | FileCheck %s
// RUN: FileCheck %s --check-prefix=TOP --input-file=%t/pruned_n_top.sv
// CHECK: design: plasticc_icebreaker_top (plasticc_core_top + UART bridge); parameters: chparam {{.*}}-set EnStdp 1 {{.*}}-set EnOja 0 -set EnPrune 1 -set ShareMul 0
// TOP: .EnPrune(1'b1),
snn.network @pruned dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(1) : !snn.pop<4>
  %n = snn.population @n lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<4>
  %w = snn.projection @w %in -> %n all_to_all<weight = 2.0> : !snn.proj<4, 4>
  snn.plasticity %w stdp<a_plus = 0.01, a_minus = 0.012, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 4.0> : !snn.proj<4, 4>
  snn.plasticity %w structural<threshold = 0.5, every = 100, regrow = 0> : !snn.proj<4, 4>
}
