//===- stimulus.h - Drives the core: reset, image load, spikes, ticks -*- C++
//-*-===//
//
// A clocked thread that plays the host: resets the core, loads the image
// over the configuration bus (sim/golden/config_bus.h: the same write list
// plasticc-host sends over UART), then offers each step's input spikes and its
// tick with random valid/ready gaps on both AER streams, as the lockstep
// testbench does, and stops the simulation once the core has been idle for a
// while.
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

  Stimulus(sc_module_name name, CoreSignals & signals,
           std::vector<golden::ConfigWrite> writes, golden::SpikeSchedule stim,
           Options opt)
      : sc_module(name), s(signals), writes(std::move(writes)),
        stim(std::move(stim)), opt(opt),
        rng(opt.seed * 0x9E3779B97F4A7C15ull + 17) {
    SC_CTHREAD(run, clk.pos());
  }

  bool finished = false;
  uint64_t stepsIssued = 0;

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

  void run() {
    idle();
    s.rst_n = false;
    wait(4);
    s.rst_n = true;
    wait();
    while (s.busy.read()) // the accumulator clear after reset
      wait();
    for (const golden::ConfigWrite &w : writes) {
      s.cfg_req = true;
      s.cfg_we = true;
      s.cfg_addr = w.address();
      s.cfg_wdata = w.data;
      do
        wait();
      while (!s.cfg_gnt.read());
    }
    idle();

    std::uniform_real_distribution<double> coin(0.0, 1.0);
    const uint64_t steps = stim.size();
    size_t pushIdx = 0;
    unsigned quiet = 0;
    const std::vector<uint32_t> none;
    for (;;) {
      const uint64_t step = stepsIssued;
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
  Options opt;
  std::mt19937_64 rng;
};

} // namespace plasticc::sysc

#endif // PLASTICC_SIM_SYSTEMC_STIMULUS_H
