//===- Synapses.h - the synapses of an snn.projection -----------*- C++ -*-===//
//
// Part of plasticc. Every back end that builds weights at compile time (the
// core mapping, the float reference) enumerates a projection's synapses the
// same way, including the hash-drawn ones of fixed_probability.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_COMPILER_ANALYSIS_SYNAPSES_H
#define PLASTICC_COMPILER_ANALYSIS_SYNAPSES_H

#include "snn/SnnOps.h"

namespace plasticc {

/// Calls fn(pre, post, weight) for every synapse of \p proj, in ascending
/// (pre, post) order for dense-like connectivity and list order for sparse.
/// Fails with a diagnostic for weights kept in a file (not read yet).
mlir::LogicalResult
forEachSynapse(mlir::snn::ProjectionOp proj,
               llvm::function_ref<void(int64_t, int64_t, double)> fn);

} // namespace plasticc

#endif // PLASTICC_COMPILER_ANALYSIS_SYNAPSES_H
