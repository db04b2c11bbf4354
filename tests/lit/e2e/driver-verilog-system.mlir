// REQUIRES: verilator
// plasticc --target=verilog on a design of several cores (docs/core.md §10)
// writes the system image and one system top: every core with its own size
// and features (the single-core top's parameters), one plasticc_router with
// the route table's depth and the widest neuron and axon index, the router's
// system ports; the top passes verilator -Wall lint with the project's
// waivers (lint.vlt first: its waiver names the generated file), and
// OUTDIR/sources.f lists the router.
// RUN: rm -rf %t && plasticc %s --target=verilog -o %t/mix | FileCheck %s
// RUN: FileCheck %s --check-prefix=TOP --input-file=%t/mix/mix_system.sv
// RUN: FileCheck %s --check-prefix=LIST --input-file=%t/mix/sources.f
// RUN: verilator --lint-only -Wall %plasticc_src/rtl/lint.vlt -f %t/mix/sources.f %t/mix/mix_system.sv --top-module mix_system
// RUN: plasticc %examples/reward_three_factor.mlir --target=verilog -o %t/reward | FileCheck %s --check-prefix=REWARD
// RUN: FileCheck %s --check-prefix=RTOP --input-file=%t/reward/reward_three_factor_system.sv
// RUN: verilator --lint-only -Wall %plasticc_src/rtl/lint.vlt -f %t/reward/sources.f %t/reward/reward_three_factor_system.sv --top-module reward_three_factor_system
// No per-core tops for a system: the system top is the one top.
// RUN: not ls %t/mix/mix_a_top.sv
// Sixteen cores: target 15 of the system bus is the router.
// RUN: not plasticc %S/Inputs/sixteen_cores.mlir --target=verilog -o %t/sixteen 2>&1 | FileCheck %s --check-prefix=SIXTEEN
// RUN: not ls %t/sixteen/sixteen_system.sv
// The board build refuses a system, saying what is missing.
// RUN: not plasticc %examples/reward_three_factor.mlir --target=ice40-up5k -o %t/board 2>&1 | FileCheck %s --check-prefix=BOARD
// RUN: not ls %t/board/reward_three_factor.bin

// CHECK: Verilog system top mix_system (3 cores, router with 3 routes) written to
// LIST: plasticc_core_top.sv
// LIST: plasticc_router.sv

// TOP: module mix_system #(
// TOP: input  logic [3:0] aer_in_core_i,
// TOP-NEXT: input  logic [2:0] aer_in_axon_i,
// TOP: output logic [3:0] aer_out_core_o,
// TOP-NEXT: output logic [1:0] aer_out_neuron_o,
// TOP: input  logic [23:0] cfg_addr_i,
// TOP: output logic [23:0] core_status_o
// TOP: localparam int unsigned NumCores = 3;
// TOP: plasticc_router #(
// TOP-NEXT: .NumCores(NumCores),
// TOP-NEXT: .RouteDepth(4),
// Core 0 (@a): 3 neurons on 4 slots, 8 axons, STDP on 2 of them (static
// rows: register 35) and recurrence; the widest axon index, so no gating of
// the router's axon bus.
// TOP: // Core 0: @a, 4 neurons x 8 axons.
// TOP-NOT: c0_in_valid
// TOP: plasticc_core_top #(
// TOP-NEXT: .NumNeurons(4),
// TOP-NEXT: .NumAxons(8),
// TOP-NEXT: .EnStdp(1'b1),
// TOP-NEXT: .EnCuba(1'b0),
// TOP-NEXT: .EnAdaptive(1'b0),
// TOP-NEXT: .EnMultiplicative(1'b0),
// TOP-NEXT: .EnRecurrent(1'b1),
// TOP-NEXT: .EnInhCurrent(1'b0),
// TOP-NEXT: .EnThreeFactor(1'b0),
// TOP-NEXT: .EnHebbian(1'b0),
// TOP-NEXT: .EnStaticRows(1'b1),
// TOP-NEXT: .EnOja(1'b0),
// TOP-NEXT: .EnPrune(1'b0),
// TOP-NEXT: .UseSpram(UseSpram)
// TOP-NEXT: ) u_core0 (
// TOP: .aer_in_valid_i(in_valid[0]),
// TOP: .aer_in_axon_i(in_axon[2:0]),
// Core 1 (@b, 4 axons): an axon index beyond its 2 bits is no spike.
// TOP: // Core 1: @b, 4 neurons x 4 axons.
// TOP: assign c1_in_valid = in_valid[1] && (in_axon[AxonWidth-1:2] == '0);
// TOP: .EnStdp(1'b0),
// TOP: .EnRecurrent(1'b0),
// TOP: .EnStaticRows(1'b0),
// TOP-NEXT: .EnOja(1'b0),
// TOP: ) u_core1 (
// TOP: .aer_in_valid_i(c1_in_valid),
// TOP: .aer_in_axon_i(in_axon[1:0]),
// TOP: .tick_i(core_tick),
// TOP: .cfg_rdata_o(cfg_rdata[1*16 +: 16]),
// TOP: .status_o(core_status_o[1*8 +: 8]),
// TOP: .cmt_tick_o()
// Core 2 (@c): Oja's rule, on the Hebbian unit with its decay term.
// TOP: // Core 2: @c, 4 neurons x 6 axons.
// TOP: .NumAxons(6),
// TOP: .EnHebbian(1'b1),
// TOP-NEXT: .EnStaticRows(1'b0),
// TOP-NEXT: .EnOja(1'b1),
// TOP: ) u_core2 (
// TOP: endmodule

