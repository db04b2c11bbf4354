//===- lif_test.cpp - Neuron datapath: lif, if, li, cuba_lif ---------------===//
//
// Expectations worked out by hand with a = 0.5 (decay factor 32768 in Q0.16),
// so every product is a half-integer at worst and the rounding rule (ties
// toward +infinity) is visible.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/numerics/lif.h"

#include <gtest/gtest.h>

using namespace plasticc::golden;

namespace {
NeuronParams halfLeakLif() {
  NeuronParams p;
  p.decayV = 32768;
  p.threshold = 100;
  p.vReset = -10;
  p.refSteps = 2;
  return p;
}
} // namespace

TEST(Lif, LeakRoundsHalfUp) {
  NeuronParams p = halfLeakLif();
  p.threshold = 32767;
  NeuronState s;
  s.u = 1000;
  const int expected[] = {500, 250, 125, 63, 32, 16, 8, 4, 2, 1, 1};
  for (int e : expected) {
    EXPECT_FALSE(neuronStep(p, s, 0));
    EXPECT_EQ(s.u, e);
  }
}

TEST(Lif, InputIsAddedBeforeTheLeak) {
  // u_t = round(a * (u_{t-1} + in_t)): a jump of 150 shows as 75.
  NeuronParams p = halfLeakLif();
  NeuronState s;
  EXPECT_FALSE(neuronStep(p, s, 150));
  EXPECT_EQ(s.u, 75);
}

TEST(Lif, ValueResetAndRefractory) {
  NeuronParams p = halfLeakLif();
  NeuronState s;
  EXPECT_FALSE(neuronStep(p, s, 150)); // 75
  EXPECT_TRUE(neuronStep(p, s, 150));  // (75+150)/2 = 112.5 -> 113 >= 100
  EXPECT_EQ(s.u, -10);
  EXPECT_EQ(s.ref, 2u);
  // Two refractory steps: input discarded, u frozen at the reset value.
  EXPECT_FALSE(neuronStep(p, s, 500));
  EXPECT_EQ(s.u, -10);
  EXPECT_FALSE(neuronStep(p, s, 500));
  EXPECT_EQ(s.u, -10);
  EXPECT_EQ(s.ref, 0u);
  // Then the leak resumes: -10 * 0.5 = -5.
  EXPECT_FALSE(neuronStep(p, s, 0));
  EXPECT_EQ(s.u, -5);
  // And the neuron can fire again.
  EXPECT_TRUE(neuronStep(p, s, 400));
}

TEST(Lif, ThresholdIsInclusive) {
  NeuronParams p = halfLeakLif();
  NeuronState s;
  EXPECT_TRUE(neuronStep(p, s, 200)); // exactly 100
}

TEST(Lif, SubtractResetKeepsOvershoot) {
  NeuronParams p = halfLeakLif();
  p.reset = ResetMode::Subtract;
  p.vReset = 0;
  p.refSteps = 0;
  NeuronState s;
  EXPECT_TRUE(neuronStep(p, s, 300)); // 150 -> 150 - (100 - 0) = 50
  EXPECT_EQ(s.u, 50);
  EXPECT_FALSE(neuronStep(p, s, 0));
  EXPECT_EQ(s.u, 25);
}

TEST(Lif, AdaptiveThresholdDecaysAndJumps) {
  NeuronParams p = halfLeakLif();
  p.vReset = 0;
  p.refSteps = 0;
  p.adaptive = true;
  p.decayTh = 32768;
  p.thJump = 40;
  NeuronState s;
  EXPECT_TRUE(neuronStep(p, s, 300)); // 150 >= 100 + 0
  EXPECT_EQ(s.theta, 40);
  EXPECT_FALSE(neuronStep(p, s, 220)); // u = 110, theta = 20: 110 < 120
  EXPECT_EQ(s.theta, 20);
  EXPECT_EQ(s.u, 110);
  EXPECT_TRUE(neuronStep(p, s, 260)); // u = 185, theta = 10: 185 >= 110
  EXPECT_EQ(s.theta, 50);
  EXPECT_EQ(s.u, 0);
}

TEST(If, IntegratesWithoutLeak) {
  NeuronParams p = halfLeakLif();
  p.leak = false;
  p.vReset = 0;
  NeuronState s;
  EXPECT_FALSE(neuronStep(p, s, 30));
  EXPECT_FALSE(neuronStep(p, s, 30));
  EXPECT_FALSE(neuronStep(p, s, 30));
  EXPECT_EQ(s.u, 90);
  EXPECT_TRUE(neuronStep(p, s, 30)); // 120 >= 100
  EXPECT_EQ(s.u, 0);
}

