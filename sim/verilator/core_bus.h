//===- core_bus.h - A Verilated core's configuration bus ---------*- C++ -*-===//
//
// Drives plasticc_core_top's configuration bus (docs/core.md §4) of a
// Verilated model: single writes, back-to-back read bursts, and an image
// load and read-back through the one image <-> bus mapping
// (sim/golden/config_bus.h). Shared by the lockstep co-simulation and the
// simulators of `plasticc --target=verilator`. A system top has the same
// bus with a 24-bit address (docs/core.md §10.5): one CoreBus per target
// (core k, or the router at 15) reaches it.
//
// The driver is a template over the Verilated model (one class per
// elaboration); the caller supplies the clock so that its own per-cycle work
// (tracing, lockstep checks) keeps running while the bus is busy.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_VERILATOR_CORE_BUS_H
#define PLASTICC_SIM_VERILATOR_CORE_BUS_H

#include "sim/golden/config_bus.h"

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace plasticc::cosim {

using golden::CoreCounters;
using golden::CoreFeatures;
using golden::Region;

/// Drives plasticc_core_top's configuration bus of a Verilated \p Model.
template <class Model> class CoreBus {
public:
  /// \p clock settles the inputs, applies one rising edge and does the
  /// caller's per-cycle work.
  CoreBus(Model &top, std::function<void()> clock)
      : top(top), clock(std::move(clock)) {}
  /// The bus of a system top: every access goes to \p target (addr[23:20]).
  CoreBus(Model &top, std::function<void()> clock, uint32_t target)
      : top(top), clock(std::move(clock)), high((target & 0xf) << 20),
        target(std::to_string(target)) {}

  /// Drops every core input to its idle value.
  void idle() {
    top.aer_in_valid_i = 0;
    top.aer_in_axon_i = 0;
    top.aer_out_ready_i = 0;
    top.tick_i = 0;
    top.cfg_req_i = 0;
    top.cfg_we_i = 0;
    top.cfg_addr_i = 0;
    top.cfg_wdata_i = 0;
  }

  /// One write, held until granted. Returns false if it never is.
  bool write(Region region, uint32_t index, uint32_t data) {
    idle();
    top.cfg_req_i = 1;
    top.cfg_we_i = 1;
    top.cfg_addr_i = high | golden::configAddress(region, index);
    top.cfg_wdata_i = data & 0xffff;
    bool granted = false;
    for (int guard = 0; !granted && guard < kGrantTimeout; ++guard) {
      top.clk_i = 0;
      top.eval();
      granted = top.cfg_gnt_o;
      clock();
    }
    idle();
    if (!granted)
      std::fprintf(stderr, "config write to %s%s [%u] never granted "
                           "(core busy for %d cycles)\n",
                   targetName().c_str(), golden::regionName(region), index,
                   kGrantTimeout);
    return granted;
  }

  /// Issues \p count reads of region \p region back to back (indices
  /// \p first, \p first + 1, ...) into \p data, in order. A core that stops answering (no read data for
  /// kGrantTimeout cycles) is an error naming the region and how many words
  /// came back: partial data must never pass for memory contents.
  bool readBurst(Region region, uint32_t count, std::vector<uint16_t> &data,
                 std::string &error, uint32_t first = 0) {
    data.clear();
    data.reserve(count);
    uint32_t issued = 0;
    idle();
    for (int stalled = 0; data.size() < count && stalled < kGrantTimeout;) {
      if (issued < count) {
        top.cfg_req_i = 1;
        top.cfg_we_i = 0;
        top.cfg_addr_i = high | golden::configAddress(region, first + issued);
      } else {
        top.cfg_req_i = 0;
      }
      top.clk_i = 0;
      top.eval();
      const size_t before = data.size();
      if (top.cfg_rvalid_o)
        data.push_back(uint16_t(top.cfg_rdata_o));
      if (issued < count && top.cfg_gnt_o)
        ++issued;
      clock();
      stalled = data.size() == before ? stalled + 1 : 0;
    }
    idle();
    if (data.size() < count) {
      error = "config read of " + targetName() +
              std::string(golden::regionName(region)) +
              " stalled after " + std::to_string(data.size()) + " of " +
              std::to_string(count) + " words (no read data for " +
              std::to_string(kGrantTimeout) + " cycles)";
      return false;
    }
    return true;
  }

  /// Loads \p img into a core with the memories of \p has (its sizes must
  /// match the RTL build).
  bool load(const golden::CoreImage &img, const CoreFeatures &has) {
    std::vector<golden::ConfigWrite> writes;
    std::string error;
    if (!golden::imageConfigWrites(img, has, writes, error)) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return false;
    }
    for (const golden::ConfigWrite &w : writes)
      if (!write(w.region, w.index, w.data))
        return false;
    return true;
  }

  /// Reads every memory of \p has back into \p img (weights, eligibility,
  /// neuron state, traces) and the counters of region 7 into \p counters;
  /// state the build does not hold keeps its value. Fails on the first
  /// read that stalls (\p error says which).
  bool readBack(golden::CoreImage &img, const CoreFeatures &has,
                CoreCounters &counters, std::string &error) {
    std::vector<uint16_t> words;
    for (const auto &[region, count] : golden::readBackRegions(img, has)) {
      if (!readBurst(region, count, words, error))
        return false;
      golden::applyReadBack(img, region, words);
    }
    if (!readBurst(Region::Counter, 5, words, error))
      return false;
    counters = golden::decodeCounters(words);
    return true;
  }

private:
  std::string targetName() const {
    return target.empty() ? "" : "target " + target + " ";
  }

  static constexpr int kGrantTimeout = 1000000;
  Model &top;
  std::function<void()> clock;
  uint32_t high = 0;  ///< addr[23:20] of a system bus, else 0.
  std::string target; ///< for messages; empty for a single core.
};

} // namespace plasticc::cosim

#endif // PLASTICC_SIM_VERILATOR_CORE_BUS_H
