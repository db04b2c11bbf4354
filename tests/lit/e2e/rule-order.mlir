// Several rules on one projection act in the order they are written, each
// with its own clip, and structural plasticity after all of them
// (docs/semantics.md §7); the same cases as reference-order.mlir, through the
// CPU backend. Rate unit A is a sigmoid without input (r = 0.5), B a ReLU fed
// by A, so at step 1 y = 0.5 w: dw = 0.1 * 0.5 * 0.25 = 0.0125 clipped to
// 0.51 by the first rule, then 0.0125 more: 0.5225. A synapse that a Hebbian
// rule lifts past the pruning threshold in the pruning step survives.
//
// RUN: plasticc %s --target=cpu -o %t.exe
// RUN: rm -rf %t.out && %t.exe --steps=2 --out %t.out --quiet
// RUN: FileCheck %s --input-file=%t.out/w_ab.txt
// RUN: FileCheck %s --input-file=%t.out/w_cd.txt --check-prefix=SURVIVES
// CHECK: 1 0.52249999999999996
// SURVIVES: 1 0.17499999999999999
snn.network @order dt(1.0 ms) {
  %a = snn.population @a rate<fn = sigmoid> : !snn.pop<1>
  %b = snn.population @b rate<fn = relu> : !snn.pop<1>
  %ab = snn.projection @ab %a -> %b all_to_all<weight = 0.5> : !snn.proj<1, 1>
  snn.plasticity %ab hebbian<eta = 0.1, w_min = 0.0, w_max = 0.51>
      : !snn.proj<1, 1>
  snn.plasticity %ab hebbian<eta = 0.1, w_min = 0.0, w_max = 1.0>
      : !snn.proj<1, 1>
  snn.probe @w_ab weights %ab every(2) : !snn.proj<1, 1>

  %c = snn.population @c rate<fn = sigmoid> : !snn.pop<1>
  %d = snn.population @d rate<fn = relu> : !snn.pop<1>
  %cd = snn.projection @cd %c -> %d all_to_all<weight = 0.05>
      : !snn.proj<1, 1>
  snn.plasticity %cd structural<threshold = 0.1, every = 2> : !snn.proj<1, 1>
  snn.plasticity %cd hebbian<eta = 10.0, w_min = 0.0, w_max = 1.0>
      : !snn.proj<1, 1>
  snn.probe @w_cd weights %cd every(2) : !snn.proj<1, 1>
}
