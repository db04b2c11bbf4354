//===- core_sim.cpp - The simulator of plasticc --target=verilator --------===//
//
//   <name>-sim [INPUTS] [-o OUTDIR] [--steps=N] [--image DIR]
//              [--modulator FILE]
//
// Runs one compiled network on its Verilated core the way the FPGA host
// would: loads the core image over the configuration bus, sends each step's
// input spikes over AER and ticks, collects the output spikes, and reads the
// weights, neuron state and traces back over the bus at the end. Writes the
// same files as `plasticc-sim -o` (spikes.txt, state.txt, the memories), so
// the two diff directly, and prints the same summary line plus cycles per
// step and synaptic operations per cycle. Output spikes (the AER port) and
// core cycles (tick accepted to step_done, per step) are measured on the
// RTL. Synaptic ops are derived, not measured: the core has no counter of
// them, so the harness adds up the existing synapses of each axon delivered
// (the inputs, and the recurrent spikes it observed), counted from the
// image and, for a pruning core, re-read from the RTL after every step it
// pruned (SynapseCounts, sim_harness.h).
//
// Built by the driver with `verilator --cc --exe --build`; the build defines
// the image and inputs it was compiled with (CORE_SIM_IMAGE,
// CORE_SIM_INPUTS), the executable's name (CORE_SIM_NAME) and the
// elaboration's features (CORE_SIM_EN_*: which datapaths and memories it
// holds). A three-factor image's modulator M is register 36: --modulator
// rewrites it between steps as plasticc-sim --modulator does.
// Exit status 0 on success, 1 on bad input (file:line: message) or a core
// that stops responding, 2 on a bad command line.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/config_bus.h"
#include "sim/golden/core_model.h"
#include "sim/golden/image.h"
#include "sim/golden/spike_io.h"
#include "sim/verilator/core_bus.h"
#include "sim/verilator/sim_harness.h"

#include "verilated.h"

#include "Vcore.h"

#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

using namespace plasticc::golden;
using namespace plasticc::cosim;

namespace {

const char *const kName = CORE_SIM_NAME;

int usage(const std::string &msg) {
  if (!msg.empty())
    std::fprintf(stderr, "%s: %s\n", kName, msg.c_str());
  std::fprintf(stderr,
               "usage: %s [input spikes] [-o outdir] [--steps=N] "
               "[--image DIR] [--modulator FILE]\n"
               "  defaults: inputs %s, image %s\n",
               kName, CORE_SIM_INPUTS, CORE_SIM_IMAGE);
  return 2;
}

int fail(const std::string &msg) {
  std::fprintf(stderr, "%s: error: %s\n", kName, msg.c_str());
  return 1;
}

} // namespace

