//===- sim_harness.h - What the --target=verilator simulators share -*- C++ -*-===//
//
// The simulator of a compiled core (core_sim.cpp) and of a compiled system
// (system_sim.cpp) take the same command line, clock their Verilated model
// the same way, stop a model that makes no progress the same way and derive
// synaptic operations from the same per-axon synapse counts, which a pruning
// core changes (docs/core.md §11); this header holds that once.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_VERILATOR_SIM_HARNESS_H
#define PLASTICC_SIM_VERILATOR_SIM_HARNESS_H

#include "sim/golden/cli.h"
#include "sim/golden/config_bus.h"
#include "sim/golden/image.h"
#include "sim/golden/numerics/stdp.h"
#include "sim/verilator/core_bus.h"

#include "verilated.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

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

/// Existing synapses (w != -128) of each axon of one core, step by step:
/// what one delivered spike costs in synaptic operations (the sweep visits
/// only existing synapses). Learning never makes a synapse absent; pruning
/// does, after the sweep of a pruning step (docs/core.md §11), so the
/// counts of step t + 1 on come from the weights the RTL holds after step
/// t. readAfterStep() reads them over the bus on the steps the core's own
/// countdown (register 46) says it pruned -- what the hardware did, not
/// what the golden model would do.
class SynapseCounts {
public:
  SynapseCounts(const golden::CoreImage &img, const CoreFeatures &has)
      : neurons(img.neurons), plasticRows(img.plasticRows()),
        every(has.prune ? img.pruneEvery : 0) {
    std::vector<uint32_t> count(img.axons, 0);
    for (uint32_t i = 0; i < img.axons; ++i)
      for (uint32_t j = 0; j < img.neurons; ++j)
        count[i] += img.weight(i, j) != golden::kNoSynapse;
    versions.emplace_back(0, std::move(count));
  }

  /// True if the core may prune, so readAfterStep() must follow each step.
  bool mayPrune() const { return every != 0; }

  /// After step \p step finished (the core idle, before the next tick):
  /// reads the prune countdown C; if the step pruned (C was reloaded to
  /// E - 1 at its tick), reads rows < P back and updates the counts from
  /// step + 1 on. Returns false with \p error if a read stalls.
  template <class Model>
  bool readAfterStep(CoreBus<Model> &bus, uint64_t step, std::string &error) {
    if (!mayPrune())
      return true;
    std::vector<uint16_t> words;
    if (!bus.readBurst(Region::Param, 1, words, error,
                       golden::kRegPruneCountdown))
      return false;
    if (words[0] != every - 1)
      return true;
    if (!bus.readBurst(Region::Weight, plasticRows * neurons, words, error))
      return false;
    std::vector<uint32_t> count = versions.back().second;
    for (uint32_t i = 0; i < plasticRows; ++i) {
      count[i] = 0;
      for (uint32_t j = 0; j < neurons; ++j)
        count[i] += int8_t(uint8_t(words[size_t(i) * neurons + j])) !=
                    golden::kNoSynapse;
    }
    if (count != versions.back().second)
      versions.emplace_back(step + 1, std::move(count));
    return true;
  }

  /// Synaptic operations of delivering each axon of \p axons (distinct,
  /// < M) in step \p step.
  template <class Axons> uint64_t ops(uint64_t step, const Axons &axons) const {
    auto it = std::upper_bound(
        versions.begin(), versions.end(), step,
        [](uint64_t s, const auto &v) { return s < v.first; });
    const std::vector<uint32_t> &count = std::prev(it)->second;
    uint64_t sum = 0;
    for (uint32_t a : axons)
      if (a < count.size())
        sum += count[a];
    return sum;
  }

private:
  uint32_t neurons, plasticRows, every;
  /// (first step, per-axon counts from that step on), steps ascending.
  std::vector<std::pair<uint64_t, std::vector<uint32_t>>> versions;
};

} // namespace plasticc::cosim

#endif // PLASTICC_SIM_VERILATOR_SIM_HARNESS_H
