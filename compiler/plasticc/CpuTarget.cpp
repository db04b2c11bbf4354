//===- CpuTarget.cpp - --target=cpu: native code through LLVM -------------===//
//
// Part of plasticc. snn -> loops (SnnToLoops; with --numerics=fixed snn ->
// core (SnnToCore) -> loops (CoreToLoops)) -> LLVM dialect (MLIR's
// standard conversions) -> LLVM IR -> O3 for the host CPU -> object file
// (LLVM's TargetMachine), then the system C compiler as link driver against
// runtime/ for an executable or a shared library.
//
//===----------------------------------------------------------------------===//

#include "compiler/CoreToLoops/Passes.h"
#include "compiler/Passes.h"
#include "compiler/SnnToLoops/Passes.h"
#include "compiler/plasticc/Target.h"
#include "core/CoreDialect.h"
#include "snn/SnnOps.h"

#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVMPass.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/Passes.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Conversion/VectorToLLVM/ConvertVectorToLLVMPass.h"
#include "mlir/Conversion/VectorToSCF/VectorToSCF.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "mlir/Transforms/Passes.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"

#include <chrono>

using namespace mlir;
using plasticc::DriverOptions;

namespace {

/// Prints how long a stage took when --timing is given.
class StageTimer {
public:
  StageTimer(const DriverOptions &options, llvm::StringRef stage)
      : enabled(options.timing), stage(stage.str()),
        start(std::chrono::steady_clock::now()) {}
  ~StageTimer() {
    if (!enabled)
      return;
    std::chrono::duration<double> d = std::chrono::steady_clock::now() - start;
    llvm::errs() << "plasticc: " << stage << ": "
                 << llvm::format("%.3f", d.count()) << " s\n";
  }

private:
  bool enabled;
  std::string stage;
  std::chrono::steady_clock::time_point start;
};

/// The output path: -o, else the input's stem plus `suffix`.
std::string outputPath(const DriverOptions &options, llvm::StringRef suffix) {
  if (!options.output.empty())
    return options.output;
  llvm::SmallString<256> path(llvm::sys::path::stem(options.input));
  path += suffix;
  return std::string(path);
}

LogicalResult writeText(llvm::StringRef path,
                        llvm::function_ref<void(llvm::raw_ostream &)> write) {
  std::error_code ec;
  llvm::ToolOutputFile out(path, ec, llvm::sys::fs::OF_Text);
  if (ec) {
    llvm::errs() << "plasticc: cannot write " << path << ": " << ec.message()
                 << "\n";
    return failure();
  }
  write(out.os());
  out.keep();
  return success();
}

/// snn -> func/scf/memref/arith, cleaned up.
LogicalResult lowerToLoops(ModuleOp module, const DriverOptions &options) {
  StageTimer timer(options, "snn to loops");
  PassManager pm(module.getContext());
  snn::ConvertSnnToLoopsOptions passOptions;
  passOptions.inputDir = options.inputDir;
  pm.addPass(snn::createConvertSnnToLoops(passOptions));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  return pm.run(module);
}

/// Fixed mode: snn -> core (quantize and map onto one learning core per
/// population, with its located refusals) -> loops that run the golden
/// system's step.
LogicalResult lowerFixedToLoops(ModuleOp module, const DriverOptions &options) {
  StageTimer timer(options, "snn to core to loops");
  // The cores run the populations; a spikes probe of an input source has
  // nothing on a core to record.
  bool ok = true;
  module.walk([&](snn::ProbeOp probe) {
    if (probe.getKind() == snn::ProbeKind::spikes &&
        !probe.getTarget().getDefiningOp<snn::PopulationOp>()) {
      probe.emitError("--numerics=fixed records the spikes of the core's "
                      "population only, not of an input source");
      ok = false;
    }
  });
  if (!ok)
    return failure();
  module.getContext()->loadDialect<core::CoreDialect>();
  PassManager pm(module.getContext());
  plasticc::ConvertSnnToCoreOptions convert;
  convert.coreNeurons = options.coreNeurons;
  pm.addPass(plasticc::createConvertSnnToCore(convert));
  pm.addPass(plasticc::createConvertCoreToLoops());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  return pm.run(module);
}

/// Loops -> LLVM dialect with MLIR's standard conversions.
LogicalResult lowerToLLVMDialect(ModuleOp module,
                                 const DriverOptions &options) {
  StageTimer timer(options, "loops to LLVM dialect");
  PassManager pm(module.getContext());
  pm.addPass(createConvertVectorToSCFPass());
  pm.addPass(createConvertSCFToCFPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createConvertVectorToLLVMPass());
  // tanh has no LLVM intrinsic: call libm (linked anyway with -lm).
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  return pm.run(module);
}

/// A TargetMachine for the host (or --mcpu), position independent so that
/// the same object serves executables and shared libraries.
std::unique_ptr<llvm::TargetMachine>
createHostMachine(const DriverOptions &options) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  std::string triple = llvm::sys::getDefaultTargetTriple();
  std::string error;
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target) {
    llvm::errs() << "plasticc: no LLVM target for " << triple << ": " << error
                 << "\n";
    return nullptr;
  }
  std::string cpu = options.cpu;
  std::string features;
  if (cpu == "native") {
    cpu = llvm::sys::getHostCPUName().str();
    llvm::SubtargetFeatures subtarget;
    for (auto &feature : llvm::sys::getHostCPUFeatures())
      subtarget.AddFeature(feature.first(), feature.second);
    features = subtarget.getString();
  }
  llvm::TargetOptions targetOptions;
  return std::unique_ptr<llvm::TargetMachine>(target->createTargetMachine(
      triple, cpu, features, targetOptions, llvm::Reloc::PIC_, std::nullopt,
      llvm::CodeGenOptLevel::Aggressive));
}

