//===- system_sim.cpp - The simulator of a system from --target=verilator ===//
//
//   <name>-sim [INPUTS] [-o OUTDIR] [--steps=N] [--image DIR]
//              [--modulator FILE]
//
// Runs a compiled design of several cores (docs/core.md §10) on its
// Verilated system top the way a host would: loads the system image over
// the 24-bit system configuration bus (each core's image at its target,
// the route table at the router's, through sim/golden/config_bus), then
// for every step, while the system is idle, writes the step's modulators
// and sends its external inputs (`<step> <core> <axon> ...`), ticks, and
// takes every output spike the router drains (the output always ready).
// At the end it reads every core's memories back and writes the files
// `plasticc-sim -o` writes for a system: spikes.txt (`<step> <core>
// <neuron>`) and one directory per core with what a core run writes.
//
// Measured on the RTL: the output spikes and the system cycles of each step
// (tick accepted to the cycle the system accepts the next tick), which with
// the output always ready are the golden SystemStepStats::totalCycles().
// Derived, as the core simulator does: synaptic operations (existing
// synapses of each distinct axon delivered: host inputs the system took,
// routed spikes that found room, checked against the router's drop count,
// recurrent spikes; a pruning core's synapses re-read from the RTL after
// each step it pruned, SynapseCounts in sim_harness.h).
//
// Built by the driver with `verilator --cc --exe --build`; the build
// defines SYSTEM_SIM_NAME, SYSTEM_SIM_IMAGE, SYSTEM_SIM_INPUTS,
// SYSTEM_SIM_ROUTE_DEPTH and SYSTEM_SIM_CORES (per core: N, M and the En*
// features it was elaborated with). Exit status 0 on success, 1 on bad
// input (file:line: message) or a system that stops responding, 2 on a bad
// command line.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/config_bus.h"
#include "sim/golden/image.h"
#include "sim/golden/spike_io.h"
#include "sim/golden/system_model.h"
#include "sim/verilator/core_bus.h"
#include "sim/verilator/sim_harness.h"

#include "verilated.h"

#include "Vsystem.h"

#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

using namespace plasticc::golden;
using namespace plasticc::cosim;

namespace {

const char *const kName = SYSTEM_SIM_NAME;

/// One core as the system top elaborates it.
struct BuiltCore {
  uint32_t neurons, axons;
  bool stdp, cuba, adaptive, multiplicative, recurrent, inhCurrent,
      threeFactor, hebbian, staticRows, oja, prune;
};
const BuiltCore kBuilt[] = SYSTEM_SIM_CORES;
constexpr uint32_t kBuiltCores = sizeof(kBuilt) / sizeof(kBuilt[0]);

int usage(const std::string &msg) {
  if (!msg.empty())
    std::fprintf(stderr, "%s: %s\n", kName, msg.c_str());
  std::fprintf(stderr,
               "usage: %s [input spikes] [-o outdir] [--steps=N] "
               "[--image DIR] [--modulator FILE]\n"
               "  input lines '<step> <core> <axon> ...', modulator lines "
               "'<step> <core> <M>'\n"
               "  defaults: inputs %s, image %s\n",
               kName, SYSTEM_SIM_INPUTS, SYSTEM_SIM_IMAGE);
  return 2;
}

int fail(const std::string &msg) {
  std::fprintf(stderr, "%s: error: %s\n", kName, msg.c_str());
  return 1;
}

CoreFeatures featuresOf(const BuiltCore &b) {
  CoreFeatures has;
  has.stdp = b.stdp;
  has.cuba = b.cuba;
  has.adaptive = b.adaptive;
  has.multiplicative = b.multiplicative;
  has.recurrent = b.recurrent;
  has.inhCurrent = b.inhCurrent;
  has.threeFactor = b.threeFactor;
  has.hebbian = b.hebbian;
  has.staticRows = b.staticRows;
  has.oja = b.oja;
  has.prune = b.prune;
  return has;
}

} // namespace

