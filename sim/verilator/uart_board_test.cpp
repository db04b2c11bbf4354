//===- uart_board_test.cpp - iCEBreaker top over its UART, vs golden ------===//
//
// The host library (runtime/host: BoardLink, the bridge protocol's encoder
// and decoder) drives the Verilated board top (rtl/boards/icebreaker) only
// through its UART pins, as plasticc-host does on hardware: it loads a random
// core image (written, read back and compared), runs the scenario's steps and
// reads every weight, neuron state and trace back. Each step's output spikes
// and the final memories are compared with the golden model; any mismatch
// fails the run. Cycle timing is not compared here (the lockstep
// co-simulation does that); this tests the bridge, the protocol and the host.
//
// usage: uart-board-test SEED [--fault] [--neurons=N] [--axons=M]
//   --fault        self-test: the golden model gets one different weight, so
//                  the comparison must report a mismatch.
//   --neurons/--axons  an image of another size than the board's core: the
//                  host must refuse it at load (capability registers).
//   --dirty        an earlier session's leftovers first: a recurrent image
//                  run without its last steps' recurrent spikes consumed,
//                  input spikes sent without a tick and half a command; the
//                  host must start clean regardless.
//   --scenario=NAME  the image and spikes of another scenario (default
//                  random), built for the board's features (BOARD_EN_*).
//   --image-uses=F[,F]  the scenario may also use F (cuba, adaptive, inh,
//                  3f, hebb, stdp, mult, rec) although the board was built
//                  without it: the host must refuse the image naming the
//                  missing features (read from the capability registers).
//
//===----------------------------------------------------------------------===//

#include "runtime/host/board_link.h"
#include "runtime/host/protocol.h"
#include "sim/golden/core_model.h"
#include "sim/verilator/board_uart.h"
#include "sim/verilator/scenarios.h"

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace plasticc::golden;
using namespace plasticc::cosim;
using namespace plasticc::host;

