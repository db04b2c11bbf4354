//===- SnnToReference.h - snn.network to the float reference ----*- C++ -*-===//
//
// Part of plasticc. Describes an snn.network to the Eigen float reference
// (sim/reference) in physical units, so the reference runs exactly what was
// written in the dialect.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_COMPILER_SNNTOREFERENCE_SNNTOREFERENCE_H
#define PLASTICC_COMPILER_SNNTOREFERENCE_SNNTOREFERENCE_H

#include "sim/reference/network.h"
#include "snn/SnnOps.h"

#include <map>
#include <string>

namespace plasticc {

/// Index of each named population, source and projection in the Network.
struct ReferenceNames {
  std::map<std::string, int> populations, sources, projections;
};

/// Fails with a located diagnostic on what the reference cannot run yet.
mlir::FailureOr<reference::Network>
buildReferenceNetwork(mlir::snn::NetworkOp network, ReferenceNames *names);

} // namespace plasticc

#endif // PLASTICC_COMPILER_SNNTOREFERENCE_SNNTOREFERENCE_H
