// The driver's --help lists its targets and its own options only; LLVM's
// several hundred codegen options stay hidden (they still parse).
// RUN: plasticc --help | FileCheck %s
// RUN: plasticc --help | wc -l | FileCheck %s --check-prefix=SHORT
// RUN: plasticc --x86-asm-syntax=intel --help | FileCheck %s
// The hardware targets are fixed point; asking them for float is an error.
// RUN: not plasticc %s --target=core-image --numerics=float 2>&1 | FileCheck %s --check-prefix=NUMERICS
// NUMERICS: plasticc: --target=core-image runs the fixed-point semantics; --numerics=float applies to --target=cpu only

// CHECK: targets:
// CHECK: cpu - native executable
// CHECK: core-image - quantize and map
// CHECK: plasticc options:
// CHECK: --core-neurons=<long> - Most neurons one learning core takes (a power of two, 4 .. 1024)
// CHECK: --numerics=<string>
// CHECK: --steps=<long>
// CHECK: --target=<string>
// CHECK-NOT: amdgpu
// CHECK-NOT: --x86-

// SHORT: {{^ *[1-3][0-9]$}}
