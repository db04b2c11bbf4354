//===- stdp_test.cpp - Traces and pair STDP numerics -----------------------===//

#include "sim/golden/numerics/stdp.h"
#include "sim/golden/numerics/trace.h"

#include <gtest/gtest.h>

using namespace plasticc::golden;

TEST(Trace, AllToAllAddsAndSaturates) {
  TraceParams p;
  EXPECT_EQ(traceJump(p, 10, true), 74u);
  EXPECT_EQ(traceJump(p, 10, false), 10u);
  EXPECT_EQ(traceJump(p, 250, true), 255u);
}

TEST(Trace, NearestResets) {
  TraceParams p;
  p.pairing = Pairing::Nearest;
  EXPECT_EQ(traceJump(p, 10, true), 64u);
  EXPECT_EQ(traceJump(p, 200, true), 64u);
}

TEST(Trace, PreJumpsThenDecaysPostDecaysThenJumps) {
  TraceParams p;
  p.decay = 32768;
  EXPECT_EQ(preTraceStep(p, 0, true, 0), 32u);
  EXPECT_EQ(postTraceStep(p, 0, true, 0), 64u);
  EXPECT_EQ(preTraceStep(p, 32, false, 0), 16u);
  EXPECT_EQ(postTraceStep(p, 64, true, 0), 96u);
}

TEST(Trace, HalvingDecayIsExactWhateverTheDraw) {
  TraceParams p;
  p.decay = 32768;
  for (uint32_t r = 0; r < 256; ++r)
    EXPECT_EQ(traceDecay(p, 64, r), 32u);
  // 3 * 0.5 = 1.5: rounds up for exactly half of the draws.
  unsigned up = 0;
  for (uint32_t r = 0; r < 256; ++r)
    up += traceDecay(p, 3, r) == 2;
  EXPECT_EQ(up, 128u);
}

TEST(Trace, StochasticDecayReachesZero) {
  // Round-to-nearest would freeze a trace at 10 with tau = 20 steps; the
  // stochastic decay does not.
  TraceParams p;
  p.decay = 62340;
  uint32_t x = 10, r = 1;
  for (int k = 0; k < 400; ++k) {
    r = r * 1103515245u + 12345u;
    x = traceDecay(p, x, (r >> 16) & 0xff);
  }
  EXPECT_EQ(x, 0u);
}

namespace {
StdpParams additive() {
  StdpParams p;
  p.enabled = true;
  p.aPlus = 40960;  // 160 LSB per unit trace, Q8.8
  p.aMinus = 49152; // 192 LSB per unit trace
  p.wMin = -100;
  p.wMax = 100;
  return p;
}
} // namespace

TEST(Stdp, AdditivePairAtPlusAndMinusFive) {
  // Traces halve each step (decay 32768): 5 steps of decay leave
  // 64 / 2^5 = 2 (1/32 of a spike).
  StdpParams p = additive();
  // dt = +5: potentiation 160 * 2/64 = 5 LSB.
  EXPECT_EQ(stdpPotentiate(p, 20, 2, 0), 25);
  // dt = -5: depression 192 * 2/64 = 6 LSB.
  EXPECT_EQ(stdpDepress(p, 20, 2, 0), 14);
  // Large changes clip: 160 LSB at a full trace.
  EXPECT_EQ(stdpPotentiate(p, 20, 64, 0), 100);
}

TEST(Stdp, NearestRoundingOfSmallChanges) {
  StdpParams p = additive();
  p.aPlus = 2048; // 8 LSB per unit: trace 2 -> 0.25 LSB -> 0
  EXPECT_EQ(stdpPotentiate(p, 20, 2, 0), 20);
  p.aPlus = 4096; // 0.5 LSB -> rounds half up to 1
  EXPECT_EQ(stdpPotentiate(p, 20, 2, 0), 21);
}

TEST(Stdp, ClipsAtBothLimits) {
  StdpParams p = additive();
  EXPECT_EQ(stdpPotentiate(p, 99, 2, 0), 100);
  EXPECT_EQ(stdpDepress(p, -97, 2, 0), -100);
  // A weight outside the limits is pulled in by any update.
  EXPECT_EQ(stdpDepress(p, 120, 0, 0), 100);
}

TEST(Stdp, AbsentSynapseIsNeverTouched) {
  StdpParams p = additive();
  EXPECT_EQ(stdpPotentiate(p, kNoSynapse, 64, 0), kNoSynapse);
  EXPECT_EQ(stdpDepress(p, kNoSynapse, 64, 0), kNoSynapse);
}

TEST(Stdp, MultiplicativeBoundsScaleWithDistance) {
  // a_plus / (w_max - w_min) = 0.1 -> 6554 in Q0.16; w_min 0, w_max 100.
  StdpParams p;
  p.enabled = true;
  p.bounds = Bounds::Multiplicative;
  p.aPlus = 6554;
  p.aMinus = 6554;
  p.wMin = 0;
  p.wMax = 100;
  // LTP at w = 50, trace 1.0: m = floor(64 * 6554 / 256) = 1638;
  // dw = round(50 * 1638 / 2^14) = round(4.9988) = 5 (float: 0.1 * 50 = 5).
  EXPECT_EQ(stdpPotentiate(p, 50, 64, 0), 55);
  // Near the bound the step shrinks: w = 95 -> round(5 * 1638 / 2^14) = 0.
  EXPECT_EQ(stdpPotentiate(p, 95, 64, 0), 95);
  // LTD at w = 50: 5 down; at w = 0 nothing.
  EXPECT_EQ(stdpDepress(p, 50, 64, 0), 45);
  EXPECT_EQ(stdpDepress(p, 0, 64, 0), 0);
}

TEST(Stdp, StochasticWeightRoundingIsUnbiased) {
  // 0.25 LSB per pair (aPlus 8 LSB/unit, trace 2): over all 256 draws exactly
  // a quarter of the updates add 1.
  StdpParams p = additive();
  p.aPlus = 2048;
  p.rounding = WeightRounding::Stochastic;
  int total = 0;
  for (uint32_t r = 0; r < 256; ++r)
    total += stdpPotentiate(p, 0, 2, r);
  EXPECT_EQ(total, 64);
}
