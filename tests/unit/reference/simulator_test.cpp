//===- simulator_test.cpp - float reference, hand-worked cases --*- C++ -*-===//
//
// Part of plasticc. Expectations are computed in the test from the formulas
// of docs/semantics.md Part 1 (and its LIF table), not read off the code.
//
//===----------------------------------------------------------------------===//

#include "sim/reference/simulator.h"

#include "sim/golden/numerics/prng.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

using namespace plasticc::reference;

namespace {

Population lifPopulation(int n, double tauM, double vRest, double vTh,
                         double vReset, double tRef) {
  Population pop;
  pop.name = "lif";
  pop.model = Model::Lif;
  pop.size = n;
  pop.params.resize(n);
  pop.params.tauM.setConstant(tauM);
  pop.params.vRest.setConstant(vRest);
  pop.params.vTh.setConstant(vTh);
  pop.params.vReset.setConstant(vReset);
  pop.params.vInit.setConstant(vRest);
  pop.params.tRef.setConstant(tRef);
  pop.params.rM.setConstant(1.0);
  return pop;
}

Source given(std::vector<std::pair<int64_t, int32_t>> spikes, int size = 1) {
  Source s;
  s.name = "given";
  s.size = size;
  s.poisson = false;
  s.spikes = std::move(spikes);
  return s;
}

Source poissonSource(const char *name, int size, double rateHz,
                     uint64_t seed) {
  Source s;
  s.name = name;
  s.size = size;
  s.poisson = true;
  s.rateHz = rateHz;
  s.seed = seed;
  return s;
}

Projection connect(int source, int post, double w, int delay = 1) {
  Projection p;
  p.name = "p" + std::to_string(source);
  p.fromSource = true;
  p.pre = source;
  p.post = post;
  p.delay = delay;
  p.preIndex = {0};
  p.postIndex = {0};
  p.weight = {w};
  return p;
}

} // namespace

// The float column of docs/semantics.md's LIF table: u = a (u + in) with
// a = e^-0.1, threshold 15 mV, reset to rest, two refractory steps.
TEST(ReferenceLif, WorkedExample) {
  Network net;
  net.dtMs = 1.0;
  net.populations.push_back(lifPopulation(1, 10.0, -65.0, -50.0, -65.0, 2.0));
  // The table's inputs one step later: with the minimum delay of one step,
  // source spikes at 0..3, 5, 6 are delivered at steps 1..4, 6, 7.
  net.sources.push_back(given({{0, 0}, {1, 0}, {2, 0}, {3, 0}, {5, 0}, {6, 0}}));
  net.projections.push_back(connect(0, 0, 6.0));
  Simulator sim(net);
  ASSERT_EQ(sim.error(), "");
  const double a = std::exp(-0.1);
  std::vector<double> expectedU;
  double u = 0;
  u = a * (u + 6); // step 1
  expectedU.push_back(u);
  u = a * (u + 6); // step 2
  expectedU.push_back(u);
  u = a * (u + 6); // step 3
  expectedU.push_back(u);
  sim.step(); // step 0: nothing delivered yet
  EXPECT_DOUBLE_EQ(sim.voltage(0)[0], -65.0);
  for (int s = 0; s < 3; ++s) {
    sim.step();
    EXPECT_NEAR(sim.voltage(0)[0] + 65.0, expectedU[s], 1e-12) << "step " << s + 1;
    EXPECT_TRUE(sim.fired(0).empty());
  }
  EXPECT_NEAR(expectedU[0], 5.4290, 1e-4);  // the table's numbers
  EXPECT_NEAR(expectedU[1], 10.3414, 1e-4);
  EXPECT_NEAR(expectedU[2], 14.7863, 1e-4);
  sim.step(); // step 4: a (14.7863 + 6) = 18.8 >= 15: spike, reset
  ASSERT_EQ(sim.fired(0).size(), 1u);
  EXPECT_DOUBLE_EQ(sim.voltage(0)[0], -65.0);
  sim.step(); // step 5: refractory, nothing delivered
  sim.step(); // step 6: refractory, input lost
  EXPECT_DOUBLE_EQ(sim.voltage(0)[0], -65.0);
  sim.step(); // step 7: integrates again
  EXPECT_NEAR(sim.voltage(0)[0] + 65.0, a * 6, 1e-12);
  EXPECT_EQ(sim.spikeCounts(0)[0], 1);
}

