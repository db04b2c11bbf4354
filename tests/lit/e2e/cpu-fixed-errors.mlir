// --numerics=fixed compiles the network mapped onto learning cores, so
// what --convert-snn-to-core refuses is refused with its located message and
// exit code 1: here a projection between populations whose delay a route
// does not have (tests/lit/e2e/Inputs/fixed_*.mlir hold
// the other cases: a rule the core mapping does not take, a population as
// three_factor's modulator, and a spikes probe of an input source, which is
// not on the core; structural.mlir's regrowth, which the core does not have).
// RUN: not plasticc %s --target=cpu --numerics=fixed -o %t.exe 2>&1 | FileCheck %s
// RUN: not plasticc %S/Inputs/fixed_bcm.mlir --target=cpu --numerics=fixed -o %t.exe 2>&1 | FileCheck %s --check-prefix=RULE
// RUN: not plasticc %S/Inputs/fixed_pop_modulator.mlir --target=cpu --numerics=fixed -o %t.exe 2>&1 | FileCheck %s --check-prefix=MOD
// RUN: not plasticc %S/structural.mlir --target=cpu --numerics=fixed -o %t.exe 2>&1 | FileCheck %s --check-prefix=REGROW
// RUN: not plasticc %S/Inputs/fixed_source_probe.mlir --target=cpu --numerics=fixed -o %t.exe 2>&1 | FileCheck %s --check-prefix=PROBE
// The float mode runs all of them.
// RUN: plasticc %s --target=cpu -o %t.float.exe && %t.float.exe --steps=10 --quiet
// RUN: not %t.float.exe --steps=10 --core-out %t.core 2>&1 | FileCheck %s --check-prefix=COREOUT
// CHECK: cpu-fixed-errors.mlir:[[@LINE+11]]:8: error: @q between populations has a delay of 2 steps; a route between cores delivers in exactly 1 step (docs/core.md §10.1); --target=cpu runs it
// RULE: fixed_bcm.mlir:6:3: error: rule 'bcm' is not mapped onto the core by --convert-snn-to-core (it maps stdp, three_factor, hebbian, oja and structural with regrow = 0)
// MOD: fixed_pop_modulator.mlir:7:3: error: the core's modulator is a register the host writes
// REGROW: structural.mlir:{{[0-9]+}}:3: error: structural 'regrow' = 3: the core prunes but does not regrow synapses (docs/core.md §11); set 'regrow = 0' to map it, or use --target=cpu
// PROBE: fixed_source_probe.mlir:{{[0-9]+}}:{{[0-9]+}}: error: --numerics=fixed records the spikes of the core's population only
// COREOUT: --core-out needs a network compiled with --numerics=fixed
snn.network @two dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(1) : !snn.pop<4>
  %a = snn.population @a lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV> : !snn.pop<4>
  %b = snn.population @b lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV> : !snn.pop<4>
  %p = snn.projection @p %in -> %a all_to_all<weight = 2.0> : !snn.proj<4, 4>
  %q = snn.projection @q %a -> %b all_to_all<weight = 2.0> delay(2.0 ms) : !snn.proj<4, 4>
}
