//===- system_model_test.cpp - Multi-core systems (docs/core.md §10) -------===//
//
// A hand-worked two-core run (spike timing, drain order and every cycle
// count derived in the comments), fan-out, a full destination FIFO, a
// property test against cores fed by hand, and the system image loader's
// errors.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/system_model.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

#include <stdexcept>
#include <random>
#include <stdexcept>

using namespace plasticc::golden;
namespace fs = std::filesystem;

namespace {

/// N x M lif core without learning: u halves per step, threshold 40, so one
/// synapse of weight 100 fires its neuron in the step its axon spikes.
/// \p synapses lists (axon, neuron); every other synapse is absent.
CoreImage relayCore(uint32_t n, uint32_t m,
                    std::initializer_list<std::pair<uint32_t, uint32_t>>
                        synapses) {
  CoreImage img = CoreImage::blank(n, m);
  for (auto &w : img.weights)
    w = int8_t(kNoSynapse);
  for (auto [i, j] : synapses)
    img.weight(i, j) = 100;
  img.neuron.decayV = 32768;
  img.neuron.threshold = 40;
  return img;
}

std::vector<SystemSpike> spikesOf(std::initializer_list<SystemSpike> s) {
  return s;
}

/// Core a (index 0): N = 4, M = 2; axon 0 fires neurons 0 and 1, axon 1
/// fires neuron 2. Core b (index 1): N = 4, M = 4; axon i fires neuron i.
/// Route 0: a -> b, first 1, count 2 (a's 0, 1 -> b's axons 1, 2).
/// Route 1: b -> a, first 0, count 2 (b's 0, 1 -> a's axons 0, 1).
SystemImage twoCores() {
  SystemImage sys;
  sys.coreNames = {"a", "b"};
  sys.cores = {relayCore(4, 2, {{0, 0}, {0, 1}, {1, 2}}),
               relayCore(4, 4, {{0, 0}, {1, 1}, {2, 2}, {3, 3}})};
  sys.routes = {{0, 1, 1, 2}, {1, 0, 0, 2}};
  return sys;
}

} // namespace

