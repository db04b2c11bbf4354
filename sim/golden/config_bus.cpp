//===- config_bus.cpp - A core image over the configuration bus -----------===//

#include "sim/golden/config_bus.h"

#include <iterator>

namespace plasticc::golden {

const char *regionName(Region region) {
  static const char *const names[] = {"registers", "weights", "u", "i",
                                      "theta",     "y/ref",   "x", "counters",
                                      "e",         "i2"};
  const uint32_t r = uint32_t(region);
  return r < sizeof names / sizeof names[0] ? names[r] : "words";
}

const char *parameterName(uint32_t reg) {
  static const char *const names[kNumParamRegisters] = {"neuron flags",
                                                        "decay_v",
                                                        "decay_i",
                                                        "decay_th",
                                                        "gain_i",
                                                        "threshold",
                                                        "v_reset",
                                                        "th_jump",
                                                        "bias",
                                                        "ref_steps",
                                                        "w_shift",
                                                        "pairing",
                                                        "decay_pre",
                                                        "decay_post",
                                                        "impulse",
                                                        "stdp flags",
                                                        "a_plus",
                                                        "a_minus",
                                                        "w_min",
                                                        "w_max",
                                                        "seed_neuron lo",
                                                        "seed_neuron hi",
                                                        "seed_learn lo",
                                                        "seed_learn hi",
                                                        "recurrent.enabled",
                                                        "recurrent.offset",
                                                        "recurrent.delay",
                                                        "three_factor.enabled",
                                                        "decay_e",
                                                        "three_factor.a_plus",
                                                        "three_factor.a_minus",
                                                        "e_frac_bits",
                                                        "three_factor.eta",
                                                        "three_factor.w_min",
                                                        "three_factor.w_max",
                                                        "plastic_axons",
                                                        "modulator",
                                                        "hebbian flags",
                                                        "hebbian.eta",
                                                        "hebbian.w_min",
                                                        "hebbian.w_max",
                                                        "decay_i_inh",
                                                        "gain_i_inh",
                                                        "hebbian.decay",
                                                        "prune.threshold",
                                                        "prune.every",
                                                        "prune countdown"};
  return reg < kNumParamRegisters ? names[reg] : "register";
}

uint16_t parameterReadMask(uint32_t reg, const CoreFeatures &has) {
  // P is its own feature (EnStaticRows), whatever the learning rule.
  if (reg == kRegPlasticAxons)
    return has.staticRows ? 0x07ff : 0x0000;
  // T is 0..128, E and C 16 bits; a build without EnPrune reads all three 0.
  if (reg >= kRegPruneThreshold && reg <= kRegPruneCountdown)
    return !has.prune                    ? 0x0000
           : reg == kRegPruneThreshold ? 0x00ff
                                         : 0xffff;
  // A build without a rule has none of its registers.
  if ((reg >= kRegThreeFactorEnable && reg < kRegHebbianFlags &&
       !has.threeFactor) ||
      (reg >= kRegHebbianFlags && reg <= 40 && !has.hebbian) ||
      (reg == kRegHebbianDecay && !(has.hebbian && has.oja)) ||
      ((reg == 41 || reg == 42) && !has.inhCurrent))
    return 0;
  switch (reg) {
  case 0:
    return has.inhCurrent ? 0x001f : 0x000f;
  case 9: // ref_steps
    return 0x007f;
  case 10: // w_shift
  case 31: // e_frac_bits
    return 0x0007;
  case 11: // pairing
  case 24: // recurrent.enabled
  case 27: // three_factor.enabled
    return 0x0001;
  case 14: // impulse
  case 18: // w_min, w_max and the rules' bounds are 8-bit registers
  case 19:
  case 33:
  case 34:
  case 36: // modulator
  case 39:
  case 40:
    return 0x00ff;
  case 15: // stdp flags
    return 0x0007;
  case 25: // recurrent.offset
    return 0x03ff;
  case 26: // recurrent.delay
    return 0x000f;
  case 37: // hebbian flags
    return 0x0003;
  default:
    return reg < kNumParamRegisters ? 0xffff : 0x0000;
  }
}

std::vector<uint16_t> parameterRegisters(const CoreImage &img) {
  const NeuronParams &p = img.neuron;
  const ThreeFactorParams &t = img.threeFactorParams;
  const HebbianParams &h = img.hebbianParams;
  // Signed fields go out as their 16-bit two's complement; the core keeps
  // the bits it implements (parameterReadMask).
  auto u16 = [](int64_t v) { return uint16_t(uint64_t(v) & 0xffff); };
  return {u16(uint32_t(p.inhCurrent) << 4 | uint32_t(img.model) << 2 |
              uint32_t(p.reset) << 1 | uint32_t(p.adaptive)),
          u16(p.decayV), u16(p.decayI), u16(p.decayTh), u16(p.gainI),
          u16(p.threshold), u16(p.vReset), u16(p.thJump), u16(p.bias),
          u16(p.refSteps), u16(img.wShift), u16(uint32_t(img.preTrace.pairing)),
          u16(img.preTrace.decay), u16(img.postTrace.decay),
          u16(img.preTrace.impulse),
          u16(uint32_t(img.stdp.enabled) << 2 | uint32_t(img.stdp.bounds) << 1 |
              uint32_t(img.stdp.rounding)),
          u16(img.stdp.aPlus), u16(img.stdp.aMinus), u16(img.stdp.wMin & 0xff),
          u16(img.stdp.wMax & 0xff), u16(img.seedNeuron),
          u16(img.seedNeuron >> 16), u16(img.seedLearn),
          u16(img.seedLearn >> 16), u16(img.recurrent.enabled),
          u16(img.recurrent.offset), u16(img.recurrent.delay),
          // 27..36: three-factor, with P (35) for every rule.
          u16(img.threeFactor), u16(t.decayE), u16(t.aPlus), u16(t.aMinus),
          u16(t.eFracBits), u16(t.eta), u16(t.wMin & 0xff), u16(t.wMax & 0xff),
          u16(img.plasticRows()), u16(img.modulator & 0xff),
          // 37..40: Hebbian.
          u16(uint32_t(img.hebbian) << 1 | uint32_t(h.rounding)), u16(h.eta),
          u16(h.wMin & 0xff), u16(h.wMax & 0xff),
          // 41, 42: the inhibitory current.
          u16(p.decayIInh), u16(p.gainIInh),
          // 43: Oja's decay term of the Hebbian unit.
          u16(h.decay),
          // 44..46: pruning; a load leaves the countdown at E - 1.
          u16(img.pruneThreshold), u16(img.pruneEvery),
          u16(img.pruneEvery ? img.pruneEvery - 1 : 0)};
}

CoreFeatures CoreFeatures::usedBy(const CoreImage &img) {
  CoreFeatures f;
  f.stdp = img.stdp.enabled;
  f.cuba = img.neuron.cuba;
  f.adaptive = img.neuron.adaptive;
  f.multiplicative =
      img.stdp.enabled && img.stdp.bounds == Bounds::Multiplicative;
  f.recurrent = img.recurrent.enabled;
  f.inhCurrent = img.neuron.cuba && img.neuron.inhCurrent;
  f.threeFactor = img.threeFactor;
  f.hebbian = img.hebbian;
  f.staticRows = img.plasticRows() < img.axons;
  f.oja = img.hebbian && img.hebbianParams.decay != 0;
  f.prune = img.pruneEvery != 0;
  // State the image holds needs its memory even if the datapath is idle.
  for (const NeuronState &s : img.state) {
    f.cuba |= s.i != 0 || s.iInh != 0;
    f.inhCurrent |= s.iInh != 0;
    f.adaptive |= s.theta != 0;
  }
  return f;
}

namespace {

/// The elaboration flags in the order of the feature word's bits, with
/// their names for messages.
struct FeatureBit {
  bool CoreFeatures::*flag;
  const char *parameter;
  const char *what; ///< when missing
};
constexpr FeatureBit kFeatureBits[] = {
    {&CoreFeatures::cuba, "EnCuba", "cuba_lif (EnCuba = 0)"},
    {&CoreFeatures::inhCurrent, "EnInhCurrent",
     "separate inhibitory current (EnInhCurrent = 0)"},
    {&CoreFeatures::adaptive, "EnAdaptive",
     "adaptive threshold (EnAdaptive = 0)"},
    {&CoreFeatures::stdp, "EnStdp", "STDP (EnStdp = 0)"},
    {&CoreFeatures::multiplicative, "EnMultiplicative",
     "multiplicative STDP (EnMultiplicative = 0)"},
    {&CoreFeatures::threeFactor, "EnThreeFactor",
     "three-factor learning (EnThreeFactor = 0)"},
    {&CoreFeatures::hebbian, "EnHebbian", "Hebbian learning (EnHebbian = 0)"},
    {&CoreFeatures::recurrent, "EnRecurrent",
     "recurrent spikes (EnRecurrent = 0)"},
    {&CoreFeatures::staticRows, "EnStaticRows",
     "static rows, learn.plastic_axons < core.axons (EnStaticRows = 0)"},
    {&CoreFeatures::oja, "EnOja", "Oja's decay term (EnOja = 0)"},
    {&CoreFeatures::prune, "EnPrune",
     "structural pruning, prune.every != 0 (EnPrune = 0)"},
};

} // namespace

std::vector<std::string> missingFeatures(const CoreImage &image,
                                         const CoreFeatures &has) {
  const CoreFeatures used = CoreFeatures::usedBy(image);
  std::vector<std::string> missing;
  for (const FeatureBit &b : kFeatureBits)
    if (used.*b.flag && !(has.*b.flag))
      missing.push_back(b.what);
  return missing;
}

bool imageFits(const CoreImage &image, const CoreFeatures &has,
               std::string &why) {
  const std::vector<std::string> missing = missingFeatures(image, has);
  if (missing.empty())
    return true;
  why = missing.front();
  return false;
}

uint16_t featureWord(const CoreFeatures &f) {
  uint16_t word = 0;
  for (unsigned k = 0; k < std::size(kFeatureBits); ++k)
    word |= uint16_t(f.*kFeatureBits[k].flag) << k;
  return word;
}

CoreFeatures featuresFromWord(uint16_t word) {
  CoreFeatures f;
  for (unsigned k = 0; k < std::size(kFeatureBits); ++k)
    f.*kFeatureBits[k].flag = (word >> k) & 1;
  return f;
}

bool decodeCapabilities(const std::vector<uint16_t> &words,
                        CoreCapabilities &caps, std::string &error) {
  if (words.size() != 3) {
    error = "expected 3 capability words, got " + std::to_string(words.size());
    return false;
  }
  if (words[0] == 0 || words[1] == 0) {
    error = "the core reports no size (region 7, indices 5 and 6 read 0): "
            "a build older than the capability registers; rebuild it";
    return false;
  }
  caps.neurons = words[0];
  caps.axons = words[1];
  caps.features = featuresFromWord(words[2]);
  return true;
}

std::string describeCapabilities(const CoreCapabilities &caps) {
  std::string text = std::to_string(caps.neurons) + " neurons x " +
                     std::to_string(caps.axons) + " axons, built with";
  size_t flags = 0;
  for (const FeatureBit &b : kFeatureBits)
    if (caps.features.*b.flag) {
      text += std::string(" ") + b.parameter;
      ++flags;
    }
  return flags ? text : text + " no optional feature";
}

bool imageRunsOn(const CoreImage &image, const CoreCapabilities &caps,
                 std::string &why) {
  const std::string sizes =
      " (" + std::to_string(caps.neurons) + " neurons x " +
      std::to_string(caps.axons) + " axons) than the image (" +
      std::to_string(image.neurons) + " x " + std::to_string(image.axons) + ")";
  if (image.neurons > caps.neurons || image.axons > caps.axons) {
    why = "is too small: it has fewer " +
          std::string(image.neurons > caps.neurons ? "neurons" : "axons") +
          sizes;
    return false;
  }
  if (image.neurons != caps.neurons || image.axons != caps.axons) {
    why = "is not the image's size: it has more " +
          std::string(image.neurons < caps.neurons ? "neurons" : "axons") +
          sizes + "; a core runs images of exactly its own size";
    return false;
  }
  const std::vector<std::string> missing =
      missingFeatures(image, caps.features);
  if (!missing.empty()) {
    why = "was built without ";
    for (size_t k = 0; k < missing.size(); ++k)
      why += (k == 0 ? "" : k + 1 == missing.size() ? " and " : ", ") +
             missing[k];
    why += ", which the image uses";
    return false;
  }
  return true;
}

bool imageConfigWrites(const CoreImage &img, const CoreFeatures &has,
                       std::vector<ConfigWrite> &w, std::string &error) {
  const size_t synapses = size_t(img.neurons) * img.axons;
  if (synapses > 65536) {
    error = "the image has " + std::to_string(synapses) +
            " synapses; the configuration bus addresses at most 65536";
    return false;
  }
  w.clear();
  w.reserve(kNumParamRegisters + 2 * synapses + 5 * img.neurons + img.axons +
            3);
  const std::vector<uint16_t> regs = parameterRegisters(img);
  for (uint32_t r = 0; r < regs.size(); ++r)
    if (r != kRegPruneCountdown)
      w.push_back({Region::Param, r, regs[r], parameterReadMask(r, has),
                   parameterName(r)});
  // Weights and eligibilities read back sign-extended; the low byte is what
  // was written.
  for (uint32_t k = 0; k < img.weights.size(); ++k)
    w.push_back({Region::Weight, k, uint8_t(img.weights[k]), 0x00ff, "weight"});
  if (has.threeFactor)
    for (uint32_t k = 0; k < img.eligibility.size(); ++k)
      w.push_back({Region::E, k, uint8_t(img.eligibility[k]), 0x00ff, "e"});
  for (uint32_t j = 0; j < img.neurons; ++j) {
    const NeuronState &s = img.state[j];
    w.push_back({Region::U, j, uint16_t(s.u), 0xffff, "u"});
    if (has.cuba)
      w.push_back({Region::I, j, uint16_t(s.i), 0xffff, "i"});
    if (has.adaptive)
      w.push_back({Region::Theta, j, uint16_t(s.theta), 0xffff, "theta"});
    if (has.hasI2())
      w.push_back({Region::I2, j, uint16_t(s.iInh), 0xffff, "i2"});
    w.push_back({Region::Misc, j,
                 uint16_t(img.postTraceMem[j] << 8 | (s.ref & 0x7f)), 0xffff,
                 "y/ref"});
  }
  for (uint32_t a = 0; a < img.axons; ++a)
    w.push_back({Region::X, a, img.preTraceMem[a], 0x00ff, "x"});
  // A fresh step counter (the host's spike messages carry its low bits)
  // and status; writing 1 clears a sticky status bit, so it is not read.
  w.push_back({Region::Counter, 0, 0, 0xffff, "tick lo"});
  w.push_back({Region::Counter, 1, 0, 0xffff, "tick hi"});
  w.push_back({Region::Counter, 4, 0x3, 0, "status"});
  return true;
}

std::vector<std::pair<Region, uint32_t>>
readBackRegions(const CoreImage &img, const CoreFeatures &has) {
  std::vector<std::pair<Region, uint32_t>> r = {
      {Region::Weight, uint32_t(img.weights.size())}};
  if (has.threeFactor)
    r.push_back({Region::E, uint32_t(img.weights.size())});
  r.push_back({Region::U, img.neurons});
  if (has.cuba)
    r.push_back({Region::I, img.neurons});
  if (has.adaptive)
    r.push_back({Region::Theta, img.neurons});
  if (has.hasI2())
    r.push_back({Region::I2, img.neurons});
  r.push_back({Region::Misc, img.neurons});
  r.push_back({Region::X, img.axons});
  return r;
}

void applyReadBack(CoreImage &img, Region region,
                   const std::vector<uint16_t> &words) {
  auto s16 = [](uint16_t v) { return int32_t(int16_t(v)); };
  const size_t n = words.size();
  switch (region) {
  case Region::Weight:
    for (size_t k = 0; k < n && k < img.weights.size(); ++k)
      img.weights[k] = int8_t(uint8_t(words[k]));
    break;
  case Region::E:
    img.eligibility.resize(img.weights.size());
    for (size_t k = 0; k < n && k < img.eligibility.size(); ++k)
      img.eligibility[k] = int8_t(uint8_t(words[k]));
    break;
  case Region::U:
  case Region::I:
  case Region::Theta:
  case Region::I2:
  case Region::Misc:
    for (size_t j = 0; j < n && j < img.state.size(); ++j) {
      NeuronState &s = img.state[j];
      if (region == Region::U)
        s.u = s16(words[j]);
      else if (region == Region::I)
        s.i = s16(words[j]);
      else if (region == Region::Theta)
        s.theta = s16(words[j]);
      else if (region == Region::I2)
        s.iInh = s16(words[j]);
      else {
        s.ref = words[j] & 0x7f;
        img.postTraceMem[j] = uint8_t(words[j] >> 8);
      }
    }
    break;
  case Region::X:
    for (size_t a = 0; a < n && a < img.preTraceMem.size(); ++a)
      img.preTraceMem[a] = uint8_t(words[a]);
    break;
  case Region::Param:
  case Region::Counter:
    break;
  }
}

CoreCounters decodeCounters(const std::vector<uint16_t> &c) {
  CoreCounters counters;
  if (c.size() >= 2)
    counters.tick = uint64_t(c[0]) | uint64_t(c[1]) << 16;
  if (c.size() >= 4)
    counters.lastStepCycles = uint64_t(c[2]) | uint64_t(c[3]) << 16;
  if (c.size() >= 5)
    counters.status = c[4];
  return counters;
}

bool routerConfigWrites(const SystemImage &system, uint32_t routeDepth,
                        std::vector<ConfigWrite> &writes, std::string &error) {
  if (!checkSystemImage(system, error))
    return false;
  // checkSystemImage's core limit is the bus's: target 15 is the router.
  static_assert(SystemImage::kMaxCores <= kMaxBusCores);
  const uint32_t cores = uint32_t(system.cores.size());
  if (system.routes.size() > routeDepth) {
    error = std::to_string(system.routes.size()) +
            " routes, but the router's table holds " +
            std::to_string(routeDepth);
    return false;
  }
  std::vector<ConfigWrite> out;
  std::vector<uint32_t> start(cores, 0), count(cores, 0);
  uint32_t entry = 0;
  for (uint32_t k = 0; k < cores; ++k) {
    start[k] = entry;
    for (const Route &r : system.routes) {
      if (r.src != k)
        continue;
      out.push_back({Region::Param, 4 * entry + kRouteDst, uint16_t(r.dst),
                     0x000f, "route.dst"});
      out.push_back({Region::Param, 4 * entry + kRouteFirst,
                     uint16_t(r.first), 0x03ff, "route.first"});
      out.push_back({Region::Param, 4 * entry + kRouteCount,
                     uint16_t(r.count), 0x07ff, "route.count"});
      ++entry;
      ++count[k];
    }
  }
  for (uint32_t k = 0; k < cores; ++k) {
    out.push_back({Region::Param, kRouteIndexBase + 2 * k,
                   uint16_t(start[k]), 0xffff, "route.index.start"});
    out.push_back({Region::Param, kRouteIndexBase + 2 * k + 1,
                   uint16_t(count[k]), 0xffff, "route.index.count"});
  }
  out.push_back({Region::Counter, kRouterStatus, 0xffff, 0, "router.status"});
  writes = std::move(out);
  return true;
}

bool systemConfigWrites(const SystemImage &system,
                        const std::vector<CoreFeatures> &has,
                        uint32_t routeDepth,
                        std::vector<SystemConfigWrite> &writes,
                        std::string &error) {
  if (has.size() != system.cores.size()) {
    error = "the system has " + std::to_string(system.cores.size()) +
            " cores but " + std::to_string(has.size()) + " core builds";
    return false;
  }
  std::vector<ConfigWrite> router;
  if (!routerConfigWrites(system, routeDepth, router, error))
    return false;
  std::vector<SystemConfigWrite> out;
  for (uint32_t k = 0; k < system.cores.size(); ++k) {
    std::vector<ConfigWrite> core;
    if (!imageConfigWrites(system.cores[k], has[k], core, error)) {
      error = "core " + std::to_string(k) + " ('" + system.coreNames[k] +
              "'): " + error;
      return false;
    }
    for (const ConfigWrite &w : core)
      out.push_back({k, w});
  }
  for (const ConfigWrite &w : router)
    out.push_back({kRouterTarget, w});
  writes = std::move(out);
  return true;
}

} // namespace plasticc::golden
