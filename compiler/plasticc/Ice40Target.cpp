//===- Ice40Target.cpp - --target=ice40-up5k --------------------*- C++ -*-===//
//
// Part of plasticc. Everything --target=verilog writes, plus the iCEBreaker
// bitstream of the board top (UART bridge + the core with exactly this
// network's size and features) and its resource/timing report. The flow
// itself (yosys, nextpnr-ice40, icepack, the report, the "does not fit" and
// timing checks) is scripts/build-ice40, the one implementation; this target
// refuses early what cannot fit and runs the script with the network's
// parameters.
//
//===----------------------------------------------------------------------===//

#include "compiler/plasticc/HardwareTarget.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace {

/// The size limits that hold for every hardware target are checked by
/// compileToVerilog; what else does not fit the UP5K, nextpnr reports.
LogicalResult buildBitstream(const plasticc::CompiledCore &c) {
  auto flag = [](bool b) { return std::string(b ? "1" : "0"); };
  // With cuba_lif or the adaptive threshold the core needs more SB_MAC16
  // than the UP5K has unless the trace decays share theirs.
  const bool shareMul = c.cuba || c.adaptive;
  std::vector<std::string> args = {
      "--neurons", std::to_string(c.neurons),
      "--axons", std::to_string(c.axons),
      "--stdp", flag(c.stdp),
      "--cuba", flag(c.cuba),
      "--adaptive", flag(c.adaptive),
      "--multiplicative", flag(c.multiplicative),
      "--recurrent", flag(c.recurrent),
      "--inh-current", flag(c.inhCurrent),
      "--three-factor", flag(c.threeFactor),
      "--hebbian", flag(c.hebbian),
      "--static-rows", flag(c.staticRows),
      "--oja", flag(c.oja),
      "--prune", flag(c.prune),
      "--share-mul", flag(shareMul),
      "--name", c.network,
      c.outDir};
  llvm::ErrorOr<std::string> bash = llvm::sys::findProgramByName("bash");
  if (!bash)
    return emitError(c.loc) << "--target=ice40-up5k runs " PLASTICC_BUILD_ICE40
                               " with bash, which is not on PATH";
  llvm::SmallVector<llvm::StringRef> argv = {*bash, PLASTICC_BUILD_ICE40};
  for (const std::string &a : args)
    argv.push_back(a);
  llvm::outs() << "plasticc: building the iCEBreaker bitstream of @"
               << c.network << " (" << c.axons << " axons x " << c.neurons
               << " neurons) with " PLASTICC_BUILD_ICE40 "\n";
  llvm::outs().flush();
  // The script prints a progress line per stage and, on failure, what went
  // wrong with the numbers; its tools' logs stay in the output directory.
  std::string message;
  int rc = llvm::sys::ExecuteAndWait(*bash, argv, std::nullopt, {}, 0, 0,
                                     &message);
  if (rc != 0)
    return emitError(c.loc)
           << "--target=ice40-up5k: the FPGA flow failed ("
           << (rc < 0 ? message : "exit status " + std::to_string(rc))
           << "; see the build-ice40 message above and the logs in "
           << c.outDir << ")";
  llvm::outs() << "plasticc: bitstream " << c.outDir << "/" << c.network
               << ".bin, report " << c.outDir << "/report.txt\n";
  return success();
}

LogicalResult emitIce40(ModuleOp module,
                        const plasticc::DriverOptions &options) {
  std::vector<plasticc::CompiledCore> cores;
  std::vector<plasticc::CompiledSystem> systems;
  if (failed(plasticc::compileToVerilog(module, options, ".ice40", cores,
                                        systems)))
    return failure();
  // The board top is one core behind the UART bridge, whose frames carry a
  // 20-bit core address; a system needs the 24-bit system address (router
  // at target 15), the system AER ports (core of each spike) and a host
  // that loads system images. The Verilog of the system is written, and
  // the golden model and --target=verilator run it.
  for (const plasticc::CompiledSystem &s : systems)
    return emitError(s.loc)
           << "--target=ice40-up5k builds one core behind the UART bridge; @"
           << s.network << " maps onto " << s.cores.size()
           << " cores with a router, and the bridge (rtl/boards/icebreaker/"
              "plasticc_uart_bridge.sv) has no 24-bit system address, no "
              "core field in its spike frames and plasticc-host no system "
              "image loader (docs/core.md §10.5). The system top and image "
              "are in "
           << s.outDir << " (" << s.topName
           << ".sv); --target=verilator simulates them";
  for (const plasticc::CompiledCore &c : cores)
    if (failed(buildBitstream(c)))
      return failure();
  return success();
}

} // namespace

static plasticc::TargetRegistration
    registration("ice40-up5k",
                 "everything of --target=verilog plus the iCEBreaker "
                 "bitstream (OUTDIR/<network>.bin) and report.txt, through "
                 "scripts/build-ice40",
                 emitIce40);
