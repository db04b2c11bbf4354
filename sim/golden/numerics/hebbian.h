//===- hebbian.h - Hebbian rule on traces ------------------------*- C++ -*-===//
//
// dw = eta * x * y - k_j * w on 8-bit traces (docs/semantics.md §7 and §15):
// Hebbian with Oja's decay term, k_j = eta_o * y_j^2. Hebbian is the case
// eta_o = 0, so one unit (and one RTL datapath) runs both. Applied in phase 5
// (the core's sweep) to every existing synapse with the traces at the end of
// the step, x(t) and y(t).
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_NUMERICS_HEBBIAN_H
#define PLASTICC_SIM_GOLDEN_NUMERICS_HEBBIAN_H

#include "sim/golden/numerics/stdp.h"

namespace plasticc::golden {

struct HebbianParams {
  uint32_t eta = 0; ///< Q8.8 weight LSBs per unit trace squared.
  uint32_t decay = 0; ///< eta_o, Q0.16 (Oja's y^2 * w term; 0 = Hebbian).
  WeightRounding rounding = WeightRounding::Nearest;
  int32_t wMin = -127, wMax = 127;
};

/// Q8.8 * Q2.6 * Q2.6: 20 fractional bits.
constexpr unsigned kHebbianFracBits = 20;

/// Oja's per-neuron factor k_j = min(2^16 - 1, floor(eta_o * y^2 / 2^12)):
/// Q0.16 times Q4.12, kept in Q0.16 and saturated just below 1.
inline uint32_t ojaDecayFactor(uint32_t decay, uint32_t y) {
  const uint64_t k = (uint64_t(decay) * (y * y)) >> 12;
  return k > 0xffff ? 0xffff : uint32_t(k);
}

inline int32_t hebbianUpdate(const HebbianParams &p, int32_t w, uint32_t x,
                             uint32_t y, uint32_t r8) {
  if (w == kNoSynapse)
    return w;
  // k * w has 16 fractional bits; 2^4 aligns it with eta * x * y's 20, so
  // both terms share the one rounding.
  const int64_t q = int64_t(p.eta) * x * y -
                    int64_t(ojaDecayFactor(p.decay, y)) * w * 16;
  const int64_t d = p.rounding == WeightRounding::Stochastic
                        ? stochasticShift(q, kHebbianFracBits, r8)
                        : roundShift(q, kHebbianFracBits);
  return int32_t(clampTo(int64_t(w) + d, p.wMin, p.wMax));
}

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_NUMERICS_HEBBIAN_H
