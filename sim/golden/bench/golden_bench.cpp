//===- golden_bench.cpp - Speed of the golden model --------------------------===//
//
// A 256-neuron x 256-axon core, dense 8-bit weights, LIF, driven by Bernoulli
// (Poisson) inputs at 20 Hz per axon with dt = 1 ms (about 5 active axons per
// step), with and without pair STDP, with and without a commit sink. Reports
// synaptic events/s (existing synapses read in the event phase) and steps/s.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/core_model.h"
#include "sim/golden/numerics/prng.h"

#include <benchmark/benchmark.h>

using namespace plasticc::golden;

namespace {

CoreImage benchImage(bool learn) {
  CoreImage img = CoreImage::blank(256, 256);
  img.neuron.decayV = 62340; // tau_m = 20 ms at dt = 1 ms
  img.neuron.threshold = 1280; // 20 mV at 1/64 mV
  img.neuron.refSteps = 2;
  img.preTrace.decay = img.postTrace.decay = 62340;
  img.stdp.enabled = learn;
  img.stdp.aPlus = 256;  // 1 LSB per unit trace
  img.stdp.aMinus = 269;
  img.stdp.wMin = 0;
  img.stdp.wMax = 127;
  for (size_t k = 0; k < img.weights.size(); ++k)
    img.weights[k] = int8_t(splitmix64(k) % 128);
  return img;
}

class NullSink : public CommitSink {
public:
  void commit(const CommitEvent &e) override { benchmark::DoNotOptimize(e); }
};

void runCore(benchmark::State &state, bool learn, bool withSink) {
  const double rateHz = 20.0, dtMs = 1.0;
  const uint64_t threshold = probabilityThreshold53(rateHz * dtMs * 1e-3);
  CoreModel core(benchImage(learn));
  NullSink sink;
  uint64_t step = 0, synOps = 0;
  for (auto _ : state) {
    for (uint32_t a = 0; a < 256; ++a)
      if (poissonSpike(42, step, a, threshold))
        core.pushInput(a);
    synOps += core.step(withSink ? &sink : nullptr).synapticOps;
    ++step;
  }
  state.counters["steps/s"] =
      benchmark::Counter(double(step), benchmark::Counter::kIsRate);
  state.counters["synevents/s"] =
      benchmark::Counter(double(synOps), benchmark::Counter::kIsRate);
}

void BM_Core256_Inference(benchmark::State &s) { runCore(s, false, false); }
void BM_Core256_Stdp(benchmark::State &s) { runCore(s, true, false); }
void BM_Core256_Stdp_CommitEvents(benchmark::State &s) {
  runCore(s, true, true);
}

} // namespace

BENCHMARK(BM_Core256_Inference);
BENCHMARK(BM_Core256_Stdp);
BENCHMARK(BM_Core256_Stdp_CommitEvents);
BENCHMARK_MAIN();
