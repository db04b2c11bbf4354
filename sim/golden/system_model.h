//===- system_model.h - Golden model of a multi-core system ------*- C++ -*-===//
//
// K cores (CoreModel each) and the router of docs/core.md §10: all cores
// tick at one cycle, then the router drains their output spikes, source
// cores ascending, into the routed axons of the next step. The same two uses
// as CoreModel: step() for the step-level results the CPU's fixed mode must
// match, stepAt(tickCycle, sinks) for per-core commit events on the system's
// cycle count, for lockstep checking of the RTL system.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_SYSTEM_MODEL_H
#define PLASTICC_SIM_GOLDEN_SYSTEM_MODEL_H

#include "sim/golden/core_model.h"
#include "sim/golden/image.h"

#include <cstdint>
#include <string>
#include <vector>

namespace plasticc::golden {

/// Output spike j of core `src` (j < count) -> axon first + j of core `dst`.
struct Route {
  uint32_t src = 0, dst = 0;
  uint32_t first = 0, count = 0;
};

/// A loaded system image (docs/core.md §10.3).
struct SystemImage {
  std::vector<std::string> coreNames; ///< index = core index.
  std::vector<CoreImage> cores;
  std::vector<Route> routes; ///< table order.

  /// Cores are targets 0..14 of the system bus; target 15 is the router.
  static constexpr uint32_t kMaxCores = 15;
  static constexpr uint32_t kMaxRoutes = 64;
  static constexpr uint32_t kMaxRoutesPerSource = 16;
};

/// Checks the limits and route ranges of docs/core.md §10.1/§10.3 on an
/// image built in code (the loader reports the same with file:line).
/// Returns false with a message naming the first violation.
bool checkSystemImage(const SystemImage &system, std::string &error);

/// Loads `system.txt` (or the directory holding it) and every core it names.
/// Returns false with "file:line: message" and leaves \p system untouched.
bool loadSystemImage(const std::string &path, SystemImage &system,
                     std::string &error);
/// Writes system.txt and one core image directory per core under \p dir.
bool writeSystemImage(const std::string &dir, const SystemImage &system,
                      std::string &error);
/// True if \p path is a system image (a system.txt, or a directory with one).
bool isSystemImage(const std::string &path);

/// Schedule constants of docs/core.md §10.2.
struct SystemTiming {
  static constexpr uint32_t kRouterOverhead = 2;
};

/// Work and cycles of one system step.
struct SystemStepStats {
  uint64_t tick = 0;
  uint64_t tickCycle = 0;
  uint64_t coreCycles = 0;  ///< max_k T_k.
  uint64_t drainCycles = 0; ///< R of §10.2 (system output always ready).
  uint64_t routedPushes = 0, droppedPushes = 0;
  uint64_t totalCycles() const {
    return coreCycles + SystemTiming::kRouterOverhead + drainCycles;
  }
};

/// One output spike of a step: core k's neuron j.
struct SystemSpike {
  uint32_t core = 0, neuron = 0;
  bool operator==(const SystemSpike &o) const {
    return core == o.core && neuron == o.neuron;
  }
};

/// One cycle of the drain (docs/core.md §10.2.2), in drain order: `slot` is
/// its position, 0 .. drainCycles - 1, from the start of the drain.
struct RouterEvent {
  enum Kind : uint8_t {
    Offer,   ///< spike (src, neuron) offered on the system output.
    Push,    ///< route `route` pushed axon `axon` into core `dst`.
    Dropped, ///< as Push, but the destination FIFO was full.
    NoMatch, ///< route `route` does not carry this neuron (j >= count).
  };
  uint64_t slot = 0;
  Kind kind = Offer;
  uint32_t src = 0, neuron = 0;
  uint32_t route = 0, dst = 0, axon = 0; ///< Push, Dropped, NoMatch.
};

class SystemModel {
public:
  /// Throws std::invalid_argument with checkSystemImage's message if the
  /// image breaks §10's limits (loadSystemImage never returns such an image).
  explicit SystemModel(SystemImage image);

  uint32_t numCores() const { return uint32_t(cores.size()); }

  /// External input for the next step (only between steps; docs §10.2.4).
  /// False if the core's FIFO is full or the core/axon does not exist.
  bool pushInput(uint32_t core, uint32_t axon);
  void setModulator(uint32_t core, int32_t q7);

  const SystemStepStats &step() { return stepAt(nextTickCycle(), {}); }
  /// Runs one step with the tick accepted at \p tickCycle (clamped to
  /// nextTickCycle()); \p sinks, if not empty, has one sink (or null) per
  /// core and receives that core's commit events.
  const SystemStepStats &stepAt(uint64_t tickCycle,
                                const std::vector<CommitSink *> &sinks);

  uint64_t nextTickCycle() const { return idleFrom; }
  uint64_t tick() const { return currentTick; }
  const SystemStepStats &lastStats() const { return stats; }

  const CoreModel &core(uint32_t k) const { return cores[k]; }
  CoreModel &mutableCore(uint32_t k) { return cores[k]; }
  const std::vector<Route> &routes() const { return routeTable; }
  const std::vector<std::string> &coreNames() const { return names; }
  /// Sticky: a routed push found its destination FIFO full.
  bool routerOverflow() const { return overflow; }
  /// Output spikes of the last step in drain order (cores ascending, then
  /// neurons ascending).
  const std::vector<SystemSpike> &outputSpikes() const { return spikes; }
  /// Every drain cycle of the last step, in order.
  const std::vector<RouterEvent> &lastDrain() const { return drain; }

private:
  void drainOutputs();

  std::vector<SystemSpike> spikes;
  std::vector<RouterEvent> drain;
  std::vector<std::vector<uint32_t>> routesFrom; ///< table indices per source.
  std::vector<std::string> names;
  std::vector<CoreModel> cores;
  std::vector<Route> routeTable;
  SystemStepStats stats;
  uint64_t currentTick = 0;
  uint64_t idleFrom = 0;
  bool overflow = false;
};

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_SYSTEM_MODEL_H
