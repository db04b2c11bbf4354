//===- Quantize.h - fixed-point formats and parameter rounding --*- C++ -*-===//
//
// Part of plasticc. The compiler side of docs/semantics.md §9: how float
// parameters in physical units become the integers that the golden model,
// the fixed-point CPU code and the RTL all compute with. Written once here
// and used by every path that needs fixed point.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_COMPILER_QUANTIZE_QUANTIZE_H
#define PLASTICC_COMPILER_QUANTIZE_QUANTIZE_H

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plasticc::quant {

/// Round half away from zero (C's llround), the compiler's rounding for
/// parameters.
int64_t roundParam(double x);

/// Voltage and weight LSBs shared by one core (§8, §9).
struct Formats {
  int vFracBits = 0; ///< F: one voltage LSB is 2^-F mV.
  int wShift = 0;    ///< s_w: one weight LSB is 2^s_w voltage LSBs.
  double vLsbMv() const;
  double wLsbMv() const;
};

/// Picks F as the largest integer <= 10 with vSpanMv * 2^F <= 2^14, then s_w
/// as the smallest in [0, 7] with wMaxMv <= 127 * q_v * 2^s_w, lowering F
/// until one exists. Returns nothing when no F >= -16 works (absurd ranges).
std::optional<Formats> chooseFormats(double vSpanMv, double wMaxMv);

/// Q0.16 decay factor round(exp(-dt/tau) * 2^16), 65536 stored as 65535.
uint32_t decayQ16(double dtMs, double tauMs);

/// Q0.16 coupling of the cuba synaptic input into u over one step (§2).
uint32_t cubaGainQ16(double dtMs, double tauMMs, double tauSynMs);

/// A weight in mV as an 8-bit core weight, clamped to [-127, 127].
int32_t quantizeWeight(double wMv, const Formats &formats);

/// round(x / lsb), saturated to a signed 16-bit register.
int32_t quantizeVoltage(double mv, const Formats &formats);

/// One row of the quantization report: what the float semantics asks for,
/// the integer the core holds, what that integer stands for.
struct ReportEntry {
  std::string owner; ///< population or projection symbol.
  std::string name;  ///< parameter.
  double requested = 0;
  int64_t integer = 0;
  double represented = 0;
  std::string unit;
  /// Relative error |represented - requested| / |requested| (0 if both 0).
  double relativeError() const;
};

/// Formats the report as an aligned text table.
std::string formatReport(const std::vector<ReportEntry> &entries,
                         const Formats &formats);

} // namespace plasticc::quant

#endif // PLASTICC_COMPILER_QUANTIZE_QUANTIZE_H
