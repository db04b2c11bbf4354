//===- hebbian_test.cpp - Hebbian rule on traces ---------------------------===//

#include "sim/golden/numerics/hebbian.h"

#include <gtest/gtest.h>

using namespace plasticc::golden;

namespace {
HebbianParams oneLsbPerUnit() {
  HebbianParams p;
  p.eta = 256; // 1 weight LSB per (unit trace)^2
  p.wMin = -10;
  p.wMax = 10;
  return p;
}
} // namespace

TEST(Hebbian, OneSpikeEachSideGivesEta) {
  // x = y = 1.0 (64): 256 * 64 * 64 = 2^20 -> exactly 1 LSB.
  EXPECT_EQ(hebbianUpdate(oneLsbPerUnit(), 3, 64, 64, 0), 4);
}

TEST(Hebbian, SmallProductsRoundOrVanish) {
  HebbianParams p = oneLsbPerUnit();
  // x = y = 0.5: 0.25 LSB -> 0 with nearest rounding.
  EXPECT_EQ(hebbianUpdate(p, 3, 32, 32, 0), 3);
  // 0.5 LSB ties up.
  EXPECT_EQ(hebbianUpdate(p, 3, 64, 32, 0), 4);
  // Stochastic: exactly a quarter of all draws add one.
  p.rounding = WeightRounding::Stochastic;
  int total = 0;
  for (uint32_t r = 0; r < 256; ++r)
    total += hebbianUpdate(p, 0, 32, 32, r);
  EXPECT_EQ(total, 64);
}

TEST(Hebbian, ClipsAndSkipsAbsentSynapses) {
  HebbianParams p = oneLsbPerUnit();
  p.eta = 65535;
  EXPECT_EQ(hebbianUpdate(p, 3, 255, 255, 0), 10);
  EXPECT_EQ(hebbianUpdate(p, kNoSynapse, 255, 255, 0), kNoSynapse);
  EXPECT_EQ(hebbianUpdate(p, 3, 0, 255, 0), 3);
}

//===----------------------------------------------------------------------===//
// Oja's decay term: w += R20(eta * x * y - 2^4 * k * w), k = eta_o * y^2.
//===----------------------------------------------------------------------===//

TEST(Oja, DecayFactorIsQ016AndSaturates) {
  // y = 1.0 (64): y^2 = 4096 = 1.0 in Q4.12, so k = eta_o.
  EXPECT_EQ(ojaDecayFactor(32768, 64), 32768u);
  EXPECT_EQ(ojaDecayFactor(65535, 64), 65535u);
  // 1000 * 100 / 4096 = 24.41 -> floor 24.
  EXPECT_EQ(ojaDecayFactor(1000, 10), 24u);
  // y = 2.0: 0.5 * 4 = 2.0 saturates just below 1; so does the largest
  // product, 65535 * 255^2 / 2^12 = 1040362.
  EXPECT_EQ(ojaDecayFactor(32768, 128), 65535u);
  EXPECT_EQ(ojaDecayFactor(65535, 255), 65535u);
  EXPECT_EQ(ojaDecayFactor(0, 255), 0u);
}

TEST(Oja, DecayTermShrinksWeightsOfEitherSign) {
  HebbianParams p;
  p.decay = 32768; // k = 0.5 at y = 1.0
  // No pre activity: w -= 0.5 * w.
  EXPECT_EQ(hebbianUpdate(p, 10, 0, 64, 0), 5);
  EXPECT_EQ(hebbianUpdate(p, -10, 0, 64, 0), -5);
  // -1.5 and +1.5 LSB: nearest ties toward +infinity, so the two signs
  // round differently.
  EXPECT_EQ(hebbianUpdate(p, 3, 0, 64, 0), 2);
  EXPECT_EQ(hebbianUpdate(p, -3, 0, 64, 0), -1);
  // No post activity, no decay.
  EXPECT_EQ(hebbianUpdate(p, 10, 64, 0, 0), 10);
}

