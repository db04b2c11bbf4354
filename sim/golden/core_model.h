//===- core_model.h - Golden model of one learning core ----------*- C++ -*-===//
//
// Executes a core image step by step with the numerics of
// sim/golden/numerics, in the order docs/semantics.md fixes, and predicts the
// cycle of every commit event from the schedule in docs/core.md.
//
// The same code serves two uses:
//  * step level: step() without a sink -- what the fixed-point CPU lowering of
//    a one-core network must match bit for bit;
//  * cycle level: stepAt(tickCycle, sink) -- the commit events, with the
//    cycles the RTL's trace port must report them on, for lockstep checking.
// Phases are computed whole; cycles are assigned by the schedule formulas,
// which is exact because no phase's timing depends on data it produces.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_CORE_MODEL_H
#define PLASTICC_SIM_GOLDEN_CORE_MODEL_H

#include "sim/golden/commit.h"
#include "sim/golden/image.h"
#include "sim/golden/numerics/prng.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace plasticc::golden {

/// Schedule constants and phase lengths of docs/core.md §3 and §11: the one
/// place the cycle formulas live (the phases below and their stats use it).
struct CoreTiming {
  static constexpr uint32_t kScanLatency = 2;   ///< bitmap -> first row address.
  static constexpr uint32_t kRowLatency = 3;    ///< W read -> acc/W write (odd).
  static constexpr uint32_t kNeuronLatency = 4; ///< state read -> state write.
  static constexpr uint32_t kColumnLatency = 3; ///< W read -> W write (odd).
  static constexpr uint32_t kSweepLatency = 3;  ///< W/E read -> write (odd).
  static constexpr uint32_t kPruneLatency = 3;  ///< W read -> W write (odd).
  static constexpr uint32_t kInputFifoDepth = 512;
  static constexpr uint32_t kRecurrentFifoDepth = 512;

  /// Event phase, E = 0 if K = 0, else 2 + K*N/2 + 3.
  static constexpr uint64_t eventCycles(uint64_t activeAxons,
                                        uint32_t neurons) {
    return activeAxons == 0 ? 0
                            : kScanLatency + activeAxons * (neurons / 2) +
                                  kRowLatency;
  }
  /// Neuron phase, max(N, M) + 4.
  static constexpr uint64_t neuronCycles(uint32_t neurons, uint32_t axons) {
    return uint64_t(neurons > axons ? neurons : axons) + kNeuronLatency;
  }
  /// Learning phase (STDP), L = 0 if C = 0, else C*M + 3.
  static constexpr uint64_t learnCycles(uint64_t pairPasses, uint32_t axons) {
    return pairPasses == 0 ? 0 : pairPasses * axons + kColumnLatency;
  }
  /// Sweep phase (three-factor, hebbian), W = M*N/2 + 3.
  static constexpr uint64_t sweepCycles(uint32_t neurons, uint32_t axons) {
    return uint64_t(axons) * (neurons / 2) + kSweepLatency;
  }
  /// Prune phase of a pruning step, R = P*N/2 + 3 (0 if P = 0).
  static constexpr uint64_t pruneCycles(uint32_t plasticRows,
                                        uint32_t neurons) {
    return plasticRows == 0
               ? 0
               : uint64_t(plasticRows) * (neurons / 2) + kPruneLatency;
  }
};

/// Work and cycles of one step; total() is what docs/core.md's formula gives.
struct StepStats {
  uint64_t tick = 0;
  uint64_t tickCycle = 0; ///< cycle the tick was accepted.
  uint32_t popped = 0;    ///< FIFO entries read in the gather phase.
  uint32_t activeAxons = 0;
  uint32_t spikes = 0;
  uint32_t columnPairPasses = 0;
  uint64_t synapticOps = 0; ///< existing synapses read in the event phase.
  bool pruning = false;     ///< decided at the tick accept (§11).
  uint32_t pruned = 0;      ///< synapses the prune phase removed.
  uint64_t gatherCycles = 0, eventCycles = 0, neuronCycles = 0,
           learnCycles = 0, sweepCycles = 0, pruneCycles = 0;
  uint64_t totalCycles() const {
    return 1 + gatherCycles + eventCycles + neuronCycles + learnCycles +
           sweepCycles + pruneCycles;
  }
};

