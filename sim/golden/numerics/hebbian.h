//===- hebbian.h - Hebbian rule on traces ------------------------*- C++ -*-===//
//
// dw = eta * x * y on 8-bit traces (docs/semantics.md §7 and §15). Applied in
// phase 5 (the core's sweep) to every existing synapse with the traces at the
// end of the step, x(t) and y(t).
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_NUMERICS_HEBBIAN_H
#define PLASTICC_SIM_GOLDEN_NUMERICS_HEBBIAN_H

#include "sim/golden/numerics/stdp.h"

namespace plasticc::golden {

struct HebbianParams {
  uint32_t eta = 0; ///< Q8.8 weight LSBs per unit trace squared.
  WeightRounding rounding = WeightRounding::Nearest;
  int32_t wMin = -127, wMax = 127;
};

/// Q8.8 * Q2.6 * Q2.6: 20 fractional bits.
constexpr unsigned kHebbianFracBits = 20;

inline int32_t hebbianUpdate(const HebbianParams &p, int32_t w, uint32_t x,
                             uint32_t y, uint32_t r8) {
  if (w == kNoSynapse)
    return w;
  const int64_t q = int64_t(p.eta) * x * y;
  const int64_t d = p.rounding == WeightRounding::Stochastic
                        ? stochasticShift(q, kHebbianFracBits, r8)
                        : roundShift(q, kHebbianFracBits);
  return int32_t(clampTo(int64_t(w) + d, p.wMin, p.wMax));
}

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_NUMERICS_HEBBIAN_H
