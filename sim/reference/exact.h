//===- exact.h - exact-integration factors of the float semantics -*- C++ -*-===//
//
// Part of plasticc. The closed-form factors of docs/semantics.md §2, written
// once: the float reference uses them directly, the compiler bakes them into
// CPU code and quantizes them for the core.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_REFERENCE_EXACT_H
#define PLASTICC_SIM_REFERENCE_EXACT_H

#include <cmath>

namespace plasticc::reference {

/// How much of a synaptic current present at the start of a step reaches u
/// by its end (cuba_lif, §2): tau_syn/(tau_syn - tau_m) (a_syn - a_m), or
/// (dt/tau_m) a_m when the time constants are equal. Times in ms.
inline double cubaCoupling(double dtMs, double tauMMs, double tauSynMs) {
  double am = std::exp(-dtMs / tauMMs), as = std::exp(-dtMs / tauSynMs);
  return tauSynMs == tauMMs ? (dtMs / tauMMs) * am
                            : tauSynMs / (tauSynMs - tauMMs) * (as - am);
}

} // namespace plasticc::reference

#endif // PLASTICC_SIM_REFERENCE_EXACT_H
