//===- sc_cosim.cpp - SystemC co-simulation of the core and the golden model
//===//
//
// The Verilated core top (verilator --sc) and the golden model, each a
// SystemC module on one sc_clock, with a commit monitor and a scoreboard
// that compares every commit event (what, where, cycle, value) and output
// spike and stops at the first divergence. Stimulus comes from the seeded
// scenario generator of sim/verilator.
//
// usage: sc-cosim-<build> --scenario NAME [--seed S] [--in-valid P]
//                 [--out-ready P] [--corrupt-golden-weight]
//                 [--corrupt-golden-elig]
//   --corrupt-golden-weight  test only: the golden model gets different
//                            weights on the first active axon, so the
//                            scoreboard must report a divergence.
//   --corrupt-golden-elig    test only: the golden model gets a different
//                            eligibility on the first existing synapse.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/config_bus.h"
#include "sim/systemc/commit_monitor.h"
#include "sim/systemc/core_signals.h"
#include "sim/systemc/golden_core.h"
#include "sim/systemc/scoreboard.h"
#include "sim/systemc/stimulus.h"
#include "sim/verilator/scenarios.h"

#include "verilated.h"

#include SC_MODEL_HEADER

#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace plasticc;
using namespace plasticc::sysc;

namespace {

int usage() {
  std::fprintf(stderr,
               "usage: sc-cosim --scenario NAME [--seed S] [--in-valid P] "
               "[--out-ready P] [--corrupt-golden-weight] "
               "[--corrupt-golden-elig]\nscenarios: %s\n",
               cosim::scenarioNames().c_str());
  return 2;
}

} // namespace

int sc_main(int argc, char **argv) {
  std::string scenario;
  Stimulus::Options stimOpt;
  bool corrupt = false, corruptElig = false;
  for (int k = 1; k < argc; ++k) {
    const std::string a = argv[k];
    auto val = [&](const char *flag, std::string &dst) {
      const std::string pre = std::string(flag) + "=";
      if (a.rfind(pre, 0) == 0) {
        dst = a.substr(pre.size());
        return true;
      }
      if (a == flag && k + 1 < argc) {
        dst = argv[++k];
        return true;
      }
      return false;
    };
    std::string v;
    if (val("--scenario", scenario))
      continue;
    if (val("--seed", v))
      stimOpt.seed = std::strtoull(v.c_str(), nullptr, 0);
    else if (val("--in-valid", v))
      stimOpt.inValid = std::atof(v.c_str());
    else if (val("--out-ready", v))
      stimOpt.outReady = std::atof(v.c_str());
    else if (a == "--corrupt-golden-weight")
      corrupt = true;
    else if (a == "--corrupt-golden-elig")
      corruptElig = true;
    else if (a.rfind("+verilator", 0) != 0)
      return usage();
  }
  if (scenario.empty())
    return usage();
  Verilated::commandArgs(argc, argv);

  cosim::Features f{SC_N,
                    SC_M,
                    bool(SC_EN_STDP),
                    bool(SC_EN_CUBA),
                    bool(SC_EN_ADAPTIVE),
                    bool(SC_EN_MULT),
                    bool(SC_EN_RECURRENT)};
  f.inhCurrent = SC_EN_INH;
  f.threeFactor = SC_EN_TF;
  f.hebbian = SC_EN_HEBB;
  f.oja = SC_EN_HEBB; // EnOja keeps the core's default (1)
  f.prune = true;     // so does EnPrune: random images prune sometimes
  golden::CoreImage image;
  golden::SpikeSchedule stim;
  golden::ModulatorSchedule modulator;
  std::string error, why;
  if (!cosim::makeScenario(scenario, stimOpt.seed, f, image, stim, modulator,
                           error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return usage();
  }
  if (!golden::imageFits(image, f.build(), why)) {
    std::fprintf(stderr, "image needs what this RTL build leaves out: %s\n",
                 why.c_str());
    return 2;
  }
  // The host's write list for this image, into a core with this build's
  // memories.
  std::vector<golden::ConfigWrite> writes;
  if (!golden::imageConfigWrites(image, f.build(), writes, error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 2;
  }
  golden::CoreImage goldenImage = image;
  if (corruptElig) {
    if (!image.threeFactor) {
      std::fprintf(stderr, "--corrupt-golden-elig needs a three-factor "
                           "scenario\n");
      return 2;
    }
    for (size_t k = 0; k < goldenImage.weights.size(); ++k)
      if (goldenImage.weights[k] != golden::kNoSynapse) {
        goldenImage.eligibility[k] = int8_t(goldenImage.eligibility[k] ^ 0x21);
        break;
      }
  }
  if (corrupt) {
    // Every weight of the first axon that spikes: some neuron that is not
    // refractory integrates a different input in that step.
    for (const auto &step : stim)
      if (!step.empty()) {
        for (uint32_t j = 0; j < goldenImage.neurons; ++j) {
          int8_t &w = goldenImage.weight(step[0], j);
          w = w == 100 ? int8_t(50) : int8_t(100);
        }
        break;
      }
  }

  sc_clock clk("clk", 10, SC_NS);
  CoreSignals s;
  SC_MODEL_CLASS core("core");
  bindCore(core, clk, s);
  GoldenCore golden("golden", s, goldenImage);
  CommitMonitor monitor("monitor", s, image);
  Scoreboard board("scoreboard", golden);
  const std::vector<uint16_t> capabilities = {
      uint16_t(SC_N), uint16_t(SC_M), golden::featureWord(f.build())};
  Stimulus stimulus("stimulus", s, writes, stim, modulator, capabilities,
                    stimOpt);
  sc_fifo<golden::CommitEvent> expected("expected_fifo", 1 << 20);
  sc_fifo<ExpectedSpike> expectedSpikes("expected_spikes_fifo", 1 << 16);
  sc_fifo<CycleRecord> observed("observed_fifo", 1 << 16);
  golden.clk(clk);
  golden.expected(expected);
  golden.expectedSpikes(expectedSpikes);
  monitor.clk(clk);
  monitor.observed(observed);
  board.clk(clk);
  board.expected(expected);
  board.expectedSpikes(expectedSpikes);
  board.observed(observed);
  stimulus.clk(clk);

  const auto t0 = std::chrono::steady_clock::now();
  // Bounded: a core that stops answering ends the run, it does not hang it.
  sc_start(sc_time(200, SC_MS));
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();
  core.final();
  if (!stimulus.error.empty()) {
    std::fprintf(stderr, "FAIL: %s\n", stimulus.error.c_str());
    return 1;
  }
  if (board.failed()) {
    std::fprintf(stderr, "FAIL: divergence (scenario %s, seed %" PRIu64 ")\n",
                 scenario.c_str(), stimOpt.seed);
    return 1;
  }
  if (!stimulus.finished) {
    std::fprintf(stderr,
                 "FAIL: the run did not finish in 200 ms of simulated time "
                 "(%" PRIu64 " of %zu steps issued)\n",
                 stimulus.stepsIssued, stim.size());
    return 1;
  }
  if (!board.finish())
    return 1;
  std::printf("PASS SystemC %s seed %" PRIu64 ": %zu steps, %" PRIu64
              " commit events, %" PRIu64 " output spikes, %" PRIu64
              " cycles, %.0f cycles/s\n  events: %s\n  modulator writes "
              "between steps: %" PRIu64 "\n",
              scenario.c_str(), stimOpt.seed, stim.size(), board.commits,
              board.spikes, board.cycles, secs > 0 ? board.cycles / secs : 0.0,
              board.eventsByKind().c_str(), stimulus.modulatorWrites);
  return 0;
}
