// A modulator signal read from a `time_ms value` file (at compile time) acts
// exactly like the same steps written inline: two copies of a three_factor
// projection end with the same weights.
//
// RUN: plasticc %s --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --steps=200 --out %t.out --quiet
// RUN: diff %t.out/w_inline.npy %t.out/w_file.npy
// RUN: FileCheck %s --input-file=%t.out/w_file.txt
// CHECK: 199 {{.*[0-9]}}
snn.network @signals dt(1.0 ms) {
  %in = snn.poisson_source @in rate(50.0 Hz) seed(21) : !snn.pop<12>
  %out = snn.population @out lif<tau_m = 10.0 ms, v_rest = 0.0 mV,
      v_th = 3.0 mV, t_ref = 2.0 ms> : !snn.pop<4>
  %inline = snn.signal_source @inline
      steps [0.0 ms = 0.0, 50.0 ms = 1.0, 120.0 ms = -0.5] : !snn.signal
  %file = snn.signal_source @file file(#snn.file<"Inputs/reward_steps.txt">)
      : !snn.signal
  %a = snn.projection @a %in -> %out all_to_all<weight = 0.25>
      : !snn.proj<12, 4>
  snn.plasticity %a three_factor<a_plus = 1.0, a_minus = 1.05,
      tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.01,
      w_min = 0.0, w_max = 1.0> modulator(%inline : !snn.signal)
      : !snn.proj<12, 4>
  %b = snn.projection @b %in -> %out all_to_all<weight = 0.25>
      : !snn.proj<12, 4>
  snn.plasticity %b three_factor<a_plus = 1.0, a_minus = 1.05,
      tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.01,
      w_min = 0.0, w_max = 1.0> modulator(%file : !snn.signal)
      : !snn.proj<12, 4>
  snn.probe @w_inline weights %a every(200) : !snn.proj<12, 4>
  snn.probe @w_file weights %b every(200) : !snn.proj<12, 4>
}