TEST(SystemModel, HandWorkedTwoCoreRun) {
  SystemImage img = twoCores();
  std::string error;
  ASSERT_TRUE(checkSystemImage(img, error)) << error;
  SystemModel sys(img);
  CommitRecorder recA, recB;
  const std::vector<CommitSink *> sinks = {&recA, &recB};

  // Step 0, tick at cycle 0. Core a pops 1 entry (axon 0); K = 1:
  // E = 2 + 1 * 4/2 + 3 = 7, Nn = max(4, 2) + 4 = 8, T_a = 1 + 1 + 7 + 8 = 17.
  // Core b is empty: T_b = 1 + 0 + 0 + 8 = 9. a fires 0 and 1.
  // Drain (a has 1 route): 2 spikes * (1 + 1) = 4 cycles, b none.
  // Next tick: 0 + 17 + 2 + 4 = 23.
  ASSERT_TRUE(sys.pushInput(0, 0));
  const SystemStepStats s0 = sys.stepAt(0, sinks);
  EXPECT_EQ(s0.tickCycle, 0u);
  EXPECT_EQ(s0.coreCycles, 17u);
  EXPECT_EQ(s0.drainCycles, 4u);
  EXPECT_EQ(s0.routedPushes, 2u);
  EXPECT_EQ(s0.droppedPushes, 0u);
  EXPECT_EQ(sys.nextTickCycle(), 23u);
  EXPECT_EQ(sys.outputSpikes(), spikesOf({{0, 0}, {0, 1}}));
  // Drain order: offer a0, push b1, offer a1, push b2.
  ASSERT_EQ(sys.lastDrain().size(), 4u);
  EXPECT_EQ(sys.lastDrain()[0].kind, RouterEvent::Offer);
  EXPECT_EQ(sys.lastDrain()[1].kind, RouterEvent::Push);
  EXPECT_EQ(sys.lastDrain()[1].dst, 1u);
  EXPECT_EQ(sys.lastDrain()[1].axon, 1u);
  EXPECT_EQ(sys.lastDrain()[2].neuron, 1u);
  EXPECT_EQ(sys.lastDrain()[3].axon, 2u);
  EXPECT_EQ(sys.lastDrain()[3].slot, 3u);
  // Nothing reaches b in the step a fired: one step of delay.
  EXPECT_TRUE(sys.core(1).outputSpikes().empty());

  // Step 1 at 23 (an earlier request is clamped). b pops its 2 routed
  // entries (axons 1, 2); K = 2: E = 2 + 2 * 2 + 3 = 9,
  // T_b = 1 + 2 + 9 + 8 = 20; T_a = 9. b fires 1 and 2. Drain: neuron 1
  // matches route 1 (1 < 2) -> a's axon 1; neuron 2 does not (2 >= 2) but
  // still takes its cycle: R = 2 * (1 + 1) = 4. Next: 23 + 20 + 2 + 4 = 49.
  const SystemStepStats s1 = sys.stepAt(5, sinks);
  EXPECT_EQ(s1.tickCycle, 23u);
  EXPECT_EQ(s1.coreCycles, 20u);
  EXPECT_EQ(s1.drainCycles, 4u);
  EXPECT_EQ(s1.routedPushes, 1u);
  EXPECT_EQ(sys.nextTickCycle(), 49u);
  EXPECT_EQ(sys.outputSpikes(), spikesOf({{1, 1}, {1, 2}}));
  ASSERT_EQ(sys.lastDrain().size(), 4u);
  EXPECT_EQ(sys.lastDrain()[1].kind, RouterEvent::Push);
  EXPECT_EQ(sys.lastDrain()[1].axon, 1u);
  EXPECT_EQ(sys.lastDrain()[3].kind, RouterEvent::NoMatch);
  EXPECT_EQ(sys.lastDrain()[3].neuron, 2u);
  // b's commit events are on system cycles: S_E = 23 + 1 + 2 = 26,
  // S_N = 26 + 9 = 35, neuron 1's spike in N4 at 35 + 1 + 4 = 40.
  bool sawSpike = false;
  for (const CommitEvent &e : recB.events)
    if (e.kind == CommitKind::Spike && e.tick == 1 && e.index == 1) {
      EXPECT_EQ(e.cycle, 40u);
      sawSpike = true;
    }
  EXPECT_TRUE(sawSpike);

  // Step 2 at 49: a pops axon 1 and fires neuron 2, T_a = 17; route 0 does
  // not carry neuron 2 (count 2): R = 1 * 2 = 2. Next: 49 + 17 + 2 + 2 = 70.
  const SystemStepStats s2 = sys.step();
  EXPECT_EQ(s2.tickCycle, 49u);
  EXPECT_EQ(s2.coreCycles, 17u);
  EXPECT_EQ(s2.drainCycles, 2u);
  EXPECT_EQ(s2.routedPushes, 0u);
  EXPECT_EQ(sys.outputSpikes(), spikesOf({{0, 2}}));
  EXPECT_EQ(sys.nextTickCycle(), 70u);

  // Step 3: no spikes anywhere; the overhead is still paid: 70 + 9 + 2.
  const SystemStepStats s3 = sys.step();
  EXPECT_EQ(s3.coreCycles, 9u);
  EXPECT_EQ(s3.drainCycles, 0u);
  EXPECT_EQ(s3.totalCycles(), 11u);
  EXPECT_EQ(sys.nextTickCycle(), 81u);
  EXPECT_TRUE(sys.outputSpikes().empty());
  EXPECT_EQ(sys.tick(), 4u);
  EXPECT_FALSE(sys.routerOverflow());
}

