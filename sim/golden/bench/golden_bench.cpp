//===- golden_bench.cpp - Speed of the golden model --------------------------===//
//
// A 256-neuron x 256-axon core, dense 8-bit weights (uniform 0..31 of 127),
// LIF with tau_m = 20 ms and a 20 mV threshold, driven by Bernoulli (Poisson)
// inputs at `rate` Hz per axon with dt = 1 ms (20 Hz: about 5 active axons per
// step), without learning, with pair STDP (with and without a commit sink)
// and with the three-factor rule (a full sweep of all synapses every step). Reports
// synaptic events/s (existing synapses read in the event phase), steps/s and
// the work per step that explains them (output spikes, column passes).
//
//===----------------------------------------------------------------------===//

#include "sim/golden/core_model.h"
#include "sim/golden/numerics/prng.h"

#include <benchmark/benchmark.h>

using namespace plasticc::golden;

namespace {

enum class Rule { None, Stdp, ThreeFactor };

CoreImage benchImage(Rule rule) {
  CoreImage img = CoreImage::blank(256, 256);
  img.neuron.decayV = 62340; // tau_m = 20 ms at dt = 1 ms
  img.neuron.threshold = 1280; // 20 mV at 1/64 mV
  img.neuron.refSteps = 2;
  img.preTrace.decay = img.postTrace.decay = 62340;
  img.stdp.enabled = rule == Rule::Stdp;
  img.threeFactor = rule == Rule::ThreeFactor;
  img.threeFactorParams.decayE = 65209; // tau_e = 200 ms
  img.threeFactorParams.aPlus = 2048;
  img.threeFactorParams.aMinus = 2150;
  img.threeFactorParams.eta = 655;
  img.threeFactorParams.wMin = 0;
  img.threeFactorParams.wMax = 63;
  img.modulator = 32;
  img.stdp.aPlus = 256;  // 1 LSB per unit trace
  img.stdp.aMinus = 269;
  img.stdp.wMin = 0;
  img.stdp.wMax = 63;
  for (size_t k = 0; k < img.weights.size(); ++k)
    img.weights[k] = int8_t(splitmix64(k) % 32);
  return img;
}

class NullSink : public CommitSink {
public:
  void commit(const CommitEvent &e) override { benchmark::DoNotOptimize(e); }
};

void runCore(benchmark::State &state, Rule rule, bool withSink) {
  const double rateHz = double(state.range(0)), dtMs = 1.0;
  const uint64_t threshold = probabilityThreshold53(rateHz * dtMs * 1e-3);
  CoreModel core(benchImage(rule));
  NullSink sink;
  uint64_t step = 0, synOps = 0, outSpikes = 0, columnPasses = 0, cycles = 0;
  for (auto _ : state) {
    for (uint32_t a = 0; a < 256; ++a)
      if (poissonSpike(42, step, a, threshold))
        core.pushInput(a);
    const StepStats &s = core.step(withSink ? &sink : nullptr);
    synOps += s.synapticOps;
    outSpikes += s.spikes;
    columnPasses += s.columnPairPasses;
    cycles += s.totalCycles();
    ++step;
  }
  const double steps = double(step ? step : 1);
  state.counters["out_spikes/step"] = double(outSpikes) / steps;
  state.counters["col_passes/step"] = double(columnPasses) / steps;
  state.counters["core_cycles/step"] = double(cycles) / steps;
  state.counters["steps/s"] =
      benchmark::Counter(double(step), benchmark::Counter::kIsRate);
  state.counters["synevents/s"] =
      benchmark::Counter(double(synOps), benchmark::Counter::kIsRate);
}

void BM_Core256_Inference(benchmark::State &s) {
  runCore(s, Rule::None, false);
}
void BM_Core256_Stdp(benchmark::State &s) { runCore(s, Rule::Stdp, false); }
void BM_Core256_Stdp_CommitEvents(benchmark::State &s) {
  runCore(s, Rule::Stdp, true);
}
void BM_Core256_ThreeFactor(benchmark::State &s) {
  runCore(s, Rule::ThreeFactor, false);
}

} // namespace

// Argument: input rate in Hz per axon.
BENCHMARK(BM_Core256_Inference)->Arg(20)->Arg(100);
BENCHMARK(BM_Core256_Stdp)->Arg(20)->Arg(100);
BENCHMARK(BM_Core256_Stdp_CommitEvents)->Arg(20);
BENCHMARK(BM_Core256_ThreeFactor)->Arg(20);
BENCHMARK_MAIN();
