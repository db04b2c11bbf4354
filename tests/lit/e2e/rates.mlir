// Rate units (tanh, sigmoid, ReLU; leaky and not) with hebbian, oja and
// Miconi plasticity (decay, and clip with a signal modulator), a recurrent
// rate projection and a delay, against the straightforward reference
// Inputs/rates_reference.py (docs/semantics.md §2 rate, §7).
//
// RUN: plasticc %s --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --steps=30 --out %t.out --quiet
// RUN: %python %S/Inputs/rates_reference.py %t.out | FileCheck %s
// CHECK: rates: ok
snn.network @rates dt(1.0 ms) {
  // Sigmoid units without input: r = 0.5 from step 0 on.
  %bias = snn.population @bias rate<fn = sigmoid> : !snn.pop<3>
  %reward = snn.signal_source @reward steps [0.0 ms = 1.0, 10.0 ms = -2.0]
      : !snn.signal
  %a = snn.population @a rate<fn = tanh, tau = 5.0 ms> : !snn.pop<3>
  %b = snn.population @b rate<fn = sigmoid> : !snn.pop<2>
  %c = snn.population @c rate<fn = relu, tau = 2.0 ms> : !snn.pop<2>

  %da = snn.projection @da %bias -> %a
      one_to_one<weights = dense<[2.0, -1.0, 1.5]> : tensor<3xf64>>
      : !snn.proj<3, 3>
  %ab = snn.projection @ab %a -> %b
      dense<weights = dense<[[0.5, -0.3], [0.2, 0.8], [-0.6, 0.4]]>
            : tensor<3x2xf64>> : !snn.proj<3, 2>
  snn.plasticity %ab hebbian<eta = 0.05, w_min = -1.0, w_max = 1.0>
      : !snn.proj<3, 2>
  %bc = snn.projection @bc %b -> %c all_to_all<weight = 0.7> delay(2.0 ms)
      : !snn.proj<2, 2>
  snn.plasticity %bc oja<eta = 0.1, w_min = -2.0, w_max = 2.0>
      : !snn.proj<2, 2>
  %cc = snn.projection @cc %c -> %c
      dense<weights = dense<[[0.0, 0.3], [-0.2, 0.1]]> : tensor<2x2xf64>>
      : !snn.proj<2, 2>
  snn.plasticity %cc miconi<alpha = dense<[[0.5, 0.2], [0.1, -0.4]]>
      : tensor<2x2xf64>, eta = 0.2, norm = decay> : !snn.proj<2, 2>
  %ca = snn.projection @ca %c -> %a
      fixed_probability<p = 0.5, seed = 3, weight = 0.25> : !snn.proj<2, 3>
  snn.plasticity %ca miconi<alpha = 0.3, eta = 0.1, norm = clip, clip = 0.5>
      modulator(%reward : !snn.signal) : !snn.proj<2, 3>

  snn.probe @ra voltage %a : !snn.pop<3>
  snn.probe @rb voltage %b : !snn.pop<2>
  snn.probe @rc voltage %c : !snn.pop<2>
  snn.probe @w_ab weights %ab : !snn.proj<3, 2>
  snn.probe @w_bc weights %bc : !snn.proj<2, 2>
  snn.probe @h_cc traces %cc : !snn.proj<2, 2>
  snn.probe @h_ca traces %ca : !snn.proj<2, 3>
}