TEST(SystemModel, FanOutToTwoCoresInTableOrder) {
  // a's neuron 0 -> b's axon 3 (route 0) and c's axon 0 (route 1); a's
  // neuron 1 only through route 1 (route 0 has count 1).
  SystemImage img;
  img.coreNames = {"a", "b", "c"};
  img.cores = {relayCore(4, 2, {{0, 0}, {0, 1}}),
               relayCore(4, 4, {{3, 2}}), relayCore(4, 2, {{0, 3}, {1, 1}})};
  img.routes = {{0, 1, 3, 1}, {0, 2, 0, 2}};
  SystemModel sys(img);
  ASSERT_TRUE(sys.pushInput(0, 0));
  const SystemStepStats s0 = sys.step();
  // 2 spikes * (1 + 2 routes) = 6 drain cycles: offer 0, push b3, push c0,
  // offer 1, no match, push c1.
  EXPECT_EQ(s0.drainCycles, 6u);
  std::vector<RouterEvent::Kind> kinds;
  for (const RouterEvent &e : sys.lastDrain())
    kinds.push_back(e.kind);
  EXPECT_EQ(kinds, (std::vector<RouterEvent::Kind>{
                       RouterEvent::Offer, RouterEvent::Push, RouterEvent::Push,
                       RouterEvent::Offer, RouterEvent::NoMatch,
                       RouterEvent::Push}));
  EXPECT_EQ(sys.lastDrain()[2].dst, 2u);
  EXPECT_EQ(sys.lastDrain()[5].axon, 1u);
  sys.step();
  EXPECT_EQ(sys.outputSpikes(), spikesOf({{1, 2}, {2, 1}, {2, 3}}));
}

TEST(SystemModel, FullFifoDropsTheLaterPushesAndSticks) {
  // a: 64 neurons, all fired by axon 0. 9 routes a -> b (first 0, count
  // 64): 576 pushes in drain order (neuron j, route r) -> push number
  // 9j + r + 1. The FIFO holds 512: push 513 = (j = 56, r = 8) is the first
  // dropped, then every push of j >= 57: 64 dropped.
  std::vector<std::pair<uint32_t, uint32_t>> all;
  CoreImage a = CoreImage::blank(64, 2);
  for (auto &w : a.weights)
    w = int8_t(kNoSynapse);
  for (uint32_t j = 0; j < 64; ++j)
    a.weight(0, j) = 100;
  a.neuron.decayV = 32768;
  a.neuron.threshold = 40;
  SystemImage img;
  img.coreNames = {"a", "b"};
  img.cores = {a, relayCore(4, 64, {})};
  for (int r = 0; r < 9; ++r)
    img.routes.push_back({0, 1, 0, 64});
  std::string error;
  ASSERT_TRUE(checkSystemImage(img, error)) << error;
  SystemModel sys(img);
  ASSERT_TRUE(sys.pushInput(0, 0));
  const SystemStepStats s0 = sys.step();
  EXPECT_EQ(s0.drainCycles, 64u * 10);
  EXPECT_EQ(s0.routedPushes, 512u);
  EXPECT_EQ(s0.droppedPushes, 64u);
  EXPECT_TRUE(sys.routerOverflow());
  const RouterEvent *firstDrop = nullptr;
  for (const RouterEvent &e : sys.lastDrain())
    if (e.kind == RouterEvent::Dropped) {
      firstDrop = &e;
      break;
    }
  ASSERT_NE(firstDrop, nullptr);
  EXPECT_EQ(firstDrop->neuron, 56u);
  EXPECT_EQ(firstDrop->route, 8u);
  EXPECT_EQ(firstDrop->slot, 56u * 10 + 9);
  // The host's inputs come after the routed ones: b's FIFO is full.
  EXPECT_FALSE(sys.pushInput(1, 5));
  EXPECT_TRUE(sys.pushInput(0, 1)); // a's FIFO is empty
  // b pops all 512 in the next step; the status bit stays set.
  const SystemStepStats s1 = sys.step();
  EXPECT_EQ(sys.core(1).lastStats().popped, 512u);
  EXPECT_EQ(s1.droppedPushes, 0u);
  EXPECT_TRUE(sys.routerOverflow());
  EXPECT_TRUE(sys.pushInput(1, 5));
}

