// An unsplit core whose plastic recurrence is followed by static rows
// (docs/core.md §10.4): 5 neurons on N = 8, and the bias makes the padding
// neurons 5..7 fire. The core pushes them to recurrent axons offset + 5..7,
// so the recurrence spans N = 8 rows (0..7, rows 5..7 without synapses)
// before the static @quiet (rows 8..9) and @ff (rows 10..13). Laid out on 5
// rows, the padding spikes would land on @quiet's rows (5, 6) and @ff's
// first row (7) and drive the real neurons through them.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %s 200 %t | FileCheck %s
// CHECK: cpu-fixed-padding-static.mlir: bit-identical, 200 steps, {{[1-9][0-9]*}} spikes
// The padding rows are reached (their pre traces are charged), the real
// recurrence rows too; @quiet's rows 8, 9 stay at zero.
// RUN: sed -n '6,10p' %t/cpu/trace_pre.hex | FileCheck %s --check-prefix=ROWS
// ROWS-COUNT-3: {{^0*[1-9a-f][0-9a-f]*$}}
// ROWS-NEXT: {{^0+$}}
// ROWS-NEXT: {{^0+$}}
//
// RUN: plasticc-opt %s --convert-snn-to-core | FileCheck %s --check-prefix=LAYOUT
// LAYOUT: core.core @pop {
// LAYOUT-SAME: axons = 14 : i64
// LAYOUT-SAME: plastic_axons = 8 : i64
// LAYOUT-SAME: recurrent_offset = 0 : i64
// LAYOUT: core.spike_input @quiet to @pop axons(8, 2)
// LAYOUT: core.poisson_input @ff to @pop axons(10, 4)
snn.network @padstatic dt(1.0 ms) {
  %drive = snn.poisson_source @drive rate(50.0 Hz) seed(4) : !snn.pop<4>
  %late = snn.spike_source @late spikes [(0, 500.0 ms), (1, 500.0 ms)] : !snn.pop<2>
  %pop = snn.population @pop excitatory
      lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -55.0 mV, v_reset = -65.0 mV>
      : !snn.pop<5>
  %quiet = snn.projection @quiet %late -> %pop all_to_all<weight = 2.0>
      : !snn.proj<2, 5>
  %ff = snn.projection @ff %drive -> %pop all_to_all<weight = 4.0>
      : !snn.proj<4, 5>
  %rec = snn.projection @rec %pop -> %pop all_to_all<weight = 1.0>
      : !snn.proj<5, 5>
  snn.plasticity %rec stdp<a_plus = 0.05, a_minus = 0.055, tau_plus = 15.0 ms,
      tau_minus = 25.0 ms, w_min = 0.0, w_max = 5.0, rounding = nearest>
      : !snn.proj<5, 5>
  snn.current_source @bias %pop constant(20.0 nA) : !snn.pop<5>
  snn.probe @spikes spikes %pop : !snn.pop<5>
}
