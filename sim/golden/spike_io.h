//===- spike_io.h - Input spike and output file formats ----------*- C++ -*-===//
//
// Text formats documented in docs/core.md ("Spike and state files").
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_SPIKE_IO_H
#define PLASTICC_SIM_GOLDEN_SPIKE_IO_H

#include "sim/golden/core_model.h"
#include "sim/golden/system_model.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace plasticc::golden {

/// Events per step, stored sparsely so that a step far in the future (the
/// formats allow steps up to 2^32 - 1) costs nothing. Reads like a vector
/// indexed by step whose size() is the last step with events + 1 (or the
/// size it was given); iteration visits every step 0 .. size() - 1.
template <typename Event> class StepSchedule {
public:
  using Step = std::vector<Event>;

  StepSchedule() = default;
  explicit StepSchedule(uint64_t steps) : length(steps) {}

  uint64_t size() const { return length; }
  bool empty() const { return length == 0; }

  /// The events of \p step, created (and size() grown) if needed.
  Step &operator[](uint64_t step) {
    length = std::max(length, step + 1);
    return byStep[step];
  }
  /// The events of \p step; empty for a step without any.
  const Step &operator[](uint64_t step) const {
    static const Step none;
    auto it = byStep.find(step);
    return it == byStep.end() ? none : it->second;
  }
  /// Only the steps that were written, ascending: (step, events).
  const std::map<uint64_t, Step> &written() const { return byStep; }

  template <typename Schedule, typename Ref> class Iterator {
  public:
    Iterator(Schedule *schedule, uint64_t step) : s(schedule), t(step) {}
    Ref operator*() const { return (*s)[t]; }
    Iterator &operator++() { return ++t, *this; }
    bool operator!=(const Iterator &o) const { return t != o.t; }

  private:
    Schedule *s;
    uint64_t t;
  };
  auto begin() { return Iterator<StepSchedule, Step &>(this, 0); }
  auto end() { return Iterator<StepSchedule, Step &>(this, length); }
  auto begin() const {
    return Iterator<const StepSchedule, const Step &>(this, 0);
  }
  auto end() const {
    return Iterator<const StepSchedule, const Step &>(this, length);
  }

private:
  std::map<uint64_t, Step> byStep;
  uint64_t length = 0;
};

/// Input spikes, one list of axons per step.
using SpikeSchedule = StepSchedule<uint32_t>;

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
using SystemSpikeSchedule = StepSchedule<std::pair<uint32_t, uint32_t>>;

/// Reads "<step> <core> <axon> [<axon> ...]" lines; core is an index or a
/// name of \p system. Returns false with "file:line: message" on bad input.
bool readSystemInputSpikes(const std::string &path, const SystemImage &system,
                           SystemSpikeSchedule &schedule, std::string &error);

/// Reads "<step> <core> <value>" lines into one schedule per core (steps
/// strictly ascending per core, value -128..127, only for cores with
/// three-factor learning).
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
