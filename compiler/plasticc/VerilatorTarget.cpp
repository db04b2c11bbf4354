//===- VerilatorTarget.cpp - --target=verilator -----------------*- C++ -*-===//
//
// Part of plasticc. Everything --target=verilog writes, plus a simulator of
// each compiled core: the Verilog top Verilated (`verilator --cc --exe
// --build`) with the host harness sim/verilator/core_sim.cpp, which loads
// the image over the configuration bus, drives the input spikes over AER and
// writes what plasticc-sim writes. The executable is OUTDIR/<core>-sim; for
// a design of several cores, OUTDIR/<design>-sim of the system top with
// sim/verilator/system_sim.cpp.
//
//===----------------------------------------------------------------------===//

#include "compiler/plasticc/HardwareTarget.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>

using namespace mlir;

namespace {

std::string absolute(llvm::StringRef path) {
  llvm::SmallString<256> abs(path);
  llvm::sys::fs::make_absolute(abs);
  llvm::sys::path::remove_dots(abs, /*remove_dot_dot=*/true);
  return std::string(abs);
}

/// A C string literal of \p s.
std::string quoted(llvm::StringRef s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c;
  }
  return out + "\"";
}

/// Verilates \p top (in \p topPath, over the RTL of \p sourcesList) with
/// \p harness into OUTDIR/\p name; the harness is compiled with
/// \p configHeader from the object directory included first.
LogicalResult verilate(Location loc, llvm::StringRef outDir,
                       llvm::StringRef name, llvm::StringRef top,
                       llvm::StringRef prefix, llvm::StringRef configHeader,
                       llvm::StringRef sourcesList, llvm::StringRef topPath,
                       llvm::StringRef harness,
                       const plasticc::DriverOptions &options) {
  const std::string exe = absolute(outDir.str() + "/" + name.str());
  const std::string objDir = absolute(outDir.str() + "/" + name.str() + ".obj");
  const std::string log =
      absolute(outDir.str() + "/" + name.str() + ".build.log");
  const std::string golden = options.runtimeDir + "/libplasticc-golden.a";
  if (!llvm::sys::fs::exists(golden))
    return emitError(loc) << "the golden model library '" << golden
                          << "' is missing (build target plasticc-golden, "
                             "or pass --runtime-dir)";
  std::vector<std::string> args = {
      "--cc", "--exe", "--build", "-j", "1",
      // Same checks as the lockstep co-simulation's builds.
      "--assert", "-Wno-fatal", "-Wno-lint", "-Wno-style",
      "--top-module", top.str(), "--prefix", prefix.str(), "-Mdir", objDir,
      "-o", exe,
      "-CFLAGS", "-std=c++17 -include " + configHeader.str() +
                     " -I" PLASTICC_SRC_DIR,
      "-f", absolute(sourcesList), absolute(topPath),
      harness.str(), golden};
  // The Verilator runtime and harness sources are the same in every build;
  // with ccache they compile once.
  if (llvm::sys::findProgramByName("ccache"))
    args.insert(args.begin() + 3, {"-MAKEFLAGS", "OBJCACHE=ccache"});
  llvm::outs() << "plasticc: building the simulator " << name
               << " (verilator --cc --exe --build), log in " << log << "\n";
  llvm::outs().flush();
  const auto start = std::chrono::steady_clock::now();
  if (failed(plasticc::runLogged(
          loc, "verilator build of " + name.str(), "verilator", args, log,
          "--target=verilator needs Verilator 5 (Debian: apt-get install "
          "verilator; scripts/setup installs it)")))
    return failure();
  if (!llvm::sys::fs::can_execute(exe))
    return emitError(loc) << "verilator reported success but did not write '"
                          << exe << "'; log in " << log;
  const double secs = std::chrono::duration<double>(
                          std::chrono::steady_clock::now() - start)
                          .count();
  llvm::outs() << "plasticc: simulator " << exe << " built in "
               << llvm::format("%.1f", secs) << " s; run it as " << exe
               << " [INPUTS] -o OUT --steps=N\n";
  return success();
}

