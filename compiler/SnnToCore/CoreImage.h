//===- CoreImage.h - core.core to golden core images ------------*- C++ -*-===//
//
// Part of plasticc. The in-memory side of --emit-core-image, for tools that
// run the golden model on a compiled network without writing files.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_COMPILER_SNNTOCORE_COREIMAGE_H
#define PLASTICC_COMPILER_SNNTOCORE_COREIMAGE_H

#include "core/CoreDialect.h"
#include "sim/golden/image.h"

#include <map>
#include <vector>

namespace plasticc {

/// The core image a core.core stands for.
golden::CoreImage toCoreImage(mlir::core::CoreOp core);

/// The axons that receive a spike at each step below \p steps, from every
/// input of \p core in \p design (Poisson by the shared hash, given spikes),
/// delays applied.
std::map<int64_t, std::vector<int64_t>>
coreInputSpikes(mlir::core::DesignOp design, llvm::StringRef core,
                int64_t steps);

} // namespace plasticc

#endif // PLASTICC_COMPILER_SNNTOCORE_COREIMAGE_H
