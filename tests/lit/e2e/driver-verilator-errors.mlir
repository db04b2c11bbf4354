// --target=verilator without verilator, and with a verilator that fails:
// a located error naming the stage, the command and the log, exit 1.
// RUN: rm -rf %t && mkdir -p %t/empty %t/bin
// RUN: not env PATH=%t/empty plasticc %s --target=verilator -o %t/none 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: printf '#!/bin/sh\necho "Error-PINNOTFOUND: something the build did not like"\nexit 3\n' > %t/bin/verilator && chmod +x %t/bin/verilator
// RUN: not env PATH=%t/bin:/usr/bin:/bin plasticc %s --target=verilator -o %t/fails 2>&1 | FileCheck %s --check-prefix=FAILS
// RUN: FileCheck %s --check-prefix=LOG --input-file=%t/fails/n-sim.build.log

// MISSING: driver-verilator-errors.mlir:[[@LINE+8]]:{{[0-9]+}}: error: verilator build of n-sim: 'verilator' is not on PATH; --target=verilator needs Verilator 5
// FAILS: driver-verilator-errors.mlir:[[@LINE+7]]:{{[0-9]+}}: error: verilator build of n-sim failed (exit status 3); log in {{.*}}n-sim.build.log
// FAILS-NEXT: command: verilator --cc --exe --build
// FAILS-NEXT: | Error-PINNOTFOUND: something the build did not like
// LOG: Error-PINNOTFOUND: something the build did not like

snn.network @tiny dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(1) : !snn.pop<4>
  %n = snn.population @n lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<4>
  %w = snn.projection @w %in -> %n all_to_all<weight = 2.0> : !snn.proj<4, 4>
}
