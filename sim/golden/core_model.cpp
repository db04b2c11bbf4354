//===- core_model.cpp - Golden model of one learning core ------------------===//

#include "sim/golden/core_model.h"

#include "sim/golden/numerics/structural.h"

#include <algorithm>

namespace plasticc::golden {

CoreModel::CoreModel(CoreImage image)
    : img(std::move(image)), lfsrNeuron(img.seedNeuron),
      lfsrLearn(img.seedLearn) {
  axonActive.assign(img.axons, 0);
  accumulator.assign(img.neurons, 0);
  inhAccumulator.assign(img.neurons, 0);
  neuronSpiked.assign(img.neurons, 0);
  // Loading an image writes register 45, which starts the countdown.
  setPruneEvery(img.pruneEvery);
}

void CoreModel::setPruneEvery(uint32_t every) {
  img.pruneEvery = every & 0xffff;
  countdown = img.pruneEvery ? img.pruneEvery - 1 : 0;
}

bool CoreModel::pushInput(uint32_t axon) {
  if (axon >= img.axons || inputFifo.size() >= CoreTiming::kInputFifoDepth)
    return false;
  inputFifo.push_back(axon);
  return true;
}

// Gather: recurrent entries due now, then the external snapshot; one cycle
// per entry, duplicates merged (spikes are binary per axon and step).
void CoreModel::gather() {
  std::fill(axonActive.begin(), axonActive.end(), 0);
  auto take = [&](uint32_t axon) {
    ++stats.popped;
    axonActive[axon] = 1;
  };
  while (!recurrentFifo.empty() &&
         recurrentFifo.front().dueTick == currentTick) {
    take(recurrentFifo.front().axon);
    recurrentFifo.pop_front();
  }
  while (!inputFifo.empty()) {
    take(inputFifo.front());
    inputFifo.pop_front();
  }
  // The event phase scans the bitmap in ascending axon order.
  activeList.clear();
  for (uint32_t a = 0; a < img.axons; ++a)
    if (axonActive[a])
      activeList.push_back(a);
  stats.activeAxons = uint32_t(activeList.size());
  stats.gatherCycles = stats.popped;
}

// Event phase: one pass per active axon row, one weight word (two neurons)
// per cycle. The accumulators receive the weights as they were at the start
// of the step; with STDP the same pass depresses them (LTD) and writes them
// back, with three-factor it charges the eligibilities instead. Words are
// visited as c = pos ^ (axon & 1) so SPRAM banks alternate.
void CoreModel::eventPhase(uint64_t firstCycle, CommitSink *sink) {
  const uint32_t n = img.neurons;
  const int64_t scale = int64_t(1) << img.wShift;
  const bool stdp = img.stdp.enabled, threeFactor = img.threeFactor;
  const bool splitInh = img.neuron.cuba && img.neuron.inhCurrent;
  uint64_t ops = 0, word = 0;
  for (uint32_t axon : activeList) {
    int8_t *row = &img.weights[size_t(axon) * n];
    int8_t *elig = &img.eligibility[size_t(axon) * n];
    // A static row (axon >= P) propagates but is never written; its words
    // still draw from the LFSR so the visiting order stays that of §14.
    const bool plastic = img.isPlasticRow(axon);
    for (uint32_t pos = 0; pos < n / 2; ++pos, ++word) {
      const uint32_t c = pos ^ (axon & 1);
      const uint32_t r =
          stdp || threeFactor || img.hebbian ? lfsrLearn.next16() : 0;
      const uint64_t cycle = firstCycle + CoreTiming::kScanLatency + word +
                             CoreTiming::kRowLatency;
      for (uint32_t lane = 0; lane < 2; ++lane) {
        const uint32_t j = 2 * c + lane;
        if (row[j] == kNoSynapse)
          continue;
        (splitInh && row[j] < 0 ? inhAccumulator : accumulator)[j] +=
            row[j] * scale;
        ++ops;
        if (!plastic)
          continue;
        if (stdp) {
          row[j] = int8_t(stdpDepress(img.stdp, row[j], img.postTraceMem[j],
                                      lane ? r >> 8 : r & 0xff));
          if (sink)
            sink->commit(
                {cycle, currentTick, CommitKind::Weight, axon, j, row[j]});
        } else if (threeFactor) {
          elig[j] = int8_t(eligibilityOnPre(img.threeFactorParams, elig[j],
                                            img.postTraceMem[j]));
          if (sink)
            sink->commit(
                {cycle, currentTick, CommitKind::Eligibility, axon, j, elig[j]});
        }
      }
    }
  }
  stats.synapticOps = ops;
  stats.eventCycles = CoreTiming::eventCycles(activeList.size(), n);
}

// Neuron phase: slot k updates neuron k (if k < N) and axon k's pre trace (if
// k < M); one LFSR draw per slot, low byte for y, high byte for x.
void CoreModel::neuronPhase(uint64_t firstCycle, CommitSink *sink) {
  const uint32_t n = img.neurons, m = img.axons;
  const uint32_t slots = std::max(n, m);
  spikes.clear();
  for (uint32_t k = 0; k < slots; ++k) {
    const uint32_t r = lfsrNeuron.next16();
    const uint64_t cycle = firstCycle + k + CoreTiming::kNeuronLatency;
    auto emit = [&](CommitKind kind, uint32_t index, int32_t value) {
      if (sink)
        sink->commit({cycle, currentTick, kind, index, 0, value});
    };
    if (k < n) {
      NeuronState &s = img.state[k];
      const bool spiked =
          neuronStep(img.neuron, s, accumulator[k], inhAccumulator[k]);
      accumulator[k] = inhAccumulator[k] = 0;
      img.postTraceMem[k] = uint8_t(
          postTraceStep(img.postTrace, img.postTraceMem[k], spiked, r & 0xff));
      neuronSpiked[k] = spiked;
      if (spiked) {
        spikes.push_back(k);
        emit(CommitKind::Spike, k, 1);
        const uint32_t target = k + img.recurrent.offset;
        if (img.recurrent.enabled && target < m) {
          if (recurrentFifo.size() < CoreTiming::kRecurrentFifoDepth)
            recurrentFifo.push_back(
                {currentTick + img.recurrent.delay, target});
          else
            recOverflow = true;
        }
      }
      emit(CommitKind::V, k, s.u);
      if (img.neuron.cuba)
        emit(CommitKind::I, k, s.i);
      if (img.neuron.cuba && img.neuron.inhCurrent)
        emit(CommitKind::IInh, k, s.iInh);
      if (img.neuron.adaptive)
        emit(CommitKind::Theta, k, s.theta);
      emit(CommitKind::TracePost, k, img.postTraceMem[k]);
    }
    if (k < m) {
      img.preTraceMem[k] = uint8_t(
          preTraceStep(img.preTrace, img.preTraceMem[k], axonActive[k], r >> 8));
      emit(CommitKind::TracePre, k, img.preTraceMem[k]);
    }
  }
  stats.spikes = uint32_t(spikes.size());
  stats.neuronCycles = CoreTiming::neuronCycles(n, m);
}

// Learning phase: potentiation (LTP) column-pair passes, ascending pair
// c = j / 2 with a spike on j = 2c or 2c+1; one word per cycle, rows visited
// as i = pos ^ (c & 1) so SPRAM banks alternate. Only spiking lanes write.
void CoreModel::learningPhase(uint64_t firstCycle, CommitSink *sink) {
  stats.columnPairPasses = 0;
  stats.learnCycles = 0;
  if (!img.stdp.enabled)
    return;
  const uint32_t n = img.neurons, m = img.axons;
  uint64_t word = 0;
  for (uint32_t c = 0; c < n / 2; ++c) {
    const bool hit[2] = {neuronSpiked[2 * c] != 0,
                         neuronSpiked[2 * c + 1] != 0};
    if (!hit[0] && !hit[1])
      continue;
    ++stats.columnPairPasses;
    for (uint32_t pos = 0; pos < m; ++pos, ++word) {
      const uint32_t i = pos ^ (c & 1);
      const uint32_t r = lfsrLearn.next16();
      for (uint32_t lane = 0; lane < 2; ++lane) {
        const uint32_t j = 2 * c + lane;
        int8_t &w = img.weights[size_t(i) * n + j];
        if (!hit[lane] || w == kNoSynapse || !img.isPlasticRow(i))
          continue;
        w = int8_t(stdpPotentiate(img.stdp, w, img.preTraceMem[i],
                                  lane ? r >> 8 : r & 0xff));
        if (sink)
          sink->commit({firstCycle + word + CoreTiming::kColumnLatency,
                        currentTick, CommitKind::Weight, i, j, w});
      }
    }
  }
  stats.learnCycles = CoreTiming::learnCycles(stats.columnPairPasses, m);
}

// Sweep phase (three-factor, hebbian): every word of W (and of the
// eligibility memory), rows ascending, c = pos ^ (i & 1); two learning-LFSR
// advances per word, the first for the eligibility decay, the second for the
// weight rounding.
void CoreModel::sweepPhase(uint64_t firstCycle, CommitSink *sink) {
  stats.sweepCycles = 0;
  if (!img.threeFactor && !img.hebbian)
    return;
  const uint32_t n = img.neurons, m = img.axons;
  const ThreeFactorParams &p = img.threeFactorParams;
  uint64_t word = 0;
  for (uint32_t i = 0; i < m; ++i) {
    int8_t *row = &img.weights[size_t(i) * n];
    int8_t *elig = &img.eligibility[size_t(i) * n];
    const bool plastic = img.isPlasticRow(i);
    for (uint32_t pos = 0; pos < n / 2; ++pos, ++word) {
      const uint32_t c = pos ^ (i & 1);
      const uint32_t rE = lfsrLearn.next16();
      const uint32_t rW = lfsrLearn.next16();
      if (!plastic)
        continue; // static row: the draws happen, the writes do not.
      const uint64_t cycle = firstCycle + word + CoreTiming::kSweepLatency;
      for (uint32_t lane = 0; lane < 2; ++lane) {
        const uint32_t j = 2 * c + lane;
        if (row[j] == kNoSynapse)
          continue;
        if (img.hebbian) {
          row[j] = int8_t(hebbianUpdate(img.hebbianParams, row[j],
                                        img.preTraceMem[i],
                                        img.postTraceMem[j],
                                        lane ? rW >> 8 : rW & 0xff));
          if (sink)
            sink->commit(
                {cycle, currentTick, CommitKind::Weight, i, j, row[j]});
          continue;
        }
        elig[j] = int8_t(eligibilityEndOfStep(p, elig[j], neuronSpiked[j] != 0,
                                              img.preTraceMem[i],
                                              lane ? rE >> 8 : rE & 0xff));
        row[j] = int8_t(threeFactorWeight(p, row[j], img.modulator, elig[j],
                                          lane ? rW >> 8 : rW & 0xff));
        if (sink) {
          sink->commit(
              {cycle, currentTick, CommitKind::Eligibility, i, j, elig[j]});
          sink->commit({cycle, currentTick, CommitKind::Weight, i, j, row[j]});
        }
      }
    }
  }
  stats.sweepCycles = CoreTiming::sweepCycles(n, m);
}

// Prune phase (docs/core.md §11), on a pruning step only: the words of rows
// i < P in the sweep's order, c = pos ^ (i & 1); an existing synapse with
// |w| < T becomes absent, committed as w = -128 three cycles after its read.
// No LFSR draws: pruning is deterministic.
void CoreModel::prunePhase(uint64_t firstCycle, CommitSink *sink) {
  stats.pruneCycles = 0;
  if (!stats.pruning)
    return;
  const uint32_t n = img.neurons, rows = img.plasticRows();
  const int32_t threshold = int32_t(img.pruneThreshold);
  uint64_t word = 0;
  for (uint32_t i = 0; i < rows; ++i) {
    int8_t *row = &img.weights[size_t(i) * n];
    for (uint32_t pos = 0; pos < n / 2; ++pos, ++word) {
      const uint32_t c = pos ^ (i & 1);
      const uint64_t cycle = firstCycle + word + CoreTiming::kPruneLatency;
      for (uint32_t lane = 0; lane < 2; ++lane) {
        const uint32_t j = 2 * c + lane;
        if (!prunes(row[j], threshold))
          continue;
        row[j] = int8_t(kNoSynapse);
        ++stats.pruned;
        if (sink)
          sink->commit(
              {cycle, currentTick, CommitKind::Weight, i, j, kNoSynapse});
      }
    }
  }
  stats.pruneCycles = CoreTiming::pruneCycles(rows, n);
}

const StepStats &CoreModel::stepAt(uint64_t tickCycle, CommitSink *sink) {
  stats = StepStats();
  stats.tick = currentTick;
  stats.tickCycle = std::max(tickCycle, idleFrom);
  // The prune decision is taken at the tick accept (§11); C stays 0 when
  // E = 0.
  if (img.pruneEvery != 0) {
    stats.pruning = countdown == 0;
    countdown = stats.pruning ? img.pruneEvery - 1 : countdown - 1;
  }
  gather();
  const uint64_t eventStart = stats.tickCycle + 1 + stats.gatherCycles;
  eventPhase(eventStart, sink);
  const uint64_t neuronStart = eventStart + stats.eventCycles;
  neuronPhase(neuronStart, sink);
  learningPhase(neuronStart + stats.neuronCycles, sink);
  const uint64_t sweepStart =
      neuronStart + stats.neuronCycles + stats.learnCycles;
  sweepPhase(sweepStart, sink);
  prunePhase(sweepStart + stats.sweepCycles, sink);
  idleFrom = stats.tickCycle + stats.totalCycles();
  ++currentTick;
  return stats;
}

} // namespace plasticc::golden
