//===- spike_io.cpp - Input spike and output file formats ------------------===//

#include "sim/golden/spike_io.h"

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace plasticc::golden {

namespace {
constexpr uint64_t kMaxSteps = uint64_t(1) << 32;
}

bool readInputSpikes(const std::string &path, uint32_t axons,
                     SpikeSchedule &schedule, std::string &error) {
  std::ifstream in(path);
  if (!in) {
    error = path + ":0: cannot open input spike file";
    return false;
  }
  schedule = {};
  std::string raw;
  unsigned lineNo = 0;
  while (std::getline(in, raw)) {
    ++lineNo;
    const std::string where = path + ":" + std::to_string(lineNo) + ": ";
    std::istringstream fields(raw.substr(0, raw.find('#')));
    std::string tok;
    bool first = true;
    uint64_t step = 0;
    while (fields >> tok) {
      errno = 0;
      char *end = nullptr;
      long long v = std::strtoll(tok.c_str(), &end, 10);
      if (errno != 0 || *end != '\0') {
        error = where + "'" + tok + "' is not an integer";
        return false;
      }
      if (first) {
        if (v < 0 || uint64_t(v) >= kMaxSteps) {
          error = where + "step " + tok + " out of range [0, 2^32)";
          return false;
        }
        step = uint64_t(v);
        schedule[step]; // a step with no axons still counts in size()
        first = false;
        continue;
      }
      if (v < 0 || v >= axons) {
        error = where + "axon " + tok + " out of range [0, " +
                std::to_string(axons) + ")";
        return false;
      }
      schedule[step].push_back(uint32_t(v));
    }
  }
  return true;
}

bool readModulator(const std::string &path, ModulatorSchedule &schedule,
                   std::string &error) {
  std::ifstream in(path);
  if (!in) {
    error = path + ":0: cannot open modulator file";
    return false;
  }
  schedule.clear();
  std::string raw;
  unsigned lineNo = 0;
  while (std::getline(in, raw)) {
    ++lineNo;
    const std::string where = path + ":" + std::to_string(lineNo) + ": ";
    std::istringstream fields(raw.substr(0, raw.find('#')));
    std::vector<long long> values;
    std::string tok;
    while (fields >> tok) {
      errno = 0;
      char *end = nullptr;
      long long v = std::strtoll(tok.c_str(), &end, 10);
      if (errno != 0 || *end != '\0') {
        error = where + "'" + tok + "' is not an integer";
        return false;
      }
      values.push_back(v);
    }
    if (values.empty())
      continue;
    if (values.size() != 2) {
      error = where + "expected '<step> <value>'";
      return false;
    }
    if (values[0] < 0 || uint64_t(values[0]) >= kMaxSteps) {
      error = where + "step out of range [0, 2^32)";
      return false;
    }
    if (!schedule.empty() && uint64_t(values[0]) <= schedule.back().first) {
      error = where + "steps must be strictly ascending";
      return false;
    }
    if (values[1] < -128 || values[1] > 127) {
      error = where + "modulator " + std::to_string(values[1]) +
              " out of range [-128, 127] (Q1.7)";
      return false;
    }
    schedule.emplace_back(uint64_t(values[0]), int32_t(values[1]));
  }
  return true;
}

namespace {

/// Core \p tok of \p system: an index (all digits) or a name.
bool parseCore(const std::string &tok, const SystemImage &system,
               uint32_t &core, std::string &why) {
  const uint32_t k = uint32_t(system.cores.size());
  if (!tok.empty() && std::isdigit(static_cast<unsigned char>(tok[0]))) {
    errno = 0;
    char *end = nullptr;
    unsigned long long v = std::strtoull(tok.c_str(), &end, 10);
    if (errno != 0 || *end != '\0' || v >= k) {
      why = "core " + tok + " out of range [0, " + std::to_string(k) + ")";
      return false;
    }
    core = uint32_t(v);
    return true;
  }
  for (uint32_t c = 0; c < k; ++c)
    if (system.coreNames[c] == tok) {
      core = c;
      return true;
    }
  why = "unknown core '" + tok + "'";
  return false;
}

bool parseStep(const std::string &tok, uint64_t &step, std::string &why) {
  errno = 0;
  char *end = nullptr;
  long long v = std::strtoll(tok.c_str(), &end, 10);
  if (errno != 0 || *end != '\0' || tok.empty()) {
    why = "'" + tok + "' is not an integer";
    return false;
  }
  if (v < 0 || uint64_t(v) >= kMaxSteps) {
    why = "step " + tok + " out of range [0, 2^32)";
    return false;
  }
  step = uint64_t(v);
  return true;
}

} // namespace

bool readSystemInputSpikes(const std::string &path, const SystemImage &system,
                           SystemSpikeSchedule &schedule, std::string &error) {
  std::ifstream in(path);
  if (!in) {
    error = path + ":0: cannot open input spike file";
    return false;
  }
  schedule = {};
  std::string raw, why;
  unsigned lineNo = 0;
  while (std::getline(in, raw)) {
    ++lineNo;
    const std::string where = path + ":" + std::to_string(lineNo) + ": ";
    std::istringstream fields(raw.substr(0, raw.find('#')));
    std::vector<std::string> toks;
    for (std::string tok; fields >> tok;)
      toks.push_back(tok);
    if (toks.empty())
      continue;
    uint64_t step = 0;
    uint32_t core = 0;
    if (!parseStep(toks[0], step, why))
      return error = where + why, false;
    // docs/core.md §10.3: a line names at least one axon.
    if (toks.size() < 3)
      return error = where + "expected '<step> <core> <axon> [<axon> ...]'",
             false;
    if (!parseCore(toks[1], system, core, why))
      return error = where + why, false;
    const uint32_t axons = system.cores[core].axons;
    for (size_t k = 2; k < toks.size(); ++k) {
      errno = 0;
      char *end = nullptr;
      long long v = std::strtoll(toks[k].c_str(), &end, 10);
      if (errno != 0 || *end != '\0')
        return error = where + "'" + toks[k] + "' is not an integer", false;
      if (v < 0 || v >= axons)
        return error = where + "axon " + toks[k] + " out of range [0, " +
                       std::to_string(axons) + ") of core '" +
                       system.coreNames[core] + "'",
               false;
      schedule[step].emplace_back(core, uint32_t(v));
    }
  }
  return true;
}

bool readSystemModulator(const std::string &path, const SystemImage &system,
                         std::vector<ModulatorSchedule> &schedules,
                         std::string &error) {
  std::ifstream in(path);
  if (!in) {
    error = path + ":0: cannot open modulator file";
    return false;
  }
  schedules.assign(system.cores.size(), {});
  std::string raw, why;
  unsigned lineNo = 0;
  while (std::getline(in, raw)) {
    ++lineNo;
    const std::string where = path + ":" + std::to_string(lineNo) + ": ";
    std::istringstream fields(raw.substr(0, raw.find('#')));
    std::vector<std::string> toks;
    for (std::string tok; fields >> tok;)
      toks.push_back(tok);
    if (toks.empty())
      continue;
    if (toks.size() != 3)
      return error = where + "expected '<step> <core> <value>'", false;
    uint64_t step = 0;
    uint32_t core = 0;
    if (!parseStep(toks[0], step, why) ||
        !parseCore(toks[1], system, core, why))
      return error = where + why, false;
    errno = 0;
    char *end = nullptr;
    long long v = std::strtoll(toks[2].c_str(), &end, 10);
    if (errno != 0 || *end != '\0')
      return error = where + "'" + toks[2] + "' is not an integer", false;
    // The modulator register only acts in a three-factor core; a schedule
    // for any other core is a mistake in the file (the RTL system simulator
    // has no register 36 to write there).
    if (!system.cores[core].threeFactor)
      return error = where + "a modulator schedule for core '" +
                     system.coreNames[core] +
                     "', which has no three-factor learning",
             false;
    ModulatorSchedule &s = schedules[core];
    if (!s.empty() && step <= s.back().first)
      return error = where + "steps must be strictly ascending for core '" +
                     system.coreNames[core] + "'",
             false;
    if (v < -128 || v > 127)
      return error = where + "modulator " + toks[2] +
                     " out of range [-128, 127] (Q1.7)",
             false;
    s.emplace_back(step, int32_t(v));
  }
  return true;
}

bool writeSystemOutputSpikes(const std::string &path,
                             const std::vector<SystemOutputSpike> &spikes,
                             std::string &error) {
  std::ofstream out(path);
  if (!out) {
    error = path + ":0: cannot write";
    return false;
  }
  out << "# step core neuron\n";
  for (const SystemOutputSpike &s : spikes)
    out << s.step << ' ' << s.core << ' ' << s.neuron << '\n';
  return bool(out);
}

bool writeOutputSpikes(const std::string &path,
                       const std::vector<std::pair<uint64_t, uint32_t>> &spikes,
                       std::string &error) {
  std::ofstream out(path);
  if (!out) {
    error = path + ":0: cannot write";
    return false;
  }
  out << "# step neuron\n";
  for (auto &[step, neuron] : spikes)
    out << step << ' ' << neuron << '\n';
  return bool(out);
}

bool writeStateTable(const std::string &path, const CoreModel &core,
                     std::string &error) {
  return writeStateTable(path, core.image(), core.tick(), error);
}

bool writeStateTable(const std::string &path, const CoreImage &img,
                     uint64_t steps, std::string &error) {
  std::ofstream out(path);
  if (!out) {
    error = path + ":0: cannot write";
    return false;
  }
  out << "# after " << steps << " steps, values in LSB\n"
      << "# n <neuron> <u> <i> <i2> <theta> <ref> <y>\n";
  for (uint32_t k = 0; k < img.neurons; ++k)
    out << "n " << k << ' ' << img.state[k].u << ' ' << img.state[k].i << ' '
        << img.state[k].iInh << ' ' << img.state[k].theta << ' ' << img.state[k].ref << ' '
        << int(img.postTraceMem[k]) << '\n';
  out << "# a <axon> <x>\n";
  for (uint32_t k = 0; k < img.axons; ++k)
    out << "a " << k << ' ' << int(img.preTraceMem[k]) << '\n';
  return bool(out);
}

} // namespace plasticc::golden
