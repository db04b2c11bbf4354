//===- scenarios.h - Core images and stimulus for co-simulation -*- C++ -*-===//
//
// Constrained-random images and spike trains from a seed, and directed
// scenarios for each rule and corner of docs/core.md. Used by the lockstep
// testbench; knows nothing of the RTL beyond its elaboration parameters.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_VERILATOR_SCENARIOS_H
#define PLASTICC_SIM_VERILATOR_SCENARIOS_H

#include "sim/golden/config_bus.h"
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
  bool inhCurrent = false, threeFactor = false, hebbian = false, oja = false;
  /// EnPrune (registers 44..46, docs/core.md §11): random images prune only
  /// on builds that have it.
  bool prune = false;

  /// The build's feature flags for the configuration-bus mapping.
  golden::CoreFeatures build() const {
    golden::CoreFeatures f{stdp,      cuba,       adaptive,    multiplicative,
                           recurrent, inhCurrent, threeFactor, hebbian};
    f.oja = oja; // staticRows keeps its default: every cosim build has it
    f.prune = prune;
    return f;
  }
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

/// Space-separated list of scenario names.
std::string scenarioNames();

} // namespace plasticc::cosim

#endif // PLASTICC_SIM_VERILATOR_SCENARIOS_H
