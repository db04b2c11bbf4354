//===- scoreboard.h - Compares the RTL's commits with the golden model -*- C++
//-*-===//
//
// Mid-cycle (falling edge) it takes the records the monitor sent for the
// cycles completed so far and, cycle by cycle, compares the RTL's commit
// events with the golden model's events due by that cycle (what, where,
// which cycle, value) and each output spike with the next predicted one.
// The first divergent cycle is reported in full, expected against got, and
// stops the simulation.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_SYSTEMC_SCOREBOARD_H
#define PLASTICC_SIM_SYSTEMC_SCOREBOARD_H

#include "sim/systemc/core_signals.h"
#include "sim/systemc/golden_core.h"

#include <cinttypes>
#include <cstdio>
#include <deque>
#include <map>
#include <string>

namespace plasticc::sysc {

SC_MODULE(Scoreboard) {
  SC_HAS_PROCESS(Scoreboard);
  sc_in<bool> clk{"clk"};
  sc_fifo_in<golden::CommitEvent> expected{"expected"};
  sc_fifo_in<ExpectedSpike> expectedSpikes{"expected_spikes"};
  sc_fifo_in<CycleRecord> observed{"observed"};

  Scoreboard(sc_module_name name, const GoldenCore &golden)
      : sc_module(name), golden(golden) {
    SC_METHOD(onFallingEdge);
    sensitive << clk.neg();
    dont_initialize();
  }

  bool failed() const { return divergence; }
  uint64_t commits = 0, spikes = 0, cycles = 0;

  /// Matched commit events by kind, "v 120 i2 40 ..." (docs/core.md §5
  /// order), so a test can require that a kind was compared at all.
  std::string eventsByKind() const {
    std::string text;
    for (const auto &[kind, n] : byKind)
      text += std::string(text.empty() ? "" : " ") +
              golden::commitKindName(kind) + " " + std::to_string(n);
    return text;
  }

  /// Compares what is left and reports predictions the RTL never made.
  bool finish() {
    onFallingEdge();
    if (divergence)
      return false;
    if (!want.empty()) {
      std::fprintf(stderr,
                   "SCOREBOARD: %zu expected events never reported, first "
                   "'%s'\n",
                   want.size(), golden::formatCommit(want.front()).c_str());
      return false;
    }
    if (!wantSpikes.empty()) {
      std::fprintf(stderr, "SCOREBOARD: %zu output spikes never delivered\n",
                   wantSpikes.size());
      return false;
    }
    return true;
  }

private:
  void onFallingEdge() {
    golden::CommitEvent e;
    while (expected->nb_read(e))
      want.push_back(e);
    ExpectedSpike sp;
    while (expectedSpikes->nb_read(sp))
      wantSpikes.push_back(sp);
    CycleRecord r;
    while (!divergence && observed->nb_read(r))
      compare(r);
  }

  void compare(const CycleRecord &r) {
    cycles = r.cycle + 1;
    if (!golden.error.empty()) {
      std::fprintf(stderr, "SCOREBOARD: golden model: %s\n",
                   golden.error.c_str());
      stop();
      return;
    }
    std::vector<golden::CommitEvent> due;
    while (!want.empty() && want.front().cycle <= r.cycle) {
      due.push_back(want.front());
      want.pop_front();
    }
    commits += r.events.size();
    for (const golden::CommitEvent &e : r.events)
      ++byKind[e.kind];
    if (due != r.events) {
      std::fprintf(stderr, "SCOREBOARD MISMATCH at cycle %" PRIu64 ":\n",
                   r.cycle);
      const size_t n = std::max(due.size(), r.events.size());
      for (size_t k = 0; k < n; ++k) {
        const std::string w =
            k < due.size() ? golden::formatCommit(due[k]) : "(nothing)";
        const std::string g = k < r.events.size()
                                  ? golden::formatCommit(r.events[k])
                                  : "(nothing)";
        std::fprintf(stderr, "  %s  expected '%s'  got '%s'\n",
                     w == g ? "  " : "!!", w.c_str(), g.c_str());
      }
      stop();
      return;
    }
    if (r.outSpike) {
      if (wantSpikes.empty() || wantSpikes.front().neuron != r.outNeuron ||
          (wantSpikes.front().tick & 15) != r.outTick) {
        std::fprintf(
            stderr,
            "SCOREBOARD MISMATCH at cycle %" PRIu64
            ": output spike of neuron %u (step %u mod 16), expected %s\n",
            r.cycle, r.outNeuron, r.outTick,
            wantSpikes.empty()
                ? "none"
                : ("neuron " + std::to_string(wantSpikes.front().neuron) +
                   " step " + std::to_string(wantSpikes.front().tick))
                      .c_str());
        stop();
        return;
      }
      wantSpikes.pop_front();
      ++spikes;
    }
  }

  void stop() {
    divergence = true;
    sc_stop();
  }

  const GoldenCore &golden;
  std::deque<golden::CommitEvent> want;
  std::deque<ExpectedSpike> wantSpikes;
  bool divergence = false;
  std::map<golden::CommitKind, uint64_t> byKind;
};

} // namespace plasticc::sysc

#endif // PLASTICC_SIM_SYSTEMC_SCOREBOARD_H
