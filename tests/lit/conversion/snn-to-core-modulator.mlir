// RUN: plasticc-opt %s --convert-snn-to-core="report=%t.report" --split-input-file --verify-diagnostics | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT --input-file=%t.report
// The modulator signal as the core's Q1.7 register: the range's ends, and
// several changes within one step, of which the core keeps only the last.

// [-1, 1] is taken: -1.0 is -128, 1.0 the register's largest value 127.
// CHECK-LABEL: core.design @ends
// CHECK: core.modulator_input @r to @p steps [0, 3, 6] values [-128, 127, 0]
snn.network @ends dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %r = snn.signal_source @r steps [0.0 ms = -1.0, 3.0 ms = 1.0, 6.0 ms = 0.0] : !snn.signal
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w three_factor<a_plus = 0.5, a_minus = 0.5, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.01, w_min = 0.0, w_max = 2.0> modulator(%r : !snn.signal) : !snn.proj<2, 2>
}

// -----

// A reward pulse shorter than dt: 0.0, 0.2 and 0.4 ms all fall on step 0,
// so only 0.4 is written; 0.0 and 1.0 are dropped, with a warning at the
// signal and a line in the report. On step 5 the two values are one
// register value (64), so nothing is lost and nothing is said.
// CHECK-LABEL: core.design @pulse
// CHECK: core.modulator_input @reward to @p steps [0, 5] values [51, 64]
// REPORT: network @pulse, core @p
// REPORT: signal @reward step 0: keeps 0.4, drops 0.0 at 0.0 ms, 1.0 at 0.2 ms
// REPORT-NOT: step 5
snn.network @pulse dt(1.0 ms) {
  %in = snn.poisson_source @in rate(10.0 Hz) seed(1) : !snn.pop<2>
  %p = snn.population @p lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  // expected-warning @+1 {{signal @reward changes 3 times within step 0 (dt = 1.0 ms); the core's modulator is written once per step, so it takes the last value, 0.4, and drops 0.0 at 0.0 ms, 1.0 at 0.2 ms}}
  %r = snn.signal_source @reward steps [0.0 ms = 0.0, 0.2 ms = 1.0, 0.4 ms = 0.4, 5.0 ms = 0.5, 5.3 ms = 0.501] : !snn.signal
  %w = snn.projection @w %in -> %p all_to_all<weight = 1.0> : !snn.proj<2, 2>
  snn.plasticity %w three_factor<a_plus = 0.5, a_minus = 0.5, tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.01, w_min = 0.0, w_max = 2.0> modulator(%r : !snn.signal) : !snn.proj<2, 2>
}
