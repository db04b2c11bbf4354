// Inputs and models beyond LIF: a spike-train file, a conv2d projection
// (stride 2, expanded to CSR synapses), if neurons with refractoriness, a
// one_to_one projection onto an li readout driven by a stepped current.
// Inputs/models_reference.py simulates the same network by hand.
//
// RUN: plasticc %s --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --steps=14 --out %t.out | FileCheck %s
// RUN: %python %S/Inputs/models_reference.py %t.out
// Relative spike files can be re-rooted at run time.
// RUN: not %t.exe --steps=2 --inputs %t.nowhere 2>&1 | FileCheck %s --check-prefix=MISSING
// CHECK: models: 14 steps (14 ms), {{[1-9][0-9]*}} spikes
// MISSING: cannot open spike file {{.*}}nowhere/Inputs/img_spikes.txt
snn.network @models dt(1.0 ms) {
  %img = snn.spike_source @img file(#snn.file<"Inputs/img_spikes.txt">)
      : !snn.pop<16>
  %fm = snn.population @fm if<v_th = 1.5 mV, v_reset = 0.0 mV,
      t_ref = 1.0 ms> : !snn.pop<4>
  %c = snn.projection @conv %img -> %fm conv2d<in_shape = [1, 4, 4],
      out_shape = [1, 2, 2], stride = [2, 2], padding = [0, 0],
      kernel = dense<[[[[1.0, 0.5], [0.25, 0.125]]]]> : tensor<1x1x2x2xf64>>
      : !snn.proj<16, 4>
  %ro = snn.population @readout li<tau_m = 5.0 ms, v_rest = -10.0 mV>
      : !snn.pop<4>
  %r = snn.projection @r %fm -> %ro
      one_to_one<weights = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf64>>
      : !snn.proj<4, 4>
  snn.current_source @drive %ro steps [0.0 ms = 0.0 nA, 5.0 ms = 2.0 nA,
                                      10.0 ms = 0.0 nA] : !snn.pop<4>
  snn.probe @fm_spikes spikes %fm : !snn.pop<4>
  snn.probe @fm_v voltage %fm : !snn.pop<4>
  snn.probe @ro_v voltage %ro : !snn.pop<4>
  snn.probe @conv_w weights %c every(14) : !snn.proj<16, 4>
}
