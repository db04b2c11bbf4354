// REQUIRES: verilator
// plasticc --target=verilog writes the core image and a top module that
// instantiates the rtl/ core with this network's size (neurons rounded up to
// a power of two, as the RTL's weight addressing needs) and only the features
// it uses; the result passes verilator -Wall lint with the project's waivers.
// RUN: rm -rf %t && plasticc %examples/stdp_fpga.mlir --target=verilog -o %t | FileCheck %s
// RUN: FileCheck %s --check-prefix=TOP --input-file=%t/stdp_fpga_neurons_top.sv
// RUN: verilator --lint-only -Wall -f %t/sources.f %t/stdp_fpga_neurons_top.sv --top-module stdp_fpga_neurons_top %plasticc_src/rtl/lint.vlt
// A core the configuration bus cannot address is refused, never emitted.
// RUN: not plasticc %examples/stdp_poisson.mlir --target=verilog -o %t/big 2>&1 | FileCheck %s --check-prefix=BIG
// BIG: error: core @neurons does not fit the v1 learning core: its 1000 x 128 synapses
// RUN: plasticc %s --target=verilog -o %t/cuba
// RUN: FileCheck %s --check-prefix=CUBA --input-file=%t/cuba/small_cuba_c_top.sv
// RUN: verilator --lint-only -Wall -f %t/cuba/sources.f %t/cuba/small_cuba_c_top.sv --top-module small_cuba_c_top %plasticc_src/rtl/lint.vlt

// CHECK: core @neurons of @stdp_fpga (64 neurons on 64, 256 axons)
// CHECK: Verilog top stdp_fpga_neurons_top written to
// TOP: module stdp_fpga_neurons_top
// TOP: input  logic [7:0] aer_in_axon_i,
// TOP: plasticc_core_top #(
// TOP-NEXT: .NumNeurons(64),
// TOP-NEXT: .NumAxons(256),
// TOP-NEXT: .EnStdp(1'b1),
// TOP-NEXT: .EnCuba(1'b0),
// TOP-NEXT: .EnAdaptive(1'b0),
// TOP-NEXT: .EnMultiplicative(1'b0),
// TOP-NEXT: .EnRecurrent(1'b0),
// TOP-NEXT: .EnInhCurrent(1'b0),
// TOP-NEXT: .EnThreeFactor(1'b0),
// TOP-NEXT: .EnHebbian(1'b0),
// TOP-NEXT: .EnStaticRows(1'b0),
// TOP-NEXT: .EnOja(1'b0),

snn.network @small_cuba dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(3) : !snn.pop<6>
  %c = snn.population @c cuba_lif<tau_m = 20.0 ms, tau_syn = 5.0 ms,
      v_rest = -65.0 mV, v_th = -50.0 mV, tau_th = 50.0 ms, th_jump = 1.0 mV>
      : !snn.pop<5>
  %ff = snn.projection @ff %in -> %c all_to_all<weight = 3.0> : !snn.proj<6, 5>
  %rec = snn.projection @rec %c -> %c all_to_all<weight = 0.5> delay(2.0 ms) : !snn.proj<5, 5>
}
// CUBA: .NumNeurons(8),
// CUBA-NEXT: .NumAxons(12),
// CUBA-NEXT: .EnStdp(1'b0),
// CUBA-NEXT: .EnCuba(1'b1),
// CUBA-NEXT: .EnAdaptive(1'b1),
// CUBA-NEXT: .EnMultiplicative(1'b0),
// CUBA-NEXT: .EnRecurrent(1'b1),
// CUBA-NEXT: .EnInhCurrent(1'b0),
// CUBA-NEXT: .EnThreeFactor(1'b0),
// CUBA-NEXT: .EnHebbian(1'b0),
// CUBA-NEXT: .EnStaticRows(1'b0),
// CUBA-NEXT: .EnOja(1'b0),