LogicalResult buildSimulator(const plasticc::CompiledCore &c,
                             const plasticc::DriverOptions &options) {
  const std::string name = c.core + "-sim";
  const std::string objDir = absolute(c.outDir + "/" + name + ".obj");
  if (std::error_code ec = llvm::sys::fs::create_directories(objDir))
    return emitError(c.loc) << "cannot create '" << objDir
                            << "': " << ec.message();
  // What the harness is compiled for; a header in the object directory
  // (on verilator's include path) keeps quoting out of make.
  {
    std::error_code ec;
    llvm::raw_fd_ostream config(objDir + "/core_sim_config.h", ec);
    if (ec)
      return emitError(c.loc) << "cannot write '" << objDir
                              << "/core_sim_config.h': " << ec.message();
    config << "// Generated by plasticc --target=verilator.\n"
           << "#define CORE_SIM_NAME " << quoted(name) << "\n"
           << "#define CORE_SIM_IMAGE " << quoted(absolute(c.imageDir))
           << "\n"
           << "#define CORE_SIM_INPUTS " << quoted(absolute(c.inputsPath))
           << "\n"
           << "#define CORE_SIM_N " << c.neurons << "\n"
           << "#define CORE_SIM_M " << c.axons << "\n"
           << "#define CORE_SIM_EN_STDP " << int(c.stdp) << "\n"
           << "#define CORE_SIM_EN_CUBA " << int(c.cuba) << "\n"
           << "#define CORE_SIM_EN_ADAPTIVE " << int(c.adaptive) << "\n"
           << "#define CORE_SIM_EN_MULT " << int(c.multiplicative) << "\n"
           << "#define CORE_SIM_EN_RECURRENT " << int(c.recurrent) << "\n"
           << "#define CORE_SIM_EN_INH " << int(c.inhCurrent) << "\n"
           << "#define CORE_SIM_EN_TF " << int(c.threeFactor) << "\n"
           << "#define CORE_SIM_EN_HEBB " << int(c.hebbian) << "\n"
           << "#define CORE_SIM_EN_STATIC " << int(c.staticRows) << "\n"
           << "#define CORE_SIM_EN_OJA " << int(c.oja) << "\n"
           << "#define CORE_SIM_EN_PRUNE " << int(c.prune) << "\n";
  }
  return verilate(c.loc, c.outDir, name, c.topName, "Vcore",
                  "core_sim_config.h", c.sourcesList, c.topPath,
                  PLASTICC_CORE_SIM_SOURCE, options);
}

/// The simulator of a system: the system top Verilated with
/// sim/verilator/system_sim.cpp, which loads the system image over the
/// 24-bit bus and writes what plasticc-sim writes for a system.
LogicalResult buildSystemSimulator(const plasticc::CompiledSystem &s,
                                   const plasticc::DriverOptions &options) {
  const std::string name = s.network + "-sim";
  const std::string objDir = absolute(s.outDir + "/" + name + ".obj");
  std::error_code ec;
  if ((ec = llvm::sys::fs::create_directories(objDir)))
    return emitError(s.loc) << "cannot create '" << objDir
                            << "': " << ec.message();
  llvm::raw_fd_ostream config(objDir + "/system_sim_config.h", ec);
  if (ec)
    return emitError(s.loc) << "cannot write '" << objDir
                            << "/system_sim_config.h': " << ec.message();
  config << "// Generated by plasticc --target=verilator.\n"
         << "#define SYSTEM_SIM_NAME " << quoted(name) << "\n"
         << "#define SYSTEM_SIM_IMAGE " << quoted(absolute(s.imageDir)) << "\n"
         << "#define SYSTEM_SIM_INPUTS " << quoted(absolute(s.inputsPath))
         << "\n"
         << "#define SYSTEM_SIM_ROUTE_DEPTH " << s.routeDepth << "\n"
         << "// Per core: N, M, EnStdp, EnCuba, EnAdaptive, EnMultiplicative,\n"
         << "// EnRecurrent, EnInhCurrent, EnThreeFactor, EnHebbian, EnStaticRows,\n"
         << "// EnOja, EnPrune.\n"
         << "#define SYSTEM_SIM_CORES { \\\n";
  for (const plasticc::CompiledCore &c : s.cores)
    config << "  {" << c.neurons << ", " << c.axons << ", " << int(c.stdp)
           << ", " << int(c.cuba) << ", " << int(c.adaptive) << ", "
           << int(c.multiplicative) << ", " << int(c.recurrent) << ", "
           << int(c.inhCurrent) << ", " << int(c.threeFactor) << ", "
           << int(c.hebbian) << ", " << int(c.staticRows) << ", " << int(c.oja)
           << ", " << int(c.prune) << "}, /* @"
           << c.core << " */ \\\n";
  config << "}\n";
  config.close();
  return verilate(s.loc, s.outDir, name, s.topName, "Vsystem",
                  "system_sim_config.h", s.sourcesList, s.topPath,
                  PLASTICC_SYSTEM_SIM_SOURCE, options);
}

LogicalResult emitVerilator(ModuleOp module,
                            const plasticc::DriverOptions &options) {
  std::vector<plasticc::CompiledCore> cores;
  std::vector<plasticc::CompiledSystem> systems;
  if (failed(plasticc::compileToVerilog(module, options, ".verilator", cores,
                                        systems)))
    return failure();
  for (const plasticc::CompiledCore &c : cores)
    if (failed(buildSimulator(c, options)))
      return failure();
  for (const plasticc::CompiledSystem &s : systems)
    if (failed(buildSystemSimulator(s, options)))
      return failure();
  return success();
}

} // namespace

static plasticc::TargetRegistration
    registration("verilator",
                 "everything of --target=verilog plus a Verilator simulator "
                 "of the core (OUTDIR/<core>-sim) or of the system "
                 "(OUTDIR/<design>-sim); runs like plasticc-sim",
                 emitVerilator);
