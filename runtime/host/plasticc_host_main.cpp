//===- plasticc_host_main.cpp - plasticc-host: run a core image on a board ===//
//
// plasticc-host <image> [<input spikes>] --device=PATH [--baud=N] [--steps=N]
//               [-o outdir] [--timeout=MS] [--no-readback]
//
// Loads the image into the board over its UART (written, read back and
// compared), runs the steps, reads the final weights and state back and
// writes the same files as `plasticc-sim -o` (docs/core.md §7; only
// spikes.txt with --no-readback, which skips the read-back). Exit status
// 0 on success, 1 on bad input or a device error (with a message naming the
// file:line or the device), 2 on a bad command line.
//
//===----------------------------------------------------------------------===//

#include "runtime/host/board_link.h"
#include "runtime/host/serial_port.h"
#include "sim/golden/cli.h"
#include "sim/golden/core_model.h"
#include "sim/golden/spike_io.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

using namespace plasticc;
using namespace plasticc::host;

namespace {

int usage(const std::string &msg) {
  if (!msg.empty())
    std::cerr << "plasticc-host: " << msg << "\n";
  std::cerr << "usage: plasticc-host <image> [<input spikes>] --device=PATH "
               "[--baud=N] [--steps=N] [-o outdir] [--timeout=MS] "
               "[--no-readback] [--modulator FILE]\n";
  return 2;
}

int fail(const std::string &msg) {
  std::cerr << "plasticc-host: error: " << msg << "\n";
  return 1;
}

bool parseCount(const std::string &text, long long lo, long long hi,
                long long &out) {
  char *end = nullptr;
  out = std::strtoll(text.c_str(), &end, 10);
  return !text.empty() && *end == '\0' && out >= lo && out <= hi;
}

} // namespace

int main(int argc, char **argv) {
  std::string device, outDir = "plasticc-host-out", modulatorPath;
  std::string positional[2];
  unsigned npos = 0;
  long long steps = -1, baud = 115200, timeoutMs = 2000;
  bool readBack = true;
  for (int k = 1; k < argc; ++k) {
    std::string arg = argv[k];
    auto value = [&](const std::string &flag, std::string &dst) {
      return plasticc::golden::flagValue(argc, argv, k, flag, dst);
    };
    std::string text;
    if (value("--device", device) || value("-o", outDir) ||
        value("--modulator", modulatorPath))
      continue;
    if (value("--steps", text)) {
      if (!parseCount(text, 0, (1ll << 32) - 1, steps))
        return usage("--steps needs an integer in [0, 2^32)");
      continue;
    }
    if (value("--baud", text)) {
      if (!parseCount(text, 1, 1ll << 31, baud))
        return usage("--baud needs a positive integer");
      continue;
    }
    if (value("--timeout", text)) {
      if (!parseCount(text, 1, 3600000, timeoutMs))
        return usage("--timeout needs milliseconds in [1, 3600000]");
      continue;
    }
    if (arg == "--no-readback") {
      readBack = false;
      continue;
    }
    if (arg == "-h" || arg == "--help")
      return usage(""), 0;
    if (!arg.empty() && arg[0] == '-')
      return usage("unknown option '" + arg + "'");
    if (npos == 2)
      return usage("too many arguments");
    positional[npos++] = arg;
  }
  if (npos == 0)
    return usage("need a core image");
  if (device.empty())
    return usage("need --device (the board's serial port, e.g. /dev/ttyUSB1)");

  // Everything from files is checked before the board is touched.
  std::string error;
  golden::CoreImage image;
  if (!golden::loadCoreImage(positional[0], image, error))
    return fail(error);
  std::vector<golden::ConfigWrite> writes;
  if (!golden::imageConfigWrites(image, golden::CoreFeatures::usedBy(image),
                                 writes, error))
    return fail(positional[0] + ": " + error);
  golden::ModulatorSchedule modulator;
  if (!modulatorPath.empty() &&
      !golden::readModulator(modulatorPath, modulator, error))
    return fail(error);
  if (!modulator.empty() && !image.threeFactor)
    return fail(modulatorPath + ":1: a modulator schedule for an image "
                "without three-factor learning");
  golden::SpikeSchedule schedule;
  if (npos == 2 &&
      !golden::readInputSpikes(positional[1], image.axons, schedule, error))
    return fail(error);
  for (size_t t = 0; t < schedule.size(); ++t)
    if (schedule[t].size() > golden::CoreTiming::kInputFifoDepth)
      return fail(positional[1] + ":0: step " + std::to_string(t) +
                  " has more input spikes than the input FIFO holds (" +
                  std::to_string(golden::CoreTiming::kInputFifoDepth) + ")");
  const uint64_t numSteps = steps >= 0 ? uint64_t(steps) : schedule.size();
  std::error_code ec;
  std::filesystem::create_directories(outDir, ec);
  if (ec)
    return fail(outDir + ":0: cannot create output directory: " + ec.message());

  auto port = SerialPort::open(device, unsigned(baud), error);
  if (!port)
    return fail(error);
  using Clock = std::chrono::steady_clock;
  auto lastReport = Clock::now();
  BoardLink::Options opt;
  opt.timeoutMs = int(timeoutMs);
  opt.progress = [&](const char *what, uint64_t done, uint64_t total) {
    if (Clock::now() - lastReport < std::chrono::seconds(1))
      return;
    lastReport = Clock::now();
    std::cerr << "plasticc-host: " << what << ": " << done << " / " << total
              << "\n";
  };
  BoardLink board(*port, opt);
  if (!board.connect(error) || !board.load(image, error))
    return fail(error);
  std::cout << "plasticc-host: board core: "
            << golden::describeCapabilities(board.capabilities()) << "\n";

  std::vector<std::pair<uint64_t, uint32_t>> outSpikes;
  std::vector<uint32_t> stepSpikes;
  const std::vector<uint32_t> none;
  size_t nextModulator = 0;
  for (uint64_t t = 0; t < numSteps; ++t) {
    // Register 36 between steps, as plasticc-sim --modulator does.
    while (nextModulator < modulator.size() &&
           modulator[nextModulator].first <= t)
      if (!board.setModulator(modulator[nextModulator++].second, error))
        return fail(error);
    if (!board.step(t < schedule.size() ? schedule[t] : none, stepSpikes,
                    error))
      return fail(error);
    for (uint32_t j : stepSpikes)
      outSpikes.emplace_back(t, j);
    opt.progress("steps", t + 1, numSteps);
  }
  namespace fs = std::filesystem;
  if (!golden::writeOutputSpikes((fs::path(outDir) / "spikes.txt").string(),
                                 outSpikes, error))
    return fail(error);
  if (readBack) {
    uint64_t tick = 0;
    golden::CoreImage final = image;
    if (!board.readBack(final, tick, error))
      return fail(error);
    if (tick != numSteps)
      return fail(device + ": the board counted " + std::to_string(tick) +
                  " steps, the host ran " + std::to_string(numSteps));
    if (!golden::writeStateTable((fs::path(outDir) / "state.txt").string(),
                                 final, numSteps, error) ||
        !golden::writeMemories(outDir, final, error))
      return fail(error);
  }
  std::cout << "plasticc-host: " << numSteps << " steps on " << device << ", "
            << outSpikes.size() << " output spikes\n";
  return 0;
}
