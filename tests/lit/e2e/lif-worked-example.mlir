// The LIF worked example of docs/semantics.md Part 3, float column: a 6 mV
// synapse, tau_m = 10 ms, dt = 1 ms, t_ref = 2 ms. The spike source fires one
// step before the table's delivery steps (delay 1), so table step s is our
// step s + 1.
//
// RUN: plasticc %s --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --steps=8 --out %t.out | FileCheck %s
// RUN: %python %S/Inputs/check_lif.py %t.out
// CHECK: lif_worked: 8 steps (8 ms), 1 spikes, 6 synaptic events
snn.network @lif_worked dt(1.0 ms) {
  %drive = snn.spike_source @drive
      spikes [(0, 0.0 ms), (0, 1.0 ms), (0, 2.0 ms), (0, 3.0 ms), (0, 5.0 ms),
              (0, 6.0 ms)] : !snn.pop<1>
  %n = snn.population @n lif<tau_m = 10.0 ms, v_rest = -65.0 mV,
      v_th = -50.0 mV, t_ref = 2.0 ms> : !snn.pop<1>
  %p = snn.projection @p %drive -> %n all_to_all<weight = 6.0>
      : !snn.proj<1, 1>
  snn.probe @v voltage %n : !snn.pop<1>
  snn.probe @s spikes %n : !snn.pop<1>
}
