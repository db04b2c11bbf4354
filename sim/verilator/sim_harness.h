//===- sim_harness.h - What the --target=verilator simulators share -*- C++ -*-===//
//
// The simulator of a compiled core (core_sim.cpp) and of a compiled system
// (system_sim.cpp) take the same command line, clock their Verilated model
// the same way and stop a model that makes no progress the same way; this
// header holds that once.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_VERILATOR_SIM_HARNESS_H
#define PLASTICC_SIM_VERILATOR_SIM_HARNESS_H

#include "sim/golden/cli.h"

#include "verilated.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace plasticc::cosim {

/// A Verilated top with its context and a cycle counter.
template <class Model> struct ClockedModel {
  ClockedModel() : ctx(std::make_unique<VerilatedContext>()) {
    ctx->randReset(0);
    top = std::make_unique<Model>(ctx.get(), "top");
  }
  ~ClockedModel() { top->final(); }

  void clock() {
    top->clk_i = 0;
    top->eval();
    ctx->timeInc(1);
    top->clk_i = 1;
    top->eval();
    ctx->timeInc(1);
    ++cycle;
  }

  std::unique_ptr<VerilatedContext> ctx;
  std::unique_ptr<Model> top;
  uint64_t cycle = 0;
};

/// Cycles without progress (no input taken, no tick, no output, no step
/// finished) after which a simulator gives up on the model.
constexpr uint64_t kStallLimit = 10000000;

/// The command line of a --target=verilator simulator:
///   <name>-sim [INPUTS] [-o OUTDIR] [--steps=N] [--image DIR]
///              [--modulator FILE]
struct SimArgs {
  std::string outDir = "plasticc-sim-out", image, inputs, modulator;
  long long steps = -1; ///< -1: up to the last listed step.
  bool help = false;
};

/// Parses argv into \p args (defaults already in it). Returns an empty
/// string, or what is wrong with the command line.
inline std::string parseSimArgs(int argc, char **argv, SimArgs &args) {
  std::string inputs;
  for (int k = 1; k < argc; ++k) {
    std::string arg = argv[k], stepsText;
    auto value = [&](const std::string &flag, std::string &dst) {
      return golden::flagValue(argc, argv, k, flag, dst);
    };
    if (value("-o", args.outDir) || value("--image", args.image) ||
        value("--modulator", args.modulator))
      continue;
    if (value("--steps", stepsText)) {
      char *end = nullptr;
      args.steps = std::strtoll(stepsText.c_str(), &end, 10);
      if (stepsText.empty() || *end != '\0' || args.steps < 0)
        return "--steps needs a non-negative integer";
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      args.help = true;
      return "";
    }
    if (arg.rfind("+verilator", 0) == 0)
      continue;
    if (!arg.empty() && arg[0] == '-')
      return "unknown option '" + arg + "'";
    if (!inputs.empty())
      return "too many arguments";
    inputs = arg;
  }
  if (!inputs.empty())
    args.inputs = inputs;
  return "";
}

} // namespace plasticc::cosim

#endif // PLASTICC_SIM_VERILATOR_SIM_HARNESS_H