int main(int argc, char **argv) {
  Verilated::commandArgs(argc, argv);
  uint64_t seed = 1;
  bool fault = false, dirty = false;
  std::string scenario = "random";
  Features f{BOARD_N,          BOARD_M,
             bool(BOARD_EN_STDP), bool(BOARD_EN_CUBA),
             false,               bool(BOARD_EN_MULT),
             bool(BOARD_EN_REC)};
  f.inhCurrent = BOARD_EN_INH;
  f.hebbian = BOARD_EN_HEBB;
  f.threeFactor = BOARD_EN_TF;
  uint32_t neurons = BOARD_N, axons = BOARD_M;
  for (int k = 1; k < argc; ++k) {
    if (!std::strcmp(argv[k], "--fault"))
      fault = true;
    else if (!std::strcmp(argv[k], "--dirty"))
      dirty = true;
    else if (!std::strncmp(argv[k], "--neurons=", 10))
      neurons = uint32_t(std::atoi(argv[k] + 10));
    else if (!std::strncmp(argv[k], "--axons=", 8))
      axons = uint32_t(std::atoi(argv[k] + 8));
    else if (!std::strncmp(argv[k], "--scenario=", 11))
      scenario = argv[k] + 11;
    else if (!std::strncmp(argv[k], "--image-uses=", 13)) {
      const std::string uses = std::string(",") + (argv[k] + 13) + ",";
      auto has = [&](const char *name) {
        return uses.find(std::string(",") + name + ",") != std::string::npos;
      };
      f.cuba |= has("cuba");
      f.adaptive |= has("adaptive");
      f.inhCurrent |= has("inh");
      f.threeFactor |= has("3f");
      f.hebbian |= has("hebb");
      f.stdp |= has("stdp");
      f.multiplicative |= has("mult");
      f.recurrent |= has("rec");
    } else if (argv[k][0] != '+')
      seed = std::strtoull(argv[k], nullptr, 0);
  }
  f.neurons = neurons;
  f.axons = axons;
  CoreImage img;
  SpikeSchedule stim;
  ModulatorSchedule modulator;
  std::string error;
  if (!makeScenario(scenario, seed, f, img, stim, modulator, error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 2;
  }
  CoreImage goldenImage = img;
  if (fault)
    goldenImage.weights[3] = int8_t(goldenImage.weights[3] ^ 0x11);
  CoreModel golden(goldenImage);

  BoardUart uart(BOARD_CLKS_PER_BIT);
  BoardTransport transport(uart, 12000);
  BoardLink board(transport, BoardLink::Options());
  if (dirty) {
    // Every neuron fires every step into axon j with a 15-step delay; the
    // session then stops after queueing spikes with no tick and half a 'W'.
    CoreImage noisy = CoreImage::blank(neurons, axons);
    noisy.neuron.threshold = 0;
    noisy.recurrent = {true, 0, 15};
    std::vector<uint32_t> out, all;
    for (uint32_t a = 0; a < axons; ++a)
      all.push_back(a);
    if (!board.connect(error) || !board.load(noisy, error) ||
        !board.step(all, out, error) || !board.step(all, out, error)) {
      std::fprintf(stderr, "FAIL: preparing the dirty board: %s\n",
                   error.c_str());
      return 1;
    }
    std::vector<uint8_t> junk;
    for (uint32_t a : all)
      encodeSpike(junk, a);
    junk.insert(junk.end(), {'W', 0x00});
    transport.write(junk.data(), junk.size(), 0, error);
  }
  if (!board.connect(error) || !board.load(img, error)) {
    std::fprintf(stderr, "FAIL: %s\n", error.c_str());
    return 1;
  }
  // The capability registers must describe this build exactly.
  const CoreCapabilities &caps = board.capabilities();
  CoreFeatures built{bool(BOARD_EN_STDP), bool(BOARD_EN_CUBA),  false,
                     bool(BOARD_EN_MULT), bool(BOARD_EN_REC),   bool(BOARD_EN_INH),
                     bool(BOARD_EN_TF),   bool(BOARD_EN_HEBB)};
  built.oja = false; // the board top's EnOja default; static rows are built in
  built.prune = false; // the board top's EnPrune default (it does not fit beside STDP)
  if (caps.neurons != BOARD_N || caps.axons != BOARD_M ||
      featureWord(caps.features) != featureWord(built)) {
    std::fprintf(stderr,
                 "FAIL: capability registers report %u x %u, features 0x%02x; "
                 "the build is %u x %u, features 0x%02x\n",
                 caps.neurons, caps.axons, featureWord(caps.features), BOARD_N,
                 BOARD_M, featureWord(built));
    return 1;
  }

  uint64_t mismatches = 0, spikes = 0;
  std::vector<uint32_t> got;
  size_t nextModulator = 0;
  for (size_t s = 0; s < stim.size(); ++s) {
    // The host's modulator writes, between steps, as plasticc-host does.
    while (nextModulator < modulator.size() &&
           modulator[nextModulator].first <= s) {
      const int32_t m = modulator[nextModulator++].second;
      golden.setModulator(m);
      if (!board.setModulator(m, error)) {
        std::fprintf(stderr, "FAIL: %s\n", error.c_str());
        return 1;
      }
    }
    for (uint32_t a : stim[s])
      golden.pushInput(a);
    golden.step();
    if (!board.step(stim[s], got, error)) {
      std::fprintf(stderr, "FAIL: %s\n", error.c_str());
      return 1;
    }
    const std::vector<uint32_t> &want = golden.outputSpikes();
    if (got != want) {
      ++mismatches;
      std::fprintf(stderr,
                   "MISMATCH step %zu: %zu spikes expected, %zu received\n", s,
                   want.size(), got.size());
      for (uint32_t n : want)
        std::fprintf(stderr, "  expected neuron %u\n", n);
      for (uint32_t n : got)
        std::fprintf(stderr, "  received neuron %u\n", n);
    }
    spikes += got.size();
  }

  CoreImage final = img;
  uint64_t tick = 0;
  if (!board.readBack(final, tick, error)) {
    std::fprintf(stderr, "FAIL: %s\n", error.c_str());
    return 1;
  }
  const CoreImage &g = golden.image();
  auto diff = [&](const char *what, size_t index, int64_t want, int64_t have) {
    if (want == have)
      return;
    if (mismatches++ < 20)
      std::fprintf(stderr,
                   "MISMATCH after the run: %s[%zu] expected %" PRId64
                   " read %" PRId64 "\n",
                   what, index, want, have);
  };
  diff("tick", 0, int64_t(golden.tick()), int64_t(tick));
  for (size_t k = 0; k < g.weights.size(); ++k)
    diff("w", k, g.weights[k], final.weights[k]);
  if (img.threeFactor)
    for (size_t k = 0; k < g.eligibility.size(); ++k)
      diff("e", k, g.eligibility[k], final.eligibility[k]);
  for (size_t j = 0; j < g.neurons; ++j) {
    diff("u", j, g.state[j].u, final.state[j].u);
    diff("i", j, g.state[j].i, final.state[j].i);
    diff("i2", j, g.state[j].iInh, final.state[j].iInh);
    diff("theta", j, g.state[j].theta, final.state[j].theta);
    diff("ref", j, g.state[j].ref, final.state[j].ref);
    diff("y", j, g.postTraceMem[j], final.postTraceMem[j]);
  }
  for (size_t a = 0; a < g.axons; ++a)
    diff("x", a, g.preTraceMem[a], final.preTraceMem[a]);
  if (mismatches) {
    std::fprintf(stderr, "FAIL: %" PRIu64 " mismatches (seed %" PRIu64 ")\n",
                 mismatches, seed);
    return 1;
  }
  std::printf("PASS board over UART (host library), %s seed %" PRIu64
              ": %zu steps, %" PRIu64
              " output spikes, %zu weights read back, %" PRIu64 " cycles\n",
              scenario.c_str(), seed, stim.size(), spikes, g.weights.size(),
              uart.cycles);
  return 0;
}
