//===- rule_images.h - One learning rule per test image ----------*- C++
//-*-===//
//
// The three on-chip rules with the settings the parameterised golden tests
// share: fractional-LSB amplitudes and stochastic rounding, so that any
// shift of the learning LFSR shows in later weights.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_TESTS_UNIT_GOLDEN_RULE_IMAGES_H
#define PLASTICC_TESTS_UNIT_GOLDEN_RULE_IMAGES_H

#include "sim/golden/image.h"

#include <string>

namespace plasticc::golden::test {

enum class Rule { Stdp, ThreeFactor, Hebbian };

/// Enables \p rule on \p img with weights clipped to [-100, 100]; the
/// three-factor modulator and Oja's decay are left to the test.
inline void enableRule(CoreImage &img, Rule rule) {
  switch (rule) {
  case Rule::Stdp:
    img.stdp.enabled = true;
    img.stdp.rounding = WeightRounding::Stochastic;
    img.stdp.aPlus = 3000; // fractional LSB changes: rounding draws matter
    img.stdp.aMinus = 3100;
    img.stdp.wMin = -100;
    img.stdp.wMax = 100;
    break;
  case Rule::ThreeFactor:
    img.threeFactor = true;
    img.threeFactorParams.decayE = 50000;
    img.threeFactorParams.aPlus = 9000;
    img.threeFactorParams.aMinus = 9500;
    img.threeFactorParams.eFracBits = 3;
    img.threeFactorParams.eta = 20000;
    img.threeFactorParams.wMin = -100;
    img.threeFactorParams.wMax = 100;
    break;
  case Rule::Hebbian:
    img.hebbian = true;
    img.hebbianParams.eta = 300;
    img.hebbianParams.rounding = WeightRounding::Stochastic;
    img.hebbianParams.wMin = -100;
    img.hebbianParams.wMax = 100;
    break;
  }
}

/// Test-name suffix for INSTANTIATE_TEST_SUITE_P.
inline std::string ruleName(Rule rule) {
  switch (rule) {
  case Rule::Stdp:
    return "Stdp";
  case Rule::ThreeFactor:
    return "ThreeFactor";
  case Rule::Hebbian:
    return "Hebbian";
  }
  return "Rule";
}

} // namespace plasticc::golden::test

#endif // PLASTICC_TESTS_UNIT_GOLDEN_RULE_IMAGES_H