TEST(SystemModel, RefusesAnUncheckedImage) {
  // A route to a core that is not there: the RTL ignores it, so the model
  // must not run it as a FIFO drop; it refuses the image instead.
  SystemImage toNowhere = twoCores();
  toNowhere.routes.push_back({0, 2, 0, 1});
  EXPECT_THROW(SystemModel{toNowhere}, std::invalid_argument);
  try {
    SystemModel sys(toNowhere);
  } catch (const std::invalid_argument &e) {
    EXPECT_NE(std::string(e.what()).find("route 2:"), std::string::npos)
        << e.what();
  }
  SystemImage pastTheAxons = twoCores();
  pastTheAxons.routes[0].first = 3; // b has 4 axons: 3 + 2 > 4
  EXPECT_THROW(SystemModel{pastTheAxons}, std::invalid_argument);
  SystemImage tooMany;
  for (int k = 0; k < 16; ++k) {
    tooMany.coreNames.push_back("c" + std::to_string(k));
    tooMany.cores.push_back(CoreImage::blank(2, 2));
  }
  EXPECT_THROW(SystemModel{tooMany}, std::invalid_argument);
  EXPECT_NO_THROW(SystemModel{twoCores()});
}

TEST(SystemModel, RejectsInputsForMissingCoresOrAxons) {
  SystemModel sys(twoCores());
  EXPECT_FALSE(sys.pushInput(2, 0));
  EXPECT_FALSE(sys.pushInput(0, 2)); // a has 2 axons
  EXPECT_TRUE(sys.pushInput(1, 3));
}

namespace {

/// A core of \p n neurons and \p m axons with random weights, fixed seeds
/// and \p learning on; dense enough to fire often.
CoreImage randomCore(std::mt19937 &gen, uint32_t n, uint32_t m, int learning) {
  CoreImage img = CoreImage::blank(n, m);
  std::uniform_int_distribution<int> w(-20, 60), absent(0, 5);
  for (auto &x : img.weights)
    x = absent(gen) == 0 ? int8_t(kNoSynapse) : int8_t(w(gen));
  img.neuron.decayV = 55000;
  img.neuron.threshold = 70;
  img.preTrace.decay = img.postTrace.decay = 60000;
  img.seedLearn = gen() | 1;
  img.seedNeuron = gen() | 1;
  if (learning == 1) {
    img.stdp.enabled = true;
    img.stdp.rounding = WeightRounding::Stochastic;
    img.stdp.aPlus = 4000;
    img.stdp.aMinus = 4200;
    img.stdp.wMin = -100;
    img.stdp.wMax = 100;
    img.plasticAxons = m / 2;
  } else if (learning == 2) {
    img.threeFactor = true;
    img.threeFactorParams.decayE = 50000;
    img.threeFactorParams.aPlus = 9000;
    img.threeFactorParams.aMinus = 9500;
    img.threeFactorParams.eFracBits = 3;
    img.threeFactorParams.eta = 20000;
    img.threeFactorParams.wMin = -100;
    img.threeFactorParams.wMax = 100;
    img.modulator = 40;
  }
  return img;
}

} // namespace

