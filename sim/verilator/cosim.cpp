//===- cosim.cpp - Lockstep co-simulation of the RTL core and golden model ===//
//
// Loads one core image into the Verilated plasticc_core_top (over its
// configuration bus, as the FPGA host would) and into the golden CoreModel,
// drives the same input spikes and ticks with random valid/ready
// backpressure on both AER streams, and compares every commit event the RTL
// reports, in the cycle it reports it, with the golden model's prediction.
// The first cycle with a divergence stops the run and prints every mismatch
// of that cycle: what, where, which cycle, expected against got. At the end
// the output spike stream and every memory (read back over the bus) are
// compared too.
//
// The model class and its elaboration parameters come from the build
// (one executable per Verilated configuration; see CMakeLists.txt).
//
//===----------------------------------------------------------------------===//

#include "sim/golden/commit.h"
#include "sim/golden/core_model.h"
#include "sim/golden/image.h"
#include "sim/golden/spike_io.h"
#include "sim/verilator/core_bus.h"
#include "sim/verilator/scenarios.h"

#include "verilated.h"
#if VM_TRACE
#include "verilated_fst_c.h"
#endif

#include COSIM_MODEL_HEADER

#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace plasticc::golden;
using namespace plasticc::cosim;

namespace {

using Model = COSIM_MODEL_CLASS;

struct Options {
  std::string image;
  std::string spikes;
  std::string modulator; ///< --modulator FILE (image mode, three-factor).
  std::string scenario;
  std::string traceFile;
  std::string commitLog;
  uint64_t seed = 1;
  uint64_t steps = 0; ///< 0: as many as the stimulus lists (or the scenario's).
  double inValid = 0.7;  ///< probability aer_in_valid_i is offered a cycle.
  double outReady = 0.7; ///< probability aer_out_ready_i is high.
  bool quiet = false;
  bool fault = false; ///< self-test: load one wrong weight into the RTL.
  bool faultElig = false; ///< self-test: one wrong eligibility in the RTL.
  /// Self-test: the RTL learns on every row (P = M) where the image has
  /// static rows.
  bool faultPlastic = false;
  /// Self-test: hold the core in reset for the read-back, which must then
  /// fail as a stall, never compare zeros.
  bool faultStall = false;
  /// Self-test: the RTL prunes with threshold T + 1 (|w| <= T).
  bool faultPrune = false;
  /// Probability that the host rewrites E (register 45) or the countdown C
  /// (register 46) before a step, in both models (docs/core.md §11).
  double pruneWrites = 0.0;
  bool stats = false; ///< per-step table: measured cycles vs the formula.
};

void usage() {
  std::fprintf(
      stderr,
      "usage: cosim (--image DIR [--spikes FILE] [--modulator FILE] |\n"
      "              --scenario NAME) [--seed S]\n"
      "             [--steps N] [--in-valid P] [--out-ready P]\n"
      "             [--trace FILE.fst] [--commit-log FILE] [--quiet] [--fault]\n"
      "             [--fault-elig] [--fault-plastic] [--fault-stall]\n"
      "             [--fault-prune] [--prune-writes P]\n"
      "scenarios: %s\n",
      scenarioNames().c_str());
}

/// The elaboration parameters of this build.
Features buildFeatures() {
  Features f{COSIM_N, COSIM_M, bool(COSIM_EN_STDP), bool(COSIM_EN_CUBA),
             bool(COSIM_EN_ADAPTIVE), bool(COSIM_EN_MULT),
             bool(COSIM_EN_RECURRENT)};
  f.inhCurrent = COSIM_EN_INH;
  f.threeFactor = COSIM_EN_TF;
  f.hebbian = COSIM_EN_HEBB;
  f.oja = COSIM_EN_HEBB && COSIM_EN_OJA;
  f.prune = COSIM_EN_PRUNE;
  return f;
}

/// Sign extension helpers for port values.
int32_t s16(uint32_t v) { return int32_t(int16_t(uint16_t(v))); }
int32_t s8(uint32_t v) { return int32_t(int8_t(uint8_t(v))); }

class Cosim {
public:
  Cosim(const Options &opt, CoreImage image, SpikeSchedule stimulus,
        ModulatorSchedule modulator)
      : opt(opt), img(std::move(image)), stim(std::move(stimulus)),
        mod(std::move(modulator)), golden(img),
        rng(opt.seed * 0x9E3779B97F4A7C15ull + 17) {
    ctx = std::make_unique<VerilatedContext>();
    ctx->randReset(0);
    top = std::make_unique<Model>(ctx.get(), "top");
    bus = std::make_unique<CoreBus<Model>>(*top, [this] { clock(); });
#if VM_TRACE
    if (!opt.traceFile.empty()) {
      ctx->traceEverOn(true);
      tfp = std::make_unique<VerilatedFstC>();
      top->trace(tfp.get(), 99);
      tfp->open(opt.traceFile.c_str());
    }
#endif
    if (!opt.commitLog.empty())
      log = std::fopen(opt.commitLog.c_str(), "w");
  }