namespace {
/// One plastic synapse (pre delivered at `preStep`) onto a neuron that a
/// strong second input makes fire at `postStep`; returns the weight change.
double stdpPairChange(int64_t preStep, int64_t postStep, bool multiplicative) {
  Network net;
  net.dtMs = 1.0;
  net.populations.push_back(lifPopulation(1, 10.0, 0.0, 10.0, 0.0, 0.0));
  net.sources.push_back(given({{preStep - 1, 0}}));
  net.sources.push_back(given({{postStep - 1, 0}}));
  Projection plastic = connect(0, 0, 0.5);
  plastic.rules.push_back(
      makeStdp(0.1, 0.12, 20, 20, 0, 1, /*nearest=*/false, multiplicative));
  net.projections.push_back(plastic);
  net.projections.push_back(connect(1, 0, 50.0));
  Simulator sim(net);
  EXPECT_EQ(sim.error(), "");
  for (int s = 0; s < 40; ++s) {
    sim.step();
    if (s == postStep) {
      EXPECT_EQ(sim.fired(0).size(), 1u) << "post should fire at " << postStep;
    }
  }
  return sim.weights(0)[0] - 0.5;
}
} // namespace

// Pre delivered at step 10, post fires at step 14: dt = (14 + 1 - 10) = 5 ms,
// dw = a_plus e^(-5/20) (§6).
TEST(ReferenceStdp, AdditivePairPlusFive) {
  EXPECT_NEAR(stdpPairChange(10, 14, false), 0.1 * std::exp(-5.0 / 20), 1e-12);
}

// Post fires at step 10, pre delivered at step 16: dt = -5 ms,
// dw = -a_minus e^(-5/20).
TEST(ReferenceStdp, AdditivePairMinusFive) {
  EXPECT_NEAR(stdpPairChange(16, 10, false), -0.12 * std::exp(-5.0 / 20),
              1e-12);
}

// Soft bounds scale potentiation by (w_max - w)/(w_max - w_min) = 0.5 here.
TEST(ReferenceStdp, MultiplicativePairPlusFive) {
  EXPECT_NEAR(stdpPairChange(10, 14, true), 0.5 * 0.1 * std::exp(-5.0 / 20),
              1e-12);
}

// A Poisson source draws from the shared hash (semantics.md §4, §14): the
// reference delivers exactly the spikes golden::poissonSpike gives for the
// same seed, and their number is close to rate * time.
TEST(ReferencePoisson, SameSpikesAsTheSharedHash) {
  Network net;
  net.dtMs = 1.0;
  net.populations.push_back(lifPopulation(1, 1e12, 0.0, 1e9, 0.0, 0.0));
  net.sources.push_back(poissonSource("poisson", 100, 50.0, 3));
  Projection p;
  p.name = "p";
  p.fromSource = true;
  for (int i = 0; i < 100; ++i) {
    p.preIndex.push_back(i);
    p.postIndex.push_back(0);
    p.weight.push_back(1.0);
  }
  net.projections.push_back(p);
  Simulator sim(net);
  // With tau_m far beyond the run, u counts the delivered spikes.
  uint64_t threshold = plasticc::golden::probabilityThreshold53(0.05);
  int64_t expected = 0;
  for (int step = 0; step < 2001; ++step) {
    sim.step();
    if (step >= 1)
      for (int n = 0; n < 100; ++n)
        expected += plasticc::golden::poissonSpike(3, step - 1, n, threshold);
    ASSERT_NEAR(sim.voltage(0)[0], double(expected), 1e-3) << "step " << step;
  }
  EXPECT_NEAR(double(expected), 100 * 2000 * 0.05, 100 * 2000 * 0.05 * 0.03);
}

// A malformed network is reported, not run.
TEST(ReferenceNetwork, RejectsOutOfRangeSynapse) {
  Network net;
  net.populations.push_back(lifPopulation(2, 10.0, 0.0, 1.0, 0.0, 0.0));
  net.sources.push_back(given({}, 1));
  Projection p = connect(0, 0, 1.0);
  p.postIndex = {5};
  net.projections.push_back(p);
  Simulator sim(net);
  EXPECT_EQ(sim.error(), "projection 'p0' has a synapse out of range");
}

