//===- CoreDialect.h - hardware-mapped core dialect -------------*- C++ -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#ifndef CORE_COREDIALECT_H
#define CORE_COREDIALECT_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/SymbolTable.h"

#include "core/CoreDialect.h.inc"

namespace mlir::core {
/// System limits of docs/core.md §10 (golden SystemImage has the same).
/// Cores are targets 0..14 of the system bus; target 15 is the router.
constexpr unsigned kMaxCores = 15;
constexpr unsigned kMaxRoutes = 64;
constexpr unsigned kMaxRoutesPerSource = 16;
} // namespace mlir::core

#define GET_OP_CLASSES
#include "core/CoreOps.h.inc"

#endif // CORE_COREDIALECT_H