TEST(SystemModel, EqualsCoresFedByHand) {
  // Three cores, routes with fan-out, overlap and non-matching neurons,
  // recurrence on core 1, learning on cores 0 and 2. The reference feeds
  // each core by hand: the previous step's spikes through the routes (in
  // drain order), then the host's inputs, and ticks every core at the
  // cycle the §10.2 formula gives.
  std::mt19937 gen(11);
  SystemImage img;
  img.coreNames = {"in", "hidden", "out"};
  img.cores = {randomCore(gen, 8, 6, 1), randomCore(gen, 12, 16, 0),
               randomCore(gen, 4, 10, 2)};
  img.cores[1].recurrent = {true, 4, 2};
  img.routes = {{0, 1, 0, 8}, {0, 2, 0, 3}, {1, 2, 3, 7},
                {1, 0, 2, 4}, {2, 1, 12, 4}, {0, 1, 8, 2}};
  std::string error;
  ASSERT_TRUE(checkSystemImage(img, error)) << error;

  SystemModel sys(img);
  std::vector<CoreModel> ref;
  for (const CoreImage &c : img.cores)
    ref.emplace_back(c);
  std::vector<CommitRecorder> sysRec(3), refRec(3);
  std::vector<CommitSink *> sinks = {&sysRec[0], &sysRec[1], &sysRec[2]};
  std::bernoulli_distribution hostFires(0.35);
  uint64_t tickCycle = 0;
  size_t spikesSeen = 0, pushesSeen = 0;
  for (uint64_t t = 0; t < 40; ++t) {
    for (uint32_t k = 0; k < 3; ++k)
      for (uint32_t a = 0; a < img.cores[k].axons; ++a)
        if (k == 0 && hostFires(gen)) {
          EXPECT_TRUE(sys.pushInput(k, a));
          EXPECT_TRUE(ref[k].pushInput(a));
        }
    if (t == 20) {
      sys.setModulator(2, -70);
      ref[2].setModulator(-70);
    }
    const SystemStepStats s = sys.stepAt(0, sinks);
    uint64_t coreCycles = 0, drain = 0;
    for (uint32_t k = 0; k < 3; ++k)
      coreCycles = std::max(
          coreCycles, ref[k].stepAt(tickCycle, &refRec[k]).totalCycles());
    std::vector<SystemSpike> expected;
    for (uint32_t k = 0; k < 3; ++k) {
      uint32_t routesK = 0;
      for (const Route &r : img.routes)
        routesK += r.src == k;
      drain += ref[k].outputSpikes().size() * (1 + routesK);
      for (uint32_t j : ref[k].outputSpikes()) {
        expected.push_back({k, j});
        for (const Route &r : img.routes)
          if (r.src == k && j < r.count) {
            EXPECT_TRUE(ref[r.dst].pushInput(r.first + j));
            ++pushesSeen;
          }
      }
    }
    ASSERT_EQ(sys.outputSpikes(), expected) << "step " << t;
    EXPECT_EQ(s.tickCycle, tickCycle);
    EXPECT_EQ(s.coreCycles, coreCycles);
    EXPECT_EQ(s.drainCycles, drain);
    spikesSeen += expected.size();
    tickCycle += coreCycles + SystemTiming::kRouterOverhead + drain;
    EXPECT_EQ(sys.nextTickCycle(), tickCycle);
  }
  EXPECT_GT(spikesSeen, 40u) << "the property needs traffic";
  EXPECT_GT(pushesSeen, 40u);
  for (uint32_t k = 0; k < 3; ++k) {
    EXPECT_EQ(sys.core(k).image().weights, ref[k].image().weights) << k;
    EXPECT_EQ(sys.core(k).image().eligibility, ref[k].image().eligibility);
    for (uint32_t j = 0; j < img.cores[k].neurons; ++j)
      EXPECT_EQ(sys.core(k).image().state[j].u, ref[k].image().state[j].u);
    ASSERT_EQ(sysRec[k].events.size(), refRec[k].events.size()) << k;
    for (size_t e = 0; e < sysRec[k].events.size(); ++e)
      ASSERT_EQ(sysRec[k].events[e], refRec[k].events[e])
          << "core " << k << " event " << e << ": "
          << formatCommit(sysRec[k].events[e]) << " vs "
          << formatCommit(refRec[k].events[e]);
  }
  EXPECT_FALSE(sys.routerOverflow());
}

