//===- Target.h - targets of the plasticc driver ----------------*- C++ -*-===//
//
// Part of plasticc. Each target (cpu, later core-image, verilog, ...) lives
// in its own source file and registers itself with a static TargetRegistration;
// the driver only parses the network and dispatches by --target.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_DRIVER_TARGET_H
#define PLASTICC_DRIVER_TARGET_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"

#include <functional>
#include <string>
#include <vector>

namespace plasticc {

/// Everything the command line says, shared by all targets.
struct DriverOptions {
  std::string input;      ///< the .mlir file
  std::string output;     ///< -o (empty: derived from the input name)
  std::string emit;       ///< --emit: mlir, llvm, obj, lib, exe
  std::string numerics;   ///< float or fixed
  std::string cpu;        ///< --mcpu: native, or an LLVM CPU name
  std::string inputDir;   ///< --input-dir for #snn.file paths
  std::string runtimeDir; ///< where libplasticc_runtime.a lives
  std::string linker;     ///< the C compiler used as link driver
  bool timing = false;    ///< print the time of each stage
  /// --core-neurons: the most neurons one core takes; a larger population
  /// runs as slices over several cores (docs/core.md §10.7).
  int64_t coreNeurons = 1024;
};

/// Compiles the verified module; reports errors itself.
using TargetFn =
    std::function<mlir::LogicalResult(mlir::ModuleOp, const DriverOptions &)>;

struct TargetInfo {
  std::string name, description;
  TargetFn run;
};

/// The category of every driver and target option; --help shows only these
/// (LLVM's own options stay usable but hidden). A function, so that targets'
/// static options in other files can use it during static initialisation.
llvm::cl::OptionCategory &driverCategory();

/// All registered targets, in registration order.
std::vector<TargetInfo> &getTargets();

/// Registers a target at static initialisation time.
struct TargetRegistration {
  TargetRegistration(llvm::StringRef name, llvm::StringRef description,
                     TargetFn run) {
    getTargets().push_back({name.str(), description.str(), std::move(run)});
  }
};

} // namespace plasticc

#endif // PLASTICC_DRIVER_TARGET_H
