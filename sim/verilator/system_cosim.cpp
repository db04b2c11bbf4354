//===- system_cosim.cpp - Lockstep co-simulation of a multi-core system ---===//
//
// The Verilated regression system (system_tb_top.sv: three cores and
// plasticc_router) against the golden SystemModel (docs/core.md §10). A
// system image is loaded into the RTL over the 24-bit system bus (the one
// mapping, sim/golden/config_bus.h) and into the model; the same external
// inputs and ticks drive both, with random backpressure on the system
// input and output. Checked in every cycle: each core's commit events
// (core, cycle, tick, what, value) and the router's pushes into the cores
// (destination, axon, accepted or dropped, in drain order); checked per
// step, when the system output is always ready: the drain's cycles and the
// first idle cycle against SystemModel::nextTickCycle(). At the end the
// system output stream, every core's memories, counters and status, and
// the router's status and drop count (read back over the bus).
//
//===----------------------------------------------------------------------===//

#include "sim/golden/commit.h"
#include "sim/golden/config_bus.h"
#include "sim/golden/system_model.h"
#include "sim/verilator/scenarios.h"

#include "verilated.h"

#include "Vsystem_tb.h"

#include <algorithm>
#include <cinttypes>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace plasticc::golden;
using namespace plasticc::cosim;

