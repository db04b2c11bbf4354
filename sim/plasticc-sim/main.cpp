//===- main.cpp - plasticc-sim: run a core or system image -----------------===//
//
// plasticc-sim --model=golden <image> <input spikes> [-o outdir]
//              [--steps=N] [--commit-log FILE] [--modulator FILE] [--stats]
//
// A core image: writes <outdir>/spikes.txt, state.txt and the memories
// (weights.hex, state_*.hex, trace_pre.hex, loadable as a core image's
// memories). A system image (docs/core.md §10.3): <outdir>/spikes.txt with
// the core of every spike, and one subdirectory per core holding what a
// core run writes. Exit status 0 on success, 1 on bad input (with a
// file:line: message), 2 on a bad command line.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/cli.h"
#include "sim/golden/core_model.h"
#include "sim/golden/spike_io.h"
#include "sim/golden/system_model.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <tuple>

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

struct Options {
  std::string image, spikes, outDir, commitLog, modulatorFile;
  long long steps = -1;
  bool stats = false;
};

double ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

/// Adds the phase cycles of \p s to \p sum (for --stats).
void addPhases(StepStats &sum, const StepStats &s) {
  sum.gatherCycles += s.gatherCycles;
  sum.eventCycles += s.eventCycles;
  sum.neuronCycles += s.neuronCycles;
  sum.learnCycles += s.learnCycles;
  sum.sweepCycles += s.sweepCycles;
  sum.pruneCycles += s.pruneCycles;
}

int runCore(const Options &o);
int runSystem(const Options &o);

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

  Options o;
  o.image = positional[0];
  o.spikes = positional[1];
  o.outDir = outDir;
  o.commitLog = commitLog;
  o.modulatorFile = modulatorFile;
  o.steps = steps;
  o.stats = stats;
  return isSystemImage(o.image) ? runSystem(o) : runCore(o);
}

namespace {

int runCore(const Options &o) {
  const std::string &outDir = o.outDir, &commitLog = o.commitLog;
  const std::string &modulatorFile = o.modulatorFile;
  const std::string positional[2] = {o.image, o.spikes};
  const long long steps = o.steps;
  const bool stats = o.stats;

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
    addPhases(phases, s);
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
    std::printf("plasticc-sim: cycles by phase: gather %llu, event %llu, "
                "neuron %llu, learn %llu, sweep %llu, prune %llu; event phase "
                "%.3f synaptic ops/cycle\n",
                (unsigned long long)phases.gatherCycles,
                (unsigned long long)phases.eventCycles,
                (unsigned long long)phases.neuronCycles,
                (unsigned long long)phases.learnCycles,
                (unsigned long long)phases.sweepCycles,
                (unsigned long long)phases.pruneCycles,
                ratio(double(synOps), double(phases.eventCycles)));
    std::printf("plasticc-sim: %.3f s for the steps: %.0f steps/s, %.0f core "
                "cycles/s\n",
                seconds, ratio(double(numSteps), seconds),
                ratio(double(cycles), seconds));
  }
  return 0;
}

