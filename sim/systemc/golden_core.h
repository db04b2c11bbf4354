//===- golden_core.h - The golden model as a SystemC module -----*- C++ -*-===//
//
// Watches the same handshakes the RTL sees (input spike accepted, tick
// accepted, a granted write of the modulator register) on each rising edge
// and steps the golden CoreModel with them; every commit event and output
// spike it predicts goes to the scoreboard.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_SYSTEMC_GOLDEN_CORE_H
#define PLASTICC_SIM_SYSTEMC_GOLDEN_CORE_H

#include "sim/golden/config_bus.h"
#include "sim/golden/core_model.h"
#include "sim/systemc/core_signals.h"

namespace plasticc::sysc {

SC_MODULE(GoldenCore) {
  SC_HAS_PROCESS(GoldenCore);
  sc_in<bool> clk{"clk"};
  sc_fifo_out<golden::CommitEvent> expected{"expected"};
  sc_fifo_out<ExpectedSpike> expectedSpikes{"expected_spikes"};

  GoldenCore(sc_module_name name, const CoreSignals &signals,
             golden::CoreImage image)
      : sc_module(name), s(signals), model(std::move(image)), sink(*this) {
    SC_METHOD(onEdge);
    sensitive << clk.pos();
    dont_initialize();
  }

  /// Set when the model could not follow the RTL (tick while busy, refused
  /// input); the scoreboard reports it.
  std::string error;

private:
  struct Sink : golden::CommitSink {
    explicit Sink(GoldenCore &core) : core(core) {}
    void commit(const golden::CommitEvent &e) override {
      core.expected->nb_write(e);
    }
    GoldenCore &core;
  };

  void onEdge() {
    const int64_t cycle = counter.edge(s.rst_n.read());
    if (cycle < 0 || !error.empty())
      return;
    // The host rewrites M between steps (the image load writes the
    // image's own value); the core takes it for its next step.
    if (s.cfg_req.read() && s.cfg_gnt.read() && s.cfg_we.read() &&
        s.cfg_addr.read() == golden::configAddress(golden::Region::Param,
                                                   golden::kRegModulator))
      model.setModulator(int8_t(uint8_t(s.cfg_wdata.read())));
    // The tick first: a step sees only inputs accepted before its tick.
    if (s.tick.read() && s.tick_ready.read()) {
      const golden::StepStats &st = model.stepAt(uint64_t(cycle), &sink);
      if (st.tickCycle != uint64_t(cycle))
        error = "the RTL accepted a tick at cycle " + std::to_string(cycle) +
                " but the golden model is busy until " +
                std::to_string(st.tickCycle);
      for (uint32_t n : model.outputSpikes())
        expectedSpikes->nb_write({st.tick, n});
    }
    if (s.in_valid.read() && s.in_ready.read() &&
        !model.pushInput(s.in_axon.read()))
      error = "the golden model refused input axon " +
              std::to_string(s.in_axon.read()) +
              " that the RTL took at cycle " + std::to_string(cycle);
  }

  const CoreSignals &s;
  golden::CoreModel model;
  Sink sink;
  CycleCounter counter;
};

} // namespace plasticc::sysc

#endif // PLASTICC_SIM_SYSTEMC_GOLDEN_CORE_H
