//===- prune_test.cpp - Structural pruning on the core (docs/core.md §11) --===//
//
// The countdown (register 46) decides at each tick accept; a pruning step
// ends with a prune phase of R = P*N/2 + 3 cycles that writes -128 to the
// synapses of rows < P with |w| < T, committing them at S_R + q + 3 in the
// sweep's word order. The expected figures below are worked out by hand from
// §3 and §11; each test names the behaviour it pins down.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/config_bus.h"
#include "sim/golden/core_model.h"
#include "sim/golden/numerics/structural.h"
#include "sim/golden/system_model.h"
#include "tests/unit/golden/rule_images.h"

#include <gtest/gtest.h>
#include <random>

using namespace plasticc::golden;

namespace {

/// A 4x4 core with no learning rule and no input: only the prune phase
/// writes weights. No neuron reaches the threshold, so every step is
/// 1 (tick) + 0 (gather) + 0 (event) + 8 (neuron: max(4, 4) + 4) = 9 cycles,
/// and a pruning step with P = 4 adds R = 4*4/2 + 3 = 11.
CoreImage handImage(uint32_t every, uint32_t threshold) {
  CoreImage img = CoreImage::blank(4, 4);
  img.neuron.threshold = 1000;
  const int8_t w[4][4] = {{4, -5, 10, -128},   // row 0
                          {0, 7, -4, 5},       // row 1
                          {1, -1, 50, 60},     // row 2
                          {-128, -128, 3, 100}}; // row 3
  for (uint32_t i = 0; i < 4; ++i)
    for (uint32_t j = 0; j < 4; ++j)
      img.weight(i, j) = w[i][j];
  img.pruneEvery = every;
  img.pruneThreshold = threshold;
  return img;
}

std::vector<CommitEvent> weightEvents(const CommitRecorder &rec) {
  std::vector<CommitEvent> out;
  for (const CommitEvent &e : rec.events)
    if (e.kind == CommitKind::Weight)
      out.push_back(e);
  return out;
}

/// The steps (of \p steps) that prune, as the model decides them.
std::vector<uint64_t> pruningSteps(uint32_t every, uint64_t steps) {
  CoreModel core(handImage(every, 0));
  std::vector<uint64_t> out;
  for (uint64_t t = 0; t < steps; ++t)
    if (core.step().pruning)
      out.push_back(t);
  return out;
}

} // namespace

TEST(Prune, HelperIsTheStructuralRulesComparison) {
  EXPECT_TRUE(prunes(4, 5));
  EXPECT_TRUE(prunes(-4, 5));
  EXPECT_FALSE(prunes(5, 5)); // strictly below
  EXPECT_FALSE(prunes(-5, 5));
  EXPECT_FALSE(prunes(kNoSynapse, 128)); // absent stays absent
  EXPECT_TRUE(prunes(-127, 128));
  EXPECT_FALSE(prunes(0, 0)); // T = 0 prunes nothing
}

TEST(Prune, CountdownScheduleEveryOne) {
  // E = 1: C = 0 after the load and after every step; every step prunes.
  CoreModel core(handImage(1, 0));
  EXPECT_EQ(core.pruneCountdown(), 0u);
  for (uint64_t t = 0; t < 5; ++t) {
    EXPECT_TRUE(core.step().pruning) << "step " << t;
    EXPECT_EQ(core.pruneCountdown(), 0u);
  }
}

TEST(Prune, CountdownScheduleEveryThree) {
  // E = 3: the load sets C = 2; C runs 2, 1, 0 (prune, back to 2), ... so
  // steps 2, 5, 8 prune: (t + 1) mod 3 = 0.
  CoreModel core(handImage(3, 0));
  EXPECT_EQ(core.pruneCountdown(), 2u);
  const uint32_t after[] = {1, 0, 2, 1, 0, 2};
  for (uint64_t t = 0; t < 6; ++t) {
    EXPECT_EQ(core.step().pruning, t == 2 || t == 5) << "step " << t;
    EXPECT_EQ(core.pruneCountdown(), after[t]) << "after step " << t;
  }
  EXPECT_EQ(pruningSteps(3, 12), (std::vector<uint64_t>{2, 5, 8, 11}));
  for (uint32_t every : {2u, 5u, 7u}) {
    std::vector<uint64_t> expected;
    for (uint64_t t = 0; t < 30; ++t)
      if (isStructuralStep({0, every, 0, 0, 0}, t))
        expected.push_back(t);
    EXPECT_EQ(pruningSteps(every, 30), expected) << "every " << every;
  }
}

