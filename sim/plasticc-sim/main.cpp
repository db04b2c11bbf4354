//===- main.cpp - plasticc-sim: run a core image ---------------------------===//
//
// plasticc-sim --model=golden <image> <input spikes> [-o outdir]
//              [--steps=N] [--commit-log FILE] [--modulator FILE]
//
// Writes <outdir>/spikes.txt, state.txt and the memories (weights.hex,
// state_*.hex, trace_pre.hex, loadable as a core image's memories). Exit
// status 0 on success, 1 on bad input (with a file:line: message), 2 on a
// bad command line.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/cli.h"
#include "sim/golden/core_model.h"
#include "sim/golden/spike_io.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

using namespace plasticc::golden;

namespace {

int usage(const std::string &msg) {
  if (!msg.empty())
    std::cerr << "plasticc-sim: " << msg << "\n";
  std::cerr << "usage: plasticc-sim --model=golden <image> <input spikes> "
               "[-o outdir] [--steps=N] [--commit-log FILE] "
               "[--modulator FILE] [--stats]\n";
  return 2;
}

int fail(const std::string &msg) {
  std::cerr << "plasticc-sim: error: " << msg << "\n";
  return 1;
}

} // namespace

int main(int argc, char **argv) {
  std::string model, outDir = "plasticc-sim-out", commitLog, modulatorFile;
  std::string positional[2];
  unsigned npos = 0;
  long long steps = -1;
  bool stats = false;
  for (int k = 1; k < argc; ++k) {
    std::string arg = argv[k];
    auto value = [&](const std::string &flag, std::string &dst) {
      return plasticc::golden::flagValue(argc, argv, k, flag, dst);
    };
    std::string stepsText;
    if (value("--model", model) || value("-o", outDir) ||
        value("--commit-log", commitLog) ||
        value("--modulator", modulatorFile))
      continue;
    if (value("--steps", stepsText)) {
      char *end = nullptr;
      steps = std::strtoll(stepsText.c_str(), &end, 10);
      if (*end != '\0' || steps < 0)
        return usage("--steps needs a non-negative integer");
      continue;
    }
    if (arg == "--stats") {
      stats = true;
      continue;
    }
    if (arg == "-h" || arg == "--help")
      return usage(""), 0;
    if (!arg.empty() && arg[0] == '-')
      return usage("unknown option '" + arg + "'");
    if (npos == 2)
      return usage("too many arguments");
    positional[npos++] = arg;
  }
  if (npos != 2)
    return usage("need a core image and an input spike file");
  if (model.empty())
    model = "golden";
  if (model != "golden")
    return usage("only --model=golden is available");

  std::string error;
  CoreImage image;
  if (!loadCoreImage(positional[0], image, error))
    return fail(error);
  SpikeSchedule schedule;
  if (!readInputSpikes(positional[1], image.axons, schedule, error))
    return fail(error);
  ModulatorSchedule modulator;
  if (!modulatorFile.empty() &&
      !readModulator(modulatorFile, modulator, error))
    return fail(error);
  const uint64_t numSteps = steps >= 0 ? uint64_t(steps) : schedule.size();

  std::error_code ec;
  std::filesystem::create_directories(outDir, ec);
  if (ec)
    return fail(outDir + ":0: cannot create output directory: " +
                ec.message());
  std::ofstream logStream;
  std::unique_ptr<CommitLogWriter> log;
  if (!commitLog.empty()) {
    logStream.open(commitLog);
    if (!logStream)
      return fail(commitLog + ":0: cannot write commit log");
    logStream << "# cycle tick kind index [index2] value\n";
    log = std::make_unique<CommitLogWriter>(logStream);
  }

  CoreModel core(std::move(image));
  std::vector<std::pair<uint64_t, uint32_t>> outSpikes;
  uint64_t synOps = 0, cycles = 0;
  StepStats phases; // summed over the run, for --stats
  size_t nextModulator = 0;
  const auto start = std::chrono::steady_clock::now();
  for (uint64_t t = 0; t < numSteps; ++t) {
    if (nextModulator < modulator.size() &&
        modulator[nextModulator].first == t)
      core.setModulator(modulator[nextModulator++].second);
    if (t < schedule.size())
      for (uint32_t axon : schedule[t])
        if (!core.pushInput(axon))
          return fail(positional[1] + ":0: step " + std::to_string(t) +
                      " has more input spikes than the input FIFO holds (" +
                      std::to_string(CoreTiming::kInputFifoDepth) + ")");
    const StepStats &s = core.step(log.get());
    synOps += s.synapticOps;
    cycles += s.totalCycles();
    phases.gatherCycles += s.gatherCycles;
    phases.eventCycles += s.eventCycles;
    phases.neuronCycles += s.neuronCycles;
    phases.learnCycles += s.learnCycles;
    phases.sweepCycles += s.sweepCycles;
    for (uint32_t j : core.outputSpikes())
      outSpikes.emplace_back(t, j);
  }

  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  namespace fs = std::filesystem;
  if (!writeOutputSpikes((fs::path(outDir) / "spikes.txt").string(),
                         outSpikes, error) ||
      !writeStateTable((fs::path(outDir) / "state.txt").string(), core,
                       error) ||
      !writeMemories(outDir, core.image(), error))
    return fail(error);
  std::cout << "plasticc-sim: " << numSteps << " steps, " << outSpikes.size()
            << " output spikes, " << synOps << " synaptic ops, " << cycles
            << " core cycles"
            << (core.recurrentOverflow() ? " (recurrent FIFO overflowed)" : "")
            << "\n";
  if (stats) {
    // Per phase of docs/core.md §3 (the rest of each step is the tick
    // cycle); the RTL is cycle-identical, so these are its figures too.
    auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    std::printf("plasticc-sim: cycles by phase: gather %llu, event %llu, "
                "neuron %llu, learn %llu, sweep %llu; event phase %.3f "
                "synaptic ops/cycle\n",
                (unsigned long long)phases.gatherCycles,
                (unsigned long long)phases.eventCycles,
                (unsigned long long)phases.neuronCycles,
                (unsigned long long)phases.learnCycles,
                (unsigned long long)phases.sweepCycles,
                ratio(double(synOps), double(phases.eventCycles)));
    std::printf("plasticc-sim: %.3f s for the steps: %.0f steps/s, %.0f core "
                "cycles/s\n",
                seconds, ratio(double(numSteps), seconds),
                ratio(double(cycles), seconds));
  }
  return 0;
}