/// LLVM's O3 pipeline (loop and SLP vectorisation on) for the machine.
void optimize(llvm::Module &module, llvm::TargetMachine &machine) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PipelineTuningOptions tuning;
  tuning.LoopVectorization = true;
  tuning.SLPVectorization = true;
  llvm::PassBuilder builder(&machine, tuning);
  builder.registerModuleAnalyses(mam);
  builder.registerCGSCCAnalyses(cgam);
  builder.registerFunctionAnalyses(fam);
  builder.registerLoopAnalyses(lam);
  builder.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::ModulePassManager passes =
      builder.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3);
  passes.run(module, mam);
}

LogicalResult emitObject(llvm::Module &module, llvm::TargetMachine &machine,
                         llvm::StringRef path) {
  std::error_code ec;
  llvm::ToolOutputFile out(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    llvm::errs() << "plasticc: cannot write " << path << ": " << ec.message()
                 << "\n";
    return failure();
  }
  llvm::legacy::PassManager passes;
  if (machine.addPassesToEmitFile(passes, out.os(), nullptr,
                                  llvm::CodeGenFileType::ObjectFile)) {
    llvm::errs() << "plasticc: the target cannot emit object files\n";
    return failure();
  }
  passes.run(module);
  out.keep();
  return success();
}

/// Links the network's object with the runtime; the C compiler only acts
/// as the link driver (it compiles nothing).
LogicalResult link(const DriverOptions &options, llvm::StringRef object,
                   llvm::StringRef output, bool shared) {
  StageTimer timer(options, "link");
  llvm::ErrorOr<std::string> cc = llvm::sys::findProgramByName(options.linker);
  if (!cc) {
    llvm::errs() << "plasticc: cannot find the link driver '" << options.linker
                 << "'\n";
    return failure();
  }
  auto lib = [&](llvm::StringRef name) {
    llvm::SmallString<256> path(options.runtimeDir);
    llvm::sys::path::append(path, name);
    return std::string(path);
  };
  std::string runtime = lib("libplasticc_runtime.a");
  if (!llvm::sys::fs::exists(runtime)) {
    llvm::errs() << "plasticc: runtime library " << runtime
                 << " not found (build the plasticc_runtime target, or pass "
                    "--runtime-dir)\n";
    return failure();
  }
  std::vector<std::string> args = {*cc};
  if (shared) {
    // Keep every runtime entry point: nothing in the object references them.
    args.insert(args.end(),
                {"-shared", "-o", output.str(), object.str(),
                 "-Wl,--whole-archive", runtime, "-Wl,--no-whole-archive"});
  } else {
    args.insert(args.end(), {"-o", output.str(), object.str(),
                             lib("libplasticc_main.a"), runtime});
  }
  args.push_back("-lm");
  std::vector<llvm::StringRef> argRefs(args.begin(), args.end());
  std::string message;
  int rc =
      llvm::sys::ExecuteAndWait(*cc, argRefs, std::nullopt, {}, 0, 0, &message);
  if (rc != 0) {
    llvm::errs() << "plasticc: linking failed (" << llvm::join(argRefs, " ")
                 << ")" << (message.empty() ? "" : ": ") << message << "\n";
    return failure();
  }
  return success();
}

LogicalResult runCpuTarget(ModuleOp module, const DriverOptions &options) {
  llvm::StringRef emit = options.emit;
  if (!llvm::is_contained({"mlir", "llvm", "obj", "lib", "exe"}, emit)) {
    llvm::errs() << "plasticc: --emit must be mlir, llvm, obj, lib or exe, "
                    "not '"
                 << emit << "'\n";
    return failure();
  }
  if (failed(options.numerics == "fixed" ? lowerFixedToLoops(module, options)
                                         : lowerToLoops(module, options)))
    return failure();
  if (emit == "mlir")
    return writeText(outputPath(options, ".loops.mlir"),
                     [&](llvm::raw_ostream &os) { module.print(os); });

  if (failed(lowerToLLVMDialect(module, options)))
    return failure();
  DialectRegistry registry;
  registerBuiltinDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
  module.getContext()->appendDialectRegistry(registry);

  std::unique_ptr<llvm::TargetMachine> machine = createHostMachine(options);
  if (!machine)
    return failure();
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule;
  {
    StageTimer timer(options, "translate to LLVM IR");
    llvmModule = translateModuleToLLVMIR(module, llvmContext);
  }
  if (!llvmModule) {
    llvm::errs() << "plasticc: translation to LLVM IR failed\n";
    return failure();
  }
  llvmModule->setTargetTriple(machine->getTargetTriple().str());
  llvmModule->setDataLayout(machine->createDataLayout());
  {
    StageTimer timer(options, "LLVM O3");
    optimize(*llvmModule, *machine);
  }
  if (emit == "llvm")
    return writeText(outputPath(options, ".ll"), [&](llvm::raw_ostream &os) {
      llvmModule->print(os, nullptr);
    });

  std::string output = outputPath(options, emit == "obj"   ? ".o"
                                           : emit == "lib" ? ".so"
                                                           : "");
  std::string object = emit == "obj" ? output : output + ".o";
  {
    StageTimer timer(options, "codegen");
    if (failed(emitObject(*llvmModule, *machine, object)))
      return failure();
  }
  if (emit == "obj")
    return success();
  LogicalResult linked = link(options, object, output, emit == "lib");
  llvm::sys::fs::remove(object);
  return linked;
}

plasticc::TargetRegistration cpuTarget(
    "cpu",
    "native executable or shared library through LLVM (float mode, or "
    "--numerics=fixed: bit-identical to the golden model)",
    runCpuTarget);

} // namespace
