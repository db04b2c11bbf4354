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

/// The one line discipline of the text formats (docs/core.md §7, §10.3):
/// '#' starts a comment, blank lines are skipped, fields are separated by
/// white space. Calls \p onLine(fields, "path:line: ") for every line with
/// fields; stops with its error when it returns false.
template <typename OnLine>
bool forEachFieldLine(const std::string &path, const char *what,
                      std::string &error, OnLine onLine) {
  std::ifstream in(path);
  if (!in) {
    error = path + ":0: cannot open " + what;
    return false;
  }
  std::string raw;
  unsigned lineNo = 0;
  while (std::getline(in, raw)) {
    ++lineNo;
    std::istringstream fields(raw.substr(0, raw.find('#')));
    std::vector<std::string> toks;
    for (std::string tok; fields >> tok;)
      toks.push_back(tok);
    if (toks.empty())
      continue;
    if (!onLine(toks, path + ":" + std::to_string(lineNo) + ": "))
      return false;
  }
  return true;
}

/// A decimal integer field; "'tok' is not an integer" otherwise.
bool parseInteger(const std::string &tok, long long &value, std::string &why) {
  errno = 0;
  char *end = nullptr;
  value = std::strtoll(tok.c_str(), &end, 10);
  if (errno != 0 || *end != '\0' || tok.empty()) {
    why = "'" + tok + "' is not an integer";
    return false;
  }
  return true;
}

bool parseStep(const std::string &tok, uint64_t &step, std::string &why) {
  long long v = 0;
  if (!parseInteger(tok, v, why))
    return false;
  if (v < 0 || uint64_t(v) >= kMaxSteps) {
    why = "step " + tok + " out of range [0, 2^32)";
    return false;
  }
  step = uint64_t(v);
  return true;
}
} // namespace

bool readInputSpikes(const std::string &path, uint32_t axons,
                     SpikeSchedule &schedule, std::string &error) {
  SpikeSchedule read;
  auto onLine = [&](const std::vector<std::string> &toks,
                    const std::string &where) {
    std::string why;
    uint64_t step = 0;
    if (!parseStep(toks[0], step, why))
      return error = where + why, false;
    std::vector<uint32_t> &list = read[step]; // an empty step still counts
    for (size_t k = 1; k < toks.size(); ++k) {
      long long v = 0;
      if (!parseInteger(toks[k], v, why))
        return error = where + why, false;
      if (v < 0 || v >= axons)
        return error = where + "axon " + toks[k] + " out of range [0, " +
                       std::to_string(axons) + ")",
               false;
      list.push_back(uint32_t(v));
    }
    return true;
  };
  if (!forEachFieldLine(path, "input spike file", error, onLine))
    return false;
  schedule = std::move(read);
  return true;
}

bool readModulator(const std::string &path, ModulatorSchedule &schedule,
                   std::string &error) {
  ModulatorSchedule read;
  auto onLine = [&](const std::vector<std::string> &toks,
                    const std::string &where) {
    std::string why;
    std::vector<long long> values(toks.size());
    for (size_t k = 0; k < toks.size(); ++k)
      if (!parseInteger(toks[k], values[k], why))
        return error = where + why, false;
    if (values.size() != 2)
      return error = where + "expected '<step> <value>'", false;
    if (values[0] < 0 || uint64_t(values[0]) >= kMaxSteps)
      return error = where + "step out of range [0, 2^32)", false;
    if (!read.empty() && uint64_t(values[0]) <= read.back().first)
      return error = where + "steps must be strictly ascending", false;
    if (values[1] < -128 || values[1] > 127)
      return error = where + "modulator " + std::to_string(values[1]) +
                     " out of range [-128, 127] (Q1.7)",
             false;
    read.emplace_back(uint64_t(values[0]), int32_t(values[1]));
    return true;
  };
  if (!forEachFieldLine(path, "modulator file", error, onLine))
    return false;
  schedule = std::move(read);
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


} // namespace

bool readSystemInputSpikes(const std::string &path, const SystemImage &system,
                           SystemSpikeSchedule &schedule, std::string &error) {
  SystemSpikeSchedule read;
  auto onLine = [&](const std::vector<std::string> &toks,
                    const std::string &where) {
    std::string why;
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
      long long v = 0;
      if (!parseInteger(toks[k], v, why))
        return error = where + why, false;
      if (v < 0 || v >= axons)
        return error = where + "axon " + toks[k] + " out of range [0, " +
                       std::to_string(axons) + ") of core '" +
                       system.coreNames[core] + "'",
               false;
      read[step].emplace_back(core, uint32_t(v));
    }
    return true;
  };
  if (!forEachFieldLine(path, "input spike file", error, onLine))
    return false;
  schedule = std::move(read);
  return true;
}

bool readSystemModulator(const std::string &path, const SystemImage &system,
                         std::vector<ModulatorSchedule> &schedules,
                         std::string &error) {
  std::vector<ModulatorSchedule> read(system.cores.size());
  auto onLine = [&](const std::vector<std::string> &toks,
                    const std::string &where) {
    std::string why;
    if (toks.size() != 3)
      return error = where + "expected '<step> <core> <value>'", false;
    uint64_t step = 0;
    uint32_t core = 0;
    long long v = 0;
    if (!parseStep(toks[0], step, why) ||
        !parseCore(toks[1], system, core, why) ||
        !parseInteger(toks[2], v, why))
      return error = where + why, false;
    // The modulator register only acts in a three-factor core; a schedule
    // for any other core is a mistake in the file (the RTL system simulator
    // has no register 36 to write there).
    if (!system.cores[core].threeFactor)
      return error = where + "a modulator schedule for core '" +
                     system.coreNames[core] +
                     "', which has no three-factor learning",
             false;
    ModulatorSchedule &s = read[core];
    if (!s.empty() && step <= s.back().first)
      return error = where + "steps must be strictly ascending for core '" +
                     system.coreNames[core] + "'",
             false;
    if (v < -128 || v > 127)
      return error = where + "modulator " + toks[2] +
                     " out of range [-128, 127] (Q1.7)",
             false;
    s.emplace_back(step, int32_t(v));
    return true;
  };
  if (!forEachFieldLine(path, "modulator file", error, onLine))
    return false;
  schedules = std::move(read);
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