namespace {
/// Rate unit A (relu, input 2 from a constant current, so r_A = 2) feeds
/// rate unit B (relu) through one synapse of weight 0.5 with `rule`.
/// Step 0 delivers nothing; from step 1, h_B = w * r_A(t-1) = 2w.
Simulator rateChain(Rule rule) {
  Network net;
  net.dtMs = 1.0;
  for (const char *name : {"a", "b"}) {
    Population pop;
    pop.name = name;
    pop.model = Model::Rate;
    pop.size = 1;
    pop.params.resize(1);
    pop.params.fn = RateFn::Relu;
    net.populations.push_back(pop);
  }
  net.populations[0].currents.push_back(Current{{0}, {2.0}});
  Projection p;
  p.name = "ab";
  p.pre = 0;
  p.post = 1;
  p.preIndex = {0};
  p.postIndex = {0};
  p.weight = {0.5};
  p.rules.push_back(rule);
  net.projections.push_back(p);
  Simulator sim(net);
  EXPECT_EQ(sim.error(), "");
  return sim;
}

Rule rateRule(Rule::Kind kind, double eta) {
  Rule r;
  r.kind = kind;
  r.eta = eta;
  r.wMin = -10;
  r.wMax = 10;
  return r;
}
} // namespace

// dw = eta x y with x = r_A(t-1) = 2, y = r_B(t): step 1 y = 1, step 2 y = 1.04.
TEST(ReferenceRules, HebbianOnRates) {
  Simulator sim = rateChain(rateRule(Rule::Kind::Hebbian, 0.01));
  sim.step();
  EXPECT_DOUBLE_EQ(sim.weights(0)[0], 0.5);
  sim.step();
  EXPECT_NEAR(sim.weights(0)[0], 0.5 + 0.01 * 2 * 1, 1e-15);
  sim.step();
  EXPECT_NEAR(sim.weights(0)[0], 0.52 + 0.01 * 2 * 1.04, 1e-15);
}

// dw = eta y (x - y w): step 1: 0.01 * 1 * (2 - 0.5) = 0.015.
TEST(ReferenceRules, OjaOnRates) {
  Simulator sim = rateChain(rateRule(Rule::Kind::Oja, 0.01));
  sim.step();
  sim.step();
  EXPECT_NEAR(sim.weights(0)[0], 0.515, 1e-15);
}

// theta_M <- a theta_M + (1 - a) y^2 first (a = e^-1 for tau_theta = dt),
// then dw = eta x y (y - theta_M).
TEST(ReferenceRules, BcmOnRates) {
  Rule r = rateRule(Rule::Kind::Bcm, 0.01);
  r.tauTheta = 1.0;
  Simulator sim = rateChain(r);
  sim.step();
  sim.step();
  double theta = (1 - std::exp(-1.0)) * 1.0;
  EXPECT_NEAR(sim.weights(0)[0], 0.5 + 0.01 * 2 * 1 * (1 - theta), 1e-15);
}

// Miconi, norm = decay: the effective weight is w + alpha hebb and
// hebb <- (1 - eta) hebb + eta x y; w itself never changes.
TEST(ReferenceRules, MiconiDecay) {
  Rule r = rateRule(Rule::Kind::Miconi, 0.1);
  r.clip = false;
  r.alpha = {1.0};
  Simulator sim = rateChain(r);
  sim.step();
  sim.step(); // y = 0.5 * 2 = 1 -> hebb = 0.1 * 2 * 1 = 0.2
  EXPECT_NEAR(sim.ruleVariable(0, 0)[0], 0.2, 1e-15);
  sim.step(); // y = (0.5 + 0.2) * 2 = 1.4 -> hebb = 0.18 + 0.28
  EXPECT_NEAR(sim.ruleVariable(0, 0)[0], 0.46, 1e-15);
  EXPECT_NEAR(sim.voltage(1)[0], 1.4, 1e-15);
  EXPECT_DOUBLE_EQ(sim.weights(0)[0], 0.5);
}