TEST(Li, NeverSpikes) {
  NeuronParams p = halfLeakLif();
  p.spikes = false;
  NeuronState s;
  EXPECT_FALSE(neuronStep(p, s, 10000));
  EXPECT_EQ(s.u, 5000);
}

TEST(Lif, MembraneSaturatesAt16Bits) {
  NeuronParams p = halfLeakLif();
  p.threshold = 32767;
  NeuronState s;
  s.u = 30000;
  EXPECT_FALSE(neuronStep(p, s, 100000)); // clamp to 32767, then 16383.5
  EXPECT_EQ(s.u, 16384);
  s.u = -30000;
  EXPECT_FALSE(neuronStep(p, s, -100000)); // -32768 * 0.5
  EXPECT_EQ(s.u, -16384);
}

TEST(Lif, BiasIsAddedAfterTheLeak) {
  NeuronParams p = halfLeakLif();
  p.bias = 10;
  NeuronState s;
  const int expected[] = {10, 15, 18, 19, 20, 20};
  for (int e : expected) {
    neuronStep(p, s, 0);
    EXPECT_EQ(s.u, e);
  }
}

TEST(CubaLif, CurrentDecaysAndDrivesMembrane) {
  NeuronParams p = halfLeakLif();
  p.cuba = true;
  p.decayI = 32768;
  p.gainI = 16384; // 0.25
  p.threshold = 150;
  NeuronState s;
  // Weights go into i; u sees 0.25 * i within the same step.
  EXPECT_FALSE(neuronStep(p, s, 400)); // i' = 400: u = 0 + 100, i = 200
  EXPECT_EQ(s.u, 100);
  EXPECT_EQ(s.i, 200);
  EXPECT_FALSE(neuronStep(p, s, 0)); // u = 50 + 50, i = 100
  EXPECT_EQ(s.u, 100);
  EXPECT_EQ(s.i, 100);
  EXPECT_TRUE(neuronStep(p, s, 400)); // i' = 500: u = 50 + 125 = 175
  EXPECT_EQ(s.u, -10);
  EXPECT_EQ(s.i, 250);
  // Refractory: u frozen at v_reset, the current keeps evolving.
  EXPECT_FALSE(neuronStep(p, s, 0));
  EXPECT_EQ(s.u, -10);
  EXPECT_EQ(s.i, 125);
}

TEST(CubaLif, SeparateInhibitoryCurrent) {
  NeuronParams p = halfLeakLif();
  p.cuba = true;
  p.inhCurrent = true;
  p.decayI = 32768;    // 0.5
  p.gainI = 16384;     // 0.25
  p.decayIInh = 16384; // 0.25: a faster inhibitory current
  p.gainIInh = 32768;  // 0.5
  NeuronState s;
  EXPECT_FALSE(neuronStep(p, s, 400, -200)); // u = 100 - 100
  EXPECT_EQ(s.u, 0);
  EXPECT_EQ(s.i, 200);
  EXPECT_EQ(s.iInh, -50);
  EXPECT_FALSE(neuronStep(p, s, 0, 0)); // u = 0 + 50 - 25
  EXPECT_EQ(s.u, 25);
  EXPECT_EQ(s.iInh, -12); // -12.5 rounds up
}

TEST(Lif, SemanticsWorkedExampleTable) {
  // docs/semantics.md Part 3, "LIF": tau_m = 10 ms, dt = 1 ms, theta_v =
  // 15 mV = 960 LSB at 1/64 mV, one 6 mV input = 96 << 2, t_ref = 2 steps.
  NeuronParams p;
  p.decayV = 59299;
  p.threshold = 960;
  p.refSteps = 2;
  NeuronState s;
  const int in[] = {384, 384, 384, 384, 0, 384, 384};
  const int u[] = {347, 661, 946, 0, 0, 0, 347};
  const bool spike[] = {false, false, false, true, false, false, false};
  for (int t = 0; t < 7; ++t) {
    EXPECT_EQ(neuronStep(p, s, in[t]), spike[t]) << "step " << t;
    EXPECT_EQ(s.u, u[t]) << "step " << t;
  }
}
