//===- Passes.h - core to loops conversion ----------------------*- C++ -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_CORETOLOOPS_PASSES_H
#define PLASTICC_CORETOLOOPS_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir {
class RewritePatternSet;
} // namespace mlir

namespace plasticc {

#define GEN_PASS_DECL
#include "compiler/CoreToLoops/Passes.h.inc"

/// Adds the pattern that lowers `core.design` (fixed point) to `patterns`.
/// A design that cannot be lowered gets a located error, is erased anyway,
/// and sets `*userError` (if given).
void populateCoreToLoopsPatterns(mlir::RewritePatternSet &patterns,
                                 bool *userError = nullptr);

#define GEN_PASS_REGISTRATION
#include "compiler/CoreToLoops/Passes.h.inc"

} // namespace plasticc

#endif // PLASTICC_CORETOLOOPS_PASSES_H