namespace {

fs::path freshDir(const std::string &name) {
  fs::path dir = fs::path(PLASTICC_TEST_TMPDIR) / "system" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

/// A directory with core images "c4x4" (N = M = 4) and "c8x2" (N = 8,
/// M = 2), and \p text as its system.txt.
fs::path systemDir(const std::string &name, const std::string &text) {
  fs::path dir = freshDir(name);
  std::string error;
  EXPECT_TRUE(writeCoreImage((dir / "c4x4").string(), CoreImage::blank(4, 4),
                             error))
      << error;
  EXPECT_TRUE(writeCoreImage((dir / "c8x2").string(), CoreImage::blank(8, 2),
                             error))
      << error;
  std::ofstream(dir / "system.txt") << text;
  return dir;
}

/// The loader's message for \p text, directory stripped.
std::string loadError(const std::string &name, const std::string &text) {
  fs::path dir = systemDir(name, text);
  SystemImage sys;
  sys.coreNames = {"kept"};
  std::string error;
  EXPECT_FALSE(loadSystemImage(dir.string(), sys, error));
  // No side effects on failure.
  EXPECT_EQ(sys.coreNames, std::vector<std::string>{"kept"});
  return error.substr(error.find_last_of('/') + 1);
}

const std::string kHead = "plasticc-system-image 1\n"
                          "core a c4x4\n"
                          "core b c8x2/manifest.txt\n";

} // namespace

TEST(SystemImage, LoadsWritesAndRecognises) {
  fs::path dir = systemDir("ok", "# two cores\n" + kHead +
                                     "\nroute a b 0 2   # a's 0, 1 -> b\n"
                                     "route b a 1 3\n");
  SystemImage sys;
  std::string error;
  ASSERT_TRUE(loadSystemImage(dir.string(), sys, error)) << error;
  EXPECT_EQ(sys.coreNames, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(sys.cores[1].neurons, 8u);
  ASSERT_EQ(sys.routes.size(), 2u);
  EXPECT_EQ(sys.routes[1].src, 1u);
  EXPECT_EQ(sys.routes[1].dst, 0u);
  EXPECT_EQ(sys.routes[1].first, 1u);
  EXPECT_EQ(sys.routes[1].count, 3u);
  EXPECT_TRUE(isSystemImage(dir.string()));
  EXPECT_TRUE(isSystemImage((dir / "system.txt").string()));
  EXPECT_FALSE(isSystemImage((dir / "c4x4").string()));
  EXPECT_FALSE(isSystemImage((dir / "c4x4" / "manifest.txt").string()));

  sys.cores[0].weight(1, 2) = -9;
  sys.cores[1].plasticAxons = 1;
  fs::path out = freshDir("written");
  ASSERT_TRUE(writeSystemImage(out.string(), sys, error)) << error;
  SystemImage back;
  ASSERT_TRUE(loadSystemImage((out / "system.txt").string(), back, error))
      << error;
  EXPECT_EQ(back.coreNames, sys.coreNames);
  EXPECT_EQ(back.cores[0].weight(1, 2), -9);
  EXPECT_EQ(back.cores[1].plasticRows(), 1u);
  ASSERT_EQ(back.routes.size(), 2u);
  EXPECT_EQ(back.routes[0].count, 2u);

  // An image built in code is checked before it is written.
  sys.routes.push_back({0, 0, 0, 1});
  EXPECT_FALSE(writeSystemImage(freshDir("bad").string(), sys, error));
  EXPECT_EQ(error, "route 2: route from core 'a' to itself (a population's "
                   "own recurrence stays on its core)");
}

TEST(SystemImage, RejectsBadInputWithFileAndLine) {
  EXPECT_EQ(loadError("magic", "core a c4x4\n"),
            "system.txt:1: expected 'plasticc-system-image 1' as the first "
            "line");
  EXPECT_EQ(loadError("version", "plasticc-system-image 2\n"),
            "system.txt:1: unsupported system image version 2");
  EXPECT_EQ(loadError("empty", "# nothing\n"),
            "system.txt:1: empty system image");
  EXPECT_EQ(loadError("nocore", "plasticc-system-image 1\n"),
            "system.txt:1: no core in the system image");
  EXPECT_EQ(loadError("directive", kHead + "link a b\n"),
            "system.txt:4: unknown directive 'link' (expected 'core' or "
            "'route')");
  EXPECT_EQ(loadError("corearity", kHead + "core c\n"),
            "system.txt:4: expected 'core <name> <path>'");
  EXPECT_EQ(loadError("name", kHead + "core 1x c4x4\n"),
            "system.txt:4: '1x' is not a core name ([A-Za-z_][A-Za-z0-9_]*)");
  EXPECT_EQ(loadError("dupcore", kHead + "core a c8x2\n"),
            "system.txt:4: duplicate core 'a' (first on line 2)");
  std::string many = "plasticc-system-image 1\n";
  for (int k = 0; k < 16; ++k)
    many += "core c" + std::to_string(k) + " c4x4\n";
  EXPECT_EQ(loadError("cores", many),
            "system.txt:17: more than 15 cores (target 15 of the system bus "
            "is the router)");
  EXPECT_EQ(loadError("routearity", kHead + "route a b 0\n"),
            "system.txt:4: expected 'route <src> <dst> <first> <count>'");
  EXPECT_EQ(loadError("unknowncore", kHead + "route a z 0 1\n"),
            "system.txt:4: unknown core 'z' (cores are declared before the "
            "routes that name them)");
  EXPECT_EQ(loadError("badint", kHead + "route a b -1 1\n"),
            "system.txt:4: '-1' is not a non-negative integer");
  EXPECT_EQ(loadError("self", kHead + "route b b 0 1\n"),
            "system.txt:4: route from core 'b' to itself (a population's own "
            "recurrence stays on its core)");
  EXPECT_EQ(loadError("zero", kHead + "route a b 0 0\n"),
            "system.txt:4: route with count 0 carries no spike");
  EXPECT_EQ(loadError("count", kHead + "route a b 0 5\n"),
            "system.txt:4: route count 5 exceeds core 'a''s 4 neurons");
  EXPECT_EQ(loadError("axons", kHead + "route b a 2 3\n"),
            "system.txt:4: route axons 2..4 exceed core 'a''s 4 axons");
  std::string perSource = kHead;
  for (int k = 0; k < 17; ++k)
    perSource += "route a b 0 1\n";
  EXPECT_EQ(loadError("persource", perSource),
            "system.txt:20: more than 16 routes from core 'a'");
  // 5 cores x 13 routes each: the 65th route breaks the system limit.
  std::string routes = "plasticc-system-image 1\n";
  for (int k = 0; k < 5; ++k)
    routes += "core c" + std::to_string(k) + " c4x4\n";
  for (int k = 0; k < 65; ++k)
    routes += "route c" + std::to_string(k % 5) + " c" +
              std::to_string((k + 1) % 5) + " 0 1\n";
  EXPECT_EQ(loadError("routes", routes),
            "system.txt:71: more than 64 routes in a system");
  // A core's own errors keep their file and line.
  EXPECT_EQ(loadError("corefile", kHead + "core c nowhere\n"),
            "nowhere:0: cannot open core image manifest");
  fs::path dir = systemDir("coreline", kHead);
  std::ofstream(dir / "c4x4" / "manifest.txt", std::ios::app)
      << "neuron.tau_m = 20\n";
  SystemImage sys;
  std::string error;
  EXPECT_FALSE(loadSystemImage(dir.string(), sys, error));
  EXPECT_NE(error.find("c4x4/manifest.txt:"), std::string::npos) << error;
  EXPECT_NE(error.find(": unknown key 'neuron.tau_m'"), std::string::npos)
      << error;
  EXPECT_EQ(loadError("nofile", ""), "system.txt:0: empty system image");
  fs::path none = freshDir("none");
  EXPECT_FALSE(isSystemImage(none.string()));
  EXPECT_FALSE(loadSystemImage(none.string(), sys, error));
  EXPECT_EQ(error, (none / "system.txt").string() +
                       ":0: cannot open system image");
}
