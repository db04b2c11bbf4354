//===- fixed.h - Fixed-point helpers of the plasticc semantics ---*- C++ -*-===//
//
// Saturation and rounding primitives, written once. Every multiply/shift in
// docs/semantics.md ("Fixed point") names one of these, so the golden model,
// the CPU lowering and the RTL agree on each bit.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_NUMERICS_FIXED_H
#define PLASTICC_SIM_GOLDEN_NUMERICS_FIXED_H

#include <cstdint>

namespace plasticc::golden {

/// Clamps \p x to the two's-complement range of \p bits bits.
constexpr int64_t saturateSigned(int64_t x, unsigned bits) {
  const int64_t hi = (int64_t(1) << (bits - 1)) - 1;
  const int64_t lo = -(int64_t(1) << (bits - 1));
  return x > hi ? hi : (x < lo ? lo : x);
}

/// Clamps \p x to [0, 2^bits - 1].
constexpr int64_t saturateUnsigned(int64_t x, unsigned bits) {
  const int64_t hi = (int64_t(1) << bits) - 1;
  return x > hi ? hi : (x < 0 ? 0 : x);
}

constexpr int32_t sat16(int64_t x) { return int32_t(saturateSigned(x, 16)); }

constexpr int64_t clampTo(int64_t x, int64_t lo, int64_t hi) {
  return x < lo ? lo : (x > hi ? hi : x);
}

/// Arithmetic right shift (floor division by 2^s), defined for negatives.
/// C++17 leaves >> of negative values implementation-defined; spell it out.
constexpr int64_t floorShift(int64_t x, unsigned s) {
  return x >= 0 ? (x >> s) : -((-x + (int64_t(1) << s) - 1) >> s);
}

/// Round to nearest, ties toward +infinity: floor(x / 2^s + 1/2).
/// One adder in hardware: (x + 2^(s-1)) >>> s.
constexpr int64_t roundShift(int64_t x, unsigned s) {
  return s == 0 ? x : floorShift(x + (int64_t(1) << (s - 1)), s);
}

/// Stochastic rounding of x / 2^s with an 8-bit uniform draw \p r8:
/// floor((x + r8 * 2^(s-8)) / 2^s). Rounds up with probability equal to the
/// top 8 bits of the discarded fraction, so the bias is below 2^-8 LSB.
/// Requires s >= 8.
constexpr int64_t stochasticShift(int64_t x, unsigned s, uint32_t r8) {
  return floorShift(x + (int64_t(r8 & 0xff) << (s - 8)), s);
}

/// Multiply a signed state by an unsigned Q0.16 factor and round to nearest:
/// the decay primitive of every membrane/current/threshold variable.
constexpr int64_t mulQ16(int64_t x, uint32_t factorQ16) {
  return roundShift(x * int64_t(factorQ16), 16);
}

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_NUMERICS_FIXED_H