  ~Cosim() {
    top->final();
#if VM_TRACE
    if (tfp)
      tfp->close();
#endif
    if (log)
      std::fclose(log);
  }

  int run();

private:
  // --- clocking --------------------------------------------------------
  void idleInputs() { bus->idle(); }
  /// Samples the settled outputs of the current cycle, then clocks.
  bool clock();
  void dump() {
#if VM_TRACE
    if (tfp)
      tfp->dump(ctx->time());
#endif
  }

  // --- configuration bus (core_bus.h, sim/golden/config_bus.h) --------
  void loadImage();
  bool compareMemories();

  // --- lockstep ---------------------------------------------------------
  void observe(std::vector<CommitEvent> &out);
  bool compareCycle();

  const Options &opt;
  CoreImage img;
  SpikeSchedule stim;
  ModulatorSchedule mod; ///< host writes of register 36 before a step.
  size_t modHead = 0;
  CoreModel golden;
  std::mt19937_64 rng;
  std::unique_ptr<VerilatedContext> ctx;
  std::unique_ptr<Model> top;
  std::unique_ptr<CoreBus<Model>> bus;
#if VM_TRACE
  std::unique_ptr<VerilatedFstC> tfp;
#endif
  FILE *log = nullptr;

  uint64_t cycle = 0;       ///< cycles since the first edge after reset.
  bool checking = false;    ///< lockstep comparison active.
  bool failed = false;
  CommitRecorder expected;  ///< golden events, in cycle order.
  size_t expectedHead = 0;
  std::deque<std::pair<uint64_t, uint32_t>> expectedOut; ///< (tick, neuron).
  uint64_t commits = 0, outSpikes = 0;
  /// Smallest and largest value committed per kind: directed scenarios
  /// check that they reach their corner (saturation, clip).
  std::map<CommitKind, std::pair<int32_t, int32_t>> extremes;

