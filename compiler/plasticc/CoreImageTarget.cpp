//===- CoreImageTarget.cpp - --target=core-image ----------------*- C++ -*-===//
//
// Part of plasticc. Quantizes the network, maps it onto a learning core and
// writes the core image (docs/core.md §6) with the host's input spikes for a
// run, and the quantization report: what the golden model (plasticc-sim),
// the Verilator testbench and the FPGA host load.
//
//===----------------------------------------------------------------------===//

#include "compiler/Passes.h"
#include "compiler/plasticc/Target.h"
#include "core/CoreDialect.h"

#include "mlir/Pass/PassManager.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

static llvm::cl::opt<int64_t> imageSteps(
    "steps",
    llvm::cl::desc("core-image: number of time steps of input spikes to "
                   "write (default 1000)"),
    llvm::cl::init(1000));

static LogicalResult emitCoreImage(ModuleOp module,
                                   const plasticc::DriverOptions &options) {
  std::string outDir = options.output;
  if (outDir.empty())
    outDir = llvm::sys::path::stem(options.input).str() + ".core-image";
  if (std::error_code ec = llvm::sys::fs::create_directories(outDir))
    return module.emitError("cannot create '") << outDir << "': "
                                               << ec.message();
  if (imageSteps < 1)
    return module.emitError("--steps must be at least 1");
  llvm::SmallString<256> report(outDir);
  llvm::sys::path::append(report, "quantization.txt");

  module.getContext()->loadDialect<core::CoreDialect>();
  PassManager pm(module.getContext());
  plasticc::ConvertSnnToCoreOptions convert;
  convert.reportPath = std::string(report);
  pm.addPass(plasticc::createConvertSnnToCore(convert));
  plasticc::EmitCoreImageOptions emit;
  emit.outDir = outDir;
  emit.steps = imageSteps;
  pm.addPass(plasticc::createEmitCoreImage(emit));
  if (failed(pm.run(module)))
    return failure();

  for (auto design : module.getOps<core::DesignOp>())
    for (auto core : design.getBody().front().getOps<core::CoreOp>())
      llvm::outs() << "plasticc: core @" << core.getSymName() << " of @"
                   << design.getSymName() << " (" << core.getPopulationSize()
                   << " neurons on " << core.getNeurons() << ", "
                   << core.getAxons() << " axons) written to " << outDir << "/"
                   << core.getSymName() << ".core\n";
  return success();
}

static plasticc::TargetRegistration
    registration("core-image",
                 "quantize and map onto a learning core; write the core "
                 "image, its input spikes and the quantization report",
                 emitCoreImage);
