// Pair STDP at dt = +5 and -5 steps (docs/semantics.md Part 3, float
// column): tau = 20 ms, dt = 1 ms, a_plus = 0.5, a_minus = 0.525, w = 4 mV.
// Channel 0: pre delivered at step 1, post fires at step 5 (dt = +5).
// Channel 1: post fires at step 1, pre delivered at step 7 (dt = -5).
// A strong one_to_one kick makes the post neurons fire; the sparse plastic
// projection keeps the two pairs apart (CSR rows and columns). @dense pairs
// every pre with every post neuron through dense rows.
//
// RUN: plasticc %s --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --steps=20 --out %t.out | FileCheck %s
// RUN: %python %S/Inputs/check_stdp_pair.py %t.out
// CHECK: stdp_pair: 20 steps (20 ms), 3 spikes
snn.network @stdp_pair dt(1.0 ms) {
  %pre = snn.spike_source @pre spikes [(0, 0.0 ms), (1, 6.0 ms)] : !snn.pop<2>
  %kick = snn.spike_source @kick spikes [(0, 4.0 ms), (1, 0.0 ms), (2, 4.0 ms)]
      : !snn.pop<3>
  %post = snn.population @post if<v_th = 100.0 mV, v_reset = 0.0 mV>
      : !snn.pop<3>
  %k = snn.projection @k %kick -> %post
      one_to_one<weights = dense<1000.0> : tensor<3xf64>> : !snn.proj<3, 3>

  %w = snn.projection @w %pre -> %post
      sparse<pre = [0, 1], post = [0, 1],
             weights = dense<[4.0, 4.0]> : tensor<2xf64>> : !snn.proj<2, 3>
  snn.plasticity %w stdp<a_plus = 0.5, a_minus = 0.525, tau_plus = 20.0 ms,
      tau_minus = 20.0 ms, w_min = 0.0, w_max = 7.9375> : !snn.proj<2, 3>
  snn.probe @w_final weights %w every(20) : !snn.proj<2, 3>
  snn.probe @traces traces %w : !snn.proj<2, 3>

  %dense = snn.projection @dense %pre -> %post
      dense<weights = dense<[[0.0, 0.0, 4.0], [0.0, 0.0, 0.0]]>
            : tensor<2x3xf64>> : !snn.proj<2, 3>
  snn.plasticity %dense stdp<a_plus = 0.5, a_minus = 0.525,
      tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = -8.0, w_max = 8.0>
      : !snn.proj<2, 3>
  snn.probe @dense_final weights %dense every(20) : !snn.proj<2, 3>
  snn.probe @post_spikes spikes %post : !snn.pop<3>
}