TEST(Prune, CountdownScheduleEveryZeroNeverPrunes) {
  CoreModel core(handImage(0, 128));
  for (uint64_t t = 0; t < 6; ++t) {
    CommitRecorder rec;
    const StepStats &s = core.step(&rec);
    EXPECT_FALSE(s.pruning);
    EXPECT_EQ(s.pruneCycles, 0u);
    EXPECT_EQ(s.totalCycles(), 9u);
    EXPECT_TRUE(weightEvents(rec).empty());
    EXPECT_EQ(core.pruneCountdown(), 0u); // C stays 0 when E = 0
  }
  EXPECT_EQ(core.image().weights, handImage(0, 128).weights);
}

TEST(Prune, HostWritesOfRegistersFortyFiveAndFortySix) {
  CoreModel core(handImage(4, 0));
  EXPECT_EQ(core.pruneCountdown(), 3u);
  core.step();
  EXPECT_EQ(core.pruneCountdown(), 2u);
  // Writing 46 = 0 makes the next step prune.
  core.setPruneCountdown(0);
  EXPECT_TRUE(core.step().pruning);
  EXPECT_EQ(core.pruneCountdown(), 3u);
  // Writing 45 restarts the count at E - 1.
  core.setPruneEvery(2);
  EXPECT_EQ(core.pruneCountdown(), 1u);
  EXPECT_FALSE(core.step().pruning);
  EXPECT_TRUE(core.step().pruning);
  core.setPruneEvery(0);
  EXPECT_EQ(core.pruneCountdown(), 0u);
  EXPECT_FALSE(core.step().pruning);
}

TEST(Prune, PruningStepCyclesAndCommitEvents) {
  // E = 3, T = 5: steps 0 and 1 take 9 cycles (ticks at 0 and 9); step 2's
  // tick is accepted at 18, its sweep would start at 18 + 1 + 8 = 27 = S_R,
  // and R = 11, so the step takes 20 cycles and the next tick is at 38.
  // Word q = 2i + p of row i holds pair c = p ^ (i & 1); a pruned lane
  // commits at S_R + q + 3 = 30 + q.
  CoreModel core(handImage(3, 5));
  CommitRecorder early;
  core.step(&early);
  core.step(&early);
  EXPECT_TRUE(weightEvents(early).empty());
  EXPECT_EQ(core.nextTickCycle(), 18u);

  CommitRecorder rec;
  const StepStats s = core.step(&rec);
  EXPECT_TRUE(s.pruning);
  EXPECT_EQ(s.tickCycle, 18u);
  EXPECT_EQ(s.sweepCycles, 0u);
  EXPECT_EQ(s.pruneCycles, 11u);
  EXPECT_EQ(s.totalCycles(), 20u);
  EXPECT_EQ(core.nextTickCycle(), 38u);
  EXPECT_EQ(s.pruned, 6u);
  const std::vector<CommitEvent> expected = {
      {30, 2, CommitKind::Weight, 0, 0, -128}, // q 0: row 0 pair 0, w = 4
      {32, 2, CommitKind::Weight, 1, 2, -128}, // q 2: row 1 visits pair 1 first
      {33, 2, CommitKind::Weight, 1, 0, -128}, // q 3: then pair 0, w = 0
      {34, 2, CommitKind::Weight, 2, 0, -128}, // q 4: both lanes, lane 0
      {34, 2, CommitKind::Weight, 2, 1, -128}, //      then lane 1
      {36, 2, CommitKind::Weight, 3, 2, -128}, // q 6: row 3 pair 1, w = 3
  };
  const std::vector<CommitEvent> got = weightEvents(rec);
  ASSERT_EQ(got.size(), expected.size());
  for (size_t k = 0; k < got.size(); ++k)
    EXPECT_EQ(formatCommit(got[k]), formatCommit(expected[k])) << "event " << k;
  // The prune phase's events come after every neuron-phase event.
  EXPECT_EQ(rec.events.back().kind, CommitKind::Weight);
  const int8_t after[4][4] = {{-128, -5, 10, -128},
                              {-128, 7, -128, 5},
                              {-128, -128, 50, 60},
                              {-128, -128, -128, 100}};
  for (uint32_t i = 0; i < 4; ++i)
    for (uint32_t j = 0; j < 4; ++j)
      EXPECT_EQ(core.image().weight(i, j), after[i][j]) << i << "," << j;
}

