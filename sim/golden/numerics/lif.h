//===- lif.h - The neuron datapath: lif, cuba_lif, if, li --------*- C++ -*-===//
//
// One fixed-point update for all spiking neuron models of the core, as
// docs/semantics.md ("Neuron update, fixed point") defines it. The models are
// parameterisations of this one datapath, as in the RTL:
//   lif      leak on,  spikes on,  cuba off
//   cuba_lif leak on,  spikes on,  cuba on  (weights feed the current i; with
//            a separate inhibitory current, negative weights feed i2)
//   if       leak off, spikes on,  cuba off
//   li       leak on,  spikes off, cuba off (a readout; never spikes)
// All voltages are integers in units of the core's voltage LSB, relative to
// v_rest (u = v - v_rest).
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_NUMERICS_LIF_H
#define PLASTICC_SIM_GOLDEN_NUMERICS_LIF_H

#include "sim/golden/numerics/fixed.h"

#include <cstdint>

namespace plasticc::golden {

enum class ResetMode : uint8_t { Value, Subtract };

/// Quantised neuron parameters (one set per core).
struct NeuronParams {
  bool leak = true;          ///< false for `if`.
  bool spikes = true;        ///< false for `li`.
  bool cuba = false;         ///< true for `cuba_lif`.
  bool inhCurrent = false;   ///< cuba with a separate inhibitory current i2.
  bool adaptive = false;     ///< adaptive threshold theta.
  ResetMode reset = ResetMode::Value;
  uint32_t decayV = 0;       ///< round(exp(-dt/tau_m) * 2^16), Q0.16.
  uint32_t decayI = 0;       ///< round(exp(-dt/tau_syn) * 2^16), Q0.16.
  uint32_t gainI = 0;        ///< exact-integration coupling i -> u, Q0.16.
  uint32_t decayIInh = 0;    ///< round(exp(-dt/tau_syn_inh) * 2^16), Q0.16.
  uint32_t gainIInh = 0;     ///< coupling i2 -> u, Q0.16.
  uint32_t decayTh = 0;      ///< round(exp(-dt/tau_th) * 2^16), Q0.16.
  int32_t threshold = 0;     ///< v_th - v_rest, LSB.
  int32_t vReset = 0;        ///< v_reset - v_rest, LSB.
  int32_t thJump = 0;        ///< th_jump, LSB.
  int32_t bias = 0;          ///< (1 - a) * r_m * I_ext per step, LSB.
  uint32_t refSteps = 0;     ///< round(t_ref / dt).
};

/// Per-neuron state; 16-bit signed fields, `ref` fits 8 bits.
struct NeuronState {
  int32_t u = 0;     ///< membrane, v - v_rest.
  int32_t i = 0;     ///< cuba synaptic input (mV-equivalent), LSB.
  int32_t iInh = 0;  ///< cuba inhibitory input i2 (inhCurrent only), LSB.
  int32_t theta = 0; ///< adaptive threshold offset, LSB, >= 0.
  uint32_t ref = 0;  ///< remaining refractory steps.
};

/// One time step of one neuron. \p input is the event-phase accumulator (sum
/// of delivered weights, already shifted to voltage LSBs; up to 24 bits);
/// \p inhInput the sum of the negative ones when inhCurrent is set (then
/// \p input holds only the non-negative ones). Returns true on a spike.
inline bool neuronStep(const NeuronParams &p, NeuronState &s, int64_t input,
                       int64_t inhInput = 0) {
  // The synaptic currents keep evolving during refractoriness; only u freezes.
  int64_t iNow = 0, iInhNow = 0;
  if (p.cuba) {
    iNow = sat16(s.i + input);
    s.i = sat16(mulQ16(iNow, p.decayI));
    if (p.inhCurrent) {
      iInhNow = sat16(s.iInh + inhInput);
      s.iInh = sat16(mulQ16(iInhNow, p.decayIInh));
    }
  }
  if (p.adaptive)
    s.theta = sat16(mulQ16(s.theta, p.decayTh));

  if (s.ref > 0) {
    // Inputs arriving while refractory are discarded (u is clamped).
    --s.ref;
    return false;
  }

  int64_t u;
  if (p.cuba) {
    int64_t leaked = p.leak ? mulQ16(s.u, p.decayV) : s.u;
    const int64_t fromInh = p.inhCurrent ? mulQ16(iInhNow, p.gainIInh) : 0;
    u = sat16(leaked + mulQ16(iNow, p.gainI) + fromInh + p.bias);
  } else {
    int64_t z = sat16(s.u + input);
    u = sat16((p.leak ? mulQ16(z, p.decayV) : z) + p.bias);
  }

  // theta >= 0 and threshold < 2^15, so the sum needs 17 bits, no saturation.
  const int64_t effThreshold = int64_t(p.threshold) + s.theta;
  const bool spike = p.spikes && u >= effThreshold;
  if (spike) {
    if (p.reset == ResetMode::Value)
      u = p.vReset;
    else
      u = sat16(u - (effThreshold - p.vReset));
    if (p.adaptive)
      s.theta = sat16(int64_t(s.theta) + p.thJump);
    s.ref = p.refSteps;
  }
  s.u = int32_t(u);
  return spike;
}

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_NUMERICS_LIF_H
