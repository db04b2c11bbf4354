//===- simulator_test.cpp - float reference, hand-worked cases --*- C++ -*-===//
//
// Part of plasticc. Expectations are computed in the test from the formulas
// of docs/semantics.md Part 1 (and its LIF table), not read off the code.
//
//===----------------------------------------------------------------------===//

#include "sim/reference/simulator.h"

#include <gtest/gtest.h>

#include <cmath>

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
  Stdp rule;
  rule.aPlus = 0.1;
  rule.aMinus = 0.12;
  rule.tauPlus = 20;
  rule.tauMinus = 20;
  rule.wMin = 0;
  rule.wMax = 1;
  rule.multiplicative = multiplicative;
  plastic.stdp = rule;
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

// A Poisson source is the shared hash: the spike count over many steps is
// close to rate * time, and the same seed gives the same spikes.
TEST(ReferencePoisson, RateAndRepeatability) {
  Network net;
  net.dtMs = 1.0;
  net.populations.push_back(lifPopulation(1, 10.0, 0.0, 1e9, 0.0, 0.0));
  Source s;
  s.name = "poisson";
  s.size = 100;
  s.poisson = true;
  s.rateHz = 50.0;
  s.seed = 3;
  net.sources.push_back(s);
  Projection p;
  p.name = "p";
  p.fromSource = true;
  p.pre = 0;
  p.post = 0;
  for (int i = 0; i < 100; ++i) {
    p.preIndex.push_back(i);
    p.postIndex.push_back(0);
    p.weight.push_back(1.0);
  }
  net.projections.push_back(p);
  // With tau_m huge relative to the run, u counts the delivered spikes.
  net.populations[0].params.tauM.setConstant(1e12);
  Simulator a(net), b(net);
  for (int step = 0; step < 2001; ++step) {
    a.step();
    b.step();
  }
  double delivered = a.voltage(0)[0];
  EXPECT_NEAR(delivered, 100 * 2000 * 0.05, 100 * 2000 * 0.05 * 0.03);
  EXPECT_EQ(delivered, b.voltage(0)[0]);
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