TEST(Prune, StaticRowsAreNeverPruned) {
  // P = 2: only rows 0 and 1 are visited, R = 2*4/2 + 3 = 7, and the last
  // event is row 1's at S_R + 3 + 3 (E = 1: step 0 prunes, S_R = 9).
  CoreImage img = handImage(1, 128);
  img.plasticAxons = 2;
  CoreModel core(img);
  CommitRecorder rec;
  const StepStats s = core.step(&rec);
  EXPECT_EQ(s.pruneCycles, 7u);
  EXPECT_EQ(s.totalCycles(), 16u);
  const std::vector<CommitEvent> got = weightEvents(rec);
  ASSERT_EQ(got.size(), 7u); // every existing synapse of rows 0, 1 (T = 128)
  for (const CommitEvent &e : got)
    EXPECT_LT(e.index, 2u) << formatCommit(e);
  EXPECT_EQ(formatCommit(got.back()), "15 0 w 1 1 -128");
  for (uint32_t i = 2; i < 4; ++i)
    for (uint32_t j = 0; j < 4; ++j)
      EXPECT_EQ(core.image().weight(i, j), img.weight(i, j)) << i << "," << j;

  // P = 0: nothing to visit, so R = 0 although the step prunes.
  img.plasticAxons = 0;
  CoreModel none(img);
  CommitRecorder rec0;
  const StepStats s0 = none.step(&rec0);
  EXPECT_TRUE(s0.pruning);
  EXPECT_EQ(s0.pruneCycles, 0u);
  EXPECT_EQ(s0.totalCycles(), 9u);
  EXPECT_TRUE(weightEvents(rec0).empty());
}

namespace {

using test::enableRule;
using test::Rule;

/// A core with stochastic rounding that learns from random inputs under
/// \p rule, so any shift of the learning LFSR changes later weights.
CoreImage learningImage(Rule rule) {
  CoreImage img = CoreImage::blank(8, 8);
  std::mt19937 gen(23);
  std::uniform_int_distribution<int> w(-70, 70);
  for (int8_t &x : img.weights)
    x = int8_t(w(gen));
  img.weights[3] = img.weights[17] = int8_t(kNoSynapse);
  img.neuron.decayV = 52000;
  img.neuron.threshold = 60;
  img.neuron.bias = 12;
  img.preTrace.decay = img.postTrace.decay = 60000;
  img.seedLearn = 0x2468ace1;
  img.seedNeuron = 0x13579bdf;
  enableRule(img, rule);
  if (rule == Rule::ThreeFactor)
    img.modulator = -90; // depress: weights drift towards the threshold
  if (rule == Rule::Hebbian)
    img.hebbianParams.decay = 3000; // Oja's term shrinks the weights
  return img;
}

class PruneWithRule : public ::testing::TestWithParam<Rule> {};

struct LearningRun {
  std::vector<CommitEvent> commits; ///< cycles relative to the step's tick.
  std::vector<uint64_t> pruneCycles;
  std::vector<uint32_t> learnLfsr, neuronLfsr;
  CoreImage final;
  uint64_t spikes = 0;
};

LearningRun runLearning(const CoreImage &img, uint64_t steps) {
  LearningRun r;
  CoreModel core(img);
  std::mt19937 gen(5);
  std::bernoulli_distribution fires(0.3);
  for (uint64_t t = 0; t < steps; ++t) {
    for (uint32_t a = 0; a < img.axons; ++a)
      if (fires(gen)) {
        EXPECT_TRUE(core.pushInput(a));
      }
    CommitRecorder rec;
    const StepStats &s = core.step(&rec);
    for (CommitEvent e : rec.events) {
      e.cycle -= s.tickCycle;
      r.commits.push_back(e);
    }
    r.pruneCycles.push_back(s.pruneCycles);
    r.learnLfsr.push_back(core.learnLfsrState());
    r.neuronLfsr.push_back(core.neuronLfsrState());
    r.spikes += s.spikes;
  }
  r.final = core.image();
  return r;
}

} // namespace