// Three-factor: the pairing of AdditivePairPlusFive goes into the
// eligibility (a_plus e^(-5/20) at step 14), which decays with tau_e; the
// weight moves only once the reward signal turns on at step 20:
// w(20) = w0 + eta * 1 * e(20), e(20) = a_plus e^(-5/20) e^(-6/tau_e).
TEST(ReferenceRules, ThreeFactorWaitsForReward) {
  Network net;
  net.dtMs = 1.0;
  net.populations.push_back(lifPopulation(1, 10.0, 0.0, 10.0, 0.0, 0.0));
  net.sources.push_back(given({{9, 0}}));
  net.sources.push_back(given({{13, 0}}));
  Projection plastic = connect(0, 0, 0.5);
  Rule r;
  r.kind = Rule::Kind::ThreeFactor;
  r.aPlus = 0.1;
  r.aMinus = 0.12;
  r.tauPlus = 20;
  r.tauMinus = 20;
  r.tauE = 50;
  r.eta = 0.5;
  r.wMin = 0;
  r.wMax = 1;
  r.modulator.kind = Modulator::Kind::Signal;
  r.modulator.steps = {0, 20};
  r.modulator.values = {0.0, 1.0};
  plastic.rules.push_back(r);
  net.projections.push_back(plastic);
  net.projections.push_back(connect(1, 0, 50.0));
  Simulator sim(net);
  ASSERT_EQ(sim.error(), "");
  for (int s = 0; s < 20; ++s)
    sim.step();
  EXPECT_DOUBLE_EQ(sim.weights(0)[0], 0.5);
  double e14 = 0.1 * std::exp(-5.0 / 20);
  EXPECT_NEAR(sim.ruleVariable(0, 0)[0], e14 * std::exp(-5.0 / 50), 1e-12);
  sim.step(); // step 20
  double e20 = e14 * std::exp(-6.0 / 50);
  EXPECT_NEAR(sim.weights(0)[0], 0.5 + 0.5 * e20, 1e-12);
}

// Structural: at the end of step 4 ((t + 1) mod 5 = 0) the weak synapse is
// pruned; regrowth adds exactly `regrow` new synapses per post neuron, never
// the one just pruned.
TEST(ReferenceRules, StructuralPruneAndRegrow) {
  Network net;
  net.dtMs = 1.0;
  net.populations.push_back(lifPopulation(2, 10.0, 0.0, 1e9, 0.0, 0.0));
  Source s;
  s.name = "in";
  s.size = 8;
  s.poisson = false;
  net.sources.push_back(s);
  Projection p;
  p.name = "p";
  p.fromSource = true;
  p.pre = 0;
  p.post = 0;
  p.preIndex = {0, 1, 2, 3};
  p.postIndex = {0, 0, 1, 1};
  p.weight = {0.05, 0.5, 0.5, 0.02};
  Rule r;
  r.kind = Rule::Kind::Structural;
  r.clip = false;
  r.threshold = 0.1;
  r.every = 5;
  r.regrow = 2;
  r.wInit = 0.3;
  r.seed = 11;
  p.rules.push_back(r);
  net.projections.push_back(p);
  Simulator sim(net);
  ASSERT_EQ(sim.error(), "");
  for (int step = 0; step < 4; ++step)
    sim.step();
  EXPECT_EQ(sim.weights(0).size(), 4u);
  sim.step();
  const auto &alive = sim.alive(0);
  ASSERT_EQ(alive.size(), 8u); // 4 + 2 per post neuron
  EXPECT_FALSE(alive[0]);
  EXPECT_TRUE(alive[1]);
  EXPECT_TRUE(alive[2]);
  EXPECT_FALSE(alive[3]);
  // The candidates of semantics.md §7: i = h(seed, t, j 2^32 + r) mod P,
  // skipping existing and just-pruned pairs, two per post neuron.
  std::vector<std::pair<int, int>> expected;
  std::set<std::pair<int, int>> taken = {{0, 0}, {1, 0}, {2, 1}, {3, 1}};
  for (int j = 0; j < 2; ++j)
    for (uint64_t r = 0, grown = 0; r < 32 && grown < 2; ++r) {
      int i = int(plasticc::golden::hash3(11, 4, (uint64_t(j) << 32) + r) % 8);
      if (taken.insert({i, j}).second) {
        expected.emplace_back(i, j);
        ++grown;
      }
    }
  for (size_t k = 4; k < 8; ++k) {
    EXPECT_EQ(sim.preIndex(0)[k], expected[k - 4].first);
    EXPECT_EQ(sim.postIndex(0)[k], expected[k - 4].second);
  }
  int perPost[2] = {0, 0};
  for (size_t k = 4; k < 8; ++k) {
    EXPECT_TRUE(alive[k]);
    EXPECT_DOUBLE_EQ(sim.weights(0)[k], 0.3);
    int i = sim.preIndex(0)[k], j = sim.postIndex(0)[k];
    ++perPost[j];
    EXPECT_FALSE(i == 0 && j == 0) << "regrew the pruned synapse";
    EXPECT_FALSE(i == 3 && j == 1) << "regrew the pruned synapse";
    EXPECT_FALSE(i == 1 && j == 0) << "duplicated an existing synapse";
    EXPECT_FALSE(i == 2 && j == 1) << "duplicated an existing synapse";
  }
  EXPECT_EQ(perPost[0], 2);
  EXPECT_EQ(perPost[1], 2);
}

