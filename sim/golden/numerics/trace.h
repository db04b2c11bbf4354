//===- trace.h - Spike traces (pre x, post y) --------------------*- C++ -*-===//
//
// 8-bit unsigned traces, value/impulse = trace in units of "one spike". A
// pre spike arrives at the *start* of its step and a post spike happens at
// the *end* of its step, so the pre trace jumps then decays and the post trace
// decays then jumps; that makes every pair's weight exactly exp(-|dt|/tau) of
// the continuous-time spike distance. See docs/semantics.md ("Traces").
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_NUMERICS_TRACE_H
#define PLASTICC_SIM_GOLDEN_NUMERICS_TRACE_H

#include "sim/golden/numerics/fixed.h"

#include <cstdint>

namespace plasticc::golden {

enum class Pairing : uint8_t { AllToAll, Nearest };

struct TraceParams {
  uint32_t decay = 0;    ///< round(exp(-dt/tau) * 2^16), Q0.16.
  uint32_t impulse = 64; ///< trace value of one spike (1.0).
  Pairing pairing = Pairing::AllToAll;
};

/// The trace after a spike (\p spiked) at the current step: all_to_all adds the
/// impulse and saturates at 255, nearest resets to the impulse.
constexpr uint32_t traceJump(const TraceParams &p, uint32_t x, bool spiked) {
  if (!spiked)
    return x;
  if (p.pairing == Pairing::Nearest)
    return p.impulse;
  return uint32_t(saturateUnsigned(int64_t(x) + p.impulse, 8));
}

/// Stochastically rounded exponential decay over one step (never stalls, and
/// is unbiased to 2^-8 LSB, unlike round-to-nearest which freezes small
/// traces).
constexpr uint32_t traceDecay(const TraceParams &p, uint32_t x, uint32_t r8) {
  return uint32_t(stochasticShift(int64_t(x) * p.decay, 16, r8));
}

/// Pre trace x of an axon over one step: the spike (arriving at the start of
/// the step) jumps the trace, then the whole step's decay applies.
constexpr uint32_t preTraceStep(const TraceParams &p, uint32_t x, bool arrived,
                                uint32_t r8) {
  return traceDecay(p, traceJump(p, x, arrived), r8);
}

/// Post trace y of a neuron over one step: decay, then the jump of a spike
/// emitted at the end of the step.
constexpr uint32_t postTraceStep(const TraceParams &p, uint32_t y, bool spiked,
                                 uint32_t r8) {
  return traceJump(p, traceDecay(p, y, r8), spiked);
}

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_NUMERICS_TRACE_H