namespace {

constexpr uint32_t kCores = 3;
constexpr uint32_t kRouteDepth = 64; // system_tb_top's RouteDepth

/// The elaboration parameters of system_tb_top's cores (every feature).
Features coreShape(uint32_t k) {
  static const uint32_t shape[kCores][2] = {{32, 16}, {8, 8}, {4, 32}};
  Features f{shape[k][0], shape[k][1], true, true, true, true, true};
  f.inhCurrent = f.threeFactor = f.hebbian = true;
  f.prune = true;
  return f;
}

struct Options {
  std::string scenario = "random";
  uint64_t seed = 1;
  uint64_t steps = 0;     ///< 0: the scenario's.
  double inValid = 0.7;   ///< probability the system input is offered.
  double outReady = 0.7;  ///< probability the system output is ready.
  bool faultRoute = false; ///< self-test: one wrong route entry in the RTL.
  bool quiet = false;
};

/// External inputs of one step: (core, axon).
using SystemStep = std::vector<std::pair<uint32_t, uint32_t>>;

struct Scenario {
  SystemImage image;
  std::vector<SystemStep> inputs;
  /// Host writes of the modulator before a step: (step, core, M).
  std::vector<std::tuple<uint64_t, uint32_t, int32_t>> modulator;
};

class Rand {
public:
  explicit Rand(uint64_t seed) : gen(seed * 0x9E3779B97F4A7C15ull + 3) {}
  int64_t range(int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(gen);
  }
  bool chance(double p) {
    return std::uniform_real_distribution<double>(0, 1)(gen) < p;
  }

private:
  std::mt19937_64 gen;
};

/// Random core images (the single-core generators, P < M sometimes) and
/// their spike trains turned into system inputs.
bool randomCores(Rand &r, uint64_t seed, Scenario &sc, uint64_t steps,
                 std::string &error) {
  sc.image.cores.clear();
  sc.image.coreNames.clear();
  sc.inputs.assign(steps, {});
  for (uint32_t k = 0; k < kCores; ++k) {
    CoreImage img;
    SpikeSchedule spikes;
    ModulatorSchedule mod;
    const char *kind = r.chance(0.25) ? "random-3f" : "random";
    if (!makeScenario(kind, seed * 131 + k, coreShape(k), img, spikes, mod,
                      error))
      return false;
    for (uint64_t t = 0; t < steps && t < spikes.size(); ++t)
      for (uint32_t a : spikes[t])
        sc.inputs[t].push_back({k, a});
    for (const auto &[t, m] : mod)
      sc.modulator.push_back({t, k, m});
    sc.image.cores.push_back(std::move(img));
    sc.image.coreNames.push_back("c" + std::to_string(k));
  }
  for (SystemStep &s : sc.inputs)
    std::shuffle(s.begin(), s.end(), std::mt19937(uint32_t(r.range(0, 1 << 30))));
  return true;
}

Route randomRoute(Rand &r, const SystemImage &sys, uint32_t src) {
  Route route;
  route.src = src;
  do
    route.dst = uint32_t(r.range(0, kCores - 1));
  while (route.dst == src);
  const uint32_t n = sys.cores[src].neurons, m = sys.cores[route.dst].axons;
  // Counts below N leave some neurons without a match on this route.
  route.count = uint32_t(r.range(1, std::min(n, m)));
  route.first = uint32_t(r.range(0, m - route.count));
  return route;
}

/// Every neuron of \p img fires every step: threshold 0, a positive bias
/// and no refractory period, from u = 0 with no inhibitory weights.
void fireAlways(CoreImage &img) {
  for (NeuronState &s : img.state)
    s = {0, 0, 0, 0, 0};
  for (int8_t &w : img.weights)
    if (w < 0 && w != kNoSynapse)
      w = int8_t(-w);
  applyNeuronModel(img, NeuronModel::Lif);
  img.neuron.threshold = 0;
  img.neuron.bias = 64;
  img.neuron.refSteps = 0;
  img.neuron.adaptive = false;
  img.neuron.reset = ResetMode::Value;
  img.neuron.vReset = 0;
}

bool makeSystemScenario(const Options &opt, Scenario &sc, std::string &error) {
  Rand r(opt.seed);
  if (opt.scenario == "random") {
    // Random images and routes: fan-out, several routes between one pair
    // of cores, counts below N (non-matching neurons), random P.
    const uint64_t steps = opt.steps ? opt.steps : uint64_t(r.range(6, 20));
    if (!randomCores(r, opt.seed, sc, steps, error))
      return false;
    // At least one route, so that every seed checks routed traffic (ctest
    // requires a non-zero routed-push count).
    const uint32_t routes = uint32_t(r.range(1, 10));
    for (uint32_t k = 0; k < routes; ++k)
      sc.image.routes.push_back(
          randomRoute(r, sc.image, uint32_t(r.range(0, kCores - 1))));
    return true;
  }
  if (opt.scenario == "drops") {
    // Every neuron of cores 0 and 1 fires every step into core 2 through 16
    // routes each: 16 x 32 + 16 x 8 = 640 pushes per drain into core 2's
    // 512-entry input FIFO, so the last 128 are dropped every step.
    const uint64_t steps = opt.steps ? opt.steps : 4;
    if (!randomCores(r, opt.seed, sc, steps, error))
      return false;
    fireAlways(sc.image.cores[0]);
    fireAlways(sc.image.cores[1]);
    for (uint32_t k = 0; k < 16; ++k) {
      sc.image.routes.push_back({0, 2, 0, 32});
      sc.image.routes.push_back({1, 2, uint32_t(r.range(0, 24)), 8});
    }
    return true;
  }
  if (opt.scenario == "empty") {
    // No inputs and no spikes (strongly negative bias): every step is the
    // cores' fixed schedule plus the router's overhead alone.
    const uint64_t steps = opt.steps ? opt.steps : 8;
    if (!randomCores(r, opt.seed, sc, steps, error))
      return false;
    for (CoreImage &img : sc.image.cores) {
      applyNeuronModel(img, NeuronModel::Lif);
      img.neuron.threshold = 32767;
      img.neuron.bias = -32768;
      img.recurrent.enabled = false;
      for (NeuronState &s : img.state)
        s.u = -32768;
    }
    for (SystemStep &s : sc.inputs)
      s.clear();
    sc.image.routes = {{0, 1, 0, 8}, {1, 2, 0, 8}, {2, 0, 0, 4}};
    return true;
  }
  if (opt.scenario == "fanout") {
    // Core 0 fires every step into cores 1 and 2 (a route to two cores),
    // core 1 back into core 0 and again into core 2, with host inputs.
    const uint64_t steps = opt.steps ? opt.steps : 10;
    if (!randomCores(r, opt.seed, sc, steps, error))
      return false;
    fireAlways(sc.image.cores[0]);
    sc.image.routes = {{0, 1, 0, 8},
                       {0, 2, uint32_t(r.range(0, 16)), 16},
                       {1, 0, uint32_t(r.range(0, 8)), 8},
                       {0, 2, 0, 5},
                       {1, 2, 20, 4}};
    return true;
  }
  error = "unknown system scenario '" + opt.scenario +
          "' (random, drops, empty, fanout)";
  return false;
}

uint32_t bits(uint32_t v, uint32_t lo, uint32_t n) {
  return (v >> lo) & ((1u << n) - 1);
}
int32_t s16(uint32_t v) { return int32_t(int16_t(uint16_t(v))); }
int32_t s8(uint32_t v) { return int32_t(int8_t(uint8_t(v))); }

class SystemCosim {
public:
  SystemCosim(const Options &opt, Scenario sc)
      : opt(opt), sc(std::move(sc)), golden(this->sc.image),
        rng(opt.seed * 0xD1B54A32D192ED03ull + 5) {
    ctx = std::make_unique<VerilatedContext>();
    ctx->randReset(0);
    top = std::make_unique<Vsystem_tb>(ctx.get(), "top");
    expected.resize(kCores);
    expectedHead.assign(kCores, 0);
  }
  ~SystemCosim() { top->final(); }

