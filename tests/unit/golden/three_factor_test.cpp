//===- three_factor_test.cpp - Eligibility and modulated weight change -----===//

#include "sim/golden/numerics/three_factor.h"

#include <gtest/gtest.h>

using namespace plasticc::golden;

namespace {
/// Same amplitudes as the STDP pair tests (160 / 192 LSB per spike); e has 3
/// fractional bits, so 1 weight LSB of eligibility is 8.
ThreeFactorParams params() {
  ThreeFactorParams p;
  p.decayE = 32768;
  p.aPlus = 40960;
  p.aMinus = 49152;
  p.eFracBits = 3;
  p.eta = 32768; // 0.5
  return p;
}
} // namespace

TEST(ThreeFactor, PairsChargeTheEligibilityLikeStdp) {
  const ThreeFactorParams p = params();
  // Post 5 steps before pre: y = 2 -> -6 LSB = -48 eighths.
  EXPECT_EQ(eligibilityOnPre(p, 0, 2), -48);
  // Pre 5 steps before post: x = 2 -> +5 LSB = +40 eighths.
  EXPECT_EQ(eligibilityEndOfStep(p, 0, true, 2, 0), 40);
}

TEST(ThreeFactor, EligibilityDecaysThenTakesThePostChange) {
  const ThreeFactorParams p = params();
  for (uint32_t r = 0; r < 256; ++r)
    EXPECT_EQ(eligibilityEndOfStep(p, -48, false, 0, r), -24);
  EXPECT_EQ(eligibilityEndOfStep(p, -48, true, 2, 0), -24 + 40);
  // 8-bit saturation.
  EXPECT_EQ(eligibilityEndOfStep(p, 100, true, 64, 0), 127);
  EXPECT_EQ(eligibilityOnPre(p, -100, 64), -128);
}

TEST(ThreeFactor, WeightMovesByEtaTimesModulatorTimesEligibility) {
  const ThreeFactorParams p = params();
  // eta 0.5, M = 64/128 = 0.5, e = 64/8 = 8 LSB: +2 LSB exactly.
  for (uint32_t r = 0; r < 256; ++r) {
    EXPECT_EQ(threeFactorWeight(p, 10, 64, 64, r), 12);
    EXPECT_EQ(threeFactorWeight(p, 10, -64, 64, r), 8);
  }
  // No modulator, no change, whatever the eligibility.
  EXPECT_EQ(threeFactorWeight(p, 10, 0, 127, 200), 10);
  EXPECT_EQ(threeFactorWeight(p, kNoSynapse, 64, 64, 0), kNoSynapse);
}

TEST(ThreeFactor, SubLsbChangesAreUnbiased) {
  const ThreeFactorParams p = params();
  // 0.5 * 0.5 * (1/8 LSB) = 1/32 LSB per step: 8 of the 256 draws add one.
  int total = 0;
  for (uint32_t r = 0; r < 256; ++r)
    total += threeFactorWeight(p, 0, 64, 1, r);
  EXPECT_EQ(total, 8);
}