TEST_P(PruneWithRule, PruningDrawsNoRandomNumbers) {
  // E = 1 with T = 0 runs a prune phase every step that prunes nothing: the
  // commits (relative to each tick), weights and both LFSRs must equal those
  // of E = 0; only the prune phase's cycles are added.
  const CoreImage base = learningImage(GetParam());
  CoreImage pruning = base;
  pruning.pruneEvery = 1;
  pruning.pruneThreshold = 0;
  const LearningRun a = runLearning(base, 40), b = runLearning(pruning, 40);
  ASSERT_GT(a.spikes, 10u) << "the test needs postsynaptic spikes";
  ASSERT_EQ(a.commits.size(), b.commits.size());
  for (size_t k = 0; k < a.commits.size(); ++k)
    ASSERT_EQ(formatCommit(a.commits[k]), formatCommit(b.commits[k]))
        << "event " << k;
  EXPECT_EQ(a.learnLfsr, b.learnLfsr);
  EXPECT_EQ(a.neuronLfsr, b.neuronLfsr);
  EXPECT_EQ(a.final.weights, b.final.weights);
  EXPECT_NE(a.final.weights, base.weights) << "the rule must have learned";
  for (size_t t = 0; t < b.pruneCycles.size(); ++t) {
    EXPECT_EQ(a.pruneCycles[t], 0u);
    EXPECT_EQ(b.pruneCycles[t], 8u * 8 / 2 + 3) << "step " << t;
  }
}

TEST_P(PruneWithRule, PrunedSynapsesAreNeverWrittenAgain) {
  // E = 4, T = 40: steps 3, 7, ... prune the weak synapses; the rule keeps
  // writing the rest (w, and e for three-factor), never a pruned one.
  CoreImage img = learningImage(GetParam());
  img.pruneEvery = 4;
  img.pruneThreshold = 40;
  const LearningRun r = runLearning(img, 40);
  ASSERT_GT(r.spikes, 10u);
  std::vector<uint8_t> gone(img.weights.size(), 0);
  uint64_t prunedEvents = 0, laterStdpWrites = 0;
  for (const CommitEvent &e : r.commits) {
    if (e.kind != CommitKind::Weight && e.kind != CommitKind::Eligibility)
      continue;
    const size_t k = size_t(e.index) * img.neurons + e.index2;
    EXPECT_FALSE(gone[k]) << "synapse " << e.index << "," << e.index2
                          << " written after it was pruned: "
                          << formatCommit(e);
    if (e.kind == CommitKind::Weight && e.value == kNoSynapse) {
      gone[k] = 1;
      ++prunedEvents;
      EXPECT_EQ((e.tick + 1) % 4, 0u) << formatCommit(e);
    } else if (e.tick > 3) {
      ++laterStdpWrites;
    }
  }
  EXPECT_GT(prunedEvents, 5u);
  EXPECT_GT(laterStdpWrites, 50u) << "the rule must keep writing";
  for (size_t k = 0; k < gone.size(); ++k)
    if (gone[k]) {
      EXPECT_EQ(r.final.weights[k], kNoSynapse);
    }
  // What remains is at least T in magnitude after the last pruning step
  // (step 39), or absent.
  for (int8_t w : r.final.weights)
    EXPECT_FALSE(prunes(w, 40)) << int(w);
}

