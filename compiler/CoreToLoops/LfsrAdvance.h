//===- LfsrAdvance.h - the LFSR advance in closed form ----------*- C++ -*-===//
//
// Part of plasticc. One advance of the 32-bit Galois LFSR of
// docs/semantics.md §14 (16 right shifts, taps 0x80200003) without a loop,
// written once over a word type: instantiated with uint32_t it is the C++
// function the unit tests check against sim/golden/numerics/prng.h, and with
// CoreToLoops' IR word it emits the very same shifts and XORs, so the test
// covers the formula the compiled code runs.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_COMPILER_CORETOLOOPS_LFSRADVANCE_H
#define PLASTICC_COMPILER_CORETOLOOPS_LFSRADVANCE_H

#include <cstdint>

namespace plasticc {

/// One LFSR advance of `s`. The bits shifted out, b_k = s_k ^ b_(k-1) ^
/// b_(k-2) (taps 0 and 1 feed back into the low bits), are the low half
/// times (1 + x + x^2)^-1 = (1 + x)(1 + x^3 + x^6 + ...) mod x^16; each then
/// XORs the tap mask shifted by the remaining steps into the state.
/// Word needs `&` with a uint32_t mask, `<<` and logical `>>` by an unsigned
/// count, and `^`.
template <typename Word> Word lfsrAdvanceClosedForm(Word s) {
  Word lo = s & 0xffffu;
  Word u = lo ^ (lo << 1u);
  u = u ^ (u << 3u);
  u = u ^ (u << 6u);
  u = u ^ (u << 12u);
  Word fb = u & 0xffffu;
  Word taps = ((fb << 16u) ^ (fb << 6u)) ^ ((fb >> 14u) ^ (fb >> 15u));
  return (s >> 16u) ^ taps;
}

} // namespace plasticc

#endif // PLASTICC_COMPILER_CORETOLOOPS_LFSRADVANCE_H
