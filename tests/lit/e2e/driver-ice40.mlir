// REQUIRES: ice40-tools
// plasticc --target=ice40-up5k: the Verilog outputs, then the iCEBreaker
// bitstream of the board top with this network's core (8 axons x 4 neurons,
// pair STDP, nothing else) through scripts/build-ice40, and its report with
// every resource used / available, Fmax against the board's 12 MHz, the
// tool versions and command lines.
// RUN: rm -rf %t && plasticc %s --target=ice40-up5k -o %t | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT --input-file=%t/report.txt
// RUN: test -s %t/small_stdp.bin && test -s %t/yosys.log && test -s %t/nextpnr.log
// RUN: FileCheck %s --check-prefix=TOP --input-file=%t/small_stdp_n_top.sv

// CHECK: core @n of @small_stdp (4 neurons on 4, 8 axons)
// CHECK: Verilog top small_stdp_n_top written to
// CHECK: plasticc: building the iCEBreaker bitstream of @small_stdp (8 axons x 4 neurons)
// CHECK: build-ice40: [1/3] synthesis
// CHECK: build-ice40: [2/3] place and route
// CHECK: build-ice40: [3/3] bitstream (icepack)
// CHECK: plasticc: bitstream {{.*}}/small_stdp.bin, report {{.*}}/report.txt

// REPORT: design: plasticc_icebreaker_top (plasticc_core_top + UART bridge); parameters: chparam -set NumNeurons 4 -set NumAxons 8 -set EnStdp 1 -set EnCuba 0 -set EnAdaptive 0 -set EnMultiplicative 0 -set EnRecurrent 0 -set EnInhCurrent 0 -set EnThreeFactor 0 -set EnHebbian 0 -set EnStaticRows 0 -set EnOja 0 -set EnPrune 0 -set ShareMul 0
// REPORT: device: iCE40 UP5K sg48; target clock 12 MHz
// REPORT: LUT4/LC {{ *}}{{[1-9][0-9]*}} / 5280
// REPORT: EBR {{ *}}{{[1-9][0-9]*}} / 30
// REPORT: SPRAM {{ *}}2 / 4
// REPORT: DSP {{ *}}{{[0-9]+}} / 8
// REPORT: timing: Fmax {{[0-9.]+}} MHz (target 12 MHz: met)
// REPORT: tools:
// REPORT-NEXT: Yosys 0.
// REPORT-NEXT: nextpnr-ice40
// REPORT-NEXT: icepack
// REPORT: commands:
// REPORT-NEXT: yosys -q -l
// REPORT-NEXT: nextpnr-ice40 --up5k --package sg48
// REPORT-NEXT: icepack
// REPORT: bitstream: {{.*}}small_stdp.bin ({{[1-9][0-9]*}} bytes)

// TOP: .NumNeurons(4),
// TOP-NEXT: .NumAxons(8),

snn.network @small_stdp dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(1) : !snn.pop<8>
  %n = snn.population @n lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<4>
  %w = snn.projection @w %in -> %n all_to_all<weight = 2.0> : !snn.proj<8, 4>
  snn.plasticity %w stdp<a_plus = 0.05, a_minus = 0.055, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, w_min = 0.0, w_max = 4.0, pairing = all_to_all,
      bounds = additive, rounding = stochastic> : !snn.proj<8, 4>
}
