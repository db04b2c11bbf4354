//===- image.cpp - Core image loader and writer ----------------------------===//

#include "sim/golden/image.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

namespace plasticc::golden {

namespace fs = std::filesystem;

namespace {

constexpr const char *kMagic = "plasticc-core-image";
constexpr unsigned kVersion = 1;

std::string trim(const std::string &s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos)
    return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

/// Strips a trailing "#" or "//" comment.
std::string stripComment(const std::string &s) {
  size_t hash = s.find('#');
  size_t slashes = s.find("//");
  return s.substr(0, std::min(hash, slashes));
}

bool parseInteger(const std::string &text, int64_t &out) {
  if (text.empty())
    return false;
  errno = 0;
  char *end = nullptr;
  long long v = std::strtoll(text.c_str(), &end, 0);
  if (errno != 0 || *end != '\0')
    return false;
  out = v;
  return true;
}

bool parseReal(const std::string &text, double &out) {
  if (text.empty())
    return false;
  errno = 0;
  char *end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return errno == 0 && *end == '\0';
}

struct Located {
  std::string file;
  unsigned line = 0;
  std::string where() const { return file + ":" + std::to_string(line) + ": "; }
};

/// Reads a $readmemh-style file: one hex word per line, at most \p digits
/// digits; blank lines and // or # comments allowed.
bool readHexWords(const std::string &path, size_t count, unsigned digits,
                  std::vector<uint32_t> &words, std::string &error) {
  std::ifstream in(path);
  if (!in) {
    error = path + ":0: cannot open memory file";
    return false;
  }
  words.clear();
  std::string raw;
  unsigned lineNo = 0;
  while (std::getline(in, raw)) {
    ++lineNo;
    std::string text = trim(stripComment(raw));
    if (text.empty())
      continue;
    Located at{path, lineNo};
    if (text.size() > digits) {
      error = at.where() + "word '" + text + "' is wider than " +
              std::to_string(digits) + " hex digits";
      return false;
    }
    uint32_t value = 0;
    for (char ch : text) {
      int d = std::isxdigit(static_cast<unsigned char>(ch))
                  ? (std::isdigit(static_cast<unsigned char>(ch))
                         ? ch - '0'
                         : std::tolower(static_cast<unsigned char>(ch)) - 'a' + 10)
                  : -1;
      if (d < 0) {
        error = at.where() + "'" + text + "' is not a hex word";
        return false;
      }
      value = value * 16 + uint32_t(d);
    }
    if (words.size() == count) {
      error = at.where() + "more than the " + std::to_string(count) +
              " words this memory holds";
      return false;
    }
    words.push_back(value);
  }
  if (words.size() != count) {
    error = path + ":" + std::to_string(lineNo) + ": expected " +
            std::to_string(count) + " words, found " +
            std::to_string(words.size());
    return false;
  }
  return true;
}

int32_t signExtend16(uint32_t w) { return int32_t(int16_t(uint16_t(w))); }

} // namespace

CoreImage CoreImage::blank(uint32_t neurons, uint32_t axons) {
  CoreImage img;
  img.neurons = neurons;
  img.axons = axons;
  img.weights.assign(size_t(neurons) * axons, 0);
  img.eligibility.assign(size_t(neurons) * axons, 0);
  img.state.assign(neurons, NeuronState{});
  img.postTraceMem.assign(neurons, 0);
  img.preTraceMem.assign(axons, 0);
  return img;
}

void applyNeuronModel(CoreImage &image, NeuronModel model) {
  image.model = model;
  image.neuron.leak = model != NeuronModel::If;
  image.neuron.spikes = model != NeuronModel::Li;
  image.neuron.cuba = model == NeuronModel::CubaLif;
}

bool loadCoreImage(const std::string &manifestPathIn, CoreImage &image,
                   std::string &error) {
  fs::path manifestPath = manifestPathIn;
  std::error_code ec;
  if (fs::is_directory(manifestPath, ec))
    manifestPath /= "manifest.txt";
  const std::string file = manifestPath.string();
  std::ifstream in(file);
  if (!in) {
    error = file + ":0: cannot open core image manifest";
    return false;
  }

  image = CoreImage();
  std::map<std::string, std::string> memFiles;
  std::map<std::string, unsigned> seen;
  bool haveMagic = false;
  Located at{file, 0};

  // Key handlers; each validates its value and reports at the current line.
  auto fail = [&](const std::string &msg) {
    error = at.where() + msg;
    return false;
  };
  auto intIn = [&](const std::string &v, int64_t lo, int64_t hi,
                   int64_t &out) {
    if (!parseInteger(v, out))
      return fail("'" + v + "' is not an integer");
    if (out < lo || out > hi)
      return fail("value " + v + " out of range [" + std::to_string(lo) +
                  ", " + std::to_string(hi) + "]");
    return true;
  };
  auto u32 = [&](uint32_t &dst, int64_t lo, int64_t hi) {
    return [&dst, lo, hi, &intIn](const std::string &v) {
      int64_t x;
      if (!intIn(v, lo, hi, x))
        return false;
      dst = uint32_t(x);
      return true;
    };
  };
  auto i32 = [&](int32_t &dst, int64_t lo, int64_t hi) {
    return [&dst, lo, hi, &intIn](const std::string &v) {
      int64_t x;
      if (!intIn(v, lo, hi, x))
        return false;
      dst = int32_t(x);
      return true;
    };
  };
  auto flag = [&](bool &dst) {
    return [&dst, &intIn](const std::string &v) {
      int64_t x;
      if (!intIn(v, 0, 1, x))
        return false;
      dst = x != 0;
      return true;
    };
  };
  auto real = [&](double &dst) {
    return [&dst, &fail](const std::string &v) {
      if (!parseReal(v, dst) || !(dst > 0))
        return fail("'" + v + "' is not a positive number");
      return true;
    };
  };
  auto choice = [&](std::initializer_list<const char *> names,
                    std::function<void(unsigned)> set) {
    std::vector<std::string> opts(names.begin(), names.end());
    return [opts, set, &fail](const std::string &v) {
      for (unsigned k = 0; k < opts.size(); ++k)
        if (v == opts[k]) {
          set(k);
          return true;
        }
      std::string all;
      for (auto &o : opts)
        all += (all.empty() ? "" : "|") + o;
      return fail("'" + v + "' is not one of " + all);
    };
  };
  auto mem = [&](const std::string &key) {
    return [key, &memFiles](const std::string &v) {
      memFiles[key] = v;
      return true;
    };
  };

  NeuronModel model = NeuronModel::Lif;
  const int64_t s16lo = -32768, s16hi = 32767;
  std::map<std::string, std::function<bool(const std::string &)>> handlers = {
      {"core.neurons", u32(image.neurons, 4, 1024)},
      {"core.axons", u32(image.axons, 2, 1024)},
      {"core.dt_ms", real(image.dtMs)},
      {"core.v_lsb_mv", real(image.vLsbMv)},
      {"neuron.model",
       choice({"lif", "cuba_lif", "if", "li"},
              [&](unsigned k) { model = NeuronModel(k); })},
      {"neuron.reset", choice({"value", "subtract"},
                              [&](unsigned k) {
                                image.neuron.reset = ResetMode(k);
                              })},
      {"neuron.adaptive", flag(image.neuron.adaptive)},
      {"neuron.inh_current", flag(image.neuron.inhCurrent)},
      {"neuron.decay_i_inh", u32(image.neuron.decayIInh, 0, 65535)},
      {"neuron.gain_i_inh", u32(image.neuron.gainIInh, 0, 65535)},
      {"neuron.decay_v", u32(image.neuron.decayV, 0, 65535)},
      {"neuron.decay_i", u32(image.neuron.decayI, 0, 65535)},
      {"neuron.gain_i", u32(image.neuron.gainI, 0, 65535)},
      {"neuron.decay_th", u32(image.neuron.decayTh, 0, 65535)},
      {"neuron.threshold", i32(image.neuron.threshold, 0, s16hi)},
      {"neuron.v_reset", i32(image.neuron.vReset, s16lo, s16hi)},
      {"neuron.th_jump", i32(image.neuron.thJump, 0, s16hi)},
      {"neuron.bias", i32(image.neuron.bias, s16lo, s16hi)},
      {"neuron.ref_steps", u32(image.neuron.refSteps, 0, 127)},
      {"synapse.w_shift", u32(image.wShift, 0, 7)},
      {"trace.pairing", choice({"all_to_all", "nearest"},
                               [&](unsigned k) {
                                 image.preTrace.pairing = Pairing(k);
                                 image.postTrace.pairing = Pairing(k);
                               })},
      {"trace.decay_pre", u32(image.preTrace.decay, 0, 65535)},
      {"trace.decay_post", u32(image.postTrace.decay, 0, 65535)},
      {"trace.impulse", u32(image.preTrace.impulse, 1, 255)},
      {"stdp.enabled", flag(image.stdp.enabled)},
      {"stdp.bounds", choice({"additive", "multiplicative"},
                             [&](unsigned k) { image.stdp.bounds = Bounds(k); })},
      {"stdp.rounding", choice({"nearest", "stochastic"},
                               [&](unsigned k) {
                                 image.stdp.rounding = WeightRounding(k);
                               })},
      {"stdp.a_plus", u32(image.stdp.aPlus, 0, 65535)},
      {"stdp.a_minus", u32(image.stdp.aMinus, 0, 65535)},
      {"stdp.w_min", i32(image.stdp.wMin, -127, 127)},
      {"stdp.w_max", i32(image.stdp.wMax, -127, 127)},
      {"three_factor.enabled", flag(image.threeFactor)},
      {"three_factor.decay_e", u32(image.threeFactorParams.decayE, 0, 65535)},
      {"three_factor.a_plus", u32(image.threeFactorParams.aPlus, 0, 65535)},
      {"three_factor.a_minus", u32(image.threeFactorParams.aMinus, 0, 65535)},
      {"three_factor.e_frac_bits",
       u32(image.threeFactorParams.eFracBits, 0, 7)},
      {"three_factor.eta", u32(image.threeFactorParams.eta, 0, 65535)},
      {"three_factor.w_min", i32(image.threeFactorParams.wMin, -127, 127)},
      {"three_factor.w_max", i32(image.threeFactorParams.wMax, -127, 127)},
      {"three_factor.modulator", i32(image.modulator, -128, 127)},
      {"hebbian.enabled", flag(image.hebbian)},
      {"hebbian.eta", u32(image.hebbianParams.eta, 0, 65535)},
      {"hebbian.decay", u32(image.hebbianParams.decay, 0, 65535)},
      {"hebbian.rounding", choice({"nearest", "stochastic"},
                                  [&](unsigned k) {
                                    image.hebbianParams.rounding =
                                        WeightRounding(k);
                                  })},
      {"hebbian.w_min", i32(image.hebbianParams.wMin, -127, 127)},
      {"hebbian.w_max", i32(image.hebbianParams.wMax, -127, 127)},
      {"rng.seed_neuron", u32(image.seedNeuron, 1, 0xffffffffll)},
      {"rng.seed_learn", u32(image.seedLearn, 1, 0xffffffffll)},
      {"recurrent.enabled", flag(image.recurrent.enabled)},
      {"recurrent.offset", u32(image.recurrent.offset, 0, 1023)},
      {"recurrent.delay", u32(image.recurrent.delay, 1, 15)},
      // 0..M, checked against core.axons once every key is read.
      {"learn.plastic_axons", u32(image.plasticAxons, 0, 1024)},
      {"prune.threshold", u32(image.pruneThreshold, 0, 128)},
      {"prune.every", u32(image.pruneEvery, 0, 65535)},
      {"mem.weights", mem("weights")},
      {"mem.state_u", mem("state_u")},
      {"mem.state_i", mem("state_i")},
      {"mem.state_theta", mem("state_theta")},
      {"mem.state_i_inh", mem("state_i_inh")},
      {"mem.state_misc", mem("state_misc")},
      {"mem.trace_pre", mem("trace_pre")},
      {"mem.eligibility", mem("eligibility")},
  };

  std::string raw;
  while (std::getline(in, raw)) {
    ++at.line;
    std::string text = trim(stripComment(raw));
    if (text.empty())
      continue;
    if (!haveMagic) {
      std::istringstream ss(text);
      std::string magic;
      unsigned version = 0;
      if (!(ss >> magic >> version) || magic != kMagic)
        return fail(std::string("expected '") + kMagic + " " +
                    std::to_string(kVersion) + "' as the first line");
      if (version != kVersion)
        return fail("unsupported core image version " +
                    std::to_string(version));
      haveMagic = true;
      continue;
    }
    size_t eq = text.find('=');
    if (eq == std::string::npos)
      return fail("expected 'key = value'");
    std::string key = trim(text.substr(0, eq));
    std::string value = trim(text.substr(eq + 1));
    auto h = handlers.find(key);
    if (h == handlers.end())
      return fail("unknown key '" + key + "'");
    if (seen.count(key))
      return fail("duplicate key '" + key + "' (first on line " +
                  std::to_string(seen[key]) + ")");
    seen[key] = at.line;
    if (!h->second(value))
      return false;
  }
  if (!haveMagic)
    return fail("empty manifest");
  for (const char *req : {"core.neurons", "core.axons", "mem.weights"})
    if (!seen.count(req))
      return fail(std::string("missing required key '") + req + "'");
  if (image.neurons % 4 != 0)
    return (at.line = seen["core.neurons"],
            fail("core.neurons must be a multiple of 4"));
  if (image.axons % 2 != 0)
    return (at.line = seen["core.axons"], fail("core.axons must be even"));
  if (seen.count("learn.plastic_axons") && image.plasticAxons > image.axons)
    return (at.line = seen["learn.plastic_axons"],
            fail("learn.plastic_axons " + std::to_string(image.plasticAxons) +
                 " is greater than core.axons " +
                 std::to_string(image.axons)));
  if (image.stdp.wMin > image.stdp.wMax)
    return (at.line = seen.count("stdp.w_max") ? seen["stdp.w_max"] : at.line,
            fail("stdp.w_min is greater than stdp.w_max"));
  if (image.threeFactorParams.wMin > image.threeFactorParams.wMax)
    return (at.line = seen.count("three_factor.w_max")
                          ? seen["three_factor.w_max"]
                          : at.line,
            fail("three_factor.w_min is greater than three_factor.w_max"));
  if (image.hebbianParams.wMin > image.hebbianParams.wMax)
    return (at.line = seen.count("hebbian.w_max") ? seen["hebbian.w_max"]
                                                  : at.line,
            fail("hebbian.w_min is greater than hebbian.w_max"));
  if (int(image.stdp.enabled) + int(image.threeFactor) + int(image.hebbian) >
      1) {
    at.line = std::max({seen["stdp.enabled"], seen["three_factor.enabled"],
                        seen["hebbian.enabled"]});
    return fail("at most one of stdp, three_factor and hebbian can be "
                "enabled on one core");
  }
  image.postTrace.impulse = image.preTrace.impulse;

  // Memories: zero unless a file is named; paths relative to the manifest.
  CoreImage sized = CoreImage::blank(image.neurons, image.axons);
  image.weights = std::move(sized.weights);
  image.eligibility = std::move(sized.eligibility);
  image.state = std::move(sized.state);
  image.postTraceMem = std::move(sized.postTraceMem);
  image.preTraceMem = std::move(sized.preTraceMem);
  applyNeuronModel(image, model);

  const fs::path base = manifestPath.parent_path();
  auto resolve = [&](const std::string &name) {
    fs::path p = name;
    return (p.is_absolute() ? p : base / p).string();
  };
  const uint32_t n = image.neurons, m = image.axons;
  std::vector<uint32_t> words;
  if (!readHexWords(resolve(memFiles["weights"]), size_t(n) * m, 2, words,
                    error))
    return false;
  for (size_t k = 0; k < words.size(); ++k)
    image.weights[k] = int8_t(uint8_t(words[k]));
  if (memFiles.count("eligibility")) {
    if (!readHexWords(resolve(memFiles["eligibility"]), size_t(n) * m, 2,
                      words, error))
      return false;
    for (size_t k = 0; k < words.size(); ++k)
      image.eligibility[k] = int8_t(uint8_t(words[k]));
  }

  auto load16 = [&](const char *key, auto apply) {
    auto it = memFiles.find(key);
    if (it == memFiles.end())
      return true;
    if (!readHexWords(resolve(it->second), n, 4, words, error))
      return false;
    for (uint32_t k = 0; k < n; ++k)
      apply(k, words[k]);
    return true;
  };
  if (!load16("state_u", [&](uint32_t k, uint32_t w) {
        image.state[k].u = signExtend16(w);
      }) ||
      !load16("state_i", [&](uint32_t k, uint32_t w) {
        image.state[k].i = signExtend16(w);
      }) ||
      !load16("state_theta", [&](uint32_t k, uint32_t w) {
        image.state[k].theta = signExtend16(w);
      }) ||
      !load16("state_i_inh", [&](uint32_t k, uint32_t w) {
        image.state[k].iInh = signExtend16(w);
      }) ||
      !load16("state_misc", [&](uint32_t k, uint32_t w) {
        image.postTraceMem[k] = uint8_t(w >> 8);
        image.state[k].ref = w & 0x7f;
      }))
    return false;
  if (memFiles.count("trace_pre")) {
    if (!readHexWords(resolve(memFiles["trace_pre"]), m, 2, words, error))
      return false;
    for (uint32_t k = 0; k < m; ++k)
      image.preTraceMem[k] = uint8_t(words[k]);
  }
  return true;
}

namespace {

bool writeLines(const fs::path &path, size_t count,
                const std::function<std::string(size_t)> &line,
                std::string &error) {
  std::ofstream out(path);
  if (!out) {
    error = path.string() + ":0: cannot write";
    return false;
  }
  for (size_t k = 0; k < count; ++k)
    out << line(k) << '\n';
  return bool(out);
}

std::string hex(uint32_t value, unsigned digits) {
  static const char *d = "0123456789abcdef";
  std::string s(digits, '0');
  for (unsigned k = 0; k < digits; ++k)
    s[digits - 1 - k] = d[(value >> (4 * k)) & 0xf];
  return s;
}

const char *modelName(NeuronModel m) {
  switch (m) {
  case NeuronModel::Lif:
    return "lif";
  case NeuronModel::CubaLif:
    return "cuba_lif";
  case NeuronModel::If:
    return "if";
  case NeuronModel::Li:
    return "li";
  }
  return "lif";
}

} // namespace

bool writeMemories(const std::string &dirName, const CoreImage &img,
                   std::string &error) {
  fs::path dir = dirName;
  std::error_code ec;
  fs::create_directories(dir, ec);
  const uint32_t n = img.neurons;
  auto u16 = [](int32_t v) { return uint32_t(uint16_t(int16_t(v))); };
  return writeLines(dir / "weights.hex", img.weights.size(),
                    [&](size_t k) { return hex(uint8_t(img.weights[k]), 2); },
                    error) &&
         writeLines(dir / "eligibility.hex", img.eligibility.size(),
                    [&](size_t k) {
                      return hex(uint8_t(img.eligibility[k]), 2);
                    },
                    error) &&
         writeLines(dir / "state_u.hex", n,
                    [&](size_t k) { return hex(u16(img.state[k].u), 4); },
                    error) &&
         writeLines(dir / "state_i.hex", n,
                    [&](size_t k) { return hex(u16(img.state[k].i), 4); },
                    error) &&
         writeLines(dir / "state_theta.hex", n,
                    [&](size_t k) { return hex(u16(img.state[k].theta), 4); },
                    error) &&
         writeLines(dir / "state_i_inh.hex", n,
                    [&](size_t k) { return hex(u16(img.state[k].iInh), 4); },
                    error) &&
         writeLines(dir / "state_misc.hex", n,
                    [&](size_t k) {
                      return hex(uint32_t(img.postTraceMem[k]) << 8 |
                                     (img.state[k].ref & 0x7f),
                                 4);
                    },
                    error) &&
         writeLines(dir / "trace_pre.hex", img.axons,
                    [&](size_t k) { return hex(img.preTraceMem[k], 2); },
                    error);
}

bool writeCoreImage(const std::string &dirName, const CoreImage &img,
                    std::string &error) {
  if (!writeMemories(dirName, img, error))
    return false;
  fs::path path = fs::path(dirName) / "manifest.txt";
  std::ofstream out(path);
  if (!out) {
    error = path.string() + ":0: cannot write";
    return false;
  }
  const NeuronParams &p = img.neuron;
  out << kMagic << ' ' << kVersion << "\n"
      << "core.neurons = " << img.neurons << "\n"
      << "core.axons = " << img.axons << "\n"
      << "core.dt_ms = " << img.dtMs << "\n"
      << "core.v_lsb_mv = " << img.vLsbMv << "\n"
      << "neuron.model = " << modelName(img.model) << "\n"
      << "neuron.reset = "
      << (p.reset == ResetMode::Value ? "value" : "subtract") << "\n"
      << "neuron.adaptive = " << p.adaptive << "\n"
      << "neuron.inh_current = " << p.inhCurrent << "\n"
      << "neuron.decay_i_inh = " << p.decayIInh << "\n"
      << "neuron.gain_i_inh = " << p.gainIInh << "\n"
      << "neuron.decay_v = " << p.decayV << "\n"
      << "neuron.decay_i = " << p.decayI << "\n"
      << "neuron.gain_i = " << p.gainI << "\n"
      << "neuron.decay_th = " << p.decayTh << "\n"
      << "neuron.threshold = " << p.threshold << "\n"
      << "neuron.v_reset = " << p.vReset << "\n"
      << "neuron.th_jump = " << p.thJump << "\n"
      << "neuron.bias = " << p.bias << "\n"
      << "neuron.ref_steps = " << p.refSteps << "\n"
      << "synapse.w_shift = " << img.wShift << "\n"
      << "trace.pairing = "
      << (img.preTrace.pairing == Pairing::AllToAll ? "all_to_all"
                                                    : "nearest")
      << "\n"
      << "trace.decay_pre = " << img.preTrace.decay << "\n"
      << "trace.decay_post = " << img.postTrace.decay << "\n"
      << "trace.impulse = " << img.preTrace.impulse << "\n"
      << "stdp.enabled = " << img.stdp.enabled << "\n"
      << "stdp.bounds = "
      << (img.stdp.bounds == Bounds::Additive ? "additive" : "multiplicative")
      << "\n"
      << "stdp.rounding = "
      << (img.stdp.rounding == WeightRounding::Nearest ? "nearest"
                                                       : "stochastic")
      << "\n"
      << "stdp.a_plus = " << img.stdp.aPlus << "\n"
      << "stdp.a_minus = " << img.stdp.aMinus << "\n"
      << "stdp.w_min = " << img.stdp.wMin << "\n"
      << "stdp.w_max = " << img.stdp.wMax << "\n"
      << "three_factor.enabled = " << img.threeFactor << "\n"
      << "three_factor.decay_e = " << img.threeFactorParams.decayE << "\n"
      << "three_factor.a_plus = " << img.threeFactorParams.aPlus << "\n"
      << "three_factor.a_minus = " << img.threeFactorParams.aMinus << "\n"
      << "three_factor.e_frac_bits = " << img.threeFactorParams.eFracBits
      << "\n"
      << "three_factor.eta = " << img.threeFactorParams.eta << "\n"
      << "three_factor.w_min = " << img.threeFactorParams.wMin << "\n"
      << "three_factor.w_max = " << img.threeFactorParams.wMax << "\n"
      << "three_factor.modulator = " << img.modulator << "\n"
      << "hebbian.enabled = " << img.hebbian << "\n"
      << "hebbian.eta = " << img.hebbianParams.eta << "\n"
      << "hebbian.decay = " << img.hebbianParams.decay << "\n"
      << "hebbian.rounding = "
      << (img.hebbianParams.rounding == WeightRounding::Nearest ? "nearest"
                                                                : "stochastic")
      << "\n"
      << "hebbian.w_min = " << img.hebbianParams.wMin << "\n"
      << "hebbian.w_max = " << img.hebbianParams.wMax << "\n"
      << "rng.seed_neuron = 0x" << hex(img.seedNeuron, 8) << "\n"
      << "rng.seed_learn = 0x" << hex(img.seedLearn, 8) << "\n"
      << "recurrent.enabled = " << img.recurrent.enabled << "\n"
      << "recurrent.offset = " << img.recurrent.offset << "\n"
      << "recurrent.delay = " << img.recurrent.delay << "\n"
      << "learn.plastic_axons = " << img.plasticRows() << "\n"
      << "prune.threshold = " << img.pruneThreshold << "\n"
      << "prune.every = " << img.pruneEvery << "\n"
      << "mem.weights = weights.hex\n"
      << "mem.state_u = state_u.hex\n"
      << "mem.state_i = state_i.hex\n"
      << "mem.state_theta = state_theta.hex\n"
      << "mem.state_i_inh = state_i_inh.hex\n"
      << "mem.state_misc = state_misc.hex\n"
      << "mem.trace_pre = trace_pre.hex\n"
      << "mem.eligibility = eligibility.hex\n";
  return bool(out);
}

} // namespace plasticc::golden
