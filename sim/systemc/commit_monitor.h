//===- commit_monitor.h - The RTL's commit port as events -------*- C++ -*-===//
//
// On each rising edge, turns the settled commit-port bundle of the cycle
// that edge ends into golden CommitEvents, in the fixed order of
// docs/core.md §5, plus the output spike handed over in that cycle, and
// sends one record per cycle to the scoreboard.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_SYSTEMC_COMMIT_MONITOR_H
#define PLASTICC_SIM_SYSTEMC_COMMIT_MONITOR_H

#include "sim/golden/image.h"
#include "sim/systemc/core_signals.h"

namespace plasticc::sysc {

SC_MODULE(CommitMonitor) {
  SC_HAS_PROCESS(CommitMonitor);
  sc_in<bool> clk{"clk"};
  sc_fifo_out<CycleRecord> observed{"observed"};

  /// \p image: the i, i2 and th events follow the image's neuron model
  /// (§9).
  CommitMonitor(sc_module_name name, const CoreSignals &signals,
                const golden::CoreImage &image)
      : sc_module(name), s(signals), cuba(image.neuron.cuba),
        inh(image.neuron.cuba && image.neuron.inhCurrent),
        adaptive(image.neuron.adaptive) {
    SC_METHOD(onEdge);
    sensitive << clk.pos();
    dont_initialize();
  }

private:
  static int32_t s16(uint32_t v) { return int16_t(uint16_t(v)); }
  static int32_t s8(uint32_t v) { return int8_t(uint8_t(v)); }

  void onEdge() {
    const int64_t cycle = counter.edge(s.rst_n.read());
    if (cycle < 0)
      return;
    using golden::CommitKind;
    CycleRecord r;
    r.cycle = uint64_t(cycle);
    const uint64_t tick = s.cmt_tick.read();
    auto ev = [&](CommitKind k, uint32_t index, uint32_t index2, int32_t v) {
      r.events.push_back({r.cycle, tick, k, index, index2, v});
    };
    if (s.cmt_slot_valid.read()) {
      const uint32_t k = s.cmt_slot.read();
      if (s.cmt_neuron_valid.read()) {
        if (s.cmt_spike.read())
          ev(CommitKind::Spike, k, 0, 1);
        ev(CommitKind::V, k, 0, s16(s.cmt_u.read()));
        if (cuba)
          ev(CommitKind::I, k, 0, s16(s.cmt_i.read()));
        if (inh)
          ev(CommitKind::IInh, k, 0, s16(s.cmt_i2.read()));
        if (adaptive)
          ev(CommitKind::Theta, k, 0, s16(s.cmt_theta.read()));
        ev(CommitKind::TracePost, k, 0, int32_t(s.cmt_y.read()));
      }
      if (s.cmt_axon_valid.read())
        ev(CommitKind::TracePre, k, 0, int32_t(s.cmt_x.read()));
    }
    // Lane 0 then lane 1; within a lane the eligibility before the weight.
    const uint32_t wLanes = s.cmt_w_valid.read(),
                   eLanes = s.cmt_e_valid.read();
    for (uint32_t lane = 0; lane < 2; ++lane) {
      const uint32_t j = 2 * s.cmt_w_pair.read() + lane;
      if (eLanes & (1u << lane))
        ev(CommitKind::Eligibility, s.cmt_w_axon.read(), j,
           s8(s.cmt_e_data.read() >> (8 * lane)));
      if (wLanes & (1u << lane))
        ev(CommitKind::Weight, s.cmt_w_axon.read(), j,
           s8(s.cmt_w_data.read() >> (8 * lane)));
    }
    r.outSpike = s.out_valid.read() && s.out_ready.read();
    r.outNeuron = s.out_neuron.read();
    r.outTick = s.out_tick.read();
    observed->nb_write(r);
  }

  const CoreSignals &s;
  bool cuba, inh, adaptive;
  CycleCounter counter;
};

} // namespace plasticc::sysc

#endif // PLASTICC_SIM_SYSTEMC_COMMIT_MONITOR_H
