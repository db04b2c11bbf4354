// Plasticity rules reach the float reference through the dialect. Rate unit
// A is a sigmoid without input (r_A = 0.5); B is a ReLU fed by A through one
// synapse, so from step 1 y = r_B = 0.5 w, and by hand:
//   step 1: y = 0.5 * 0.5 = 0.25, hebbian dw = 0.1 * 0.5 * 0.25 = 0.0125
//   step 2: y = 0.5125 * 0.5 = 0.25625, dw = 0.1 * 0.5 * 0.25625 = 0.0128125
// RUN: rm -rf %t && plasticc-ref %s --steps=3 -o %t
// RUN: FileCheck %s --input-file=%t/ab.weights.txt
// The reward example (three-factor rule, signal modulator, interneuron)
// runs and its actions fire.
// RUN: plasticc-ref %examples/reward_three_factor.mlir --steps=1500 -o %t/reward
// RUN: FileCheck %s --check-prefix=REWARD --input-file=%t/reward/actions.spikes.txt

snn.network @rates dt(1.0 ms) {
  %a = snn.population @a rate<fn = sigmoid> : !snn.pop<1>
  %b = snn.population @b rate<fn = relu> : !snn.pop<1>
  %ab = snn.projection @ab %a -> %b all_to_all<weight = 0.5> : !snn.proj<1, 1>
  snn.plasticity %ab hebbian<eta = 0.1, w_min = -1.0, w_max = 1.0> : !snn.proj<1, 1>
}

// CHECK: # pre post weight_mV
// CHECK-NEXT: 0 0 0.5253125

// REWARD: # step neuron
// REWARD-NEXT: {{[0-9]+}} {{[01]}}
