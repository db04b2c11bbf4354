//===- scenarios.h - Core images and stimulus for co-simulation -*- C++ -*-===//
//
// Constrained-random images and spike trains from a seed, and directed
// scenarios for each rule and corner of docs/core.md. Used by the lockstep
// testbench; knows nothing of the RTL beyond its elaboration parameters.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_VERILATOR_SCENARIOS_H
#define PLASTICC_SIM_VERILATOR_SCENARIOS_H

#include "sim/golden/image.h"
#include "sim/golden/spike_io.h"

#include <cstdint>
#include <string>
#include <vector>

namespace plasticc::cosim {

/// The elaboration parameters of the RTL under test.
struct Features {
  uint32_t neurons, axons;
  bool stdp, cuba, adaptive, multiplicative, recurrent;
  bool inhCurrent = false, threeFactor = false, hebbian = false;
};

/// Builds scenario \p name from \p seed. Returns false for an unknown name.
bool makeScenario(const std::string &name, uint64_t seed, const Features &f,
                  golden::CoreImage &image, golden::SpikeSchedule &stimulus,
                  std::string &error);
/// As above; \p modulator receives the host's modulator writes (step, M)
/// of a three-factor scenario (empty otherwise).
bool makeScenario(const std::string &name, uint64_t seed, const Features &f,
                  golden::CoreImage &image, golden::SpikeSchedule &stimulus,
                  golden::ModulatorSchedule &modulator, std::string &error);

/// Number of parameter registers (config region 0) of docs/core.md §6.
constexpr uint32_t kNumParamRegs = 43;

/// The parameter registers of \p image as the host writes them (docs/core.md
/// §6: register 0 = {inh_current, model[1:0], reset, adaptive}, 15 =
/// {enabled, bounds, rounding}, 37 = {enabled, rounding}); 35 is unused.
std::vector<uint32_t> parameterRegisters(const golden::CoreImage &image);

/// Space-separated list of scenario names.
std::string scenarioNames();

/// Whether \p image only uses what an RTL build with \p f contains.
bool imageFits(const golden::CoreImage &image, const Features &f,
               std::string &why);

} // namespace plasticc::cosim

#endif // PLASTICC_SIM_VERILATOR_SCENARIOS_H
