//===- plasticc.cpp - the plasticc compiler driver ------------------------===//
//
// Part of plasticc. `plasticc NET.mlir --target=cpu -o NET` parses and
// verifies a network and hands it to the chosen target (Target.h).
//
//===----------------------------------------------------------------------===//

#include "compiler/plasticc/Target.h"
#include "snn/SnnDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

std::vector<plasticc::TargetInfo> &plasticc::getTargets() {
  static std::vector<TargetInfo> targets;
  return targets;
}

cl::OptionCategory &plasticc::driverCategory() {
  static cl::OptionCategory category("plasticc options");
  return category;
}
static cl::OptionCategory &driverCategory = plasticc::driverCategory();

static cl::opt<std::string> inputFile(cl::Positional,
                                      cl::desc("<network.mlir>"), cl::Required,
                                      cl::cat(driverCategory));
static cl::opt<std::string> outputFile("o", cl::desc("Output file"),
                                       cl::value_desc("path"),
                                       cl::cat(driverCategory));
static cl::opt<std::string> target("target", cl::desc("Target to compile for"),
                                   cl::init("cpu"), cl::cat(driverCategory));
static cl::opt<std::string>
    numerics("numerics", cl::desc("Numeric mode: float (f64) or fixed"),
             cl::init("float"), cl::cat(driverCategory));
static cl::opt<std::string>
    emit("emit",
         cl::desc("Stop after: mlir (loops), llvm (LLVM IR), obj (object "
                  "file), lib (shared library), exe (default)"),
         cl::init("exe"), cl::cat(driverCategory));
static cl::opt<std::string> mcpu("mcpu",
                                 cl::desc("CPU to tune and vectorise for "
                                          "(native, or an LLVM CPU name)"),
                                 cl::init("native"), cl::cat(driverCategory));
static cl::opt<std::string>
    inputDir("input-dir",
             cl::desc("Directory for relative #snn.file paths (default: the "
                      "network file's directory)"),
             cl::cat(driverCategory));
static cl::opt<std::string>
    runtimeDir("runtime-dir",
               cl::desc("Directory of libplasticc_runtime.a (default: "
                        "<driver>/../lib)"),
               cl::cat(driverCategory));
static cl::opt<std::string> linker("linker",
                                   cl::desc("C compiler used as link driver"),
                                   cl::init("cc"), cl::cat(driverCategory));
static cl::opt<int64_t> coreNeurons(
    "core-neurons",
    cl::desc("Most neurons one learning core takes (a power of two, 4 .. "
             "1024); a larger population runs as slices over several cores"),
    cl::init(1024), cl::cat(driverCategory));
static cl::opt<bool> timing("timing", cl::desc("Print the time of each stage"),
                            cl::cat(driverCategory));

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  std::string targetList;
  for (auto &t : plasticc::getTargets())
    targetList += "\n  " + t.name + " - " + t.description;
  cl::HideUnrelatedOptions(driverCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "plasticc: compile a spiking network\n\ntargets:" + targetList + "\n");

  const plasticc::TargetInfo *chosen = nullptr;
  for (auto &t : plasticc::getTargets())
    if (t.name == target)
      chosen = &t;
  if (!chosen) {
    errs() << "plasticc: unknown target '" << target << "' (available:";
    for (auto &t : plasticc::getTargets())
      errs() << " " << t.name;
    errs() << ")\n";
    return 1;
  }
  if (numerics != "float" && numerics != "fixed") {
    errs() << "plasticc: --numerics must be float or fixed, not '" << numerics
           << "'\n";
    return 1;
  }

  // The hardware targets run the core, whose numerics are fixed point.
  if (chosen->name != "cpu" && numerics.getNumOccurrences() &&
      numerics != "fixed") {
    errs() << "plasticc: --target=" << chosen->name
           << " runs the fixed-point semantics; --numerics=" << numerics
           << " applies to --target=cpu only\n";
    return 1;
  }

  if (coreNeurons < 4 || coreNeurons > 1024 ||
      (coreNeurons & (coreNeurons - 1)) != 0) {
    errs() << "plasticc: --core-neurons must be a power of two from 4 to "
              "1024, not "
           << coreNeurons << "\n";
    return 1;
  }

  plasticc::DriverOptions options;
  options.input = inputFile;
  options.output = outputFile;
  options.emit = emit;
  options.numerics = numerics;
  options.cpu = mcpu;
  options.inputDir = inputDir;
  options.linker = linker;
  options.timing = timing;
  options.coreNeurons = coreNeurons;
  options.runtimeDir = runtimeDir;
  if (options.runtimeDir.empty()) {
    std::string exe =
        sys::fs::getMainExecutable(argv[0], reinterpret_cast<void *>(&main));
    SmallString<256> dir(sys::path::parent_path(sys::path::parent_path(exe)));
    sys::path::append(dir, "lib");
    options.runtimeDir = std::string(dir);
  }

  mlir::MLIRContext context;
  context.loadDialect<mlir::snn::SnnDialect, mlir::func::FuncDialect,
                      mlir::arith::ArithDialect>();
  SourceMgr sourceMgr;
  // Located errors are enough; the generic op dump adds noise for users.
  context.printOpOnDiagnostic(false);
  mlir::SourceMgrDiagnosticHandler handler(sourceMgr, &context);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceFile<mlir::ModuleOp>(inputFile, sourceMgr, &context);
  if (!module)
    return 1; // the parser or verifier has printed a located error
  return failed(chosen->run(*module, options)) ? 1 : 0;
}
