//===- core_signals.h - The core top's ports as SystemC signals -*- C++ -*-===//
//
// One bundle of sc_signals for plasticc_core_top's ports, bound to the
// Verilated model (verilator --sc: 1-bit ports are bool, wider ones up to 32
// bits uint32_t) and read or driven by the testbench modules.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_SYSTEMC_CORE_SIGNALS_H
#define PLASTICC_SIM_SYSTEMC_CORE_SIGNALS_H

#include "sim/golden/commit.h"

#include <systemc.h>

#include <cstdint>
#include <ostream>
#include <vector>

namespace plasticc::sysc {

struct CoreSignals {
  sc_signal<bool> rst_n{"rst_n"};
  sc_signal<bool> in_valid{"in_valid"}, in_ready{"in_ready"};
  sc_signal<uint32_t> in_axon{"in_axon"};
  sc_signal<bool> out_valid{"out_valid"}, out_ready{"out_ready"};
  sc_signal<uint32_t> out_neuron{"out_neuron"}, out_tick{"out_tick"};
  sc_signal<bool> tick{"tick"}, tick_ready{"tick_ready"}, busy{"busy"},
      step_done{"step_done"};
  sc_signal<bool> cfg_req{"cfg_req"}, cfg_gnt{"cfg_gnt"}, cfg_we{"cfg_we"},
      cfg_rvalid{"cfg_rvalid"};
  sc_signal<uint32_t> cfg_addr{"cfg_addr"}, cfg_wdata{"cfg_wdata"},
      cfg_rdata{"cfg_rdata"}, status{"status"};
  sc_signal<bool> cmt_slot_valid{"cmt_slot_valid"},
      cmt_neuron_valid{"cmt_neuron_valid"}, cmt_spike{"cmt_spike"},
      cmt_axon_valid{"cmt_axon_valid"};
  sc_signal<uint32_t> cmt_slot{"cmt_slot"}, cmt_u{"cmt_u"}, cmt_i{"cmt_i"},
      cmt_i2{"cmt_i2"}, cmt_theta{"cmt_theta"}, cmt_y{"cmt_y"},
      cmt_x{"cmt_x"}, cmt_w_valid{"cmt_w_valid"},
      cmt_e_valid{"cmt_e_valid"}, cmt_w_axon{"cmt_w_axon"},
      cmt_w_pair{"cmt_w_pair"}, cmt_w_data{"cmt_w_data"},
      cmt_e_data{"cmt_e_data"}, cmt_tick{"cmt_tick"};
};

/// Binds every port of a Verilated plasticc_core_top to \p s.
template <typename Model>
void bindCore(Model &m, sc_clock &clk, CoreSignals &s) {
  m.clk_i(clk);
  m.rst_ni(s.rst_n);
  m.aer_in_valid_i(s.in_valid);
  m.aer_in_ready_o(s.in_ready);
  m.aer_in_axon_i(s.in_axon);
  m.aer_out_valid_o(s.out_valid);
  m.aer_out_ready_i(s.out_ready);
  m.aer_out_neuron_o(s.out_neuron);
  m.aer_out_tick_o(s.out_tick);
  m.tick_i(s.tick);
  m.tick_ready_o(s.tick_ready);
  m.busy_o(s.busy);
  m.step_done_o(s.step_done);
  m.cfg_req_i(s.cfg_req);
  m.cfg_gnt_o(s.cfg_gnt);
  m.cfg_we_i(s.cfg_we);
  m.cfg_addr_i(s.cfg_addr);
  m.cfg_wdata_i(s.cfg_wdata);
  m.cfg_rvalid_o(s.cfg_rvalid);
  m.cfg_rdata_o(s.cfg_rdata);
  m.status_o(s.status);
  m.cmt_slot_valid_o(s.cmt_slot_valid);
  m.cmt_slot_o(s.cmt_slot);
  m.cmt_neuron_valid_o(s.cmt_neuron_valid);
  m.cmt_spike_o(s.cmt_spike);
  m.cmt_u_o(s.cmt_u);
  m.cmt_i_o(s.cmt_i);
  m.cmt_i2_o(s.cmt_i2);
  m.cmt_theta_o(s.cmt_theta);
  m.cmt_y_o(s.cmt_y);
  m.cmt_axon_valid_o(s.cmt_axon_valid);
  m.cmt_x_o(s.cmt_x);
  m.cmt_w_valid_o(s.cmt_w_valid);
  m.cmt_e_valid_o(s.cmt_e_valid);
  m.cmt_w_axon_o(s.cmt_w_axon);
  m.cmt_w_pair_o(s.cmt_w_pair);
  m.cmt_w_data_o(s.cmt_w_data);
  m.cmt_e_data_o(s.cmt_e_data);
  m.cmt_tick_o(s.cmt_tick);
}

/// Counts the cycles of docs/core.md §5: cycle 0 is the first clock period
/// with reset released. Called on each rising edge, it returns the cycle
/// that edge ends (the one whose settled signals the caller reads), or -1
/// while in reset.
class CycleCounter {
public:
  int64_t edge(bool resetReleased) {
    if (!resetReleased) {
      next = 0;
      return -1;
    }
    return next++;
  }

private:
  int64_t next = 0;
};

/// What the RTL did in one cycle: its commit events and output spike.
struct CycleRecord {
  uint64_t cycle = 0;
  std::vector<golden::CommitEvent> events;
  bool outSpike = false;
  uint32_t outNeuron = 0, outTick = 0;
  bool operator==(const CycleRecord &o) const {
    return cycle == o.cycle && events == o.events && outSpike == o.outSpike &&
           outNeuron == o.outNeuron && outTick == o.outTick;
  }
};

/// A spike the golden model predicts: (step, neuron).
struct ExpectedSpike {
  uint64_t tick = 0;
  uint32_t neuron = 0;
  bool operator==(const ExpectedSpike &o) const {
    return tick == o.tick && neuron == o.neuron;
  }
};

// sc_fifo prints its contents on request; these make the types printable.
inline std::ostream &operator<<(std::ostream &os, const CycleRecord &r) {
  return os << "cycle " << r.cycle << ": " << r.events.size() << " events";
}
inline std::ostream &operator<<(std::ostream &os, const ExpectedSpike &s) {
  return os << "spike " << s.tick << ' ' << s.neuron;
}

} // namespace plasticc::sysc

namespace plasticc::golden {
inline std::ostream &operator<<(std::ostream &os, const CommitEvent &e) {
  return os << formatCommit(e);
}
} // namespace plasticc::golden

#endif // PLASTICC_SIM_SYSTEMC_CORE_SIGNALS_H
