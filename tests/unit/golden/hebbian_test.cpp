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
