//===- spike_io.h - Input spike and output file formats ----------*- C++ -*-===//
//
// Text formats documented in docs/core.md ("Spike and state files").
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_SPIKE_IO_H
#define PLASTICC_SIM_GOLDEN_SPIKE_IO_H

#include "sim/golden/core_model.h"

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

/// "<step> <neuron>" per output spike.
bool writeOutputSpikes(const std::string &path,
                       const std::vector<std::pair<uint64_t, uint32_t>> &spikes,
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
