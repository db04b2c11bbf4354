//===- Passes.h - plasticc compiler passes ----------------------*- C++ -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_COMPILER_PASSES_H
#define PLASTICC_COMPILER_PASSES_H

#include "core/CoreDialect.h"
#include "snn/SnnDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace plasticc {

#define GEN_PASS_DECL
#include "compiler/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "compiler/Passes.h.inc"

} // namespace plasticc

#endif // PLASTICC_COMPILER_PASSES_H
