//===- Quantize.cpp - fixed-point formats and parameter rounding -*- C++ -*-===//
//
// Part of plasticc. See Quantize.h and docs/semantics.md §9.
//
//===----------------------------------------------------------------------===//

#include "compiler/Quantize/Quantize.h"
#include "sim/reference/exact.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace plasticc::quant {

int64_t roundParam(double x) {
  // llround of a non-finite or huge value is undefined; saturate instead so
  // range checks downstream see an out-of-range value.
  if (std::isnan(x))
    return 0;
  if (x >= 9.2e18)
    return INT64_MAX;
  if (x <= -9.2e18)
    return INT64_MIN;
  return std::llround(x);
}

double Formats::vLsbMv() const { return std::ldexp(1.0, -vFracBits); }
double Formats::wLsbMv() const { return std::ldexp(1.0, wShift - vFracBits); }

std::optional<Formats> chooseFormats(double vSpanMv, double wMaxMv) {
  int f = 10;
  // Largest F <= 10 with the span inside half the 16-bit range (headroom for
  // the input accumulated in one step).
  while (f > -16 && vSpanMv * std::ldexp(1.0, f) > std::ldexp(1.0, 14))
    --f;
  for (; f > -16; --f) {
    for (int s = 0; s <= 7; ++s) {
      if (wMaxMv <= 127.0 * std::ldexp(1.0, s - f))
        return Formats{f, s};
    }
  }
  return std::nullopt;
}

uint32_t decayQ16(double dtMs, double tauMs) {
  int64_t d = roundParam(std::exp(-dtMs / tauMs) * 65536.0);
  return static_cast<uint32_t>(std::clamp<int64_t>(d, 0, 65535));
}

uint32_t cubaGainQ16(double dtMs, double tauMMs, double tauSynMs) {
  double c = reference::cubaCoupling(dtMs, tauMMs, tauSynMs);
  int64_t g = roundParam(c * 65536.0);
  return static_cast<uint32_t>(std::clamp<int64_t>(g, 0, 65535));
}

int32_t quantizeWeight(double wMv, const Formats &formats) {
  int64_t q = roundParam(wMv / formats.wLsbMv());
  return static_cast<int32_t>(std::clamp<int64_t>(q, -127, 127));
}

int32_t quantizeVoltage(double mv, const Formats &formats) {
  int64_t q = roundParam(mv / formats.vLsbMv());
  return static_cast<int32_t>(std::clamp<int64_t>(q, -32768, 32767));
}

double ReportEntry::relativeError() const {
  double diff = std::fabs(represented - requested);
  if (requested == 0.0)
    return diff == 0.0 ? 0.0 : INFINITY;
  return diff / std::fabs(requested);
}

std::string formatReport(const std::vector<ReportEntry> &entries,
                         const Formats &formats) {
  std::string text;
  char line[256];
  std::snprintf(line, sizeof(line),
                "fixed point: v LSB = 2^-%d mV = %.6g mV, w LSB = %.6g mV "
                "(w_shift %d)\n",
                formats.vFracBits, formats.vLsbMv(), formats.wLsbMv(),
                formats.wShift);
  text += line;
  std::snprintf(line, sizeof(line), "%-20s %-15s %14s %10s %14s %-5s %10s\n",
                "owner", "parameter", "requested", "integer", "represented",
                "unit", "rel. error");
  text += line;
  for (const ReportEntry &e : entries) {
    std::snprintf(line, sizeof(line),
                  "%-20s %-15s %14.6g %10lld %14.6g %-5s %10.3g\n",
                  e.owner.c_str(), e.name.c_str(), e.requested,
                  static_cast<long long>(e.integer), e.represented,
                  e.unit.c_str(), e.relativeError());
    text += line;
  }
  return text;
}

} // namespace plasticc::quant
