//===- structural_test.cpp - Pruning and regrowth --------------------------===//

#include "sim/golden/numerics/structural.h"

#include <gtest/gtest.h>

using namespace plasticc::golden;

namespace {
constexpr int8_t kNo = int8_t(kNoSynapse);
}

TEST(Structural, PrunesBelowThresholdOnlyOnEventSteps) {
  StructuralParams p;
  p.threshold = 4;
  p.every = 10;
  std::vector<int8_t> w = {5, -3, 2, kNo, 0, 10, -4, 4};
  std::vector<int8_t> before = w;
  EXPECT_EQ(structuralEvent(p, w, 2, 4, 8).pruned, 0u); // step 9 is the event
  EXPECT_EQ(w, before);
  StructuralResult r = structuralEvent(p, w, 2, 4, 9);
  EXPECT_EQ(r.pruned, 3u);
  EXPECT_EQ(w, (std::vector<int8_t>{5, kNo, kNo, kNo, kNo, 10, -4, 4}));
}

TEST(Structural, RegrowsPerPostNeuronDeterministically) {
  StructuralParams p;
  p.every = 1;
  p.regrow = 2;
  p.seed = 77;
  p.wInit = 7;
  std::vector<int8_t> a(16 * 16, kNo), b(16 * 16, kNo);
  EXPECT_EQ(structuralEvent(p, a, 16, 16, 3).grown, 32u);
  EXPECT_EQ(structuralEvent(p, b, 16, 16, 3).grown, 32u);
  EXPECT_EQ(a, b);
  for (uint32_t j = 0; j < 16; ++j) {
    int grown = 0;
    for (uint32_t i = 0; i < 16; ++i)
      grown += a[i * 16 + j] == 7;
    EXPECT_EQ(grown, 2) << "post neuron " << j;
  }
  // Another step draws other positions.
  std::vector<int8_t> c(16 * 16, kNo);
  structuralEvent(p, c, 16, 16, 4);
  EXPECT_NE(a, c);
}

TEST(Structural, NeverRegrowsWhatItJustPruned) {
  StructuralParams p;
  p.threshold = 1;
  p.every = 1;
  p.regrow = 3;
  p.wInit = 7;
  std::vector<int8_t> w(4, 0); // all four synapses are pruned...
  StructuralResult r = structuralEvent(p, w, 2, 2, 0);
  EXPECT_EQ(r.pruned, 4u);
  EXPECT_EQ(r.grown, 0u); // ...and none may come back in the same event
  EXPECT_EQ(w, std::vector<int8_t>(4, kNo));
}
