//===- spike_io.h - Input spike and output file formats ----------*- C++ -*-===//
//
// Text formats documented in docs/core.md ("Spike and state files").
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_SPIKE_IO_H
#define PLASTICC_SIM_GOLDEN_SPIKE_IO_H

#include "sim/golden/core_model.h"
#include "sim/golden/system_model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace plasticc::golden {

/// Input spikes, one list of axons per step (index = step).
using SpikeSchedule = std::vector<std::vector<uint32_t>>;

/// Reads "<step> <axon> [<axon> ...]" lines ('#' comments, blank lines,
/// steps in any order). Returns false with "file:line: message" on bad input.
bool readInputSpikes(const std::string &path, uint32_t axons,
                     SpikeSchedule &schedule, std::string &error);

/// Modulator changes: (step, M in Q1.7), ascending steps; M holds until the
/// next change.
using ModulatorSchedule = std::vector<std::pair<uint64_t, int32_t>>;

/// Reads "<step> <value>" lines (value -128..127, steps strictly ascending).
bool readModulator(const std::string &path, ModulatorSchedule &schedule,
                   std::string &error);

/// System input spikes (docs/core.md §10.3): per step, (core, axon) in file
/// order (lines for one step add up in the order they appear).
using SystemSpikeSchedule =
    std::vector<std::vector<std::pair<uint32_t, uint32_t>>>;

/// Reads "<step> <core> <axon> [<axon> ...]" lines; core is an index or a
/// name of \p system. Returns false with "file:line: message" on bad input.
bool readSystemInputSpikes(const std::string &path, const SystemImage &system,
                           SystemSpikeSchedule &schedule, std::string &error);

/// Reads "<step> <core> <value>" lines into one schedule per core (steps
/// strictly ascending per core, value -128..127).
bool readSystemModulator(const std::string &path, const SystemImage &system,
                         std::vector<ModulatorSchedule> &schedules,
                         std::string &error);

/// "<step> <neuron>" per output spike.
bool writeOutputSpikes(const std::string &path,
                       const std::vector<std::pair<uint64_t, uint32_t>> &spikes,
                       std::string &error);

/// One output spike of a system run.
struct SystemOutputSpike {
  uint64_t step = 0;
  uint32_t core = 0, neuron = 0;
};
/// "<step> <core> <neuron>" per output spike.
bool writeSystemOutputSpikes(const std::string &path,
                             const std::vector<SystemOutputSpike> &spikes,
                             std::string &error);

/// Human-readable final state: one line per neuron and per axon.
bool writeStateTable(const std::string &path, const CoreModel &core,
                     std::string &error);
/// The same table for state held elsewhere (a board read back by the host,
/// the Verilated RTL), \p steps steps into the run.
bool writeStateTable(const std::string &path, const CoreImage &image,
                     uint64_t steps, std::string &error);

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_SPIKE_IO_H