int main(int argc, char **argv) {
  SimArgs args;
  args.image = CORE_SIM_IMAGE;
  args.inputs = CORE_SIM_INPUTS;
  if (std::string bad = parseSimArgs(argc, argv, args); !bad.empty())
    return usage(bad);
  if (args.help)
    return usage(""), 0;
  const std::string &outDir = args.outDir, &imagePath = args.image,
                    &inputsPath = args.inputs, &modulatorPath = args.modulator;
  const long long steps = args.steps;
  Verilated::commandArgs(argc, argv);

  std::string error;
  CoreImage image;
  if (!loadCoreImage(imagePath, image, error))
    return fail(error);
  if (image.neurons != CORE_SIM_N || image.axons != CORE_SIM_M)
    return fail(imagePath + ":0: image is " + std::to_string(image.neurons) +
                " neurons x " + std::to_string(image.axons) +
                " axons but this simulator's core is " +
                std::to_string(CORE_SIM_N) + " x " +
                std::to_string(CORE_SIM_M));
  CoreFeatures has;
  has.stdp = CORE_SIM_EN_STDP;
  has.cuba = CORE_SIM_EN_CUBA;
  has.adaptive = CORE_SIM_EN_ADAPTIVE;
  has.multiplicative = CORE_SIM_EN_MULT;
  has.recurrent = CORE_SIM_EN_RECURRENT;
  has.inhCurrent = CORE_SIM_EN_INH;
  has.threeFactor = CORE_SIM_EN_TF;
  has.hebbian = CORE_SIM_EN_HEBB;
  has.staticRows = CORE_SIM_EN_STATIC;
  has.oja = CORE_SIM_EN_OJA;
  has.prune = CORE_SIM_EN_PRUNE;
  std::string why;
  if (!imageFits(image, has, why))
    return fail(imagePath + ":0: the image uses " + why +
                ", which this core was built without");
  SpikeSchedule schedule;
  if (!readInputSpikes(inputsPath, image.axons, schedule, error))
    return fail(error);
  ModulatorSchedule modulator;
  if (!modulatorPath.empty() &&
      !readModulator(modulatorPath, modulator, error))
    return fail(error);
  if (!modulator.empty() && !image.threeFactor)
    return fail(modulatorPath + ":1: a modulator schedule for an image "
                                "without three-factor learning");
  const uint64_t numSteps = steps >= 0 ? uint64_t(steps) : schedule.size();
  for (uint64_t t = 0; t < numSteps && t < schedule.size(); ++t)
    if (schedule[t].size() > CoreTiming::kInputFifoDepth)
      return fail(inputsPath + ":0: step " + std::to_string(t) +
                  " has more input spikes than the input FIFO holds (" +
                  std::to_string(CoreTiming::kInputFifoDepth) + ")");
  std::error_code ec;
  std::filesystem::create_directories(outDir, ec);
  if (ec)
    return fail(outDir + ":0: cannot create output directory: " +
                ec.message());

  ClockedModel<Vcore> core;
  Vcore &top = *core.top;
  CoreBus<Vcore> bus(top, [&core] { core.clock(); });

  // Reset, then wait for the accumulator clear.
  bus.idle();
  top.rst_ni = 0;
  for (int k = 0; k < 4; ++k)
    core.clock();
  top.rst_ni = 1;
  for (uint64_t k = 0; top.busy_o; ++k) {
    if (k > kStallLimit)
      return fail("the core stays busy after reset");
    core.clock();
  }
  if (!bus.load(image, has))
    return fail("loading " + imagePath + " over the configuration bus failed");

  SynapseCounts synapses(image, has);
  const bool recurrent = image.recurrent.enabled;
  // Output spikes per step, to know which axons recurrence delivers when.
  std::vector<std::vector<uint32_t>> spikesByStep(numSteps);
  std::vector<std::pair<uint64_t, uint32_t>> outSpikes;
  std::vector<uint8_t> delivered(image.axons, 0);

  uint64_t step = 0;      // next step to send spikes for and tick
  size_t pushIdx = 0;     // next spike of that step
  size_t nextModulator = 0;
  uint64_t ticks = 0;     // ticks accepted
  bool running = false;   // a step between tick accept and step_done
  bool countsDue = false; // a step ran whose pruning is not yet read back
  uint64_t tickCycle = 0, coreCycles = 0, synOps = 0, sinceProgress = 0;
  auto progressAt = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  const auto t0 = std::chrono::steady_clock::now();
  const uint64_t cycle0 = core.cycle;

  // After the last step, drain the output queue; a few idle cycles more
  // cover an entry still on its way into it.
  for (int drained = 0; drained < 4;
       drained = step < numSteps || running || top.aer_out_valid_o
                     ? 0
                     : drained + 1) {
    // The host rewrites M between steps, before the tick of the step it
    // applies to (docs/core.md §3.5): the previous step's sweep used the old
    // value.
    if (step < numSteps && nextModulator < modulator.size() &&
        modulator[nextModulator].first <= step && !running && !top.busy_o) {
      if (!bus.write(Region::Param, kRegModulator,
                     uint32_t(modulator[nextModulator].second) & 0xff))
        return fail("the modulator write before step " +
                    std::to_string(step) + " was never granted");
      ++nextModulator;
      continue;
    }
    // A pruning core's synapse counts, read between steps: the next tick
    // waits for them.
    if (countsDue && !running && !top.busy_o) {
      if (!synapses.readAfterStep(bus, step - 1, error))
        return fail("reading the synapses pruned in step " +
                    std::to_string(step - 1) + ": " + error);
      countsDue = false;
      continue;
    }
    bus.idle();
    top.aer_out_ready_i = 1;
    const std::vector<uint32_t> none;
    const auto &now = step < schedule.size() ? schedule[step] : none;
    if (step < numSteps) {
      if (pushIdx < now.size()) {
        top.aer_in_valid_i = 1;
        top.aer_in_axon_i = now[pushIdx];
      } else {
        top.tick_i = !countsDue;
      }
    }
    top.clk_i = 0;
    top.eval();

    bool progress = false;
    if (top.aer_out_valid_o) {
      // The 4-bit tick tag names one of the last 16 steps.
      const uint64_t last = ticks - 1;
      const uint64_t t = last - ((last - top.aer_out_tick_o) & 15);
      outSpikes.emplace_back(t, top.aer_out_neuron_o);
      if (t < numSteps)
        spikesByStep[t].push_back(top.aer_out_neuron_o);
      progress = true;
    }
    if (top.step_done_o && running) {
      coreCycles += core.cycle - tickCycle + 1;
      running = false;
      progress = true;
    }
    if (top.aer_in_valid_i && top.aer_in_ready_o) {
      ++pushIdx;
      progress = true;
    }
    if (top.tick_i && top.tick_ready_o) {
      tickCycle = core.cycle;
      running = true;
      countsDue = synapses.mayPrune();
      ++ticks;
      ++step;
      pushIdx = 0;
      progress = true;
    }
    core.clock();
    sinceProgress = progress ? 0 : sinceProgress + 1;
    if (sinceProgress > kStallLimit)
      return fail("the core made no progress for " +
                  std::to_string(kStallLimit) + " cycles in step " +
                  std::to_string(step));
    if ((core.cycle & 0xffff) == 0 &&
        std::chrono::steady_clock::now() > progressAt) {
      std::fprintf(stderr, "%s: step %" PRIu64 " of %" PRIu64 ", %" PRIu64
                           " cycles\n",
                   kName, step, numSteps, core.cycle - cycle0);
      progressAt += std::chrono::seconds(5);
    }
  }
  const uint64_t runCycles = core.cycle - cycle0;

  // Synaptic operations of each step: every synapse of each distinct axon
  // delivered, from the inputs and from recurrence, that existed in that
  // step (counted once every output spike is in).
  for (uint64_t t = 0; t < numSteps; ++t) {
    std::vector<uint32_t> axons;
    if (t < schedule.size())
      axons = schedule[t];
    if (recurrent && t >= image.recurrent.delay)
      for (uint32_t j : spikesByStep[t - image.recurrent.delay])
        axons.push_back(j + image.recurrent.offset);
    std::vector<uint32_t> distinct;
    for (uint32_t a : axons)
      if (a < image.axons && !delivered[a]) {
        delivered[a] = 1;
        distinct.push_back(a);
      }
    synOps += synapses.ops(t, distinct);
    for (uint32_t a : distinct)
      delivered[a] = 0;
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();

  CoreImage final = image;
  CoreCounters counters;
  if (!bus.readBack(final, has, counters, error))
    return fail("reading the core's memories back: " + error);
  if (counters.tick != (numSteps & 0xffffffffu))
    return fail("the core counted " + std::to_string(counters.tick) +
                " steps, the host ticked " + std::to_string(numSteps));
  namespace fs = std::filesystem;
  if (!writeOutputSpikes((fs::path(outDir) / "spikes.txt").string(),
                         outSpikes, error) ||
      !writeStateTable((fs::path(outDir) / "state.txt").string(), final,
                       numSteps, error) ||
      !writeMemories(outDir, final, error))
    return fail(error);
  const bool overflow = counters.status & 1;
  std::printf("%s: %" PRIu64 " steps, %zu output spikes, %" PRIu64
              " synaptic ops, %" PRIu64 " core cycles%s\n",
              kName, numSteps, outSpikes.size(), synOps, coreCycles,
              overflow ? " (recurrent FIFO overflowed)" : "");
  std::printf("%s: %.1f cycles/step, %.3f synaptic ops/cycle (cycles "
              "measured, ops derived from the image and the spikes)%s; %" PRIu64
              " cycles simulated in %.2f s (%.0f cycles/s)\n",
              kName, numSteps ? double(coreCycles) / double(numSteps) : 0.0,
              coreCycles ? double(synOps) / double(coreCycles) : 0.0,
              overflow ? " (ops include dropped recurrent spikes)" : "",
              runCycles, secs, secs > 0 ? double(runCycles) / secs : 0.0);
  return 0;
}