int main(int argc, char **argv) {
  SimArgs args;
  args.image = SYSTEM_SIM_IMAGE;
  args.inputs = SYSTEM_SIM_INPUTS;
  if (std::string bad = parseSimArgs(argc, argv, args); !bad.empty())
    return usage(bad);
  if (args.help)
    return usage(""), 0;
  Verilated::commandArgs(argc, argv);

  std::string error;
  SystemImage image;
  if (!loadSystemImage(args.image, image, error))
    return fail(error);
  const uint32_t numCores = uint32_t(image.cores.size());
  const std::string systemTxt =
      isSystemImage(args.image) &&
              std::filesystem::is_directory(args.image)
          ? (std::filesystem::path(args.image) / "system.txt").string()
          : args.image;
  if (numCores != kBuiltCores)
    return fail(systemTxt + ":0: the image has " + std::to_string(numCores) +
                " cores, this simulator's system " +
                std::to_string(kBuiltCores));
  std::vector<CoreFeatures> has;
  for (uint32_t k = 0; k < numCores; ++k) {
    const CoreImage &c = image.cores[k];
    const std::string &name = image.coreNames[k];
    if (c.neurons != kBuilt[k].neurons || c.axons != kBuilt[k].axons)
      return fail(systemTxt + ":0: core " + name + " is " +
                  std::to_string(c.neurons) + " neurons x " +
                  std::to_string(c.axons) +
                  " axons but this simulator's core " + std::to_string(k) +
                  " is " + std::to_string(kBuilt[k].neurons) + " x " +
                  std::to_string(kBuilt[k].axons));
    has.push_back(featuresOf(kBuilt[k]));
    std::string why;
    if (!imageFits(c, has.back(), why))
      return fail(systemTxt + ":0: core " + name + " uses " + why +
                  ", which this simulator's core " + std::to_string(k) +
                  " was built without");
  }
  SystemSpikeSchedule schedule;
  if (!readSystemInputSpikes(args.inputs, image, schedule, error))
    return fail(error);
  std::vector<ModulatorSchedule> modulator(numCores);
  if (!args.modulator.empty() &&
      !readSystemModulator(args.modulator, image, modulator, error))
    return fail(error);
  std::vector<ConfigWrite> routerWrites;
  if (!routerConfigWrites(image, SYSTEM_SIM_ROUTE_DEPTH, routerWrites, error))
    return fail(systemTxt + ":0: " + error);
  const uint64_t numSteps =
      args.steps >= 0 ? uint64_t(args.steps) : schedule.size();

  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(args.outDir, ec);
  for (const std::string &name : image.coreNames)
    if (!ec)
      fs::create_directories(fs::path(args.outDir) / name, ec);
  if (ec)
    return fail(args.outDir + ":0: cannot create output directory: " +
                ec.message());

  ClockedModel<Vsystem> sys;
  Vsystem &top = *sys.top;
  auto clock = [&sys] { sys.clock(); };
  std::vector<CoreBus<Vsystem>> buses;
  for (uint32_t k = 0; k < numCores; ++k)
    buses.emplace_back(top, clock, k);
  CoreBus<Vsystem> router(top, clock, kRouterTarget);

  // Reset, then wait until every core has cleared its accumulators.
  router.idle();
  top.rst_ni = 0;
  for (int k = 0; k < 4; ++k)
    sys.clock();
  top.rst_ni = 1;
  for (uint64_t k = 0;; ++k) {
    top.clk_i = 0;
    top.eval();
    if (top.tick_ready_o)
      break;
    if (k > kStallLimit)
      return fail("the system is not ready for a tick after reset");
    sys.clock();
  }
  for (uint32_t k = 0; k < numCores; ++k)
    if (!buses[k].load(image.cores[k], has[k]))
      return fail("loading core " + image.coreNames[k] + " of " + args.image +
                  " over the system bus failed");
  for (const ConfigWrite &w : routerWrites)
    if (!router.write(w.region, w.index, w.data))
      return fail("loading the route table of " + args.image +
                  " over the system bus failed");

  std::vector<SynapseCounts> synapses;
  for (uint32_t k = 0; k < numCores; ++k)
    synapses.emplace_back(image.cores[k], has[k]);
  // Axons delivered to each core, per step, to derive synaptic operations.
  // Both grow one step at a time as the run goes: a large --steps costs
  // nothing up front.
  std::vector<std::vector<std::vector<uint32_t>>> delivered(numCores),
      firedAt(numCores);
  std::vector<SystemOutputSpike> outSpikes;
  std::vector<std::vector<std::pair<uint64_t, uint32_t>>> coreSpikes(numCores);
  std::vector<size_t> nextModulator(numCores, 0);
  uint64_t systemCycles = 0, hostDropped = 0;
  const auto t0 = std::chrono::steady_clock::now();
  auto progressAt = t0 + std::chrono::seconds(5);
  const uint64_t cycle0 = sys.cycle;

  for (uint64_t t = 0; t < numSteps; ++t) {
    for (uint32_t k = 0; k < numCores; ++k) {
      delivered[k].emplace_back();
      firedAt[k].emplace_back();
    }
    // Between steps: the modulators of this step, then its inputs. The
    // system is idle here, so a core that does not take an input has a
    // full FIFO, and the golden model drops that input too.
    for (uint32_t k = 0; k < numCores; ++k)
      if (nextModulator[k] < modulator[k].size() &&
          modulator[k][nextModulator[k]].first == t &&
          !buses[k].write(Region::Param, kRegModulator,
                          uint32_t(modulator[k][nextModulator[k]++].second) &
                              0xff))
        return fail("the modulator write of core " + image.coreNames[k] +
                    " before step " + std::to_string(t) + " was never granted");
    if (t < schedule.size())
      for (auto [core, axon] : schedule[t]) {
        router.idle();
        top.aer_in_valid_i = 1;
        top.aer_in_core_i = core;
        top.aer_in_axon_i = axon;
        top.clk_i = 0;
        top.eval();
        if (top.busy_o)
          return fail("the system is busy between steps (before step " +
                      std::to_string(t) + ")");
        if (top.aer_in_ready_o)
          delivered[core][t].push_back(axon);
        else
          ++hostDropped;
        sys.clock();
      }
    router.idle();
    top.aer_out_ready_i = 1;
    top.tick_i = 1;
    uint64_t waited = 0;
    for (;; ++waited) {
      top.clk_i = 0;
      top.eval();
      if (top.tick_ready_o)
        break;
      if (waited > kStallLimit)
        return fail("the system does not accept the tick of step " +
                    std::to_string(t));
      sys.clock();
    }
    const uint64_t tickCycle = sys.cycle;
    sys.clock();
    top.tick_i = 0;
    // The step and its drain: the system is ready for the next tick (and
    // the host's inputs) again in the cycle it reports tick_ready_o.
    uint64_t sinceProgress = 0;
    for (;;) {
      top.clk_i = 0;
      top.eval();
      if (top.tick_ready_o && !top.aer_out_valid_o)
        break;
      bool progress = false;
      if (top.aer_out_valid_o) {
        const uint32_t core = top.aer_out_core_o, neuron = top.aer_out_neuron_o;
        if (core >= numCores || neuron >= image.cores[core].neurons ||
            top.aer_out_tick_o != (t & 15))
          return fail("step " + std::to_string(t) + ": the system output " +
                      "names core " + std::to_string(core) + " neuron " +
                      std::to_string(neuron) + " tick " +
                      std::to_string(top.aer_out_tick_o) +
                      ", which this step cannot have fired");
        outSpikes.push_back({t, core, neuron});
        coreSpikes[core].emplace_back(t, neuron);
        firedAt[core][t].push_back(neuron);
        progress = true;
      }
      sys.clock();
      sinceProgress = progress ? 0 : sinceProgress + 1;
      if (sinceProgress > kStallLimit)
        return fail("the system made no progress for " +
                    std::to_string(kStallLimit) + " cycles in step " +
                    std::to_string(t));
    }
    systemCycles += sys.cycle - tickCycle;
    // The system is idle: read what the pruning cores pruned in this step.
    for (uint32_t k = 0; k < numCores; ++k)
      if (!synapses[k].readAfterStep(buses[k], t, error))
        return fail("reading the synapses core " + image.coreNames[k] +
                    " pruned in step " + std::to_string(t) + ": " + error);
    if (std::chrono::steady_clock::now() > progressAt) {
      std::fprintf(stderr, "%s: step %" PRIu64 " of %" PRIu64 ", %" PRIu64
                           " cycles\n",
                   kName, t + 1, numSteps, sys.cycle - cycle0);
      progressAt += std::chrono::seconds(5);
    }
  }
  const uint64_t runCycles = sys.cycle - cycle0;
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();

  // Read every core back, then the router's status and drop count.
  std::vector<CoreImage> final = image.cores;
  bool recurrentOverflow = false;
  for (uint32_t k = 0; k < numCores; ++k) {
    CoreCounters counters;
    if (!buses[k].readBack(final[k], has[k], counters, error))
      return fail("reading core " + image.coreNames[k] + " back: " + error);
    if (counters.tick != (numSteps & 0xffffffffu))
      return fail("core " + image.coreNames[k] + " counted " +
                  std::to_string(counters.tick) + " steps, the host ticked " +
                  std::to_string(numSteps));
    recurrentOverflow |= counters.status & 1;
  }
  std::vector<uint16_t> words;
  if (!router.readBurst(Region::Counter, kRouterDropCount + 1, words, error))
    return fail("reading the router's status: " + error);
  const bool routerOverflow = words[kRouterStatus] & 1;
  const uint64_t routedDropped = words[kRouterDropCount];

  // Synaptic operations: each core's distinct axons of each step, from the
  // host, the routes and its own recurrence. The routed spikes of step t - 1
  // arrive in drain order (sources ascending, each source's spikes in the
  // order the system output showed them, its routes in table order) into
  // FIFOs the step's gather emptied, so the pushes after the first
  // kInputFifoDepth into one core are the ones the router dropped; their
  // number must be the router's own count.
  uint64_t synOps = 0, modelledDrops = 0;
  for (uint64_t t = 0; t < numSteps; ++t) {
    std::vector<uint32_t> pushed(numCores, 0);
    std::vector<std::vector<uint32_t>> routed(numCores);
    for (uint32_t src = 0; t > 0 && src < numCores; ++src)
      for (uint32_t j : firedAt[src][t - 1])
        for (const Route &r : image.routes) {
          if (r.src != src || j >= r.count)
            continue;
          if (pushed[r.dst]++ < CoreTiming::kInputFifoDepth)
            routed[r.dst].push_back(r.first + j);
          else
            ++modelledDrops;
        }
    for (uint32_t k = 0; k < numCores; ++k) {
      const auto &rec = image.cores[k].recurrent;
      std::set<uint32_t> axons(routed[k].begin(), routed[k].end());
      axons.insert(delivered[k][t].begin(), delivered[k][t].end());
      if (rec.enabled && t >= rec.delay)
        for (uint32_t j : firedAt[k][t - rec.delay])
          axons.insert(j + rec.offset);
      synOps += synapses[k].ops(t, axons);
    }
  }
  if (modelledDrops != routedDropped && routedDropped != 0xffff)
    return fail("the router counted " + std::to_string(routedDropped) +
                " dropped pushes, the drain order of docs/core.md §10.2 "
                "drops " +
                std::to_string(modelledDrops));

  if (!writeSystemOutputSpikes((fs::path(args.outDir) / "spikes.txt").string(),
                               outSpikes, error))
    return fail(error);
  for (uint32_t k = 0; k < numCores; ++k) {
    const fs::path dir = fs::path(args.outDir) / image.coreNames[k];
    if (!writeOutputSpikes((dir / "spikes.txt").string(), coreSpikes[k],
                           error) ||
        !writeStateTable((dir / "state.txt").string(), final[k], numSteps,
                         error) ||
        !writeMemories(dir.string(), final[k], error))
      return fail(error);
  }
  // The summary line is plasticc-sim's for a system, word for word.
  std::printf("%s: %" PRIu64 " steps, %u cores, %zu output spikes, %" PRIu64
              " synaptic ops, %" PRIu64 " system cycles%s%s%s\n",
              kName, numSteps, numCores, outSpikes.size(), synOps,
              systemCycles,
              recurrentOverflow ? " (recurrent FIFO overflowed)" : "",
              routerOverflow ? (" (router dropped " +
                                std::to_string(routedDropped) +
                                " routed spikes: input FIFO full)")
                                   .c_str()
                             : "",
              hostDropped ? (" (" + std::to_string(hostDropped) +
                             " input spikes dropped: input FIFO full)")
                                .c_str()
                          : "");
  std::printf("%s: %.1f system cycles/step (measured: tick to the next "
              "tick's acceptance, output always ready); %.3f synaptic "
              "ops/cycle (derived)%s; %" PRIu64
              " cycles simulated in %.2f s (%.0f cycles/s)\n",
              kName, numSteps ? double(systemCycles) / double(numSteps) : 0.0,
              systemCycles ? double(synOps) / double(systemCycles) : 0.0,
              recurrentOverflow ? " (ops include dropped recurrent spikes)"
                                : "",
              runCycles, secs, secs > 0 ? double(runCycles) / secs : 0.0);
  return 0;
}
