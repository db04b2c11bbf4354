//===- stdp.h - Pair STDP weight updates --------------------------*- C++ -*-===//
//
// The two halves of pair STDP (docs/semantics.md, "Pair STDP"): depression
// when a pre spike arrives (row pass of the event phase, reads the post
// trace), potentiation when the post neuron spikes (column pass of the
// learning phase, reads the pre trace). Weights are int8 in weight LSBs; 0x80
// (-128) marks an absent synapse and is never touched.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_NUMERICS_STDP_H
#define PLASTICC_SIM_GOLDEN_NUMERICS_STDP_H

#include "sim/golden/numerics/fixed.h"

#include <cstdint>

namespace plasticc::golden {

constexpr int32_t kNoSynapse = -128;

enum class Bounds : uint8_t { Additive, Multiplicative };
enum class WeightRounding : uint8_t { Nearest, Stochastic };

struct StdpParams {
  bool enabled = false;
  Bounds bounds = Bounds::Additive;
  WeightRounding rounding = WeightRounding::Nearest;
  /// Additive: a_plus / w_lsb in Q8.8 (weight LSBs per unit trace).
  /// Multiplicative: a_plus / (w_max - w_min) in Q0.16.
  uint32_t aPlus = 0;
  uint32_t aMinus = 0; ///< as aPlus, for a_minus.
  int32_t wMin = -127; ///< LSB, >= -127.
  int32_t wMax = 127;  ///< LSB, <= 127.
};

/// Trace value of 1.0 is 64 (Q2.6); a Q8.8 amplitude times a Q2.6 trace is a
/// weight change with 14 fractional bits.
constexpr unsigned kStdpFracBits = 14;

inline int64_t roundWeightDelta(const StdpParams &p, int64_t q14,
                                uint32_t r8) {
  return p.rounding == WeightRounding::Stochastic
             ? stochasticShift(q14, kStdpFracBits, r8)
             : roundShift(q14, kStdpFracBits);
}

/// Multiplicative amplitude for trace \p trace: floor(trace * A / 2^8), which
/// keeps the second multiply within 16x16 bits.
constexpr int64_t softAmplitude(uint32_t trace, uint32_t amp) {
  return (int64_t(trace) * amp) >> 8;
}

/// LTD for synapse with weight \p w when its pre spike arrives at step t;
/// \p postTrace is y(t-1), the post trace at the end of the previous step.
inline int32_t stdpDepress(const StdpParams &p, int32_t w, uint32_t postTrace,
                           uint32_t r8) {
  if (w == kNoSynapse)
    return w;
  int64_t q14 = p.bounds == Bounds::Additive
                    ? int64_t(postTrace) * p.aMinus
                    : int64_t(w - p.wMin) * softAmplitude(postTrace, p.aMinus);
  int64_t d = roundWeightDelta(p, q14, r8);
  return int32_t(clampTo(int64_t(w) - d, p.wMin, p.wMax));
}

/// LTP for synapse with weight \p w when its post neuron spikes at step t;
/// \p preTrace is x(t), which already holds a pre spike of step t decayed by
/// one step (that pre spike arrived one step before the post spike).
inline int32_t stdpPotentiate(const StdpParams &p, int32_t w,
                              uint32_t preTrace, uint32_t r8) {
  if (w == kNoSynapse)
    return w;
  int64_t q14 = p.bounds == Bounds::Additive
                    ? int64_t(preTrace) * p.aPlus
                    : int64_t(p.wMax - w) * softAmplitude(preTrace, p.aPlus);
  int64_t d = roundWeightDelta(p, q14, r8);
  return int32_t(clampTo(int64_t(w) + d, p.wMin, p.wMax));
}

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_NUMERICS_STDP_H
