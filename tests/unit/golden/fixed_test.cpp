//===- fixed_test.cpp - Rounding and saturation primitives -----------------===//

#include "sim/golden/numerics/fixed.h"

#include <gtest/gtest.h>

using namespace plasticc::golden;

TEST(Fixed, SaturatesToWidth) {
  EXPECT_EQ(sat16(40000), 32767);
  EXPECT_EQ(sat16(-40000), -32768);
  EXPECT_EQ(sat16(-5), -5);
  EXPECT_EQ(saturateUnsigned(300, 8), 255);
  EXPECT_EQ(saturateUnsigned(-1, 8), 0);
}

TEST(Fixed, FloorShiftIsFloorForNegatives) {
  EXPECT_EQ(floorShift(7, 1), 3);
  EXPECT_EQ(floorShift(-7, 1), -4);
  EXPECT_EQ(floorShift(-8, 2), -2);
}

TEST(Fixed, RoundShiftTiesGoUp) {
  // 2.5 -> 3, -2.5 -> -2, 2.4999 -> 2 (documented: ties toward +infinity).
  EXPECT_EQ(roundShift(5, 1), 3);
  EXPECT_EQ(roundShift(-5, 1), -2);
  EXPECT_EQ(roundShift(-6, 1), -3);
  EXPECT_EQ(roundShift((5 << 15) - 1, 16), 2);
}

TEST(Fixed, MulQ16HalvesAndRounds) {
  EXPECT_EQ(mulQ16(1000, 32768), 500);
  EXPECT_EQ(mulQ16(125, 32768), 63);  // 62.5 -> 63
  EXPECT_EQ(mulQ16(-125, 32768), -62); // -62.5 -> -62
  EXPECT_EQ(mulQ16(1, 32768), 1);     // the documented 1-LSB stall at a = 0.5
}

TEST(Fixed, StochasticShiftIsExactlyUnbiasedOverAllDraws) {
  // x / 2^14 = 0.5 + 3 LSB: over the 256 equally likely draws the mean is
  // exactly 3.5 because the discarded fraction has no bits below 2^-8.
  const int64_t x = 3 * 16384 + 8192;
  int64_t sum = 0;
  for (uint32_t r = 0; r < 256; ++r)
    sum += stochasticShift(x, 14, r);
  EXPECT_EQ(sum, 256 * 3 + 128);
  // Exact values never change.
  for (uint32_t r = 0; r < 256; ++r)
    EXPECT_EQ(stochasticShift(5 * 16384, 14, r), 5);
  // Negative values round toward -inf or up with the same probabilities.
  sum = 0;
  for (uint32_t r = 0; r < 256; ++r)
    sum += stochasticShift(-x, 14, r);
  EXPECT_EQ(sum, -(256 * 3 + 128));
}