class CoreModel {
public:
  explicit CoreModel(CoreImage image);

  /// AER input: queues a spike on \p axon for the next tick. Returns false
  /// (input not taken, as when in_ready_o is low) if the FIFO is full or the
  /// axon does not exist.
  bool pushInput(uint32_t axon);

  /// Sets the three-factor modulator M (Q1.7, -128..127) used from the next
  /// step on, as the host does through the parameter register.
  void setModulator(int32_t q7) {
    img.modulator = int32_t(clampTo(q7, -128, 127));
  }

  /// Runs one time step with the tick accepted as early as possible.
  const StepStats &step(CommitSink *sink = nullptr) {
    return stepAt(nextTickCycle(), sink);
  }
  /// Runs one time step whose tick is accepted at \p tickCycle (clamped to
  /// nextTickCycle(); the core ignores ticks while busy).
  const StepStats &stepAt(uint64_t tickCycle, CommitSink *sink);

  /// First cycle at which the core accepts the next tick.
  uint64_t nextTickCycle() const { return idleFrom; }
  /// Number of steps completed; the next step has this index.
  uint64_t tick() const { return currentTick; }
  const StepStats &lastStats() const { return stats; }

  /// Neurons that spiked in the last step, ascending.
  const std::vector<uint32_t> &outputSpikes() const { return spikes; }
  /// Weights, state and traces as they are at the end of the last step.
  const CoreImage &image() const { return img; }
  /// For a host that rewrites parameters between steps (stepped currents).
  CoreImage &mutableImage() { return img; }

  /// Sticky: a recurrent spike was dropped because its FIFO was full.
  bool recurrentOverflow() const { return recOverflow; }

  /// The prune countdown C (register 46, docs/core.md §11): the next step
  /// prunes if it is 0 and E != 0. An image load leaves it at max(E - 1, 0).
  uint32_t pruneCountdown() const { return countdown; }
  /// A host's write of register 45: E, and C = max(E - 1, 0).
  void setPruneEvery(uint32_t every);
  /// A host's write of register 46.
  void setPruneCountdown(uint32_t value) { countdown = value & 0xffff; }
  /// The LFSRs' states (registers 20/21 and 22/23 read them).
  uint32_t neuronLfsrState() const { return lfsrNeuron.raw(); }
  uint32_t learnLfsrState() const { return lfsrLearn.raw(); }

private:
  void gather();
  void eventPhase(uint64_t firstCycle, CommitSink *sink);
  void neuronPhase(uint64_t firstCycle, CommitSink *sink);
  void learningPhase(uint64_t firstCycle, CommitSink *sink);
  void sweepPhase(uint64_t firstCycle, CommitSink *sink);
  void prunePhase(uint64_t firstCycle, CommitSink *sink);

  struct RecurrentEntry {
    uint64_t dueTick;
    uint32_t axon;
  };

  CoreImage img;
  Lfsr32 lfsrNeuron, lfsrLearn;
  std::deque<uint32_t> inputFifo;
  std::deque<RecurrentEntry> recurrentFifo;
  std::vector<uint8_t> axonActive; ///< x0 of the current step.
  std::vector<uint32_t> activeList;
  std::vector<int64_t> accumulator;
  std::vector<int64_t> inhAccumulator; ///< negative weights (inhCurrent).
  std::vector<uint8_t> neuronSpiked; ///< y0 of the current step.
  std::vector<uint32_t> spikes;
  StepStats stats;
  uint64_t currentTick = 0;
  uint64_t idleFrom = 0;
  uint32_t countdown = 0; ///< register 46.
  bool recOverflow = false;
};

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_CORE_MODEL_H