namespace {
/// 20 Poisson inputs onto 3 LIF neurons, every synapse plastic under `rule`;
/// with `modulated`, a reward signal switches on at step 200.
std::vector<double> plasticRun(Rule rule, bool modulated = false) {
  Network net;
  net.dtMs = 1.0;
  net.populations.push_back(lifPopulation(3, 10.0, 0.0, 10.0, 0.0, 2.0));
  net.sources.push_back(poissonSource("in", 20, 40, 5));
  Projection p;
  p.name = "p";
  p.fromSource = true;
  for (int i = 0; i < 20; ++i)
    for (int j = 0; j < 3; ++j) {
      p.preIndex.push_back(i);
      p.postIndex.push_back(j);
      p.weight.push_back(2.0 + 0.1 * i - 0.3 * j);
    }
  if (modulated) {
    rule.modulator.kind = Modulator::Kind::Signal;
    rule.modulator.steps = {0, 200};
    rule.modulator.values = {0.0, 1.0};
  }
  p.rules.push_back(rule);
  net.projections.push_back(p);
  Simulator sim(net);
  EXPECT_EQ(sim.error(), "");
  for (int step = 0; step < 1000; ++step)
    sim.step();
  EXPECT_GT(sim.spikeCounts(0).sum(), 20) << "the test needs post spikes";
  return sim.weights(0);
}

SopTerm term(double scale, std::vector<SopTerm::Factor> factors) {
  return SopTerm{scale, std::move(factors)};
}
} // namespace

// semantics.md §7: additive pair STDP is the sop rule
// -a_minus x0 y1 + a_plus x1 y0; the two give the same weights, bit for bit.
TEST(ReferenceSop, AdditiveStdpIsAnInstance) {
  using F = SopTerm::Factor;
  Rule stdp = makeStdp(0.05, 0.06, 20, 20, 0, 4);
  Rule sop;
  sop.kind = Rule::Kind::Sop;
  sop.tauPlus = 20;
  sop.tauMinus = 20;
  sop.wMin = 0;
  sop.wMax = 4;
  sop.terms = {term(-0.06, {F::X0, F::Y1}), term(0.05, {F::X1, F::Y0})};
  std::vector<double> a = plasticRun(stdp), b = plasticRun(sop);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, std::vector<double>(a.size(), a[0])) << "weights must move";
}

// Three-factor is sop with e_terms a_plus x1 y0, -a_minus x0 y1 and the term
// eta r e.
TEST(ReferenceSop, ThreeFactorIsAnInstance) {
  using F = SopTerm::Factor;
  Rule tf;
  tf.kind = Rule::Kind::ThreeFactor;
  tf.aPlus = 0.05;
  tf.aMinus = 0.06;
  tf.tauPlus = 20;
  tf.tauMinus = 20;
  tf.tauE = 100;
  tf.eta = 0.5;
  tf.wMin = 0;
  tf.wMax = 4;
  Rule sop;
  sop.kind = Rule::Kind::Sop;
  sop.tauPlus = 20;
  sop.tauMinus = 20;
  sop.tauE = 100;
  sop.wMin = 0;
  sop.wMax = 4;
  sop.eTerms = {term(0.05, {F::X1, F::Y0}), term(-0.06, {F::X0, F::Y1})};
  sop.terms = {term(0.5, {F::R, F::E})};
  std::vector<double> a = plasticRun(tf, true), b = plasticRun(sop, true);
  EXPECT_EQ(a, b);
  std::vector<double> unmodulated = plasticRun(tf, false);
  EXPECT_NE(a, unmodulated) << "the reward must matter";
}
