// Weights from files are read at compile time: a .npy dense matrix and a
// text file of sparse weights, relative to --input-dir (default: the .mlir's
// directory). A wrong count is a located error naming the file.
//
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: %python %S/Inputs/make_npy.py %t.dir/dense.npy 2 2 1.5 0.25 -0.5 2.0
// RUN: printf '# sparse weights\n3.0 0.75\n' > %t.dir/sparse.txt
// RUN: plasticc %s --target=cpu --input-dir=%t.dir -o %t.exe
// RUN: rm -rf %t.out && %t.exe --steps=2 --out %t.out --quiet
// RUN: FileCheck %s --input-file=%t.out/wd.txt --check-prefix=DENSE
// RUN: FileCheck %s --input-file=%t.out/ws.txt --check-prefix=SPARSE
// RUN: printf '1.0 2.0 3.0\n' > %t.dir/sparse.txt
// RUN: not plasticc %s --target=cpu --input-dir=%t.dir -o %t.exe 2>&1 | FileCheck %s --check-prefix=COUNT
// DENSE: 1 1.5 0.25 -0.5 2
// SPARSE: 1 3 0.75
// COUNT: file-weights.mlir:[[@LINE+7]]:9: error: {{.*}}sparse.txt: 3 values, expected 2
snn.network @files dt(1.0 ms) {
  %s = snn.spike_source @s spikes [(0, 0.0 ms)] : !snn.pop<2>
  %n = snn.population @n if<v_th = 10.0 mV, v_reset = 0.0 mV> : !snn.pop<2>
  %d = snn.projection @d %s -> %n
      dense<weights = #snn.file<"dense.npy">> : !snn.proj<2, 2>
  snn.probe @wd weights %d every(2) : !snn.proj<2, 2>
  %sp = snn.projection @sp %s -> %n
      sparse<pre = [0, 1], post = [1, 0], weights = #snn.file<"sparse.txt">>
      : !snn.proj<2, 2>
  snn.probe @ws weights %sp every(2) : !snn.proj<2, 2>
}
