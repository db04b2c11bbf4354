//===- core_bus.h - A core image over the configuration bus ------*- C++ -*-===//
//
// The one mapping between a core image (docs/core.md §6) and the core's
// configuration bus (§4): the register and memory writes that load an image,
// and the read-back of the memories after a run. Shared by the lockstep
// co-simulation, the UART board test and the simulator of
// `plasticc --target=verilator`.
//
// The bus driver is a template over the Verilated model (one class per
// elaboration); the caller supplies the clock so that its own per-cycle work
// (tracing, lockstep checks) keeps running while the bus is busy.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_VERILATOR_CORE_BUS_H
#define PLASTICC_SIM_VERILATOR_CORE_BUS_H

#include "sim/golden/image.h"

#include <cstdint>
#include <cstdio>
#include <functional>
#include <vector>

namespace plasticc::cosim {

/// Configuration regions (rtl/plasticc_core_pkg.sv, docs/core.md §4).
enum Region : uint32_t {
  RegionParam = 0,
  RegionWeight = 1,
  RegionU = 2,
  RegionI = 3,
  RegionTheta = 4,
  RegionMisc = 5,
  RegionX = 6,
  RegionCount = 7,
};

struct ConfigWrite {
  uint32_t region, index, data;
};

/// The state memories an RTL build has (the rest is not addressable).
struct StateRegions {
  bool cuba, adaptive;
};

/// Every write that loads \p img into a core: parameter registers, weights,
/// neuron state, traces, in that order.
inline std::vector<ConfigWrite> imageConfigWrites(const golden::CoreImage &img,
                                                  StateRegions has) {
  const golden::NeuronParams &p = img.neuron;
  const uint32_t regs[27] = {
      uint32_t(img.model) << 2 | uint32_t(p.reset) << 1 | uint32_t(p.adaptive),
      p.decayV, p.decayI, p.decayTh, p.gainI, uint32_t(p.threshold),
      uint32_t(p.vReset), uint32_t(p.thJump), uint32_t(p.bias), p.refSteps,
      img.wShift, uint32_t(img.preTrace.pairing), img.preTrace.decay,
      img.postTrace.decay, img.preTrace.impulse,
      uint32_t(img.stdp.enabled) << 2 | uint32_t(img.stdp.bounds) << 1 |
          uint32_t(img.stdp.rounding),
      img.stdp.aPlus, img.stdp.aMinus, uint32_t(img.stdp.wMin),
      uint32_t(img.stdp.wMax), img.seedNeuron & 0xffff, img.seedNeuron >> 16,
      img.seedLearn & 0xffff, img.seedLearn >> 16,
      uint32_t(img.recurrent.enabled), img.recurrent.offset,
      img.recurrent.delay};
  std::vector<ConfigWrite> w;
  w.reserve(27 + img.weights.size() + 4 * img.neurons + img.axons);
  for (uint32_t r = 0; r < 27; ++r)
    w.push_back({RegionParam, r, regs[r] & 0xffff});
  for (uint32_t k = 0; k < img.weights.size(); ++k)
    w.push_back({RegionWeight, k, uint8_t(img.weights[k])});
  for (uint32_t j = 0; j < img.neurons; ++j) {
    const golden::NeuronState &s = img.state[j];
    w.push_back({RegionU, j, uint32_t(s.u) & 0xffff});
    if (has.cuba)
      w.push_back({RegionI, j, uint32_t(s.i) & 0xffff});
    if (has.adaptive)
      w.push_back({RegionTheta, j, uint32_t(s.theta) & 0xffff});
    w.push_back({RegionMisc, j,
                 uint32_t(img.postTraceMem[j]) << 8 | (s.ref & 0x7f)});
  }
  for (uint32_t a = 0; a < img.axons; ++a)
    w.push_back({RegionX, a, img.preTraceMem[a]});
  return w;
}

/// The counters of region 7 after a run.
struct CoreCounters {
  uint64_t tick = 0;
  uint64_t lastStepCycles = 0;
  uint32_t status = 0;
};

/// Drives plasticc_core_top's configuration bus of a Verilated \p Model.
template <class Model> class CoreBus {
public:
  /// \p clock settles the inputs, applies one rising edge and does the
  /// caller's per-cycle work.
  CoreBus(Model &top, std::function<void()> clock)
      : top(top), clock(std::move(clock)) {}

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
  bool write(uint32_t region, uint32_t index, uint32_t data) {
    idle();
    top.cfg_req_i = 1;
    top.cfg_we_i = 1;
    top.cfg_addr_i = (region << 16) | (index & 0xffff);
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
      std::fprintf(stderr, "config write to region %u index %u never granted "
                           "(core busy for %d cycles)\n",
                   region, index, kGrantTimeout);
    return granted;
  }

  /// Issues \p count reads of region \p region back to back (indices 0..)
  /// and returns the data in order.
  std::vector<uint32_t> readBurst(uint32_t region, uint32_t count) {
    std::vector<uint32_t> data;
    data.reserve(count);
    uint32_t issued = 0;
    idle();
    for (int stalled = 0; data.size() < count && stalled < kGrantTimeout;) {
      if (issued < count) {
        top.cfg_req_i = 1;
        top.cfg_we_i = 0;
        top.cfg_addr_i = (region << 16) | issued;
      } else {
        top.cfg_req_i = 0;
      }
      top.clk_i = 0;
      top.eval();
      const size_t before = data.size();
      if (top.cfg_rvalid_o)
        data.push_back(top.cfg_rdata_o);
      if (issued < count && top.cfg_gnt_o)
        ++issued;
      clock();
      stalled = data.size() == before ? stalled + 1 : 0;
    }
    idle();
    if (data.size() < count) {
      std::fprintf(stderr, "config read of region %u stalled after %zu of %u "
                           "words\n",
                   region, data.size(), count);
      data.resize(count, 0);
    }
    return data;
  }

  /// Loads \p img (its sizes must match the RTL build).
  bool load(const golden::CoreImage &img, StateRegions has) {
    for (const ConfigWrite &w : imageConfigWrites(img, has))
      if (!write(w.region, w.index, w.data))
        return false;
    return true;
  }

  /// Reads every memory back into \p img (weights, neuron state, traces);
  /// state the build does not hold keeps its value in \p img.
  CoreCounters readBack(golden::CoreImage &img, StateRegions has) {
    const auto w = readBurst(RegionWeight, uint32_t(img.weights.size()));
    for (size_t k = 0; k < w.size(); ++k)
      img.weights[k] = int8_t(uint8_t(w[k]));
    const auto u = readBurst(RegionU, img.neurons);
    const auto misc = readBurst(RegionMisc, img.neurons);
    std::vector<uint32_t> cur, th;
    if (has.cuba)
      cur = readBurst(RegionI, img.neurons);
    if (has.adaptive)
      th = readBurst(RegionTheta, img.neurons);
    for (uint32_t j = 0; j < img.neurons; ++j) {
      golden::NeuronState &s = img.state[j];
      s.u = int16_t(uint16_t(u[j]));
      if (has.cuba)
        s.i = int16_t(uint16_t(cur[j]));
      if (has.adaptive)
        s.theta = int16_t(uint16_t(th[j]));
      s.ref = misc[j] & 0x7f;
      img.postTraceMem[j] = uint8_t(misc[j] >> 8);
    }
    const auto x = readBurst(RegionX, img.axons);
    for (uint32_t a = 0; a < img.axons; ++a)
      img.preTraceMem[a] = uint8_t(x[a]);
    const auto c = readBurst(RegionCount, 5);
    CoreCounters counters;
    counters.tick = c[0] | c[1] << 16;
    counters.lastStepCycles = c[2] | c[3] << 16;
    counters.status = c[4];
    return counters;
  }

private:
  static constexpr int kGrantTimeout = 1000000;
  Model &top;
  std::function<void()> clock;
};

} // namespace plasticc::cosim

#endif // PLASTICC_SIM_VERILATOR_CORE_BUS_H
