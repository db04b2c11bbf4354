// The fixed-vs-golden comparison fails on a single differing bit and says
// where: here one weight of the CPU's final state, one state field and one
// output spike are changed after a bit-identical run.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/compare_fixed_golden.py plasticc plasticc-sim %s 300 %t | FileCheck %s --check-prefix=SAME
// RUN: cp -r %t/cpu %t/bad
// RUN: sed -i '7s/^40$/41/' %t/bad/weights.hex
// RUN: not %python %S/Inputs/compare_fixed_golden.py --compare %t/golden %t/bad 4 | FileCheck %s --check-prefix=WEIGHT
// RUN: cp -r %t/cpu %t/bad2 && sed -i 's/^n 2 \(-*[0-9]*\) /n 2 7777 /' %t/bad2/state.txt
// RUN: not %python %S/Inputs/compare_fixed_golden.py --compare %t/golden %t/bad2 4 | FileCheck %s --check-prefix=STATE
// RUN: cp -r %t/cpu %t/bad3 && echo "299 3" >> %t/bad3/spikes.txt
// RUN: not %python %S/Inputs/compare_fixed_golden.py --compare %t/golden %t/bad3 4 | FileCheck %s --check-prefix=SPIKE
// SAME: bit-identical, 300 steps
// WEIGHT: MISMATCH
// WEIGHT-NEXT: weights.hex: axon 1, neuron 2: expected 64, got 65
// STATE: MISMATCH
// STATE-NEXT: state.txt: neuron 2, u: expected {{-?[0-9]+}}, got 7777
// SPIKE: MISMATCH
// SPIKE-NEXT: spikes.txt: first difference at step 299, neuron 3: expected no spike, got a spike
snn.network @small dt(1.0 ms) {
  %in = snn.poisson_source @in rate(50.0 Hz) seed(1) : !snn.pop<2>
  %pop = snn.population @pop lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -60.0 mV> : !snn.pop<3>
  %p = snn.projection @p %in -> %pop all_to_all<weight = 1.0> : !snn.proj<2, 3>
}