INSTANTIATE_TEST_SUITE_P(Rules, PruneWithRule,
                         ::testing::Values(Rule::Stdp, Rule::ThreeFactor,
                                           Rule::Hebbian),
                         [](const auto &info) {
                           return test::ruleName(info.param);
                         });

TEST(Prune, PrunePhaseFollowsTheSweep) {
  // Hebbian 4x4, no input, E = 1: step 0 is 1 + Nn 8 + W (4*4/2 + 3 = 11)
  // + R 11 = 31 cycles; S_W = 9, so the sweep commits word q at 12 + q, the
  // last one holding a synapse (q = 6: row 3, pair 1) at 18, and the prune
  // phase (S_R = 20) commits w00 = 4 at 23 and w01 = -5 (T = 6) of the same
  // word, after every sweep event.
  CoreImage img = handImage(1, 6);
  img.hebbian = true;
  img.hebbianParams.wMin = -100;
  img.hebbianParams.wMax = 100;
  CoreModel core(img);
  CommitRecorder rec;
  const StepStats s = core.step(&rec);
  EXPECT_EQ(s.sweepCycles, 11u);
  EXPECT_EQ(s.pruneCycles, 11u);
  EXPECT_EQ(s.totalCycles(), 31u);
  const std::vector<CommitEvent> w = weightEvents(rec);
  std::vector<CommitEvent> pruned;
  uint64_t lastSweep = 0;
  for (const CommitEvent &e : w)
    if (e.value == kNoSynapse)
      pruned.push_back(e);
    else
      lastSweep = std::max(lastSweep, e.cycle);
  EXPECT_EQ(lastSweep, 18u);
  ASSERT_GE(pruned.size(), 2u);
  EXPECT_EQ(formatCommit(pruned[0]), "23 0 w 0 0 -128");
  EXPECT_EQ(formatCommit(pruned[1]), "23 0 w 0 1 -128");
  for (size_t k = 1; k < rec.events.size(); ++k)
    EXPECT_LE(rec.events[k - 1].cycle, rec.events[k].cycle) << k;
}

TEST(Prune, ASystemWaitsForItsPruningCore) {
  // Core 0 prunes at step 2 (E = 3), core 1 never; no spikes, no routes.
  // A system step is max_k T_k + 2 (router overhead) + 0 (drain): 9 + 2 =
  // 11, and 20 + 2 = 22 at step 2, so the system is idle at 11 + 11 + 22.
  SystemImage sys;
  sys.coreNames = {"pruning", "plain"};
  sys.cores = {handImage(3, 5), handImage(0, 5)};
  SystemModel model(sys);
  std::vector<uint64_t> cycles;
  for (int t = 0; t < 3; ++t)
    cycles.push_back(model.step().totalCycles());
  EXPECT_EQ(cycles, (std::vector<uint64_t>{11, 11, 22}));
  EXPECT_EQ(model.nextTickCycle(), 44u);
  EXPECT_EQ(model.core(0).lastStats().pruned, 6u);
  EXPECT_EQ(model.core(0).image().weight(0, 0), kNoSynapse);
  EXPECT_EQ(model.core(1).image().weights, sys.cores[1].weights);
}

