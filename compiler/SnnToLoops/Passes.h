//===- Passes.h - snn to loops conversion -----------------------*- C++ -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SNNTOLOOPS_PASSES_H
#define PLASTICC_SNNTOLOOPS_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir {
class RewritePatternSet;
class TypeConverter;

namespace snn {

#define GEN_PASS_DECL
#include "compiler/SnnToLoops/Passes.h.inc"

/// Adds the pattern that lowers `snn.network` (float semantics) to `patterns`.
/// `inputDir` resolves relative #snn.file paths (empty: the directory of the
/// network's source location). A network that cannot be lowered gets a
/// located error, is erased anyway, and sets `*userError` (if given).
void populateSnnToLoopsPatterns(RewritePatternSet &patterns,
                                llvm::StringRef inputDir,
                                bool *userError = nullptr);

/// Emits a located error for every op of `module` that the CPU backend cannot
/// lower yet; returns failure if there was one.
LogicalResult checkSnnToLoopsSupport(ModuleOp module);

#define GEN_PASS_REGISTRATION
#include "compiler/SnnToLoops/Passes.h.inc"

} // namespace snn
} // namespace mlir

#endif // PLASTICC_SNNTOLOOPS_PASSES_H