  int run();

private:
  void idleInputs() {
    top->tick_i = 0;
    top->in_valid_i = 0;
    top->in_core_i = 0;
    top->in_axon_i = 0;
    top->out_ready_i = 0;
    top->cfg_req_i = 0;
    top->cfg_we_i = 0;
    top->cfg_addr_i = 0;
    top->cfg_wdata_i = 0;
  }
  void clock();
  bool write(uint32_t target, Region region, uint32_t index, uint32_t data);
  bool readBurst(uint32_t target, Region region, uint32_t count,
                 std::vector<uint16_t> &data);
  void observe(uint32_t k, std::vector<CommitEvent> &out);
  void compareCycle();
  void checkPushes();
  void checkIdle();
  bool compareMemories();
  void fail(const char *fmt, ...) __attribute__((format(printf, 2, 3)));

  const Options &opt;
  Scenario sc;
  SystemModel golden;
  std::mt19937_64 rng;
  std::unique_ptr<VerilatedContext> ctx;
  std::unique_ptr<Vsystem_tb> top;

  uint64_t cycle = 0;
  bool checking = false;
  int failures = 0;
  std::vector<CommitRecorder> expected;
  std::vector<size_t> expectedHead;
  /// (core, neuron, tick) of the system output, drain order.
  std::deque<std::tuple<uint32_t, uint32_t, uint64_t>> expectedOut;
  /// Drain pushes (and drops) still to come: the golden RouterEvent and the
  /// cycle it is due at when the output is always ready. A route that does
  /// not match takes its cycle without a push, so it only shifts the due
  /// cycles.
  std::deque<std::pair<RouterEvent, uint64_t>> expectedPush;
  bool awaitIdle = false; ///< a step ran; the first idle cycle is checked.
  uint64_t lastTickCycle = 0;
  uint64_t commits = 0, outSpikes = 0, pushes = 0, drops = 0, idleChecks = 0;
  uint64_t steps = 0;
};

void SystemCosim::fail(const char *fmt, ...) {
  if (failures++ >= 20)
    return;
  va_list ap;
  va_start(ap, fmt);
  std::vfprintf(stderr, fmt, ap);
  va_end(ap);
}

// The first cycle the router is idle after a step (its drain done) must be
// the golden system's next tick cycle, when the output never stalls it.
void SystemCosim::checkIdle() {
  if (!awaitIdle || cycle == lastTickCycle || top->busy_o)
    return;
  awaitIdle = false;
  if (opt.outReady < 1.0)
    return;
  ++idleChecks;
  if (cycle != golden.nextTickCycle())
    fail("IDLE CYCLE MISMATCH: step %" PRIu64 " drained, system idle at cycle "
         "%" PRIu64 ", golden nextTickCycle %" PRIu64 "\n",
         golden.tick() - 1, cycle, golden.nextTickCycle());
  // ... and the system takes its next tick in that very cycle.
  if (!top->cfg_req_i && !top->tick_ready_o)
    fail("TICK READY MISMATCH: system idle at cycle %" PRIu64 " but "
         "tick_ready_o is low\n",
         cycle);
}

void SystemCosim::clock() {
  top->clk_i = 0;
  top->eval();
  if (checking) {
    compareCycle();
    checkPushes();
    checkIdle();
  }
  ctx->timeInc(1);
  top->clk_i = 1;
  top->eval();
  ctx->timeInc(1);
  ++cycle;
}

bool SystemCosim::write(uint32_t target, Region region, uint32_t index,
                        uint32_t data) {
  idleInputs();
  top->cfg_req_i = 1;
  top->cfg_we_i = 1;
  top->cfg_addr_i = systemAddress(target, configAddress(region, index));
  top->cfg_wdata_i = data & 0xffff;
  bool granted = false;
  for (int guard = 0; !granted && guard < 100000; ++guard) {
    top->clk_i = 0;
    top->eval();
    granted = top->cfg_gnt_o;
    clock();
  }
  idleInputs();
  if (!granted)
    std::fprintf(stderr, "system bus write to target %u %s[%u] never granted\n",
                 target, regionName(region), index);
  return granted;
}

bool SystemCosim::readBurst(uint32_t target, Region region, uint32_t count,
                            std::vector<uint16_t> &data) {
  data.clear();
  uint32_t issued = 0;
  idleInputs();
  for (int stalled = 0; data.size() < count && stalled < 1000;) {
    top->cfg_req_i = issued < count;
    top->cfg_we_i = 0;
    top->cfg_addr_i = systemAddress(target, configAddress(region, issued));
    top->clk_i = 0;
    top->eval();
    const size_t before = data.size();
    if (top->cfg_rvalid_o)
      data.push_back(uint16_t(top->cfg_rdata_o));
    if (issued < count && top->cfg_gnt_o)
      ++issued;
    clock();
    stalled = data.size() == before ? stalled + 1 : 0;
  }
  idleInputs();
  if (data.size() < count) {
    std::fprintf(stderr, "FAIL: system bus read of target %u %s stalled "
                         "after %zu of %u words\n",
                 target, regionName(region), data.size(), count);
    return false;
  }
  return true;
}

void SystemCosim::observe(uint32_t k, std::vector<CommitEvent> &out) {
  const uint64_t tick = top->cmt_tick_o[k];
  const CoreImage &img = golden.core(k).image();
  auto ev = [&](CommitKind kind, uint32_t index, uint32_t index2, int32_t v) {
    out.push_back({cycle, tick, kind, index, index2, v});
  };
  if (bits(top->cmt_slot_valid_o, k, 1)) {
    const uint32_t slot = top->cmt_slot_o[k];
    if (bits(top->cmt_neuron_valid_o, k, 1)) {
      if (bits(top->cmt_spike_o, k, 1))
        ev(CommitKind::Spike, slot, 0, 1);
      ev(CommitKind::V, slot, 0, s16(top->cmt_u_o[k]));
      if (img.neuron.cuba)
        ev(CommitKind::I, slot, 0, s16(top->cmt_i_o[k]));
      if (img.neuron.cuba && img.neuron.inhCurrent)
        ev(CommitKind::IInh, slot, 0, s16(top->cmt_i2_o[k]));
      if (img.neuron.adaptive)
        ev(CommitKind::Theta, slot, 0, s16(top->cmt_theta_o[k]));
      ev(CommitKind::TracePost, slot, 0, int32_t(top->cmt_y_o[k]));
    }
    if (bits(top->cmt_axon_valid_o, k, 1))
      ev(CommitKind::TracePre, slot, 0, int32_t(top->cmt_x_o[k]));
  }
  const uint32_t wv = bits(top->cmt_w_valid_o, 2 * k, 2);
  const uint32_t evld = bits(top->cmt_e_valid_o, 2 * k, 2);
  for (uint32_t lane = 0; lane < 2; ++lane) {
    const uint32_t axon = top->cmt_w_axon_o[k];
    const uint32_t j = 2 * top->cmt_w_pair_o[k] + lane;
    if (evld & (1u << lane))
      ev(CommitKind::Eligibility, axon, j, s8(top->cmt_e_data_o[k] >> (8 * lane)));
    if (wv & (1u << lane))
      ev(CommitKind::Weight, axon, j, s8(top->cmt_w_data_o[k] >> (8 * lane)));
  }
}

void SystemCosim::compareCycle() {
  for (uint32_t k = 0; k < kCores; ++k) {
    std::vector<CommitEvent> got, want;
    observe(k, got);
    const auto &ev = expected[k].events;
    size_t &head = expectedHead[k];
    while (head < ev.size() && ev[head].cycle <= cycle)
      want.push_back(ev[head++]);
    commits += got.size();
    if (got == want)
      continue;
    fail("LOCKSTEP MISMATCH core %u at cycle %" PRIu64 " (system step %" PRIu64
         "):\n",
         k, cycle, golden.tick() ? golden.tick() - 1 : 0);
    for (size_t i = 0; i < std::max(got.size(), want.size()); ++i) {
      const std::string w = i < want.size() ? formatCommit(want[i]) : "(nothing)";
      const std::string g = i < got.size() ? formatCommit(got[i]) : "(nothing)";
      fail("  %s  expected '%s'  got '%s'\n", w == g ? "  " : "!!", w.c_str(),
           g.c_str());
    }
  }
}

// Drain pushes: the router is busy, so any core input valid is a routed
// push; accepted if the core is ready, dropped if not.
void SystemCosim::checkPushes() {
  if (!top->busy_o)
    return;
  for (uint32_t k = 0; k < kCores; ++k) {
    if (!bits(top->core_in_valid_o, k, 1))
      continue;
    const bool took = bits(top->core_in_ready_o, k, 1);
    const uint32_t axon = top->core_in_axon_o;
    took ? ++pushes : ++drops;
    if (expectedPush.empty()) {
      fail("ROUTER MISMATCH at cycle %" PRIu64 ": push of axon %u into core "
           "%u (%s), golden expects no more pushes this step\n",
           cycle, axon, k, took ? "accepted" : "dropped");
      continue;
    }
    const auto [e, due] = expectedPush.front();
    expectedPush.pop_front();
    const bool wantTook = e.kind == RouterEvent::Push;
    if (e.dst != k || e.axon != axon || wantTook != took ||
        (opt.outReady >= 1.0 && due != cycle))
      fail("ROUTER MISMATCH at cycle %" PRIu64 ": push of axon %u into core "
           "%u (%s), expected axon %u into core %u (%s) by route %u at cycle "
           "%" PRIu64 "\n",
           cycle, axon, k, took ? "accepted" : "dropped", e.axon, e.dst,
           wantTook ? "accepted" : "dropped", e.route, due);
  }
}

bool SystemCosim::compareMemories() {
  bool ok = true;
  auto diff = [&](uint32_t core, const char *what, uint32_t index,
                  int64_t want, int64_t got) {
    if (want == got)
      return;
    ok = false;
    fail("MEMORY MISMATCH after the run: core %u %s[%u] expected %lld got "
         "%lld\n",
         core, what, index, (long long)want, (long long)got);
  };
  std::vector<uint16_t> words;
  for (uint32_t k = 0; k < kCores; ++k) {
    const CoreImage &g = golden.core(k).image();
    const CoreFeatures has = coreShape(k).build();
    // Poisoned copy: a word the read-back misses cannot compare equal.
    CoreImage rtl = g;
    for (auto &w : rtl.weights)
      w = int8_t(~w);
    for (auto &e : rtl.eligibility)
      e = int8_t(~e);
    for (NeuronState &s : rtl.state)
      s = {~s.u, ~s.i, ~s.iInh, ~s.theta, s.ref ^ 0x7f};
    for (auto &y : rtl.postTraceMem)
      y = uint8_t(~y);
    for (auto &x : rtl.preTraceMem)
      x = uint8_t(~x);
    for (const auto &[region, count] : readBackRegions(rtl, has)) {
      if (!readBurst(k, region, count, words))
        return false;
      applyReadBack(rtl, region, words);
    }
    if (!readBurst(k, Region::Counter, 5, words))
      return false;
    const CoreCounters counters = decodeCounters(words);
    for (uint32_t i = 0; i < g.weights.size(); ++i)
      diff(k, "w", i, g.weights[i], rtl.weights[i]);
    for (uint32_t i = 0; i < g.eligibility.size(); ++i)
      diff(k, "e", i, g.eligibility[i], rtl.eligibility[i]);
    for (uint32_t j = 0; j < g.neurons; ++j) {
      diff(k, "u", j, g.state[j].u, rtl.state[j].u);
      diff(k, "i", j, g.state[j].i, rtl.state[j].i);
      diff(k, "i2", j, g.state[j].iInh, rtl.state[j].iInh);
      diff(k, "theta", j, g.state[j].theta, rtl.state[j].theta);
      diff(k, "ref", j, g.state[j].ref, rtl.state[j].ref);
      diff(k, "y", j, g.postTraceMem[j], rtl.postTraceMem[j]);
    }
    for (uint32_t a = 0; a < g.axons; ++a)
      diff(k, "x", a, g.preTraceMem[a], rtl.preTraceMem[a]);
    diff(k, "tick", 0, golden.core(k).tick(), counters.tick);
    diff(k, "status.rec_overflow", 0, golden.core(k).recurrentOverflow(),
         counters.status & 1);
  }
  if (!readBurst(kRouterTarget, Region::Counter, kRouterDropCount + 1, words))
    return false;
  diff(kRouterTarget, "router.cap.cores", 0, kCores, words[kRouterCapCores]);
  diff(kRouterTarget, "router.cap.route_depth", 0, kRouteDepth,
       words[kRouterCapRouteDepth]);
  diff(kRouterTarget, "router.status.dropped", 0, golden.routerOverflow(),
       words[kRouterStatus] & 1);
  diff(kRouterTarget, "router.drop_count", 0, int64_t(std::min<uint64_t>(drops, 65535)),
       words[kRouterDropCount]);
  return ok;
}

int SystemCosim::run() {
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
  while (top->core_busy_o)
    clock();

  // Load the system over the bus, cores first, then the route table.
  std::vector<CoreFeatures> has;
  for (uint32_t k = 0; k < kCores; ++k)
    has.push_back(coreShape(k).build());
  std::vector<SystemConfigWrite> writes;
  std::string error;
  if (!systemConfigWrites(sc.image, has, kRouteDepth, writes, error)) {
    std::fprintf(stderr, "FAIL: %s\n", error.c_str());
    return 2;
  }
  for (const SystemConfigWrite &w : writes)
    if (!write(w.target, w.write.region, w.write.index, w.write.data))
      return 1;
  if (opt.faultRoute) {
    // Self-test: the RTL's first table entry sends to the next axon.
    std::vector<ConfigWrite> router;
    routerConfigWrites(sc.image, kRouteDepth, router, error);
    for (const ConfigWrite &w : router)
      if (w.index == kRouteFirst) {
        write(kRouterTarget, w.region, w.index, w.data + 1u);
        break;
      }
  }

  std::uniform_real_distribution<double> coin(0.0, 1.0);
  const uint64_t numSteps = sc.inputs.size();
  uint64_t step = 0;
  size_t pushIdx = 0, modHead = 0;
  std::sort(sc.modulator.begin(), sc.modulator.end(),
            [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
  uint64_t totalRouted = 0, totalDropped = 0;
  std::vector<CommitSink *> sinks;
  for (CommitRecorder &r : expected)
    sinks.push_back(&r);
  checking = true;
  uint64_t idleCycles = 0;
  const uint64_t cycle0 = cycle;

  while (true) {
    // Modulator writes between steps, before the tick they apply to.
    if (step < numSteps && modHead < sc.modulator.size() &&
        std::get<0>(sc.modulator[modHead]) <= step && !top->busy_o &&
        !top->core_busy_o) {
      const auto [t, k, m] = sc.modulator[modHead++];
      (void)t;
      if (!write(k, Region::Param, kRegModulator, uint32_t(m) & 0xff))
        return 1;
      golden.setModulator(k, m);
      continue;
    }
    idleInputs();
    const SystemStep empty;
    const SystemStep &now = step < numSteps ? sc.inputs[step] : empty;
    const bool offer = pushIdx < now.size() && coin(rng) < opt.inValid;
    top->in_valid_i = offer;
    top->in_core_i = offer ? now[pushIdx].first : 0;
    top->in_axon_i = offer ? now[pushIdx].second : 0;
    top->out_ready_i = coin(rng) < opt.outReady;
    top->clk_i = 0;
    top->eval();
    // Tick once this step's inputs are in, or once the input they wait
    // for cannot get in (its FIFO is full): the rest moves to the next step.
    const bool stuck = offer && !top->in_ready_o && !top->busy_o;
    top->tick_i = step < numSteps && (pushIdx >= now.size() || stuck);
    top->eval();

    checkIdle(); // before this cycle's tick starts the next step
    const bool tickAcc = top->tick_i && top->tick_ready_o;
    const bool inAcc = top->in_valid_i && top->in_ready_o;
    const bool outAcc = top->out_valid_o && top->out_ready_i;
    if (tickAcc) {
      const SystemStepStats &st = golden.stepAt(cycle, sinks);
      if (st.tickCycle != cycle) {
        std::fprintf(stderr,
                     "FAIL: system tick accepted at cycle %" PRIu64
                     " but the golden system is busy until %" PRIu64 "\n",
                     cycle, st.tickCycle);
        return 1;
      }
      for (const SystemSpike &s : golden.outputSpikes())
        expectedOut.push_back({s.core, s.neuron, st.tick});
      for (const RouterEvent &e : golden.lastDrain())
        if (e.kind == RouterEvent::Push || e.kind == RouterEvent::Dropped)
          expectedPush.push_back({e, cycle + st.coreCycles + 1 + e.slot});
      totalRouted += st.routedPushes;
      totalDropped += st.droppedPushes;
      awaitIdle = true;
      lastTickCycle = cycle;
      ++steps;
      if (pushIdx < now.size() && step + 1 < numSteps)
        sc.inputs[step + 1].insert(sc.inputs[step + 1].begin(),
                                   now.begin() + long(pushIdx), now.end());
      ++step;
      pushIdx = 0;
    }
    if (inAcc) {
      if (!golden.pushInput(top->in_core_i, top->in_axon_i)) {
        std::fprintf(stderr, "FAIL: golden system refused input (core %u, "
                             "axon %u) the RTL took at cycle %" PRIu64 "\n",
                     uint32_t(top->in_core_i), uint32_t(top->in_axon_i), cycle);
        return 1;
      }
      ++pushIdx;
    }
    if (outAcc) {
      const uint32_t k = top->out_core_o, n = top->out_neuron_o,
                     t = top->out_tick_o;
      if (expectedOut.empty()) {
        fail("SYSTEM OUT MISMATCH at cycle %" PRIu64 ": got core %u neuron %u "
             "tick %u, expected nothing\n",
             cycle, k, n, t);
      } else {
        const auto [wk, wn, wt] = expectedOut.front();
        expectedOut.pop_front();
        if (wk != k || wn != n || (wt & 15) != t)
          fail("SYSTEM OUT MISMATCH at cycle %" PRIu64 ": got core %u neuron "
               "%u tick %u, expected core %u neuron %u tick %u\n",
               cycle, k, n, t, wk, wn, uint32_t(wt & 15));
        ++outSpikes;
      }
    }
    clock();
    if (failures)
      break;
    bool pending = !expectedPush.empty() || !expectedOut.empty();
    for (uint32_t k = 0; k < kCores; ++k)
      pending |= expectedHead[k] < expected[k].events.size();
    if (step >= numSteps && !top->busy_o && !top->core_busy_o && !pending &&
        ++idleCycles > 2)
      break;
    // A step of these cores takes a few thousand cycles at most.
    if (cycle - std::max(cycle0, lastTickCycle) > 1'000'000) {
      fail("FAIL: no progress for 1e6 cycles (step %" PRIu64
           " of %" PRIu64 ", %zu pushes and %zu output spikes still expected, "
           "router %s)\n",
           step, numSteps, expectedPush.size(), expectedOut.size(),
           top->busy_o ? "busy" : "idle");
      break;
    }
  }
  checking = false;
  if (!failures && !compareMemories())
    ++failures;
  if (!failures && (pushes != totalRouted || drops != totalDropped))
    fail("ROUTER MISMATCH: %" PRIu64 " pushes and %" PRIu64 " drops, golden %"
         PRIu64 " and %" PRIu64 "\n",
         pushes, drops, totalRouted, totalDropped);
  if (failures) {
    std::fprintf(stderr, "FAIL: system %s seed %" PRIu64 " (%d mismatches)\n",
                 opt.scenario.c_str(), opt.seed, failures);
    return 1;
  }
  if (!opt.quiet)
    std::printf("PASS system %s seed %" PRIu64 ": %" PRIu64 " steps, %zu routes, "
                "%" PRIu64 " commit events, %" PRIu64 " output spikes, %" PRIu64
                " routed pushes, %" PRIu64 " dropped, %" PRIu64 " cycles, %" PRIu64
                " idle cycles checked\n",
                opt.scenario.c_str(), opt.seed, steps, sc.image.routes.size(),
                commits, outSpikes, pushes, drops, cycle - cycle0, idleChecks);
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  Options opt;
  for (int k = 1; k < argc; ++k) {
    const std::string a = argv[k];
    auto val = [&](const char *name, std::string &out) {
      const std::string pre = std::string(name) + "=";
      if (a.rfind(pre, 0) == 0)
        return out = a.substr(pre.size()), true;
      if (a == name && k + 1 < argc)
        return out = argv[++k], true;
      return false;
    };
    std::string v;
    if (val("--scenario", v))
      opt.scenario = v;
    else if (val("--seed", v))
      opt.seed = std::strtoull(v.c_str(), nullptr, 0);
    else if (val("--steps", v))
      opt.steps = std::strtoull(v.c_str(), nullptr, 0);
    else if (val("--in-valid", v))
      opt.inValid = std::atof(v.c_str());
    else if (val("--out-ready", v))
      opt.outReady = std::atof(v.c_str());
    else if (a == "--fault-route")
      opt.faultRoute = true;
    else if (a == "--quiet")
      opt.quiet = true;
    else if (a.rfind("+verilator", 0) == 0)
      continue;
    else {
      std::fprintf(stderr,
                   "usage: system-cosim [--scenario random|drops|empty|fanout]"
                   " [--seed S] [--steps N]\n"
                   "                    [--in-valid P] [--out-ready P] "
                   "[--fault-route] [--quiet]\n");
      return 2;
    }
  }
  Verilated::commandArgs(argc, argv);
  Scenario sc;
  std::string error;
  if (!makeSystemScenario(opt, sc, error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 2;
  }
  if (!checkSystemImage(sc.image, error)) {
    std::fprintf(stderr, "FAIL: the scenario's system image: %s\n", error.c_str());
    return 2;
  }
  SystemCosim sim(opt, std::move(sc));
  return sim.run();
}
