// Rules of one projection apply in the order they are written, structural
// plasticity after all others (semantics.md §7).
// Two Hebbian rules on one rate synapse (r_A = sigmoid(0) = 0.5, y = 0.5 w):
// first dw = 0.1 * 0.5 * 0.25 = 0.0125 clipped to 0.51, then 0.0125 more
// (clip 1.0): 0.5225. In the other order the first clip would give 0.51.
// RUN: rm -rf %t && plasticc-ref %s --steps=2 -o %t
// RUN: FileCheck %s --input-file=%t/ab.weights.txt
// CHECK: 0 0 0.5225
// A synapse that a Hebbian rule strengthens past the pruning threshold in
// the same step survives, whichever order the two are written in.
// RUN: FileCheck %s --check-prefix=SURVIVES --input-file=%t/cd.weights.txt
// SURVIVES: 0 0 0.175

snn.network @order dt(1.0 ms) {
  %a = snn.population @a rate<fn = sigmoid> : !snn.pop<1>
  %b = snn.population @b rate<fn = relu> : !snn.pop<1>
  %ab = snn.projection @ab %a -> %b all_to_all<weight = 0.5> : !snn.proj<1, 1>
  snn.plasticity %ab hebbian<eta = 0.1, w_min = 0.0, w_max = 0.51> : !snn.proj<1, 1>
  snn.plasticity %ab hebbian<eta = 0.1, w_min = 0.0, w_max = 1.0> : !snn.proj<1, 1>

  %c = snn.population @c rate<fn = sigmoid> : !snn.pop<1>
  %d = snn.population @d rate<fn = relu> : !snn.pop<1>
  %cd = snn.projection @cd %c -> %d all_to_all<weight = 0.05> : !snn.proj<1, 1>
  snn.plasticity %cd structural<threshold = 0.1, every = 2> : !snn.proj<1, 1>
  snn.plasticity %cd hebbian<eta = 10.0, w_min = 0.0, w_max = 1.0> : !snn.proj<1, 1>
}
