//===- plastic_rows_test.cpp - Static rows (register 35, P) ----------------===//
//
// docs/core.md §10.4: learning writes rows i < P only, and every learning
// LFSR draw stays where it is. The reference for a core with P < M is the
// same core with P = M whose rows >= P hold no synapse at all: no synapse
// means no write and no commit, but the words are still visited and still
// draw. If the rows >= P of the P < M core hold weight 0 (they add nothing
// to any neuron), both cores must agree on every spike, every state and
// every commit event, cycle included, while the rows >= P keep their
// values. A model that skipped the static rows' draws would shift the
// stochastic rounding of every later word; one that wrote them would change
// their zeros.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/config_bus.h"
#include "sim/golden/core_model.h"
#include "tests/unit/golden/rule_images.h"

#include <gtest/gtest.h>
#include <random>

using namespace plasticc::golden;

namespace {

constexpr uint32_t kNeurons = 8, kAxons = 8, kPlastic = 4, kSteps = 60;

using test::enableRule;
using test::Rule;

/// Rows < kPlastic: random weights that make neurons fire; rows >= kPlastic
/// hold \p staticWeight (kNoSynapse for the reference). Rounding is
/// stochastic wherever the rule has it, so the LFSR sequence shows.
CoreImage ruleImage(Rule rule, int8_t staticWeight) {
  CoreImage img = CoreImage::blank(kNeurons, kAxons);
  std::mt19937 gen(17);
  std::uniform_int_distribution<int> w(20, 70);
  for (uint32_t i = 0; i < kAxons; ++i)
    for (uint32_t j = 0; j < kNeurons; ++j)
      img.weight(i, j) = i < kPlastic ? int8_t(w(gen)) : staticWeight;
  img.neuron.decayV = 52000;
  img.neuron.threshold = 90;
  img.preTrace.decay = img.postTrace.decay = 60000;
  img.seedLearn = 0x2468ace1;
  img.seedNeuron = 0x13579bdf;
  enableRule(img, rule);
  if (rule == Rule::ThreeFactor) {
    img.modulator = 90;
    // Charged eligibilities in the static rows must not decay either.
    for (uint32_t i = kPlastic; i < kAxons; ++i)
      for (uint32_t j = 0; j < kNeurons; ++j)
        img.eligibility[i * kNeurons + j] = 50;
  }
  return img;
}

struct RunResult {
  std::vector<std::pair<uint64_t, uint32_t>> spikes;
  CommitRecorder commits;
  CoreImage final;
};

/// Every axon, static ones included, spikes at random (same draws each run).
RunResult runFor(const CoreImage &img) {
  RunResult r;
  CoreModel core(img);
  std::mt19937 gen(5);
  std::bernoulli_distribution fires(0.3);
  for (uint64_t t = 0; t < kSteps; ++t) {
    for (uint32_t a = 0; a < kAxons; ++a)
      if (fires(gen)) {
        EXPECT_TRUE(core.pushInput(a));
      }
    core.step(&r.commits);
    for (uint32_t j : core.outputSpikes())
      r.spikes.emplace_back(t, j);
  }
  r.final = core.image();
  return r;
}

class PlasticRows : public ::testing::TestWithParam<Rule> {};

} // namespace

TEST_P(PlasticRows, StaticRowsKeepTheirValuesAndTheLfsrSequence) {
  const CoreImage reference = ruleImage(GetParam(), int8_t(kNoSynapse));
  CoreImage withStatic = ruleImage(GetParam(), 0);
  withStatic.plasticAxons = kPlastic;
  ASSERT_EQ(withStatic.plasticRows(), kPlastic);
  ASSERT_EQ(reference.plasticRows(), kAxons); // the default: every row

  const RunResult ref = runFor(reference), got = runFor(withStatic);
  ASSERT_GT(ref.spikes.size(), 10u) << "the test needs postsynaptic spikes";
  EXPECT_EQ(ref.spikes, got.spikes);
  // Same events on the same cycles: no w/e events for rows >= P.
  ASSERT_EQ(ref.commits.events.size(), got.commits.events.size());
  for (size_t k = 0; k < ref.commits.events.size(); ++k)
    ASSERT_EQ(formatCommit(ref.commits.events[k]),
              formatCommit(got.commits.events[k]))
        << "event " << k;
  bool plasticRowsMoved = false;
  for (uint32_t i = 0; i < kAxons; ++i)
    for (uint32_t j = 0; j < kNeurons; ++j) {
      const size_t k = size_t(i) * kNeurons + j;
      if (i < kPlastic) {
        EXPECT_EQ(ref.final.weights[k], got.final.weights[k]) << i << "," << j;
        EXPECT_EQ(ref.final.eligibility[k], got.final.eligibility[k]);
        plasticRowsMoved |= ref.final.weights[k] != reference.weights[k];
      } else {
        EXPECT_EQ(got.final.weights[k], 0) << i << "," << j;
        EXPECT_EQ(got.final.eligibility[k], withStatic.eligibility[k]);
      }
    }
  EXPECT_TRUE(plasticRowsMoved) << "the rule must have learned something";
  for (uint32_t j = 0; j < kNeurons; ++j)
    EXPECT_EQ(ref.final.state[j].u, got.final.state[j].u);
}

TEST_P(PlasticRows, WithoutPTheSameRowsLearn) {
  // The control: the zero rows are written when P = M, so the test above
  // would see a model that ignored P.
  const CoreImage allPlastic = ruleImage(GetParam(), 0);
  const RunResult r = runFor(allPlastic);
  bool staticRowWritten = false;
  for (const CommitEvent &e : r.commits.events)
    staticRowWritten |= (e.kind == CommitKind::Weight ||
                         e.kind == CommitKind::Eligibility) &&
                        e.index >= kPlastic;
  EXPECT_TRUE(staticRowWritten);
}

TEST_P(PlasticRows, PZeroFreezesEveryRowButKeepsTheCycles) {
  CoreImage frozen = ruleImage(GetParam(), 0);
  frozen.plasticAxons = 0;
  CoreModel a(ruleImage(GetParam(), 0)), b(frozen);
  for (uint32_t ax = 0; ax < kAxons; ++ax) {
    ASSERT_TRUE(a.pushInput(ax));
    ASSERT_TRUE(b.pushInput(ax));
  }
  CommitRecorder rec;
  const StepStats sa = a.step(), sb = b.step(&rec);
  EXPECT_EQ(sa.totalCycles(), sb.totalCycles());
  EXPECT_EQ(sa.learnCycles, sb.learnCycles);
  EXPECT_EQ(sa.sweepCycles, sb.sweepCycles);
  for (const CommitEvent &e : rec.events)
    EXPECT_TRUE(e.kind != CommitKind::Weight &&
                e.kind != CommitKind::Eligibility)
        << formatCommit(e);
  EXPECT_EQ(b.image().weights, frozen.weights);
}

INSTANTIATE_TEST_SUITE_P(Rules, PlasticRows,
                         ::testing::Values(Rule::Stdp, Rule::ThreeFactor,
                                           Rule::Hebbian),
                         [](const auto &info) {
                           return test::ruleName(info.param);
                         });

TEST(PlasticRows, RegisterThirtyFiveCarriesP) {
  CoreImage img = CoreImage::blank(8, 6);
  EXPECT_EQ(parameterRegisters(img)[kRegPlasticAxons], 6); // default M
  img.plasticAxons = 4;
  EXPECT_EQ(parameterRegisters(img)[kRegPlasticAxons], 4);
  EXPECT_STREQ(parameterName(kRegPlasticAxons), "plastic_axons");
}