// A system image (docs/core.md §10): every step, the host's modulators and
// inputs, then one system step; the router has already queued the routed
// spikes, so the host's inputs land behind them and a full FIFO drops them.
int runSystem(const Options &o) {
  std::string error;
  SystemImage image;
  if (!loadSystemImage(o.image, image, error))
    return fail(error);
  SystemSpikeSchedule schedule;
  if (!readSystemInputSpikes(o.spikes, image, schedule, error))
    return fail(error);
  std::vector<ModulatorSchedule> modulator(image.cores.size());
  if (!o.modulatorFile.empty() &&
      !readSystemModulator(o.modulatorFile, image, modulator, error))
    return fail(error);
  const uint64_t numSteps = o.steps >= 0 ? uint64_t(o.steps) : schedule.size();

  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(o.outDir, ec);
  for (const std::string &name : image.coreNames)
    if (!ec)
      fs::create_directories(fs::path(o.outDir) / name, ec);
  if (ec)
    return fail(o.outDir + ":0: cannot create output directory: " +
                ec.message());
  std::ofstream log;
  if (!o.commitLog.empty()) {
    log.open(o.commitLog);
    if (!log)
      return fail(o.commitLog + ":0: cannot write commit log");
    log << "# core cycle tick kind index [index2] value\n";
  }

  SystemModel sys(std::move(image));
  const uint32_t numCores = sys.numCores();
  std::vector<CommitRecorder> recorders(log.is_open() ? numCores : 0);
  std::vector<CommitSink *> sinks;
  for (CommitRecorder &r : recorders)
    sinks.push_back(&r);
  std::vector<size_t> nextModulator(numCores, 0);
  std::vector<SystemOutputSpike> outSpikes;
  std::vector<std::vector<std::pair<uint64_t, uint32_t>>> coreSpikes(numCores);
  uint64_t synOps = 0, drainCycles = 0, routed = 0, dropped = 0;
  uint64_t hostDropped = 0;
  StepStats phases; // summed over cores and steps, for --stats
  const auto start = std::chrono::steady_clock::now();
  for (uint64_t t = 0; t < numSteps; ++t) {
    for (uint32_t k = 0; k < numCores; ++k)
      if (nextModulator[k] < modulator[k].size() &&
          modulator[k][nextModulator[k]].first == t)
        sys.setModulator(k, modulator[k][nextModulator[k]++].second);
    if (t < schedule.size())
      for (auto [core, axon] : schedule[t])
        hostDropped += !sys.pushInput(core, axon);
    const SystemStepStats &s = sys.stepAt(sys.nextTickCycle(), sinks);
    drainCycles += s.drainCycles;
    routed += s.routedPushes;
    dropped += s.droppedPushes;
    for (uint32_t k = 0; k < numCores; ++k) {
      synOps += sys.core(k).lastStats().synapticOps;
      addPhases(phases, sys.core(k).lastStats());
    }
    for (const SystemSpike &spike : sys.outputSpikes()) {
      outSpikes.push_back({t, spike.core, spike.neuron});
      coreSpikes[spike.core].emplace_back(t, spike.neuron);
    }
    if (log.is_open()) {
      // One step's events of all cores in cycle order, cores ascending
      // within a cycle; each core's own order is kept.
      std::vector<std::tuple<uint64_t, uint32_t, size_t>> order;
      for (uint32_t k = 0; k < numCores; ++k)
        for (size_t e = 0; e < recorders[k].events.size(); ++e)
          order.emplace_back(recorders[k].events[e].cycle, k, e);
      std::sort(order.begin(), order.end());
      for (auto [cycle, k, e] : order)
        log << k << ' ' << formatCommit(recorders[k].events[e]) << '\n';
      for (CommitRecorder &r : recorders)
        r.events.clear();
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();

  if (!writeSystemOutputSpikes((fs::path(o.outDir) / "spikes.txt").string(),
                               outSpikes, error))
    return fail(error);
  bool recurrentOverflow = false;
  for (uint32_t k = 0; k < numCores; ++k) {
    const fs::path dir = fs::path(o.outDir) / sys.coreNames()[k];
    recurrentOverflow |= sys.core(k).recurrentOverflow();
    if (!writeOutputSpikes((dir / "spikes.txt").string(), coreSpikes[k],
                           error) ||
        !writeStateTable((dir / "state.txt").string(), sys.core(k), error) ||
        !writeMemories(dir.string(), sys.core(k).image(), error))
      return fail(error);
  }
  const uint64_t cycles = sys.nextTickCycle();
  std::cout << "plasticc-sim: " << numSteps << " steps, " << numCores
            << " cores, " << outSpikes.size() << " output spikes, " << synOps
            << " synaptic ops, " << cycles << " system cycles"
            << (recurrentOverflow ? " (recurrent FIFO overflowed)" : "")
            << (sys.routerOverflow() ? " (router dropped " +
                                           std::to_string(dropped) +
                                           " routed spikes: input FIFO full)"
                                     : "")
            << (hostDropped ? " (" + std::to_string(hostDropped) +
                                  " input spikes dropped: input FIFO full)"
                            : "")
            << "\n";
  if (o.stats) {
    std::printf("plasticc-sim: cycles by phase (summed over %u cores): gather "
                "%llu, event %llu, neuron %llu, learn %llu, sweep %llu, "
                "prune %llu; drain %llu (%llu routed, %llu dropped pushes); event phase "
                "%.3f synaptic ops/cycle\n",
                numCores, (unsigned long long)phases.gatherCycles,
                (unsigned long long)phases.eventCycles,
                (unsigned long long)phases.neuronCycles,
                (unsigned long long)phases.learnCycles,
                (unsigned long long)phases.sweepCycles,
                (unsigned long long)phases.pruneCycles,
                (unsigned long long)drainCycles, (unsigned long long)routed,
                (unsigned long long)dropped,
                ratio(double(synOps), double(phases.eventCycles)));
    std::printf("plasticc-sim: %.3f s for the steps: %.0f steps/s, %.0f "
                "system cycles/s\n",
                seconds, ratio(double(numSteps), seconds),
                ratio(double(cycles), seconds));
  }
  return 0;
}

} // namespace
