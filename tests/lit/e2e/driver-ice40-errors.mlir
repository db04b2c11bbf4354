// --target=ice40-up5k refuses what cannot fit before running any tool, with
// the numbers and what would fit; a missing tool, a design nextpnr cannot
// place and a design that misses 12 MHz are errors with exit 1 and no
// bitstream. The last three run scripts/build-ice40 against stand-ins for
// the tools (Inputs/fake-ice40) that replay a nextpnr log.
// RUN: rm -rf %t && mkdir -p %t/tools
// RUN: not plasticc %examples/stdp_poisson.mlir --target=ice40-up5k -o %t/big 2>&1 | FileCheck %s --check-prefix=BIG
// RUN: test ! -e %t/big/yosys.log
// RUN: ln -s $(command -v bash) $(command -v dirname) $(command -v mkdir) %t/tools/
// RUN: not env PATH=%t/tools plasticc %s --target=ice40-up5k -o %t/notools 2>&1 | FileCheck %s --check-prefix=NOTOOLS
// RUN: not env PATH=%S/Inputs/fake-ice40:/usr/bin:/bin FAKE_NEXTPNR_LOG=%S/Inputs/nextpnr-too-big.log FAKE_NEXTPNR_RC=1 plasticc %s --target=ice40-up5k -o %t/over 2>&1 | FileCheck %s --check-prefix=OVER
// RUN: test ! -e %t/over/tiny.bin
// RUN: not env PATH=%S/Inputs/fake-ice40:/usr/bin:/bin FAKE_NEXTPNR_LOG=%S/Inputs/nextpnr-slow.log plasticc %s --target=ice40-up5k -o %t/slow 2>&1 | FileCheck %s --check-prefix=SLOW
// RUN: test ! -e %t/slow/tiny.bin

// BIG: stdp_poisson.mlir:{{[0-9]+}}:{{[0-9]+}}: error: core @neurons does not fit the v1 learning core: its 1000 x 128 synapses (1000 axons x 100 neurons rounded up to 128) need 128000 bytes (125 KiB) of weight memory; the core addresses 65536 (a 16-bit synapse index; 2 SPRAM = 64 KiB on the iCE40 UP5K), over by 62464. It holds at most 512 axons with 128 neurons, or at most 64 neurons with 1000 axons

// NOTOOLS: build-ice40: error: yosys not found on PATH
// NOTOOLS: driver-ice40-errors.mlir:[[@LINE+16]]:{{[0-9]+}}: error: --target=ice40-up5k: the FPGA flow failed (exit status 1;

// OVER: build-ice40: [1/3] synthesis
// OVER: build-ice40: [2/3] place and route
// OVER: build-ice40: error: the design does not fit the iCE40 UP5K:
// OVER-NEXT: logic cells (LUT4 + flip-flop): needs 6120, the device has 5280 (over by 840, 115% of the device)
// OVER-NEXT: DSP (SB_MAC16): needs 10, the device has 8 (over by 2, 125% of the device)
// OVER-NEXT: fewer neurons or axons
// OVER: error: --target=ice40-up5k: the FPGA flow failed

// SLOW: build-ice40: error: timing: Fmax 10.50 MHz misses the board's 12 MHz clock by 1.50 MHz
// SLOW: error: --target=ice40-up5k: the FPGA flow failed
// SLOW-NOT: [3/3]

snn.network @tiny dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(1) : !snn.pop<4>
  %n = snn.population @n lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<4>
  %w = snn.projection @w %in -> %n all_to_all<weight = 2.0> : !snn.proj<4, 4>
}