TEST(Oja, BothTermsShareOneRounding) {
  HebbianParams p;
  p.eta = 256;     // +1.0 LSB at x = y = 1.0
  p.decay = 32768; // -0.5 * w at y = 1.0
  EXPECT_EQ(hebbianUpdate(p, 4, 64, 64, 0), 3); // +1 - 2
  EXPECT_EQ(hebbianUpdate(p, 2, 64, 64, 0), 2); // +1 - 1: the fixed point
  // +0.5 - 0.5 * 1 = 0 exactly, where rounding each term alone would give
  // +1 (0.5 ties up) - 0 (-0.5 ties up) = +1.
  EXPECT_EQ(hebbianUpdate(p, 1, 32, 64, 0), 1);
  // x = 0.5, y = 1.0, w = 3: +0.5 - 1.5 = -1.
  EXPECT_EQ(hebbianUpdate(p, 3, 32, 64, 0), 2);
}

TEST(Oja, SaturatedFactorStopsAtZeroInsteadOfOvershooting) {
  HebbianParams p;
  p.decay = 65535;
  p.wMin = -127;
  // y = 255 would make k = 254 (w -> -25300 before the clamp); saturated,
  // k = 65535/65536 and w = 100 - 99.998 rounds to 0.
  EXPECT_EQ(hebbianUpdate(p, 100, 0, 255, 0), 0);
  EXPECT_EQ(hebbianUpdate(p, -100, 0, 255, 0), 0);
  EXPECT_EQ(hebbianUpdate(p, 127, 0, 255, 0), 0);
}

TEST(Oja, StochasticRoundingIsUnbiased) {
  HebbianParams p;
  p.decay = 32768;
  p.rounding = WeightRounding::Stochastic;
  // w = 3, k = 0.5: -1.5 LSB. Draws below 128 give -2, the rest -1.
  int total = 0;
  for (uint32_t r = 0; r < 256; ++r) {
    const int32_t w = hebbianUpdate(p, 3, 0, 64, r);
    EXPECT_EQ(w, r < 128 ? 1 : 2) << r;
    total += w;
  }
  EXPECT_EQ(total, 384); // 256 * (3 - 1.5)
  // The same on a negative weight: +1.5 LSB.
  total = 0;
  for (uint32_t r = 0; r < 256; ++r)
    total += hebbianUpdate(p, -3, 0, 64, r);
  EXPECT_EQ(total, -384);
}

TEST(Oja, ZeroDecayIsTheHebbianRuleBitForBit) {
  // The v1.1 Hebbian update, written out: w + R20(eta * x * y), clamped.
  auto hebbianV11 = [](const HebbianParams &p, int32_t w, uint32_t x,
                       uint32_t y, uint32_t r8) -> int32_t {
    const int64_t q = int64_t(p.eta) * x * y;
    const int64_t d = p.rounding == WeightRounding::Stochastic
                          ? floorShift(q + (int64_t(r8) << 12), 20)
                          : floorShift(q + (int64_t(1) << 19), 20);
    return int32_t(clampTo(w + d, p.wMin, p.wMax));
  };
  HebbianParams p;
  p.wMin = -100;
  p.wMax = 90;
  long checked = 0;
  for (uint32_t eta : {1u, 255u, 256u, 1000u, 65535u})
    for (auto rounding : {WeightRounding::Nearest, WeightRounding::Stochastic})
      for (int32_t w = -127; w <= 127; w += 7)
        for (uint32_t x = 0; x < 256; x += 17)
          for (uint32_t y = 0; y < 256; y += 15)
            for (uint32_t r8 : {0u, 1u, 127u, 128u, 255u}) {
              p.eta = eta;
              p.rounding = rounding;
              ASSERT_EQ(hebbianUpdate(p, w, x, y, r8),
                        hebbianV11(p, w, x, y, r8))
                  << eta << " " << w << " " << x << " " << y << " " << r8;
              ++checked;
            }
  EXPECT_GT(checked, 100000);
}