  // Per-step statistics from the golden model for the performance table.
  uint64_t sumCycles = 0, sumEventCycles = 0, sumOps = 0, sumSteps = 0;
  uint64_t maxStepCycles = 0;
  uint64_t rtlLastCycles = 0;
  uint64_t formulaMismatches = 0;
  StepStats pending; ///< golden stats of the step the RTL is running.
  uint64_t pendingTickCycle = 0;
  bool stepRunning = false;
  /// The prune countdown of docs/core.md §11, kept here from the image
  /// alone for the step-length formula: C = max(E - 1, 0) at load, and
  /// whether the step the RTL is running prunes.
  uint32_t pruneEvery = 0, pruneCountdown = 0;
  bool pendingPrunes = false;
  uint64_t pruneWriteStep = ~uint64_t(0); ///< last step the host wrote 45/46 for.
  uint64_t pruneWritesDone = 0;
};

bool Cosim::clock() {
  top->clk_i = 0;
  top->eval();
  // Everything sampled here belongs to cycle `cycle`.
  if (checking && !compareCycle())
    failed = true;
  ctx->timeInc(1);
  dump();
  top->clk_i = 1;
  top->eval();
  ctx->timeInc(1);
  dump();
  ++cycle;
  return !failed;
}

void Cosim::observe(std::vector<CommitEvent> &out) {
  const uint64_t tick = top->cmt_tick_o;
  auto ev = [&](CommitKind k, uint32_t index, uint32_t index2, int32_t v) {
    out.push_back({cycle, tick, k, index, index2, v});
  };
  if (top->cmt_slot_valid_o) {
    const uint32_t k = top->cmt_slot_o;
    if (top->cmt_neuron_valid_o) {
      if (top->cmt_spike_o)
        ev(CommitKind::Spike, k, 0, 1);
      ev(CommitKind::V, k, 0, s16(top->cmt_u_o));
      if (img.neuron.cuba)
        ev(CommitKind::I, k, 0, s16(top->cmt_i_o));
      if (img.neuron.cuba && img.neuron.inhCurrent)
        ev(CommitKind::IInh, k, 0, s16(top->cmt_i2_o));
      if (img.neuron.adaptive)
        ev(CommitKind::Theta, k, 0, s16(top->cmt_theta_o));
      ev(CommitKind::TracePost, k, 0, int32_t(top->cmt_y_o));
    }
    if (top->cmt_axon_valid_o)
      ev(CommitKind::TracePre, k, 0, int32_t(top->cmt_x_o));
  }
  const uint32_t wv = top->cmt_w_valid_o, evld = top->cmt_e_valid_o;
  for (uint32_t lane = 0; lane < 2; ++lane) {
    const uint32_t j = 2 * top->cmt_w_pair_o + lane;
    if (evld & (1u << lane))
      ev(CommitKind::Eligibility, top->cmt_w_axon_o, j,
         s8(top->cmt_e_data_o >> (8 * lane)));
    if (wv & (1u << lane))
      ev(CommitKind::Weight, top->cmt_w_axon_o, j,
         s8(top->cmt_w_data_o >> (8 * lane)));
  }
}

bool Cosim::compareCycle() {
  std::vector<CommitEvent> got;
  observe(got);
  std::vector<CommitEvent> want;
  const auto &ev = expected.events;
  while (expectedHead < ev.size() && ev[expectedHead].cycle <= cycle)
    want.push_back(ev[expectedHead++]);
  for (const CommitEvent &e : got) {
    ++commits;
    auto [it, fresh] = extremes.try_emplace(e.kind, e.value, e.value);
    if (!fresh) {
      it->second.first = std::min(it->second.first, e.value);
      it->second.second = std::max(it->second.second, e.value);
    }
    if (log)
      std::fprintf(log, "%s\n", formatCommit(e).c_str());
  }
  if (got == want)
    return true;
  std::fprintf(stderr,
               "LOCKSTEP MISMATCH at cycle %" PRIu64 " (step %" PRIu64
               ", golden next tick cycle %" PRIu64 "):\n",
               cycle, uint64_t(top->cmt_tick_o), golden.nextTickCycle());
  const size_t n = std::max(got.size(), want.size());
  for (size_t k = 0; k < n; ++k) {
    const std::string w = k < want.size() ? formatCommit(want[k]) : "(nothing)";
    const std::string g = k < got.size() ? formatCommit(got[k]) : "(nothing)";
    std::fprintf(stderr, "  %s  expected '%s'  got '%s'\n",
                 w == g ? "  " : "!!", w.c_str(), g.c_str());
  }
  if (expectedHead < ev.size())
    std::fprintf(stderr, "  next expected event: '%s'\n",
                 formatCommit(ev[expectedHead]).c_str());
  return false;
}

void Cosim::loadImage() {
  // The capability registers (region 7, 5..7) report this build's N, M and
  // En* flags, and ignore writes.
  for (uint32_t k : {plasticc::golden::kCapNeurons, plasticc::golden::kCapAxons,
                     plasticc::golden::kCapFeatures})
    bus->write(Region::Counter, k, 0xffff);
  std::vector<uint16_t> words;
  std::string error;
  if (!bus->readBurst(Region::Counter, 8, words, error)) {
    std::fprintf(stderr, "FAIL: reading the capability registers: %s\n",
                 error.c_str());
    std::exit(1);
  }
  const uint16_t features = plasticc::golden::featureWord(buildFeatures().build());
  if (words[plasticc::golden::kCapNeurons] != COSIM_N ||
      words[plasticc::golden::kCapAxons] != COSIM_M ||
      words[plasticc::golden::kCapFeatures] != features) {
    std::fprintf(stderr,
                 "FAIL: capability registers read %u x %u, features 0x%04x; "
                 "the build is %u x %u, features 0x%04x\n",
                 words[plasticc::golden::kCapNeurons], words[plasticc::golden::kCapAxons],
                 words[plasticc::golden::kCapFeatures], COSIM_N, COSIM_M, features);
    std::exit(1);
  }
  if (!bus->load(img, buildFeatures().build()))
    std::exit(2);
  if (opt.fault) {
    // Self-test of the checker: the RTL gets a different u[0] and x[0]
    // than the golden model; the run must diverge in the first step.
    bus->write(Region::U, 0, uint32_t(img.state[0].u ^ 0x0100));
    bus->write(Region::X, 0, uint32_t(img.preTraceMem[0] ^ 0x55));
  }
  if (opt.faultPlastic)
    bus->write(Region::Param, kRegPlasticAxons, img.axons);
  if (opt.faultPrune)
    bus->write(Region::Param, kRegPruneThreshold, img.pruneThreshold + 1);
  pruneEvery = img.pruneEvery;
  pruneCountdown = pruneEvery ? pruneEvery - 1 : 0;
  if (opt.faultElig) {
    // Self-test of the eligibility checks: the first existing synapse's e
    // differs in the RTL.
    for (uint32_t k = 0; k < img.weights.size(); ++k)
      if (img.weights[k] != kNoSynapse) {
        bus->write(Region::E, k, uint8_t(img.eligibility[k] ^ 0x21));
        break;
      }
  }
}

bool Cosim::compareMemories() {
  const CoreImage &g = golden.image();
  const CoreFeatures has = buildFeatures().build();
  // Start from a copy with every compared field poisoned so that a field the
  // read-back misses cannot compare equal by accident.
  CoreImage rtl = g;
  for (auto &w : rtl.weights)
    w = int8_t(~w);
  for (auto &e : rtl.eligibility)
    e = has.threeFactor ? int8_t(~e) : e;
  for (NeuronState &s : rtl.state)
    s = {~s.u, has.cuba ? ~s.i : s.i, has.hasI2() ? ~s.iInh : s.iInh,
         has.adaptive ? ~s.theta : s.theta, s.ref ^ 0x7f};
  for (auto &y : rtl.postTraceMem)
    y = uint8_t(~y);
  for (auto &x : rtl.preTraceMem)
    x = uint8_t(~x);
  if (opt.faultStall)
    top->rst_ni = 0;
  CoreCounters counters;
  std::string error;
  if (!bus->readBack(rtl, has, counters, error)) {
    std::fprintf(stderr, "FAIL: reading the memories back: %s\n",
                 error.c_str());
    return false;
  }
  bool ok = true;
  int reported = 0;
  auto diff = [&](const char *what, uint32_t index, int64_t want, int64_t got) {
    if (want == got)
      return;
    ok = false;
    if (reported++ < 20)
      std::fprintf(stderr,
                   "MEMORY MISMATCH after the run: %s[%u] expected %lld got "
                   "%lld\n",
                   what, index, (long long)want, (long long)got);
  };
  for (uint32_t k = 0; k < g.weights.size(); ++k)
    diff("w", k, g.weights[k], rtl.weights[k]);
  if (has.threeFactor)
    for (uint32_t k = 0; k < g.eligibility.size(); ++k)
      diff("e", k, g.eligibility[k], rtl.eligibility[k]);
  for (uint32_t j = 0; j < g.neurons; ++j) {
    diff("u", j, g.state[j].u, rtl.state[j].u);
    diff("i", j, g.state[j].i, rtl.state[j].i);
    diff("i2", j, g.state[j].iInh, rtl.state[j].iInh);
    diff("theta", j, g.state[j].theta, rtl.state[j].theta);
    diff("y", j, g.postTraceMem[j], rtl.postTraceMem[j]);
    diff("ref", j, g.state[j].ref, rtl.state[j].ref);
  }
  for (uint32_t a = 0; a < g.axons; ++a)
    diff("x", a, g.preTraceMem[a], rtl.preTraceMem[a]);
  // The prune registers after the run: E, and the countdown the steps (and
  // the host's writes) left, against the golden model's.
  if (has.prune) {
    std::vector<uint16_t> regs;
    if (!bus->readBurst(Region::Param, kNumParamRegisters, regs, error)) {
      std::fprintf(stderr, "FAIL: reading the registers back: %s\n",
                   error.c_str());
      return false;
    }
    diff("prune.every", kRegPruneEvery, g.pruneEvery, regs[kRegPruneEvery]);
    diff("prune countdown", kRegPruneCountdown, golden.pruneCountdown(),
         regs[kRegPruneCountdown]);
  }
  rtlLastCycles = counters.lastStepCycles;
  diff("tick", 0, golden.tick(), counters.tick);
  diff("status.rec_overflow", 0, golden.recurrentOverflow(),
       counters.status & 1);
  if (golden.tick() > 0)
    diff("last_step_cycles", 0, golden.lastStats().totalCycles(),
         rtlLastCycles);
  return ok;
}

int Cosim::run() {
  if (img.neurons != COSIM_N || img.axons != COSIM_M) {
    std::fprintf(stderr,
                 "image is %ux%u (neurons x axons) but this RTL build is "
                 "%ux%u\n",
                 img.neurons, img.axons, COSIM_N, COSIM_M);
    return 2;
  }
  // Reset.
  idleInputs();
  top->rst_ni = 0;
  top->clk_i = 0;
  top->eval();
  for (int k = 0; k < 4; ++k) {
    top->clk_i = 1;
    top->eval();
    top->clk_i = 0;
    top->eval();
  }
  top->rst_ni = 1;
  top->eval();
  cycle = 0;
  // Wait for the accumulator clear after reset.
  while (top->busy_o)
    clock();
  loadImage();

  std::uniform_real_distribution<double> coin(0.0, 1.0);
  const uint64_t steps = opt.steps ? opt.steps : stim.size();
  uint64_t step = 0;    ///< next step to issue a tick for.
  size_t pushIdx = 0;   ///< next spike of step `step` to push.
  checking = true;
  const auto t0 = std::chrono::steady_clock::now();
  const uint64_t cycle0 = cycle;
  uint64_t idleCycles = 0;

  while (true) {
    const std::vector<uint32_t> empty;
    const auto &now = step < stim.size() ? stim[step] : empty;
    // The host rewrites the modulator between steps, before the tick of
    // the step it applies to (docs/core.md §3.5, register 36).
    if (step < steps && modHead < mod.size() && mod[modHead].first <= step &&
        !top->busy_o && !stepRunning) {
      bus->write(Region::Param, kRegModulator,
                 uint32_t(mod[modHead].second) & 0xff);
      golden.setModulator(mod[modHead].second);
      ++modHead;
      continue;
    }
    // The host rewrites E or the countdown between steps: E = 0 stops
    // pruning (C then holds), a write of E restarts the count, a write of C
    // moves the next pruning step.
    if (step < steps && opt.pruneWrites > 0 && pruneWriteStep != step &&
        !top->busy_o && !stepRunning) {
      pruneWriteStep = step;
      if (coin(rng) < opt.pruneWrites) {
        const bool every = coin(rng) < 0.5;
        const uint32_t v = uint32_t(std::uniform_int_distribution<int>(
            0, every ? 4 : 6)(rng));
        bus->write(Region::Param, every ? kRegPruneEvery : kRegPruneCountdown, v);
        if (every) {
          golden.setPruneEvery(v);
          pruneEvery = v;
          pruneCountdown = v ? v - 1 : 0;
        } else {
          golden.setPruneCountdown(v);
          pruneCountdown = v;
        }
        ++pruneWritesDone;
        continue;
      }
    }
    idleInputs();
    // Input spikes of the next step, with random valid gaps.
    const bool offer = step < steps && pushIdx < now.size() &&
                       coin(rng) < opt.inValid;
    top->aer_in_valid_i = offer;
    top->aer_in_axon_i = offer ? now[pushIdx] : 0;
    top->aer_out_ready_i = coin(rng) < opt.outReady;
    // The tick of step `step` once all of its spikes are in, or once the
    // input queue is full: what did not fit then belongs to the next step.
    top->tick_i = step < steps && (pushIdx >= now.size() || !top->aer_in_ready_o);
    top->clk_i = 0;
    top->eval();

    const bool inAcc = top->aer_in_valid_i && top->aer_in_ready_o;
    const bool tickAcc = top->tick_i && top->tick_ready_o;
    const bool outAcc = top->aer_out_valid_o && top->aer_out_ready_i;
    if (tickAcc) {
      // The golden step sees exactly the inputs accepted before this cycle.
      const StepStats &st = golden.stepAt(cycle, &expected);
      if (st.tickCycle != cycle) {
        std::fprintf(stderr,
                     "tick accepted at cycle %" PRIu64
                     " but the golden model is busy until %" PRIu64 "\n",
                     cycle, st.tickCycle);
        return 1;
      }
      for (uint32_t n : golden.outputSpikes())
        expectedOut.push_back({st.tick, n});
      pending = st;
      pendingTickCycle = cycle;
      pendingPrunes = pruneEvery != 0 && pruneCountdown == 0;
      if (pruneEvery != 0)
        pruneCountdown = pendingPrunes ? pruneEvery - 1 : pruneCountdown - 1;
      stepRunning = true;
      sumCycles += st.totalCycles();
      sumEventCycles += st.eventCycles;
      sumOps += st.synapticOps;
      maxStepCycles = std::max<uint64_t>(maxStepCycles, st.totalCycles());
      ++sumSteps;
      if (pushIdx < now.size() && step + 1 < stim.size()) {
        // Carry what the full queue refused into the next step.
        std::vector<uint32_t> carry(now.begin() + long(pushIdx), now.end());
        carry.insert(carry.end(), stim[step + 1].begin(), stim[step + 1].end());
        stim[step + 1] = std::move(carry);
      }
      ++step;
      pushIdx = 0;
    }
    if (inAcc) {
      if (!golden.pushInput(top->aer_in_axon_i)) {
        std::fprintf(stderr, "golden model refused an input the RTL took\n");
        return 1;
      }
      ++pushIdx;
    }
    if (outAcc) {
      const uint32_t n = top->aer_out_neuron_o, t = top->aer_out_tick_o;
      if (expectedOut.empty() || expectedOut.front().second != n ||
          (expectedOut.front().first & 15) != t) {
        std::fprintf(stderr,
                     "AER OUT MISMATCH at cycle %" PRIu64
                     ": got neuron %u tick %u, expected %s\n",
                     cycle, n, t,
                     expectedOut.empty()
                         ? "nothing"
                         : (std::to_string(expectedOut.front().second) +
                            " tick " +
                            std::to_string(expectedOut.front().first & 15))
                               .c_str());
        failed = true;
      } else {
        expectedOut.pop_front();
        ++outSpikes;
      }
    }
    if (top->step_done_o && stepRunning) {
      // Measured on the RTL: tick accept .. step_done, inclusive. The
      // formula of docs/core.md, computed here from the step's work alone.
      const uint64_t measured = cycle - pendingTickCycle + 1;
      const uint64_t n = img.neurons, m = img.axons, k = pending.activeAxons,
                     c = pending.columnPairPasses;
      const uint64_t e = k ? 2 + k * n / 2 + 3 : 0;
      const uint64_t nn = std::max(n, m) + 4;
      const uint64_t l = (img.stdp.enabled && c) ? c * m + 3 : 0;
      const uint64_t w = (img.threeFactor || img.hebbian) ? m * n / 2 + 3 : 0;
      // R of docs/core.md §11, P = register 35 clamped to M.
      const uint64_t p = std::min<uint64_t>(img.plasticAxons, m);
      const uint64_t rp = pendingPrunes && p ? p * n / 2 + 3 : 0;
      const uint64_t formula = 1 + pending.popped + e + nn + l + w + rp;
      if (measured != formula) {
        ++formulaMismatches;
        std::fprintf(stderr,
                     "STEP LENGTH MISMATCH step %" PRIu64 ": RTL %" PRIu64
                     " cycles, docs/core.md formula %" PRIu64 "\n",
                     pending.tick, measured, formula);
        failed = true;
      }
      if (opt.stats)
        std::printf("step %4" PRIu64 ": G=%4u K=%4u spikes=%4u C=%4u  "
                    "cycles RTL %6" PRIu64 " formula %6" PRIu64
                    "  event-phase ops/cycle %.3f\n",
                    pending.tick, pending.popped, pending.activeAxons,
                    pending.spikes, pending.columnPairPasses, measured, formula,
                    e ? double(pending.synapticOps) / double(e) : 0.0);
      stepRunning = false;
    }
    if (!clock())
      break;
    if (step >= steps && !top->busy_o && !top->aer_out_valid_o &&
        expectedHead >= expected.events.size()) {
      if (++idleCycles > 2)
        break;
    }
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();
  const uint64_t runCycles = cycle - cycle0;
  checking = false;
  if (failed) {
    std::fprintf(stderr, "FAIL: lockstep divergence (seed %" PRIu64 ")\n",
                 opt.seed);
    return 1;
  }
  bool ok = true;
  if (expectedHead != expected.events.size()) {
    std::fprintf(stderr, "FAIL: %zu expected events never reported, first '%s'\n",
                 expected.events.size() - expectedHead,
                 formatCommit(expected.events[expectedHead]).c_str());
    ok = false;
  }
  if (!expectedOut.empty()) {
    std::fprintf(stderr, "FAIL: %zu output spikes never delivered\n",
                 expectedOut.size());
    ok = false;
  }
  if (!compareMemories())
    ok = false;
  if (!ok)
    return 1;
  if (!opt.quiet) {
    std::printf("PASS %s: %" PRIu64 " steps, %" PRIu64 " commit events, %" PRIu64
                " output spikes, %" PRIu64 " cycles\n",
                opt.scenario.empty() ? opt.image.c_str() : opt.scenario.c_str(),
                sumSteps, commits, outSpikes, runCycles);
    std::printf("  golden schedule: %.1f cycles/step (max %" PRIu64
                "), event phase %.3f synaptic ops/cycle (%" PRIu64
                " ops in %" PRIu64 " cycles)\n",
                sumSteps ? double(sumCycles) / sumSteps : 0.0, maxStepCycles,
                sumEventCycles ? double(sumOps) / sumEventCycles : 0.0, sumOps,
                sumEventCycles);
    std::printf("  RTL last step: %" PRIu64 " cycles; Verilator %.0f cycles/s\n",
                rtlLastCycles, secs > 0 ? runCycles / secs : 0.0);
    if (opt.pruneWrites > 0)
      std::printf("  host writes of registers 45/46: %" PRIu64 "\n",
                  pruneWritesDone);
    std::printf("  committed range:");
    for (const auto &[kind, range] : extremes)
      std::printf(" %s %d..%d", commitKindName(kind), range.first,
                  range.second);
    std::printf("\n");
  }
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  Options opt;
  for (int k = 1; k < argc; ++k) {
    std::string a = argv[k];
    auto val = [&](const char *name) -> std::string {
      const std::string pre = std::string(name) + "=";
      if (a.rfind(pre, 0) == 0)
        return a.substr(pre.size());
      if (a == name && k + 1 < argc)
        return argv[++k];
      return "\x01";
    };
    std::string v;
    if ((v = val("--image")) != "\x01")
      opt.image = v;
    else if ((v = val("--spikes")) != "\x01")
      opt.spikes = v;
    else if ((v = val("--modulator")) != "\x01")
      opt.modulator = v;
    else if ((v = val("--scenario")) != "\x01")
      opt.scenario = v;
    else if ((v = val("--seed")) != "\x01")
      opt.seed = std::strtoull(v.c_str(), nullptr, 0);
    else if ((v = val("--steps")) != "\x01")
      opt.steps = std::strtoull(v.c_str(), nullptr, 0);
    else if ((v = val("--in-valid")) != "\x01")
      opt.inValid = std::atof(v.c_str());
    else if ((v = val("--prune-writes")) != "\x01")
      opt.pruneWrites = std::atof(v.c_str());
    else if ((v = val("--out-ready")) != "\x01")
      opt.outReady = std::atof(v.c_str());
    else if ((v = val("--trace")) != "\x01")
      opt.traceFile = v;
    else if ((v = val("--commit-log")) != "\x01")
      opt.commitLog = v;
    else if (a == "--quiet")
      opt.quiet = true;
    else if (a == "--fault")
      opt.fault = true;
    else if (a == "--fault-elig")
      opt.faultElig = true;
    else if (a == "--fault-plastic")
      opt.faultPlastic = true;
    else if (a == "--fault-stall")
      opt.faultStall = true;
    else if (a == "--fault-prune")
      opt.faultPrune = true;
    else if (a == "--stats")
      opt.stats = true;
    else if (a.rfind("+verilator", 0) == 0)
      continue;
    else {
      usage();
      return 2;
    }
  }
  Verilated::commandArgs(argc, argv);

  CoreImage image;
  SpikeSchedule stimulus;
  ModulatorSchedule modulator;
  std::string error;
  if (!opt.image.empty()) {
    if (!loadCoreImage(opt.image, image, error)) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return 2;
    }
    if (!opt.spikes.empty() &&
        !readInputSpikes(opt.spikes, image.axons, stimulus, error)) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return 2;
    }
    if (!opt.modulator.empty() &&
        !readModulator(opt.modulator, modulator, error)) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return 2;
    }
  } else if (!opt.scenario.empty()) {
    if (!makeScenario(opt.scenario, opt.seed, buildFeatures(), image, stimulus,
                      modulator, error)) {
      std::fprintf(stderr, "%s\n", error.c_str());
      usage();
      return 2;
    }
  } else {
    usage();
    return 2;
  }
  std::string why;
  if (!plasticc::golden::imageFits(image, buildFeatures().build(), why)) {
    std::fprintf(stderr, "image needs what this RTL build leaves out: %s\n",
                 why.c_str());
    return 2;
  }
  Cosim sim(opt, std::move(image), std::move(stimulus), std::move(modulator));
  return sim.run();
}
