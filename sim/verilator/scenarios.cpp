//===- scenarios.cpp - Core images and stimulus for co-simulation ---------===//

#include "sim/verilator/scenarios.h"

#include <algorithm>
#include <functional>
#include <map>
#include <random>

namespace plasticc::cosim {

using namespace plasticc::golden;

namespace {

class Rand {
public:
  explicit Rand(uint64_t seed) : gen(seed * 0xD1B54A32D192ED03ull + 1) {}
  int64_t range(int64_t lo, int64_t hi) { // inclusive
    return std::uniform_int_distribution<int64_t>(lo, hi)(gen);
  }
  bool chance(double p) {
    return std::uniform_real_distribution<double>(0, 1)(gen) < p;
  }
  template <typename T> T pick(std::initializer_list<T> xs) {
    return *(xs.begin() + range(0, int64_t(xs.size()) - 1));
  }

private:
  std::mt19937_64 gen;
};

uint32_t decay(Rand &r) {
  // Exact halves, no decay, full decay, or a realistic tau.
  if (r.chance(0.1))
    return r.pick<uint32_t>({0, 32768, 65535});
  return uint32_t(r.range(40000, 65535));
}

/// Everything random within what the RTL build supports.
CoreImage randomImage(Rand &r, const Features &f) {
  CoreImage img = CoreImage::blank(f.neurons, f.axons);
  std::vector<NeuronModel> models = {NeuronModel::Lif, NeuronModel::Lif,
                                     NeuronModel::If, NeuronModel::Li};
  if (f.cuba) {
    models.push_back(NeuronModel::CubaLif);
    models.push_back(NeuronModel::CubaLif);
  }
  if (r.chance(0.9))
    models.erase(std::remove(models.begin(), models.end(), NeuronModel::Li),
                 models.end());
  applyNeuronModel(img, models[r.range(0, int64_t(models.size()) - 1)]);
  NeuronParams &p = img.neuron;
  // A separate inhibitory current only exists for cuba_lif.
  p.inhCurrent = f.inhCurrent && p.cuba && r.chance(0.6);
  p.decayIInh = decay(r);
  p.gainIInh = uint32_t(r.range(1000, 30000));
  p.reset = r.chance(0.5) ? ResetMode::Value : ResetMode::Subtract;
  p.adaptive = f.adaptive && r.chance(0.4);
  p.decayV = decay(r);
  p.decayI = decay(r);
  p.decayTh = decay(r);
  p.gainI = uint32_t(r.range(1000, 30000));
  img.wShift = uint32_t(r.chance(0.1) ? 7 : r.range(0, 4));
  const int64_t wUnit = int64_t(1) << img.wShift;
  // About one to ten steps of typical input to reach the threshold.
  p.threshold = int32_t(std::min<int64_t>(
      32767, r.range(2, 30) * wUnit * std::max<int64_t>(1, f.axons / 4)));
  p.vReset = int32_t(std::max<int64_t>(-32768, -r.range(0, 60) * wUnit));
  p.thJump = int32_t(std::min<int64_t>(32767, r.range(0, 40) * wUnit));
  p.bias = int32_t(r.range(-8, 12) * std::min<int64_t>(wUnit, 64));
  p.refSteps = uint32_t(r.chance(0.5) ? 0 : r.range(1, 4));
  if (r.chance(0.03))
    p.refSteps = 127;

  const Pairing pairing = r.chance(0.5) ? Pairing::AllToAll : Pairing::Nearest;
  img.preTrace.pairing = img.postTrace.pairing = pairing;
  img.preTrace.decay = decay(r);
  img.postTrace.decay = decay(r);
  img.preTrace.impulse = img.postTrace.impulse =
      r.chance(0.7) ? 64 : uint32_t(r.range(1, 255));

  // One learning rule per core (or none), among those the build has.
  std::vector<int> rules;
  if (f.stdp)
    rules.insert(rules.end(), {0, 0});
  if (f.threeFactor)
    rules.insert(rules.end(), {1, 1});
  if (f.hebbian)
    rules.insert(rules.end(), {2, 2});
  const int rule = rules.empty() || r.chance(0.15)
                       ? -1
                       : rules[r.range(0, int64_t(rules.size()) - 1)];
  StdpParams &s = img.stdp;
  s.enabled = rule == 0;
  s.bounds = f.multiplicative && r.chance(0.4) ? Bounds::Multiplicative
                                                : Bounds::Additive;
  s.rounding = r.chance(0.5) ? WeightRounding::Nearest
                             : WeightRounding::Stochastic;
  s.aPlus = uint32_t(r.range(0, r.chance(0.2) ? 65535 : 12000));
  s.aMinus = uint32_t(r.range(0, r.chance(0.2) ? 65535 : 12000));
  s.wMin = int32_t(r.range(-127, 20));
  s.wMax = int32_t(r.range(s.wMin, 127));
  ThreeFactorParams &t = img.threeFactorParams;
  img.threeFactor = rule == 1;
  t.decayE = decay(r);
  t.aPlus = uint32_t(r.range(0, r.chance(0.2) ? 65535 : 12000));
  t.aMinus = uint32_t(r.range(0, r.chance(0.2) ? 65535 : 12000));
  t.eFracBits = uint32_t(r.range(0, 7));
  t.eta = uint32_t(r.range(0, 65535));
  t.wMin = int32_t(r.range(-127, 20));
  t.wMax = int32_t(r.range(t.wMin, 127));
  img.modulator = int32_t(r.range(-128, 127));
  HebbianParams &h = img.hebbianParams;
  img.hebbian = rule == 2;
  h.eta = uint32_t(r.chance(0.2) ? r.range(0, 65535) : r.range(0, 4000));
  h.rounding = r.chance(0.5) ? WeightRounding::Nearest
                             : WeightRounding::Stochastic;
  h.wMin = int32_t(r.range(-127, 20));
  h.wMax = int32_t(r.range(h.wMin, 127));
  img.seedNeuron = uint32_t(r.range(1, 0xffffffffll));
  img.seedLearn = uint32_t(r.range(1, 0xffffffffll));

  if (f.recurrent && r.chance(0.4)) {
    img.recurrent.enabled = true;
    img.recurrent.offset = uint32_t(r.range(0, f.axons - 1));
    img.recurrent.delay = uint32_t(r.range(1, 15));
  }

  const double absent = r.pick<double>({0.0, 0.2, 0.5});
  for (auto &w : img.weights)
    w = r.chance(absent) ? int8_t(kNoSynapse)
                         : int8_t(r.range(-60, 127) * (r.chance(0.05) ? -1 : 1));
  for (uint32_t j = 0; j < f.neurons; ++j) {
    NeuronState &st = img.state[j];
    st.u = int32_t(r.range(-p.threshold, p.threshold));
    st.i = f.cuba ? int32_t(r.range(-200, 200)) : 0;
    st.iInh = f.cuba && f.inhCurrent ? int32_t(r.range(-300, 50)) : 0;
    st.theta = f.adaptive ? int32_t(r.range(0, 300)) : 0;
    st.ref = uint32_t(r.chance(0.2) ? r.range(1, 3) : 0);
    img.postTraceMem[j] = uint8_t(r.range(0, 255));
  }
  for (uint32_t a = 0; a < f.axons; ++a)
    img.preTraceMem[a] = uint8_t(r.range(0, 255));
  if (f.threeFactor)
    for (auto &e : img.eligibility)
      e = int8_t(r.chance(0.1) ? r.pick<int>({-128, 127}) : r.range(-128, 127));
  // Oja's decay term, drawn last and only for Hebbian images so the other
  // rules' images stay what they were for a seed: often 0 (plain Hebbian),
  // sometimes the largest, else anywhere.
  if (img.hebbian && f.oja)
    h.decay = uint32_t(r.chance(0.3)    ? 0
                       : r.chance(0.15) ? 65535
                                        : r.range(0, r.chance(0.5) ? 4000 : 65535));
  return img;
}

/// P (register 35, docs/core.md §10.4) below M in about a third of the
/// random images. Drawn from its own generator, seeded by the image's
/// seeds, so the draws of every other field (and every seed's image from
/// before P existed) stay as they were.
void randomPlasticRows(CoreImage &img) {
  Rand r(uint64_t(img.seedLearn) << 32 ^ img.seedNeuron);
  if (r.chance(0.35))
    img.plasticAxons = uint32_t(r.range(0, img.axons - 1));
}

/// Pruning (registers 44, 45; docs/core.md §11) in about a third of the
/// random images of a build with EnPrune: every 1..8 steps, any threshold
/// 0..128. Its own generator, seeded by the image's seeds (as for P), so
/// every other draw stays what it was for a seed.
void randomPruning(CoreImage &img, const Features &f) {
  if (!f.prune)
    return;
  Rand r((uint64_t(img.seedNeuron) << 32 ^ img.seedLearn) + 0x7072756e65ull);
  if (r.chance(0.35)) {
    img.pruneEvery = uint32_t(r.range(1, 8));
    img.pruneThreshold = uint32_t(r.range(0, 128));
  }
}

/// The build's learning rules, one picked by \p r (-1: none): 0 STDP,
/// 1 three-factor, 2 Hebbian, with amplitudes that move weights every step.
void busyLearningRule(Rand &r, const Features &f, CoreImage &img) {
  std::vector<int> rules;
  if (f.stdp)
    rules.push_back(0);
  if (f.threeFactor)
    rules.push_back(1);
  if (f.hebbian)
    rules.push_back(2);
  const int rule =
      rules.empty() ? -1 : rules[r.range(0, int64_t(rules.size()) - 1)];
  img.stdp.enabled = rule == 0;
  img.threeFactor = rule == 1;
  img.hebbian = rule == 2;
  img.stdp.aPlus = img.stdp.aMinus = 20000;
  img.stdp.wMin = -127;
  img.stdp.wMax = 127;
  img.threeFactorParams.eta = 65535;
  img.threeFactorParams.wMin = -127;
  img.threeFactorParams.wMax = 127;
  img.modulator = 127;
  img.hebbianParams.eta = 4000;
  img.hebbianParams.wMin = -127;
  img.hebbianParams.wMax = 127;
}

/// STDP as the core's one learning rule (when the build has it).
void useStdp(CoreImage &img, const Features &f) {
  img.stdp.enabled = f.stdp;
  if (f.stdp)
    img.threeFactor = img.hebbian = false;
}

/// The host rewriting M between steps: a few random changes.
ModulatorSchedule randomModulator(Rand &r, const CoreImage &img,
                                  uint32_t steps) {
  ModulatorSchedule m;
  if (!img.threeFactor)
    return m;
  for (uint32_t t = 0; t < steps; ++t)
    if (r.chance(0.25))
      m.push_back({t, int32_t(r.range(-128, 127))});
  return m;
}

SpikeSchedule randomSpikes(Rand &r, const Features &f, uint32_t steps,
                           double rate) {
  SpikeSchedule s(steps);
  for (auto &step : s) {
    if (r.chance(0.1))
      continue; // empty steps
    for (uint32_t a = 0; a < f.axons; ++a)
      if (r.chance(rate))
        step.push_back(a);
    if (!step.empty() && r.chance(0.2))
      step.push_back(step[r.range(0, int64_t(step.size()) - 1)]); // duplicate
    std::shuffle(step.begin(), step.end(), std::mt19937(uint32_t(r.range(0, 1 << 30))));
  }
  return s;
}

SpikeSchedule everyAxon(const Features &f, uint32_t steps) {
  SpikeSchedule s(steps);
  for (auto &step : s)
    for (uint32_t a = 0; a < f.axons; ++a)
      step.push_back(a);
  return s;
}

void hebbianRounding(Rand &r, const Features &f, CoreImage &img,
                     SpikeSchedule &s, WeightRounding rounding) {
  img = randomImage(r, f);
  img.stdp.enabled = img.threeFactor = false;
  img.hebbian = f.hebbian;
  HebbianParams &h = img.hebbianParams;
  h.eta = uint32_t(r.range(64, 1024));
  h.rounding = rounding;
  h.wMin = -127;
  h.wMax = 127;
  img.preTrace.decay = img.postTrace.decay = 65535;
  s = randomSpikes(r, f, 12, 0.3);
}

/// Pruning every \p every steps with a threshold that removes many
/// synapses, next to the seed's learning rule (amplitudes that move a
/// weight by a few LSBs per step), every axon active and the neurons firing
/// often. Two thirds of the synapses start within one LSB of |w| = T, so
/// many sit exactly at T when the first pruning step comes and a threshold
/// off by one changes what is pruned (cosim --fault-prune).
void pruneScenario(Rand &r, const Features &f, CoreImage &img,
                   SpikeSchedule &s, ModulatorSchedule &mod, uint32_t every) {
  img = randomImage(r, f);
  applyNeuronModel(img, NeuronModel::Lif);
  img.neuron.threshold = 0;
  img.neuron.refSteps = 0;
  img.neuron.adaptive = false;
  busyLearningRule(r, f, img);
  img.stdp.aPlus = img.stdp.aMinus = uint32_t(r.range(100, 600));
  img.threeFactorParams.eta = uint32_t(r.range(100, 2000));
  img.hebbianParams.eta = uint32_t(r.range(16, 256));
  const int32_t t = int32_t(r.range(20, 60));
  img.pruneThreshold = uint32_t(t);
  img.pruneEvery = f.prune ? every : 0;
  for (auto &w : img.weights) {
    const int64_t sign = r.chance(0.5) ? 1 : -1;
    w = r.chance(0.1)   ? int8_t(kNoSynapse)
        : r.chance(0.7) ? int8_t(sign * (t + r.range(-1, 1)))
                        : int8_t(r.range(-127, 127));
  }
  s = everyAxon(f, 3 * every + 2);
  mod = randomModulator(r, img, uint32_t(s.size()));
}

using Builder = std::function<void(Rand &, const Features &, CoreImage &,
                                   SpikeSchedule &, ModulatorSchedule &)>;

const std::map<std::string, Builder> &builders() {
  static const std::map<std::string, Builder> b = {
      // Everything random: parameters, memories, spikes.
      {"random",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         randomPlasticRows(img);
         randomPruning(img, f);
         s = randomSpikes(r, f, uint32_t(r.range(8, 30)),
                          r.pick<double>({0.05, 0.2, 0.5}));
         mod = randomModulator(r, img, uint32_t(s.size()));
       }},
      // Random images that use the separate inhibitory current.
      {"random-inh",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         applyNeuronModel(img, f.cuba ? NeuronModel::CubaLif : NeuronModel::Lif);
         img.neuron.inhCurrent = f.cuba && f.inhCurrent;
         randomPlasticRows(img);
         randomPruning(img, f);
         s = randomSpikes(r, f, uint32_t(r.range(8, 30)),
                          r.pick<double>({0.05, 0.2, 0.5}));
         mod = randomModulator(r, img, uint32_t(s.size()));
       }},
      // Random images with three-factor learning and modulator changes.
      {"random-3f",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         img.stdp.enabled = img.hebbian = false;
         img.threeFactor = f.threeFactor;
         randomPlasticRows(img);
         randomPruning(img, f);
         s = randomSpikes(r, f, uint32_t(r.range(8, 30)),
                          r.pick<double>({0.05, 0.2, 0.5}));
         mod = randomModulator(r, img, uint32_t(s.size()));
       }},
      // Random images with the Hebbian rule.
      {"random-hebb",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         img.stdp.enabled = img.threeFactor = false;
         img.hebbian = f.hebbian;
         // randomImage drew eta_o only if it picked the Hebbian rule.
         if (f.oja && r.chance(0.7))
           img.hebbianParams.decay = uint32_t(r.range(0, 65535));
         randomPlasticRows(img);
         randomPruning(img, f);
         s = randomSpikes(r, f, uint32_t(r.range(8, 30)),
                          r.pick<double>({0.05, 0.2, 0.5}));
       }},
      // Oja with the decay term dominating: weak Hebbian drive, large eta_o,
      // busy inputs, so weights shrink toward the x/y balance (and past no
      // zero); both roundings.
      {"oja-decay",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         img.stdp.enabled = img.threeFactor = false;
         img.hebbian = f.hebbian;
         HebbianParams &h = img.hebbianParams;
         h.eta = uint32_t(r.range(0, 512));
         h.decay = f.oja ? uint32_t(r.range(8000, 40000)) : 0;
         h.rounding = r.chance(0.5) ? WeightRounding::Nearest
                                    : WeightRounding::Stochastic;
         h.wMin = -127;
         h.wMax = 127;
         img.preTrace.decay = img.postTrace.decay = 60000;
         s = randomSpikes(r, f, 20, 0.5);
       }},
      // Oja's k saturating at 2^16 - 1: eta_o = 65535 and post traces far
      // above 1.0 (impulse 255, no decay), so eta_o * y^2 overflows Q0.16
      // every step: each step removes (almost) all of w, and what is left is
      // the Hebbian term of that step.
      {"oja-ksat",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         img.stdp.enabled = img.threeFactor = false;
         img.hebbian = f.hebbian;
         HebbianParams &h = img.hebbianParams;
         h.eta = uint32_t(r.range(0, 2000));
         h.decay = f.oja ? 65535 : 0;
         h.rounding = r.chance(0.5) ? WeightRounding::Nearest
                                    : WeightRounding::Stochastic;
         h.wMin = -127;
         h.wMax = 127;
         img.preTrace.impulse = img.postTrace.impulse = 255;
         img.preTrace.decay = img.postTrace.decay = 65535;
         for (uint32_t j = 0; j < f.neurons; ++j)
           img.postTraceMem[j] = uint8_t(r.range(128, 255));
         s = everyAxon(f, 8);
       }},
      // Inhibitory current driven into saturation: strong negative weights
      // at the largest shift, every axon every step, no decay.
      {"inh-sat",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         applyNeuronModel(img, f.cuba ? NeuronModel::CubaLif : NeuronModel::Lif);
         img.neuron.inhCurrent = f.cuba && f.inhCurrent;
         img.neuron.decayIInh = 65535;
         img.neuron.gainIInh = uint32_t(r.range(30000, 65535));
         img.neuron.refSteps = 0;
         img.wShift = 7;
         for (auto &w : img.weights)
           w = int8_t(r.chance(0.8) ? r.range(-127, -60) : r.range(0, 127));
         for (auto &st : img.state)
           st.iInh = int32_t(r.range(-32768, -30000));
         s = everyAxon(f, 8);
       }},
      // Eligibility saturation: maximal amplitudes and E = 7, every neuron
      // fires and every axon is active every step.
      {"elig-sat",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         applyNeuronModel(img, NeuronModel::Lif);
         img.neuron.threshold = 0;
         img.neuron.refSteps = 0;
         img.neuron.adaptive = false;
         img.stdp.enabled = img.hebbian = false;
         img.threeFactor = f.threeFactor;
         auto &t = img.threeFactorParams;
         t.aPlus = t.aMinus = 65535;
         t.eFracBits = 7;
         t.decayE = r.pick<uint32_t>({65535, 60000});
         for (auto &e : img.eligibility)
           e = int8_t(r.pick<int>({-128, -127, 126, 127}));
         for (auto &y : img.postTraceMem)
           y = uint8_t(r.range(200, 255));
         // Odd steps: no input, so only the post-spike charge acts.
         s = everyAxon(f, 8);
         for (size_t k = 1; k < s.size(); k += 2)
           s[k].clear();
       }},
      // The modulator changes sign between steps: the weights must follow.
      {"mod-sign",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         img.stdp.enabled = img.hebbian = false;
         img.threeFactor = f.threeFactor;
         auto &t = img.threeFactorParams;
         t.eta = 65535;
         t.eFracBits = uint32_t(r.range(0, 2));
         t.decayE = 65535;
         t.wMin = -127;
         t.wMax = 127;
         img.modulator = 127;
         for (auto &e : img.eligibility)
           e = int8_t(r.chance(0.5) ? r.range(60, 127) : r.range(-128, -60));
         s = randomSpikes(r, f, 12, 0.2);
         mod = {{2, -128}, {4, 0}, {5, 1}, {6, -1}, {7, 127}, {9, -100}};
       }},
      // The three-factor weight move clips at w_max and w_min.
      {"tf-wclip",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         img.stdp.enabled = img.hebbian = false;
         img.threeFactor = f.threeFactor;
         auto &t = img.threeFactorParams;
         t.eta = 65535;
         t.eFracBits = 0;
         t.decayE = 65535;
         t.aMinus = 0;
         t.wMin = -40;
         t.wMax = 50;
         img.modulator = 127;
         for (auto &e : img.eligibility)
           e = 127;
         for (auto &w : img.weights)
           if (w != kNoSynapse)
             w = int8_t(r.range(-40, 50));
         s = randomSpikes(r, f, 10, 0.1);
         mod = {{5, -128}};
       }},
      // Hebbian rounding, nearest (ties up) and stochastic: small eta so
      // most changes are fractional.
      {"hebb-nearest",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         hebbianRounding(r, f, img, s, WeightRounding::Nearest);
       }},
      {"hebb-stoch",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         hebbianRounding(r, f, img, s, WeightRounding::Stochastic);
       }},
      // No input at all: ticks only (the neurons still leak and may fire on
      // bias; traces decay).
      {"empty",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         s = SpikeSchedule(12);
       }},
      // LTP drives every weight to w_max and holds it there.
      {"wclip-high",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         applyNeuronModel(img, NeuronModel::Lif);
         img.neuron.threshold = 0; // every neuron fires every step
         img.neuron.refSteps = 0;
         img.neuron.adaptive = false;
         img.neuron.reset = ResetMode::Value;
         img.neuron.vReset = 0;
         img.neuron.bias = 0;
         for (auto &st : img.state)
           st = NeuronState{};
         useStdp(img, f);
         img.stdp.bounds = Bounds::Additive;
         img.stdp.aPlus = 65535;
         img.stdp.aMinus = 0;
         img.stdp.wMin = -20;
         img.stdp.wMax = 100;
         for (auto &w : img.weights)
           if (w != kNoSynapse)
             w = int8_t(r.range(90, 127));
         s = everyAxon(f, 6);
       }},
      // LTD drives every weight to w_min and holds it there.
      {"wclip-low",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         useStdp(img, f);
         img.stdp.bounds = Bounds::Additive;
         img.stdp.aPlus = 0;
         img.stdp.aMinus = 65535;
         img.stdp.wMin = -90;
         img.stdp.wMax = 90;
         for (auto &y : img.postTraceMem)
           y = 255;
         img.postTrace.decay = 65535;
         for (auto &w : img.weights)
           if (w != kNoSynapse)
             w = int8_t(r.range(-127, -80));
         s = everyAxon(f, 6);
       }},
      // All-to-all traces with big impulses saturate at 255.
      {"trace-sat",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         applyNeuronModel(img, NeuronModel::Lif);
         img.neuron.threshold = 0;
         img.neuron.refSteps = 0;
         img.preTrace.pairing = img.postTrace.pairing = Pairing::AllToAll;
         img.preTrace.impulse = img.postTrace.impulse = 200;
         img.preTrace.decay = img.postTrace.decay = 65535;
         s = everyAxon(f, 6);
       }},
      // More spikes queued than the input FIFO holds: backpressure.
      {"fullq",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         s = SpikeSchedule(3);
         for (int k = 0; k < 700; ++k)
           s[0].push_back(uint32_t(r.range(0, f.axons - 1)));
         s[2] = {0, uint32_t(f.axons - 1)};
       }},
      // Strong input every step, long refractory period.
      {"refractory",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         applyNeuronModel(img, r.chance(0.5) || !f.cuba ? NeuronModel::Lif
                                                         : NeuronModel::CubaLif);
         img.neuron.refSteps = uint32_t(r.range(2, 5));
         img.neuron.threshold = 10;
         for (auto &w : img.weights)
           w = int8_t(r.range(30, 127));
         s = everyAxon(f, 14);
       }},
      // Every neuron spikes in the same step (threshold 0), both resets.
      {"allspike",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         applyNeuronModel(img, NeuronModel::Lif);
         img.neuron.threshold = 0;
         img.neuron.refSteps = 0;
         img.neuron.bias = 100;
         for (auto &st : img.state) {
           st.u = 1000;
           st.ref = 0;
           st.theta = 0;
         }
         img.neuron.adaptive = false;
         img.neuron.reset = r.chance(0.5) ? ResetMode::Value : ResetMode::Subtract;
         img.neuron.vReset = 0;
         for (auto &w : img.weights)
           if (w != kNoSynapse)
             w = int8_t(r.range(0, 127));
         s = randomSpikes(r, f, 8, 0.3);
       }},
      // Soft-bound STDP with stochastic rounding.
      {"mult-stoch",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         useStdp(img, f);
         img.stdp.bounds =
             f.multiplicative ? Bounds::Multiplicative : Bounds::Additive;
         img.stdp.rounding = WeightRounding::Stochastic;
         img.neuron.threshold = int32_t(20 << img.wShift);
         s = randomSpikes(r, f, 16, 0.3);
       }},
      // Load of docs/core.md's example: 20 Hz Poisson inputs at dt = 1 ms
      // (p = 0.02 per axon and step), STDP on; for cycles per step.
      {"rate20hz",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         useStdp(img, f);
         img.recurrent.enabled = false;
         applyNeuronModel(img, NeuronModel::Lif);
         img.neuron.adaptive = false;
         img.neuron.decayV = 62000;
         img.neuron.bias = 0;
         img.neuron.threshold = int32_t(40 << img.wShift);
         for (auto &w : img.weights)
           w = int8_t(r.range(-10, 60));
         s = SpikeSchedule(40);
         for (auto &step : s)
           for (uint32_t a = 0; a < f.axons; ++a)
             if (r.chance(0.02))
               step.push_back(a);
       }},
      // docs/core.md's worked example: 5 active axons and 2 spiking neuron
      // pairs per step (1426 cycles per step at N = M = 256).
      {"doc-example",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         applyNeuronModel(img, NeuronModel::Lif);
         useStdp(img, f);
         img.recurrent.enabled = false;
         img.neuron.adaptive = false;
         img.neuron.refSteps = 0;
         img.neuron.bias = 0;
         img.neuron.reset = ResetMode::Value;
         img.neuron.vReset = 0;
         img.neuron.threshold = int32_t(10 << img.wShift);
         img.stdp.wMin = 0;
         img.stdp.wMax = 127;
         for (auto &st : img.state)
           st = NeuronState{};
         for (uint32_t i = 0; i < f.axons; ++i)
           for (uint32_t j = 0; j < f.neurons; ++j)
             img.weight(i, j) = int8_t(j == 0 || j == 2 ? 100 : 0);
         s = SpikeSchedule(10);
         for (auto &step : s)
           for (uint32_t a = 0; a < 5 && a < f.axons; ++a)
             step.push_back(a * 7 % f.axons);
       }},
      // Half the axons active every step: the event phase's steady state
      // (synaptic operations per cycle).
      {"dense",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         for (auto &w : img.weights)
           if (w == kNoSynapse)
             w = 0;
         s = SpikeSchedule(6);
         for (auto &step : s)
           for (uint32_t a = 0; a < f.axons; ++a)
             if (r.chance(0.5))
               step.push_back(a);
       }},
      // Recurrent connections with short delays.
      // Static rows: P = M/2 with every axon active every step, threshold 0
      // (neurons fire often), no absent synapses, and the seed's learning
      // rule (STDP, three-factor or Hebbian): the passes meet rows >= P,
      // which must keep their weights (and eligibilities) and commit
      // nothing (cosim --fault-plastic shows the scenario reaches them).
      {"static-rows",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         applyNeuronModel(img, NeuronModel::Lif);
         img.neuron.threshold = 0;
         img.neuron.refSteps = 0;
         img.neuron.adaptive = false;
         busyLearningRule(r, f, img);
         for (auto &w : img.weights)
           w = int8_t(r.range(-60, 60));
         img.plasticAxons = f.axons / 2;
         s = everyAxon(f, 6);
         mod = randomModulator(r, img, uint32_t(s.size()));
       }},
      // Pruning (docs/core.md §11) every step and every third step, with
      // the seed's learning rule alongside.
      {"prune",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) { pruneScenario(r, f, img, s, mod, 1); }},
      {"prune-every3",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) { pruneScenario(r, f, img, s, mod, 3); }},
      // Pruning with static rows: P = M/2 and T = 128, so every synapse of
      // the plastic rows goes at the first pruning step (step 1) and every
      // synapse of the static rows stays.
      {"prune-static",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         pruneScenario(r, f, img, s, mod, 2);
         img.pruneThreshold = 128;
         img.plasticAxons = f.axons / 2;
       }},
      {"recurrent",
       [](Rand &r, const Features &f, CoreImage &img, SpikeSchedule &s,
          ModulatorSchedule &mod) {
         img = randomImage(r, f);
         img.recurrent.enabled = f.recurrent;
         img.recurrent.offset = uint32_t(r.range(0, f.axons / 2));
         img.recurrent.delay = uint32_t(r.range(1, 3));
         img.neuron.threshold = int32_t(10 << img.wShift);
         s = randomSpikes(r, f, 20, 0.1);
       }},
  };
  return b;
}

} // namespace

std::string scenarioNames() {
  std::string s;
  for (auto &kv : builders())
    s += (s.empty() ? "" : " ") + kv.first;
  return s;
}

bool makeScenario(const std::string &name, uint64_t seed, const Features &f,
                  CoreImage &image, SpikeSchedule &stimulus,
                  ModulatorSchedule &modulator, std::string &error) {
  auto it = builders().find(name);
  if (it == builders().end()) {
    error = "unknown scenario '" + name + "'";
    return false;
  }
  Rand r(seed);
  modulator.clear();
  it->second(r, f, image, stimulus, modulator);
  return true;
}

bool makeScenario(const std::string &name, uint64_t seed, const Features &f,
                  CoreImage &image, SpikeSchedule &stimulus,
                  std::string &error) {
  ModulatorSchedule ignored;
  return makeScenario(name, seed, f, image, stimulus, ignored, error);
}

} // namespace plasticc::cosim