// REWARD: Verilog system top reward_three_factor_system (2 cores, router with 2 routes)
// RTOP: .RouteDepth(2),
// RTOP: // Core 0: @actions, 4 neurons x 42 axons.
// RTOP: .NumAxons(42),
// RTOP: .EnStdp(1'b0),
// RTOP: .EnAdaptive(1'b1),
// RTOP: .EnThreeFactor(1'b1),
// RTOP: .EnStaticRows(1'b1),
// RTOP: // Core 1: @interneuron, 4 neurons x 2 axons.
// RTOP: assign c1_in_valid = in_valid[1] && (in_axon[AxonWidth-1:1] == '0);
// RTOP: .EnThreeFactor(1'b0),

// SIXTEEN: sixteen_cores.mlir:{{[0-9]+}}:{{[0-9]+}}: error: @sixteen has 16 populations, but a system has at most 15 cores, one per population (target 15 of the system bus is the router
// Nothing is written.
// RUN: not ls %t/sixteen/sixteen.system
// BOARD: reward_three_factor.mlir:{{[0-9]+}}:1: error: --target=ice40-up5k builds one core behind the UART bridge; @reward_three_factor maps onto 2 cores with a router, and the bridge (rtl/boards/icebreaker/plasticc_uart_bridge.sv) has no 24-bit system address, no core field in its spike frames and plasticc-host no system image loader
// BOARD-SAME: --target=verilator simulates them

snn.network @mix dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(5) : !snn.pop<2>
  %in2 = snn.poisson_source @in2 rate(20.0 Hz) seed(6) : !snn.pop<2>
  %a = snn.population @a lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<3>
  %b = snn.population @b lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %c = snn.population @c lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %static_in = snn.projection @static_in %in -> %a all_to_all<weight = 2.0> : !snn.proj<2, 3>
  %plastic_in = snn.projection @plastic_in %in2 -> %a all_to_all<weight = 4.0> : !snn.proj<2, 3>
  snn.plasticity %plastic_in stdp<a_plus = 0.5, a_minus = 0.525, tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = 7.9375> : !snn.proj<2, 3>
  %rec = snn.projection @rec %a -> %a one_to_one<weights = dense<1.0> : tensor<3xf32>> : !snn.proj<3, 3>
  %ab = snn.projection @ab %a -> %b all_to_all<weight = 3.0> : !snn.proj<3, 2>
  %ac = snn.projection @ac %a -> %c all_to_all<weight = 3.0> : !snn.proj<3, 2>
  snn.plasticity %ac oja<eta = 0.01, tau = 20.0 ms, w_min = 0.0, w_max = 4.0> : !snn.proj<3, 2>
  %bc = snn.projection @bc %b -> %c all_to_all<weight = 3.0> : !snn.proj<2, 2>
  snn.plasticity %bc oja<eta = 0.01, tau = 20.0 ms, w_min = 0.0, w_max = 4.0> : !snn.proj<2, 2>
}
