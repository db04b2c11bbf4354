//===- prng.h - Pseudo-random sources of the plasticc semantics --*- C++ -*-===//
//
// Two sources, chosen for where they run (docs/semantics.md, "Randomness"):
//  * a counter-based hash (splitmix64) for Poisson inputs and random
//    connectivity: the draw for (seed, step, index) does not depend on the
//    order of evaluation, so a parallel CPU loop and the host agree;
//  * a 32-bit Galois LFSR for stochastic rounding inside the core, because it
//    costs 32 flip-flops and a few XORs in an iCE40.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_NUMERICS_PRNG_H
#define PLASTICC_SIM_GOLDEN_NUMERICS_PRNG_H

#include <cmath>
#include <cstdint>

namespace plasticc::golden {

/// Steele, Lea and Flood's splitmix64 finaliser (OOPSLA 2014), used as a
/// stateless mixing function.
constexpr uint64_t splitmix64(uint64_t z) {
  z += 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/// The counter-based hash h(seed, a, b) of docs/semantics.md.
constexpr uint64_t hash3(uint64_t seed, uint64_t a, uint64_t b) {
  return splitmix64(splitmix64(splitmix64(seed) ^ a) ^ b);
}

/// Probability p in [0,1] as a 53-bit threshold: an event happens iff
/// (h >> 11) < threshold. Computed once by the compiler/host, never per draw.
inline uint64_t probabilityThreshold53(double p) {
  if (!(p > 0.0))
    return 0;
  if (p >= 1.0)
    return uint64_t(1) << 53;
  return uint64_t(std::llround(std::ldexp(p, 53)));
}

/// Bernoulli approximation of a Poisson source: neuron \p index of a source
/// with \p seed spikes at \p step iff this returns true.
constexpr bool poissonSpike(uint64_t seed, uint64_t step, uint64_t index,
                            uint64_t threshold53) {
  return (hash3(seed, step, index) >> 11) < threshold53;
}

/// fixed_probability connectivity: synapse pre -> post exists iff true.
constexpr bool connectionExists(uint64_t seed, uint64_t pre, uint64_t post,
                                uint64_t threshold53) {
  return (hash3(seed, pre, post) >> 11) < threshold53;
}

/// 32-bit Galois LFSR, polynomial x^32 + x^22 + x^2 + x + 1 (maximal length),
/// shifting right. One *advance* is 16 single-bit shifts (a linear map that
/// unrolls into an XOR network in hardware); the draw is the low 16 bits of
/// the state after the advance. gcd(16, 2^32-1) = 1, so the
/// advanced sequence keeps the full period.
class Lfsr32 {
public:
  static constexpr uint32_t kTapMask = 0x80200003u;

  explicit Lfsr32(uint32_t seed = 1) : state(seed ? seed : 1) {}

  static constexpr uint32_t shiftOnce(uint32_t s) {
    return (s >> 1) ^ ((s & 1u) ? kTapMask : 0u);
  }

  /// Reference definition of one advance: 16 single shifts.
  static constexpr uint32_t advanceSlow(uint32_t s) {
    for (int k = 0; k < 16; ++k)
      s = shiftOnce(s);
    return s;
  }

  /// One advance. The 16 shifts are a linear map over GF(2), so it splits
  /// into four byte-indexed tables (the golden model's hot loop; same result
  /// as advanceSlow).
  static uint32_t advance(uint32_t s) {
    const Tables &t = tables();
    return t.byByte[0][s & 0xff] ^ t.byByte[1][(s >> 8) & 0xff] ^
           t.byByte[2][(s >> 16) & 0xff] ^ t.byByte[3][s >> 24];
  }

  /// Advances by 16 shifts and returns the 16-bit draw.
  uint32_t next16() {
    state = advance(state);
    return state & 0xffffu;
  }

  uint32_t raw() const { return state; }
  void setRaw(uint32_t s) { state = s ? s : 1; }

private:
  struct Tables {
    uint32_t byByte[4][256];
  };
  static const Tables &tables() {
    static const Tables t = [] {
      Tables built{};
      for (unsigned b = 0; b < 4; ++b)
        for (uint32_t v = 0; v < 256; ++v)
          built.byByte[b][v] = advanceSlow(v << (8 * b));
      return built;
    }();
    return t;
  }

  uint32_t state;
};

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_NUMERICS_PRNG_H
