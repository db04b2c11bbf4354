//===- three_factor.h - Eligibility traces and neuromodulation ---*- C++ -*-===//
//
// Three-factor rule (docs/semantics.md §7, fixed point §15): an 8-bit signed
// eligibility e per synapse collects STDP-like changes; the weight moves by
// eta * M * e every step. As with the traces, the pre-triggered change happens
// at the start of the step (and decays with it), the post-triggered change at
// the end:  e(t) = a_e * (e(t-1) - a_minus y(t-1) s_pre) + a_plus x(t) s_post.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_NUMERICS_THREE_FACTOR_H
#define PLASTICC_SIM_GOLDEN_NUMERICS_THREE_FACTOR_H

#include "sim/golden/numerics/fixed.h"
#include "sim/golden/numerics/stdp.h"

namespace plasticc::golden {

struct ThreeFactorParams {
  uint32_t decayE = 0;  ///< round(exp(-dt/tau_e) * 2^16), Q0.16.
  uint32_t aPlus = 0;   ///< Q8.8 weight LSBs per unit trace (as additive STDP).
  uint32_t aMinus = 0;  ///< Q8.8.
  uint32_t eFracBits = 3; ///< e is in units of 2^-eFracBits weight LSB, 0..7.
  uint32_t eta = 0;     ///< Q0.16.
  int32_t wMin = -127, wMax = 127;
};

/// The STDP product A * trace has 14 fractional bits; e keeps eFracBits.
constexpr int64_t eligibilityIncrement(const ThreeFactorParams &p, uint32_t amp,
                                       uint32_t trace) {
  return roundShift(int64_t(amp) * trace, kStdpFracBits - p.eFracBits);
}

/// Phase 2, pre spike delivered: e -= a_minus * y(t-1).
constexpr int32_t eligibilityOnPre(const ThreeFactorParams &p, int32_t e,
                                   uint32_t postTracePrev) {
  return int32_t(saturateSigned(
      e - eligibilityIncrement(p, p.aMinus, postTracePrev), 8));
}

/// Phase 5, every synapse: decay over the step, then += a_plus * x(t) when the
/// post neuron fired.
constexpr int32_t eligibilityEndOfStep(const ThreeFactorParams &p, int32_t e,
                                       bool postSpiked, uint32_t preTrace,
                                       uint32_t r8) {
  int64_t decayed = stochasticShift(int64_t(e) * p.decayE, 16, r8);
  if (postSpiked)
    decayed += eligibilityIncrement(p, p.aPlus, preTrace);
  return int32_t(saturateSigned(decayed, 8));
}

/// Phase 5, after the eligibility: w += eta * M * e, with M in Q1.7
/// (-128..127 = [-1, 1)); always stochastically rounded, because eta * M * e
/// is usually far below one LSB per step.
inline int32_t threeFactorWeight(const ThreeFactorParams &p, int32_t w,
                                 int32_t modulatorQ7, int32_t e, uint32_t r8) {
  if (w == kNoSynapse)
    return w;
  const int64_t q = int64_t(p.eta) * modulatorQ7 * e;
  const int64_t d = stochasticShift(q, 16 + 7 + p.eFracBits, r8);
  return int32_t(clampTo(int64_t(w) + d, p.wMin, p.wMax));
}

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_NUMERICS_THREE_FACTOR_H
