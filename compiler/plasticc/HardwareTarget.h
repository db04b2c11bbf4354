//===- HardwareTarget.h - what the RTL targets share -------------*- C++ -*-===//
//
// Part of plasticc. --target=verilog writes the core image and a Verilog top
// per core (for a design of several cores, the system image and one system
// top); --target=verilator and --target=ice40-up5k start from exactly that
// output and build on it.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_DRIVER_HARDWARETARGET_H
#define PLASTICC_DRIVER_HARDWARETARGET_H

#include "compiler/plasticc/Target.h"

#include "mlir/IR/Location.h"

#include <cstdint>
#include <string>
#include <vector>

namespace plasticc {

/// One core as --target=verilog wrote it.
struct CompiledCore {
  mlir::Location loc = mlir::UnknownLoc();
  std::string outDir;      ///< -o
  std::string network;     ///< @design
  std::string core;        ///< @core
  std::string topName;     ///< <network>_<core>_top
  std::string topPath;     ///< outDir/<topName>.sv
  std::string imageDir;    ///< outDir/<core>.core
  std::string inputsPath;  ///< imageDir/inputs.txt
  std::string sourcesList; ///< outDir/sources.f (the rtl/ files)
  uint64_t populationSize = 0, neurons = 0, axons = 0;
  /// plasticc_core_top's En* parameters: what the network uses.
  bool stdp = false, cuba = false, adaptive = false, multiplicative = false,
       recurrent = false, inhCurrent = false, threeFactor = false,
       hebbian = false;
  /// EnStaticRows: register 35 (P < M, docs/core.md §10.4), for a core
  /// with both plastic and static rows.
  bool staticRows = false;
  /// EnOja: register 43 (Oja's decay term), for a Hebbian core with
  /// hebbian_decay != 0.
  bool oja = false;
  /// EnPrune: registers 44-46 and the prune pass (docs/core.md §11), for a
  /// core with prune_every.
  bool prune = false;
};

/// A design of several cores as --target=verilog wrote it: the system
/// image (docs/core.md §10.3) and a top with every core and the router.
struct CompiledSystem {
  mlir::Location loc = mlir::UnknownLoc();
  std::string outDir;        ///< -o
  std::string network;       ///< @design
  std::string topName;       ///< <network>_system
  std::string topPath;       ///< outDir/<topName>.sv
  std::string imageDir;      ///< outDir/<network>.system
  std::string inputsPath;    ///< imageDir/inputs.txt
  std::string modulatorPath; ///< imageDir/modulator.txt (may not exist)
  std::string sourcesList;   ///< outDir/sources.f (the rtl/ files)
  /// Core k of the system (imageDir = imageDir/<core>, no top of its own).
  std::vector<CompiledCore> cores;
  uint64_t routes = 0;
  /// plasticc_router's parameters: the route table's entries (a power of
  /// two >= 2 holding every route) and the widest neuron and axon index.
  unsigned routeDepth = 2, neuronWidth = 1, axonWidth = 1;
};

/// The rtl/ tree the hardware targets build: $PLASTICC_RTL_DIR if set, else
/// this checkout's.
std::string rtlDir();

/// The core's RTL files in dependency order, as absolute paths, from
/// rtlDir()/sources.f (one file per line relative to it, '#' comments; the
/// list CMake and scripts/build-ice40 read). A missing list is an error at
/// \p loc, a listed file that does not exist one at the list's line.
mlir::LogicalResult readRtlSources(mlir::Location loc,
                                   std::vector<std::string> &files);

/// Runs --target=verilog into options.output (default: the input's stem +
/// \p defaultSuffix) and describes each single-core design it wrote in
/// \p cores and each design of several cores in \p systems.
mlir::LogicalResult compileToVerilog(mlir::ModuleOp module,
                                     const DriverOptions &options,
                                     llvm::StringRef defaultSuffix,
                                     std::vector<CompiledCore> &cores,
                                     std::vector<CompiledSystem> &systems);

/// Runs \p program (found on PATH) with \p args, its stdout and stderr into
/// \p logPath. On failure prints a located error naming \p stage, the
/// command and the log's last lines, and returns failure. \p what says how
/// to get the program if it is missing.
mlir::LogicalResult runLogged(mlir::Location loc, llvm::StringRef stage,
                              llvm::StringRef program,
                              llvm::ArrayRef<std::string> args,
                              llvm::StringRef logPath, llvm::StringRef what);

/// The last \p lines lines of a file, indented, for error messages.
std::string tailOfFile(llvm::StringRef path, unsigned lines);

} // namespace plasticc

#endif // PLASTICC_DRIVER_HARDWARETARGET_H
