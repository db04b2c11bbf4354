//===- stimulus.h - Drives the core: reset, image load, spikes, ticks -*- C++
//-*-===//
//
// A clocked thread that plays the host: resets the core, checks its
// capability registers against the build, loads the image over the
// configuration bus (sim/golden/config_bus.h: the same write list
// plasticc-host sends over UART), then offers each step's input spikes and its
// tick with random valid/ready gaps on both AER streams, as the lockstep
// testbench does, writes the modulator register between steps as the host
// does, and stops the simulation once the core has been idle for a while.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_SYSTEMC_STIMULUS_H
#define PLASTICC_SIM_SYSTEMC_STIMULUS_H

#include "sim/golden/config_bus.h"
#include "sim/golden/spike_io.h"
#include "sim/systemc/core_signals.h"

#include <random>

namespace plasticc::sysc {

SC_MODULE(Stimulus) {
  SC_HAS_PROCESS(Stimulus);
  sc_in<bool> clk{"clk"};

  struct Options {
    uint64_t seed = 1;
    double inValid = 0.7;  ///< probability an input spike is offered.
    double outReady = 0.7; ///< probability the output stream is ready.
  };

  /// \p capabilities: the words region 7 must read at indices 5, 6, 7.
  Stimulus(sc_module_name name, CoreSignals & signals,
           std::vector<golden::ConfigWrite> writes, golden::SpikeSchedule stim,
           golden::ModulatorSchedule modulator,
           std::vector<uint16_t> capabilities, Options opt)
      : sc_module(name), s(signals), writes(std::move(writes)),
        stim(std::move(stim)), mod(std::move(modulator)),
        caps(std::move(capabilities)), opt(opt),
        rng(opt.seed * 0x9E3779B97F4A7C15ull + 17) {
    SC_CTHREAD(run, clk.pos());
  }

  bool finished = false;
  uint64_t stepsIssued = 0, modulatorWrites = 0;
  /// Set when the capability registers do not describe the build.
  std::string error;

private:
  void idle() {
    s.in_valid = false;
    s.in_axon = 0;
    s.out_ready = false;
    s.tick = false;
    s.cfg_req = false;
    s.cfg_we = false;
    s.cfg_addr = 0;
    s.cfg_wdata = 0;
  }

  /// One granted configuration write.
  void write(uint32_t address, uint16_t data) {
    s.cfg_req = true;
    s.cfg_we = true;
    s.cfg_addr = address;
    s.cfg_wdata = data;
    do
      wait();
    while (!s.cfg_gnt.read());
    s.cfg_req = false;
    s.cfg_we = false;
  }

  /// One configuration read: granted, data two cycles later.
  uint16_t read(uint32_t address) {
    s.cfg_req = true;
    s.cfg_we = false;
    s.cfg_addr = address;
    do
      wait();
    while (!s.cfg_gnt.read());
    s.cfg_req = false;
    do
      wait();
    while (!s.cfg_rvalid.read());
    return uint16_t(s.cfg_rdata.read());
  }

  void run() {
    idle();
    s.rst_n = false;
    wait(4);
    s.rst_n = true;
    wait();
    while (s.busy.read()) // the accumulator clear after reset
      wait();
    // The capability registers describe the build and ignore writes.
    for (uint32_t k = 0; k < caps.size(); ++k) {
      const uint32_t a =
          golden::configAddress(golden::Region::Counter, golden::kCapNeurons + k);
      write(a, 0xffff);
      const uint16_t got = read(a);
      if (got != caps[k] && error.empty())
        error = "capability register " + std::to_string(golden::kCapNeurons + k) +
                " reads " + std::to_string(got) + ", the build has " +
                std::to_string(caps[k]);
    }
    for (const golden::ConfigWrite &w : writes)
      write(w.address(), w.data);
    idle();

    std::uniform_real_distribution<double> coin(0.0, 1.0);
    const uint64_t steps = stim.size();
    size_t pushIdx = 0;
    unsigned quiet = 0;
    const std::vector<uint32_t> none;
    size_t modHead = 0;
    for (;;) {
      const uint64_t step = stepsIssued;
      // The host's modulator writes for this step, before its tick; the
      // core grants them once the previous step is done.
      if (step < steps && modHead < mod.size() && mod[modHead].first <= step) {
        s.in_valid = false;
        s.tick = false;
        write(golden::configAddress(golden::Region::Param,
                                    golden::kRegModulator),
              uint16_t(uint32_t(mod[modHead++].second) & 0xff));
        ++modulatorWrites;
        continue;
      }
      const auto &now = step < steps ? stim[step] : none;
      const bool offer =
          step < steps && pushIdx < now.size() && coin(rng) < opt.inValid;
      s.in_valid = offer;
      s.in_axon = offer ? now[pushIdx] : 0;
      s.out_ready = coin(rng) < opt.outReady;
      // The tick once the step's spikes are in, or once the input queue is
      // full: what did not fit then belongs to the next step.
      const bool tick =
          step < steps && (pushIdx >= now.size() || !s.in_ready.read());
      s.tick = tick;
      wait();
      if (tick && s.tick_ready.read()) {
        if (pushIdx < now.size() && step + 1 < steps) {
          std::vector<uint32_t> carry(now.begin() + long(pushIdx), now.end());
          carry.insert(carry.end(), stim[step + 1].begin(),
                       stim[step + 1].end());
          stim[step + 1] = std::move(carry);
        }
        ++stepsIssued;
        pushIdx = 0;
      } else if (offer && s.in_ready.read()) {
        ++pushIdx;
      }
      if (stepsIssued >= steps && !s.busy.read() && !s.out_valid.read()) {
        if (++quiet > 8)
          break;
      } else {
        quiet = 0;
      }
    }
    finished = true;
    sc_stop();
  }

  CoreSignals &s;
  std::vector<golden::ConfigWrite> writes;
  golden::SpikeSchedule stim;
  golden::ModulatorSchedule mod;
  std::vector<uint16_t> caps;
  Options opt;
  std::mt19937_64 rng;
};

} // namespace plasticc::sysc

#endif // PLASTICC_SIM_SYSTEMC_STIMULUS_H
