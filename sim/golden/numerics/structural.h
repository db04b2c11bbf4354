//===- structural.h - Pruning and regrowth of synapses -----------*- C++ -*-===//
//
// docs/semantics.md §7 (`structural`): every `every` steps, remove synapses
// with |w| below a threshold, then give every post neuron up to `regrow` new
// input synapses from pre neurons drawn by the counter-based hash, so the
// result does not depend on loop order.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_NUMERICS_STRUCTURAL_H
#define PLASTICC_SIM_GOLDEN_NUMERICS_STRUCTURAL_H

#include "sim/golden/numerics/prng.h"
#include "sim/golden/numerics/stdp.h"

#include <cstdint>
#include <vector>

namespace plasticc::golden {

struct StructuralParams {
  int32_t threshold = 0; ///< weight LSBs; |w| < threshold is pruned.
  uint32_t every = 0;    ///< steps between events (0: never).
  uint32_t regrow = 0;   ///< synapses created per post neuron and event.
  uint64_t seed = 0;
  int32_t wInit = 0;     ///< weight LSBs of a new synapse.
};

struct StructuralResult {
  uint32_t pruned = 0;
  uint32_t grown = 0;
};

/// The pruning test of one synapse, shared by the float-free rule below and
/// the core's prune phase (docs/core.md §11): an existing synapse whose
/// magnitude is below \p threshold goes. -128 never reaches |w| (absent).
constexpr bool prunes(int32_t w, int32_t threshold) {
  return w != kNoSynapse && (w < 0 ? -w : w) < threshold;
}

constexpr bool isStructuralStep(const StructuralParams &p, uint64_t step) {
  return p.every != 0 && (step + 1) % p.every == 0;
}

/// Applies the event of step \p step to a [pre][post] weight matrix (absent
/// synapses are kNoSynapse). Does nothing on other steps.
inline StructuralResult structuralEvent(const StructuralParams &p,
                                        std::vector<int8_t> &weights,
                                        uint32_t numPre, uint32_t numPost,
                                        uint64_t step) {
  StructuralResult result;
  if (!isStructuralStep(p, step))
    return result;
  std::vector<uint8_t> prunedNow(weights.size(), 0);
  for (size_t k = 0; k < weights.size(); ++k) {
    if (prunes(weights[k], p.threshold)) {
      weights[k] = int8_t(kNoSynapse);
      prunedNow[k] = 1;
      ++result.pruned;
    }
  }
  for (uint32_t j = 0; j < numPost; ++j) {
    uint32_t grownHere = 0;
    for (uint64_t r = 0; r < 16ull * p.regrow && grownHere < p.regrow; ++r) {
      const uint32_t i =
          uint32_t(hash3(p.seed, step, (uint64_t(j) << 32) | r) % numPre);
      const size_t k = size_t(i) * numPost + j;
      if (weights[k] != kNoSynapse || prunedNow[k])
        continue;
      weights[k] = int8_t(p.wInit);
      ++grownHere;
    }
    result.grown += grownHere;
  }
  return result;
}

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_NUMERICS_STRUCTURAL_H
