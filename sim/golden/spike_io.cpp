//===- spike_io.cpp - Input spike and output file formats ------------------===//

#include "sim/golden/spike_io.h"

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
  schedule.clear();
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
        if (schedule.size() <= step)
          schedule.resize(step + 1);
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