TEST(PruneBus, RegistersFeatureBitAndReadMasks) {
  CoreImage img = handImage(3, 5);
  const std::vector<uint16_t> regs = parameterRegisters(img);
  ASSERT_EQ(regs.size(), size_t(kNumParamRegisters));
  EXPECT_EQ(kNumParamRegisters, 47u);
  EXPECT_EQ(regs[kRegPruneThreshold], 5);
  EXPECT_EQ(regs[kRegPruneEvery], 3);
  EXPECT_EQ(regs[kRegPruneCountdown], 2); // what a load leaves: E - 1
  EXPECT_STREQ(parameterName(kRegPruneThreshold), "prune.threshold");
  EXPECT_STREQ(parameterName(kRegPruneEvery), "prune.every");
  EXPECT_STREQ(parameterName(kRegPruneCountdown), "prune countdown");
  EXPECT_EQ(parameterRegisters(handImage(0, 5))[kRegPruneCountdown], 0);

  // The image uses EnPrune only when it prunes at all.
  EXPECT_TRUE(CoreFeatures::usedBy(img).prune);
  EXPECT_FALSE(CoreFeatures::usedBy(handImage(0, 5)).prune);
  EXPECT_EQ(featureWord(CoreFeatures::usedBy(img)), 1u << 10);

  // A core without EnPrune reads 44..46 as 0 and refuses the image.
  CoreFeatures without;
  without.prune = false;
  for (uint32_t r = kRegPruneThreshold; r <= kRegPruneCountdown; ++r) {
    EXPECT_EQ(parameterReadMask(r, without), 0u) << r;
    EXPECT_NE(parameterReadMask(r, CoreFeatures()), 0u) << r;
  }
  EXPECT_EQ(parameterReadMask(kRegPruneThreshold, CoreFeatures()), 0x00ffu);
  EXPECT_EQ(parameterReadMask(kRegPruneEvery, CoreFeatures()), 0xffffu);
  EXPECT_EQ(parameterReadMask(kNumParamRegisters, CoreFeatures()), 0u);
  std::string why;
  EXPECT_FALSE(imageFits(img, without, why));
  EXPECT_EQ(why, "structural pruning, prune.every != 0 (EnPrune = 0)");
  EXPECT_TRUE(imageFits(handImage(0, 5), without, why)) << why;
  CoreCapabilities caps{4, 4, featuresFromWord(0)};
  EXPECT_FALSE(imageRunsOn(img, caps, why));
  EXPECT_EQ(why, "was built without structural pruning, prune.every != 0 "
                 "(EnPrune = 0), which the image uses");
  caps.features = featuresFromWord(1u << 10);
  EXPECT_TRUE(caps.features.prune);
  EXPECT_TRUE(imageRunsOn(img, caps, why)) << why;
  EXPECT_EQ(describeCapabilities(caps),
            "4 neurons x 4 axons, built with EnPrune");
}

TEST(PruneBus, ImageLoadWritesFortyFourAndFortyFiveNotTheCountdown) {
  // The countdown follows from the write of 45 (§11), so the load leaves it
  // to that write: registers 0..45 in order, then the memories.
  const CoreImage img = handImage(3, 5);
  std::vector<ConfigWrite> w;
  std::string error;
  ASSERT_TRUE(imageConfigWrites(img, CoreFeatures::usedBy(img), w, error))
      << error;
  for (uint32_t r = 0; r < kRegPruneCountdown; ++r)
    ASSERT_EQ(w[r].address(), configAddress(Region::Param, r));
  EXPECT_EQ(w[kRegPruneThreshold].data, 5);
  EXPECT_EQ(w[kRegPruneThreshold].readMask, 0x00ff);
  EXPECT_EQ(w[kRegPruneEvery].data, 3);
  EXPECT_EQ(w[kRegPruneEvery].readMask, 0xffff);
  EXPECT_EQ(w[kRegPruneCountdown].region, Region::Weight);
  for (const ConfigWrite &x : w)
    EXPECT_FALSE(x.region == Region::Param && x.index == kRegPruneCountdown);
  // On a build without EnPrune (the image does not prune) 44, 45 read 0.
  CoreFeatures without;
  without.prune = false;
  ASSERT_TRUE(imageConfigWrites(handImage(0, 0), without, w, error)) << error;
  EXPECT_EQ(w[kRegPruneThreshold].readMask, 0);
  EXPECT_EQ(w[kRegPruneEvery].readMask, 0);
}
