//===- lfsr_advance_test.cpp - CoreToLoops' closed-form LFSR advance ------===//
//
// The fixed-mode lowering emits the advance of LfsrAdvance.h as IR; the same
// template instantiated on uint32_t must equal the golden model's definition
// (16 single shifts, prng.h) or compiled runs drift from plasticc-sim.
//
//===----------------------------------------------------------------------===//

#include "compiler/CoreToLoops/LfsrAdvance.h"
#include "sim/golden/numerics/prng.h"

#include <gtest/gtest.h>

#include <random>

using plasticc::lfsrAdvanceClosedForm;
using plasticc::golden::Lfsr32;

// The advance is linear over GF(2): agreeing on the 32 basis states proves
// it equal on every state.
TEST(LfsrAdvance, ClosedFormMatchesGoldenOnBasisStates) {
  for (unsigned bit = 0; bit < 32; ++bit) {
    uint32_t s = 1u << bit;
    EXPECT_EQ(lfsrAdvanceClosedForm(s), Lfsr32::advanceSlow(s))
        << "basis state bit " << bit;
  }
}

// A direct check that does not lean on the linearity argument: it also
// catches a non-linear slip (an add or OR in place of an XOR) that agrees
// on single-bit states.
TEST(LfsrAdvance, ClosedFormMatchesGoldenOnRandomStates) {
  std::mt19937 gen(20240611);
  EXPECT_EQ(lfsrAdvanceClosedForm(0u), 0u);
  EXPECT_EQ(lfsrAdvanceClosedForm(0xffffffffu),
            Lfsr32::advanceSlow(0xffffffffu));
  for (int k = 0; k < 100000; ++k) {
    uint32_t s = uint32_t(gen());
    ASSERT_EQ(lfsrAdvanceClosedForm(s), Lfsr32::advanceSlow(s))
        << "state 0x" << std::hex << s;
  }
}

// The draw sequence the compiled code produces from a seed: a long chain of
// advances equals the golden model's Lfsr32 (table form) step for step.
TEST(LfsrAdvance, ChainMatchesGoldenDraws) {
  Lfsr32 golden(0x2545f491u);
  uint32_t s = 0x2545f491u;
  for (int k = 0; k < 100000; ++k) {
    s = lfsrAdvanceClosedForm(s);
    ASSERT_EQ(s & 0xffffu, golden.next16()) << "draw " << k;
  }
}
