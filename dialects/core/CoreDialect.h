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

namespace mlir::core {
/// One core of a population (docs/core.md §10.7): its index among the
/// design's cores and the population's neuron that is its neuron 0.
struct PopulationCore {
  CoreOp core;
  int64_t index = 0;
  int64_t neuronOffset = 0;
};

/// The cores whose `population` is `population`, in design order, each
/// with its neuron offset (the sum of the earlier ones' population_size).
/// The probe verifier and the CPU lowering read a split population
/// through this one enumeration.
llvm::SmallVector<PopulationCore> populationCores(DesignOp design,
                                                  llvm::StringRef population);
} // namespace mlir::core

#endif // CORE_COREDIALECT_H
