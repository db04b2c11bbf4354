// The driver's --help lists its targets and its own options only; LLVM's
// several hundred codegen options stay hidden (they still parse).
// RUN: plasticc --help | FileCheck %s
// RUN: plasticc --help | wc -l | FileCheck %s --check-prefix=SHORT
// RUN: plasticc --x86-asm-syntax=intel --help | FileCheck %s

// CHECK: targets:
// CHECK: cpu - native executable
// CHECK: core-image - quantize and map
// CHECK: plasticc options:
// CHECK: --numerics=<string>
// CHECK: --steps=<long>
// CHECK: --target=<string>
// CHECK-NOT: amdgpu
// CHECK-NOT: --x86-

// SHORT: {{^ *[1-3][0-9]$}}
