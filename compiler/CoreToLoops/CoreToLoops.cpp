//===- CoreToLoops.cpp - lower core.design to fixed-point loops -----------===//
//
// Part of plasticc. Lowers the hardware-mapped form of a network (its
// core.cores, routes and host inputs) to func/scf/memref/arith code that runs
// the step of sim/golden/core_model.cpp in integers: the same phases, the
// same visiting orders and the same LFSR draws (docs/semantics.md §8-§15,
// docs/core.md §3), core after core, then the router's drain of §10.2, so a
// compiled run is bit-identical to plasticc-sim. Cycles are not modelled:
// only the step semantics, the draw order and the FIFO order matter on a
// CPU.
//
//===----------------------------------------------------------------------===//

#include "compiler/CoreToLoops/LfsrAdvance.h"
#include "compiler/CoreToLoops/Passes.h"
#include "compiler/Lowering/LoopEmitter.h"
#include "core/CoreDialect.h"
#include "sim/golden/core_model.h"
#include "sim/golden/numerics/prng.h"

#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>

namespace plasticc {
#define GEN_PASS_DEF_CONVERTCORETOLOOPS
#include "compiler/CoreToLoops/Passes.h.inc"
} // namespace plasticc

using namespace mlir;
using namespace mlir::core;
namespace golden = plasticc::golden;

//===----------------------------------------------------------------------===//
// Utilities: the core's parameters, an integer IR emitter
//===----------------------------------------------------------------------===//

namespace {

/// Probe kinds as the runtime numbers them
/// (runtime/include/plasticc/runtime.h).
enum RtProbeKind : int32_t {
  kSpikes = 0,
  kVoltage = 1,
  kTraces = 2,
  kWeights = 3
};

/// The absent-synapse marker of the weight memory (sim/golden/numerics/stdp.h).
constexpr int64_t kNoSynapse = golden::kNoSynapse;

/// The quantized parameters of a core.core, as the golden model reads them
/// from an image (compiler/SnnToCore/EmitCoreImage.cpp, toCoreImage).
struct CoreParams {
  int64_t n = 0, m = 0, popSize = 0;
  // Neuron datapath (sim/golden/numerics/lif.h).
  bool leak = true, spikes = true, cuba = false, adaptive = false,
       subtract = false;
  int64_t decayV = 0, decayI = 0, gainI = 0, decayTh = 0;
  int64_t threshold = 0, vReset = 0, thJump = 0, bias = 0, refSteps = 0;
  int64_t wShift = 0;
  // Traces and pair STDP (trace.h, stdp.h).
  bool nearest = false;
  int64_t decayPre = 0, decayPost = 0, impulse = 64;
  bool stdp = false, multiplicative = false, stochastic = false;
  int64_t aPlus = 0, aMinus = 0, wMin = -127, wMax = 127;
  uint32_t seedNeuron = 1, seedLearn = 1;
  bool recurrent = false;
  int64_t recOffset = 0, recDelay = 1;
  // A second (inhibitory) synaptic current, cuba_lif only (lif.h).
  bool inhCurrent = false;
  int64_t decayIInh = 0, gainIInh = 0;
  // Sweep-phase rules (three_factor.h, hebbian.h); they reuse aPlus, aMinus,
  // wMin, wMax, stochastic and the trace decays.
  bool threeFactor = false, hebbian = false;
  int64_t decayE = 0, eFracBits = 0, eta = 0;
  // Oja's eta_o (hebbian.h): 0 is plain Hebbian.
  int64_t hebbianDecay = 0;
  // Learning writes rows below P only (docs/core.md §10.4).
  int64_t plasticAxons = 0;
  bool staticRows() const { return plasticAxons < m; }
  // Structural pruning (docs/core.md §11): T and E; E = 0 never prunes.
  int64_t pruneThreshold = 0, pruneEvery = 0;

  bool learning() const { return stdp || threeFactor || hebbian; }

  static CoreParams read(CoreOp core) {
    CoreParams p;
    p.n = core.getNeurons();
    p.m = core.getAxons();
    p.popSize = core.getPopulationSize();
    StringRef model = core.getModel();
    p.leak = model != "if";
    p.spikes = model != "li";
    p.cuba = model == "cuba_lif";
    p.adaptive = core.getAdaptive();
    p.subtract = core.getReset() == "subtract";
    p.decayV = core.getDecayV();
    p.decayI = core.getDecayI();
    p.gainI = core.getGainI();
    p.decayTh = core.getDecayTh();
    p.threshold = core.getThreshold();
    p.vReset = core.getVReset();
    p.thJump = core.getThJump();
    p.bias = core.getBias();
    p.refSteps = core.getRefSteps();
    p.wShift = core.getWShift();
    p.nearest = core.getPairing() == "nearest";
    p.decayPre = core.getDecayPre();
    p.decayPost = core.getDecayPost();
    p.impulse = core.getImpulse();
    p.stdp = core.getStdpEnabled();
    p.multiplicative = core.getBounds() == "multiplicative";
    p.stochastic = core.getRounding() == "stochastic";
    p.aPlus = core.getAPlus();
    p.aMinus = core.getAMinus();
    p.wMin = core.getWMin();
    p.wMax = core.getWMax();
    // The golden model's Lfsr32 turns a zero seed into 1.
    p.seedNeuron =
        uint32_t(core.getSeedNeuron()) ? uint32_t(core.getSeedNeuron()) : 1;
    p.seedLearn =
        uint32_t(core.getSeedLearn()) ? uint32_t(core.getSeedLearn()) : 1;
    p.recurrent = core.getRecurrentEnabled();
    p.recOffset = core.getRecurrentOffset();
    p.recDelay = core.getRecurrentDelay();
    p.inhCurrent = core.getInhCurrent().value_or(false);
    p.decayIInh = core.getDecayIInh().value_or(0);
    p.gainIInh = core.getGainIInh().value_or(0);
    p.threeFactor = core.getLearning() == StringRef("three_factor");
    p.hebbian = core.getLearning() == StringRef("hebbian");
    p.decayE = core.getDecayE().value_or(0);
    p.eFracBits = core.getEFracBits().value_or(0);
    p.eta = core.getEta().value_or(0);
    p.hebbianDecay = core.getHebbianDecay().value_or(0);
    p.plasticAxons =
        std::min<int64_t>(p.m, core.getPlasticAxons().value_or(p.m));
    p.pruneThreshold = core.getPruneThreshold().value_or(0);
    p.pruneEvery = core.getPruneEvery().value_or(0);
    return p;
  }
};

/// Creates module-level globals and the ops of one function body: a small
/// vocabulary of i64 arithmetic in which the golden numerics are written.
class Emitter : public plasticc::LoopEmitter {
public:
  Emitter(ConversionPatternRewriter &rewriter, ModuleOp module,
          Operation *anchor, StringRef prefix)
      : LoopEmitter(rewriter, module, anchor, prefix) {}
  using LoopEmitter::forLoop;

  /// Globals created from now on are named `<prefix>_<base>` (one prefix
  /// per core of a system).
  void setPrefix(StringRef newPrefix) { prefix = newPrefix.str(); }

  //===--- globals ---===//

  template <typename T>
  memref::GlobalOp array(StringRef base, ArrayRef<T> values, Type elt,
                         ArrayRef<int64_t> shape, bool constant) {
    auto tensorType = RankedTensorType::get(shape, elt);
    return global(base, MemRefType::get(shape, elt),
                  DenseElementsAttr::get(tensorType, values), constant);
  }
  /// A constant NUL-terminated byte string (names handed to the runtime).
  memref::GlobalOp bytes(StringRef base, StringRef text) {
    SmallVector<int8_t> chars(text.begin(), text.end());
    chars.push_back(0);
    return array<int8_t>(base, chars, b.getI8Type(), {int64_t(chars.size())},
                         true);
  }

  //===--- functions ---===//


  //===--- values ---===//

  /// Sign-extends an integer (or casts an index) to i64.
  Value toI64(Value v) {
    if (v.getType().isIndex())
      return b.create<arith::IndexCastOp>(b.getI64Type(), v);
    if (v.getType().isInteger(64))
      return v;
    return b.create<arith::ExtSIOp>(b.getI64Type(), v);
  }
  /// Zero-extends an i1/i8/i32 to i64.
  Value zext(Value v) { return b.create<arith::ExtUIOp>(b.getI64Type(), v); }
  Value trunc(Value v, Type t) { return b.create<arith::TruncIOp>(t, v); }
  Value add(Value x, Value y) { return b.create<arith::AddIOp>(x, y); }
  Value sub(Value x, Value y) { return b.create<arith::SubIOp>(x, y); }
  Value mul(Value x, Value y) { return b.create<arith::MulIOp>(x, y); }
  Value band(Value x, Value y) { return b.create<arith::AndIOp>(x, y); }
  Value bor(Value x, Value y) { return b.create<arith::OrIOp>(x, y); }
  Value bxor(Value x, Value y) { return b.create<arith::XOrIOp>(x, y); }
  Value shl(Value x, int64_t s) { return b.create<arith::ShLIOp>(x, i64(s)); }
  /// floor(x / 2^s): an arithmetic shift (fixed.h, floorShift).
  Value floorShift(Value x, int64_t s) {
    return s == 0 ? x : Value(b.create<arith::ShRSIOp>(x, i64(s)));
  }
  Value lshr(Value x, int64_t s) { return b.create<arith::ShRUIOp>(x, i64(s)); }
  Value select(Value c, Value x, Value y) {
    return b.create<arith::SelectOp>(c, x, y);
  }
  Value cmp(arith::CmpIPredicate p, Value x, Value y) {
    return b.create<arith::CmpIOp>(p, x, y);
  }
  Value clamp(Value x, int64_t lo, int64_t hi) {
    Value v = b.create<arith::MinSIOp>(x, i64(hi));
    return b.create<arith::MaxSIOp>(v, i64(lo));
  }
  Value sat16(Value x) { return clamp(x, -32768, 32767); }
  /// Round to nearest, ties up: (x + 2^(s-1)) >> s (fixed.h, roundShift).
  Value roundShift(Value x, int64_t s) {
    return s == 0 ? x : floorShift(add(x, i64(int64_t(1) << (s - 1))), s);
  }
  /// floor((x + r8 * 2^(s-8)) / 2^s) (fixed.h, stochasticShift).
  Value stochasticShift(Value x, int64_t s, Value r8) {
    return floorShift(add(x, shl(r8, s - 8)), s);
  }
  /// Decay by a Q0.16 factor, rounded to nearest (fixed.h, mulQ16).
  Value mulQ16(Value x, int64_t factor) {
    return roundShift(mul(x, i64(factor)), 16);
  }

  /// Loads an element as i64 (sign-extended).
  Value loadI64(Value mem, ValueRange idx) { return toI64(load(mem, idx)); }
  /// Stores an i64 truncated to the memref's element type.
  void storeI64(Value v, Value mem, ValueRange idx) {
    Type elt = cast<MemRefType>(mem.getType()).getElementType();
    store(elt.isInteger(64) ? v : trunc(v, elt), mem, idx);
  }
  /// Adds `delta` (i64) to the i64 counter mem[k].
  void bump(Value mem, int64_t k, Value delta) {
    Value idx = index(k);
    store(add(load(mem, idx), delta), mem, idx);
  }
  /// Address of a memref's first element plus `byteOffset`, as i64.
  Value address(Value mem, Value byteOffset = {}) {
    Value base = toI64(b.create<memref::ExtractAlignedPointerAsIndexOp>(mem));
    return byteOffset ? add(base, byteOffset) : base;
  }

  //===--- control flow ---===//

  void forLoop(int64_t lb, int64_t ub, function_ref<void(Value)> body) {
    if (lb < ub)
      forLoop(index(lb), index(ub), body);
  }
  /// while (cond()) body(); with all state in memory.
  void whileLoop(function_ref<Value()> cond, function_ref<void()> body) {
    auto loop = b.create<scf::WhileOp>(TypeRange{}, ValueRange{});
    {
      OpBuilder::InsertionGuard guard(b);
      Block *before = b.createBlock(&loop.getBefore());
      b.setInsertionPointToStart(before);
      b.create<scf::ConditionOp>(cond(), ValueRange{});
      Block *after = b.createBlock(&loop.getAfter());
      b.setInsertionPointToStart(after);
      body();
      b.create<scf::YieldOp>();
    }
  }

};

//===----------------------------------------------------------------------===//
// The lowering of one core.design
//===----------------------------------------------------------------------===//

/// Indices into the i64 counters global.
enum Counter : int64_t {
  kPopSpikes = 0, ///< spikes of population neurons so far.
  kEvents,        ///< existing synapses read in event phases so far.
  kPushed,        ///< input FIFO entries of the current step.
  kActive,        ///< active axons of the current step.
  kStepSpikes,    ///< neurons that spiked in the current step.
  kRecHead,       ///< recurrent FIFO: index of the oldest entry.
  kRecCount,      ///< recurrent FIFO: number of entries.
  kRouted,        ///< routed pushes waiting in the input FIFO (next step).
  kNumCounters
};

/// Rows of the i32 state global (the layout plasticc_rt_core documents).
enum StateRow : int64_t { kU = 0, kI, kIInh, kTheta, kRef, kPostTrace };

/// One core of the design: its globals, its part of plasticc_net_init and
/// its phases in plasticc_net_step.
class CoreLowering {
public:
  CoreLowering(DesignOp design, CoreOp core, int32_t index, Emitter &e)
      : core(core), design(design), index(index), e(e),
        p(CoreParams::read(core)) {}

  /// \p routed: the core receives routed spikes (an input FIFO that fills
  /// between steps). \p probeIds numbers probes across cores by name: the
  /// slices of a split population share one probe (docs/core.md §10.7).
  void createGlobals(bool routed, std::map<std::string, int32_t> &probeIds);
  void emitInit();
  void emitStep(Value t);
  /// The router's push of axon \p axon into this core's input FIFO for the
  /// next step (docs/core.md §10.2): dropped, and counted in \p dropped[0],
  /// when the FIFO is full.
  void pushRouted(Value axon, Value dropped);

  CoreOp core;
  memref::GlobalOp counters, spikeList;
  bool splitProbes() const {
    return llvm::any_of(probes, [](const ProbePlan &p) { return p.sliced; });
  }

private:
  /// A given-spike input as a table sorted by delivery step (stable, so that
  /// spikes of one step keep the op's order, which is the host's push order).
  struct GivenTable {
    SpikeInputOp op;
    memref::GlobalOp steps, axons;
    int64_t size = 0;
    int64_t cursorSlot = 0; ///< its cursor in the cursors global.
  };
  struct ProbePlan {
    ProbeOp op;
    int32_t id = 0;
    memref::GlobalOp name;
    /// A split population's probe (docs/core.md §10.7) is handled by each
    /// of its slice cores; the first declares it.
    bool registers = true;
    bool sliced = false;
    int64_t neuronOffset = 0; ///< the core's neuron 0 in the population.
    int64_t popWidth = 0;     ///< the population's size over its slices.
  };

  Value advance(Value state);
  void fillDraws(int64_t which, int64_t count);
  void skipDraws(int64_t which, int64_t count);
  memref::GlobalOp jumpTable(int64_t n);
  int64_t maxPoisson();
  void pushInput(Value axon);
  void emitGather(Value t);
  void emitEventPhase();
  void emitNeuronPhase(Value t);
  void emitNeuronSlot(Value k, Value r, bool neuron, bool axon, Value t);
  void emitLearningPhase();
  void emitSweepPhase();
  void emitPrunePhase();
  void emitModulator(Value t);
  void emitProbes(Value t);
  Value depress(Value w, Value y, Value r8);
  Value potentiate(Value w, Value x, Value r8);
  Value roundWeightDelta(Value q14, Value r8);
  Value traceDecay(Value x, int64_t decay, Value r8);
  Value traceJump(Value x, Value spiked);

  DesignOp design;
  int32_t index;
  Emitter &e;
  CoreParams p;

  memref::GlobalOp weights, eligibility, state, preTrace, acc, accInh,
      modulator, modSteps, modValues, active, activeList, spiked, lfsr, draws,
      poissonFlags, status, recDue, recAxon, cursors, scratch, coreName,
      routedFlags, pruneCountdown;
  std::vector<GivenTable> given;
  std::map<int64_t, memref::GlobalOp> jumpTables;
  std::vector<ProbePlan> probes;
};

void CoreLowering::createGlobals(bool routed,
                                 std::map<std::string, int32_t> &probeIds) {
  MLIRContext *ctx = e.b.getContext();
  Type i8 = e.b.getI8Type(), i32 = e.b.getI32Type(), i64 = e.b.getI64Type();
  const int64_t n = p.n, m = p.m;

  SmallVector<int8_t> w;
  for (const APInt &v :
       cast<DenseIntElementsAttr>(core.getWeights()).getValues<APInt>())
    w.push_back(int8_t(v.getSExtValue()));
  weights = e.array<int8_t>("weights", w, i8, {m * n}, false);
  eligibility = e.zeros("eligibility", {m * n}, i8);

  SmallVector<int32_t> st(6 * n, 0);
  if (std::optional<ElementsAttr> u = core.getInitialU()) {
    int64_t j = 0;
    for (const APInt &v : cast<DenseIntElementsAttr>(*u).getValues<APInt>())
      st[kU * n + j++] = int32_t(v.getSExtValue());
  }
  state = e.array<int32_t>("state", st, i32, {6, n}, false);
  preTrace = e.zeros("pre_trace", {m}, i32);
  acc = e.zeros("acc", {n}, i64);
  active = e.zeros("active", {m}, i8);
  activeList = e.zeros("active_list", {m}, i32);
  spiked = e.zeros("spiked", {n}, i8);
  spikeList = e.zeros("spike_list", {n}, i32);
  lfsr = e.array<int32_t>("lfsr", {int32_t(p.seedNeuron), int32_t(p.seedLearn)},
                          i32, {2}, false);

  draws = e.zeros("draws", {std::max(p.n, p.m)}, i32);
  poissonFlags =
      e.zeros("poisson_flags", {std::max<int64_t>(1, maxPoisson())}, i8);

  counters = e.zeros("counters", {kNumCounters}, i64);
  status = e.zeros("status", {2}, i64);
  const int64_t recDepth = golden::CoreTiming::kRecurrentFifoDepth;
  recDue = e.zeros("rec_due", {recDepth}, i64);
  recAxon = e.zeros("rec_axon", {recDepth}, i32);
  accInh = e.zeros("acc_inh", {p.inhCurrent ? n : 1}, i64);
  if (routed)
    routedFlags = e.zeros("routed", {m}, e.b.getI8Type());
  // Register 46: loading the image sets C = E - 1 (docs/core.md §11).
  if (p.pruneEvery)
    pruneCountdown = e.array<int64_t>("prune_countdown", {p.pruneEvery - 1},
                                      i64, {1}, false);

  // The modulator register (Q1.7) and the host's writes as a table with a
  // sentinel; [1] of the register global is the table's cursor.
  modulator = e.zeros("modulator", {2}, i64);
  SmallVector<int64_t> modStepList;
  SmallVector<int32_t> modValueList;
  for (ModulatorInputOp op :
       design.getBody().front().getOps<ModulatorInputOp>())
    if (op.getCore() == core.getSymName())
      for (auto [step, value] : llvm::zip(op.getSteps(), op.getValues())) {
        modStepList.push_back(step);
        modValueList.push_back(value);
      }
  modStepList.push_back(INT64_MAX);
  modValueList.push_back(0);
  modSteps = e.array<int64_t>("modulator_steps", modStepList, i64,
                              {int64_t(modStepList.size())}, true);
  modValues = e.array<int32_t>("modulator_values", modValueList, i32,
                               {int64_t(modValueList.size())}, true);

  for (SpikeInputOp op : design.getBody().front().getOps<SpikeInputOp>()) {
    if (op.getCore() != core.getSymName())
      continue;
    std::vector<std::pair<int64_t, int32_t>> spikes;
    for (auto [step, channel] : llvm::zip(op.getSteps(), op.getChannels()))
      spikes.push_back(
          {step + int64_t(op.getDelay()), int32_t(op.getFirst() + channel)});
    std::stable_sort(spikes.begin(), spikes.end(),
                     [](auto &a, auto &b) { return a.first < b.first; });
    SmallVector<int64_t> steps;
    SmallVector<int32_t> axons;
    for (auto [s, a] : spikes) {
      steps.push_back(s);
      axons.push_back(a);
    }
    // A sentinel entry past every step keeps the scan branch-free.
    steps.push_back(INT64_MAX);
    axons.push_back(0);
    GivenTable table;
    table.op = op;
    table.size = int64_t(spikes.size());
    table.steps = e.array<int64_t>("given_steps", steps, i64,
                                   {int64_t(steps.size())}, true);
    table.axons = e.array<int32_t>("given_axons", axons, i32,
                                   {int64_t(axons.size())}, true);
    table.cursorSlot = int64_t(given.size());
    given.push_back(table);
  }
  cursors = e.zeros("given_cursors", {std::max<int64_t>(1, given.size())}, i64);

  int64_t scratchSize = 1;
  for (ProbeOp op : design.getBody().front().getOps<ProbeOp>()) {
    auto named = cast<CoreOp>(
        SymbolTable::lookupSymbolIn(design, op.getCoreAttr().getAttr()));
    if (named.getPopulation() != core.getPopulation())
      continue;
    int64_t count = op.getCount();
    StringRef kind = op.getKind();
    scratchSize =
        std::max(scratchSize, kind == "weights"  ? count * p.popSize
                              : kind == "traces" ? std::max(count, p.popSize)
                                                 : count);
    ProbePlan plan{op, 0, e.bytes("name", op.getSymName())};
    plan.id =
        probeIds.try_emplace(op.getSymName().str(), int32_t(probeIds.size()))
            .first->second;
    plan.registers = named == core;
    SmallVector<mlir::core::PopulationCore> slices =
        mlir::core::populationCores(design, core.getPopulation());
    for (mlir::core::PopulationCore slice : slices)
      if (slice.core == core)
        plan.neuronOffset = slice.neuronOffset;
    plan.popWidth = slices.back().neuronOffset +
                    int64_t(slices.back().core.getPopulationSize());
    plan.sliced = slices.size() > 1;
    probes.push_back(plan);
  }
  scratch = e.zeros("scratch", {scratchSize}, FloatType::getF64(ctx));
  coreName = e.bytes("core_name", core.getSymName());
}

//===--- plasticc_net_init ---===//

void CoreLowering::emitInit() {
  for (ProbePlan &probe : probes) {
    if (!probe.registers)
      continue;
    StringRef kind = probe.op.getKind();
    int64_t count = probe.op.getCount(), d0 = count, d1 = 0;
    int32_t rtKind = kSpikes;
    if (kind == "spikes") {
      d0 = probe.popWidth;
    } else if (kind == "voltage") {
      rtKind = kVoltage;
    } else if (kind == "weights") {
      rtKind = kWeights;
      d0 = count;
      d1 = probe.popWidth;
    } else {
      rtKind = kTraces;
      d0 = count + probe.popWidth;
    }
    e.call("plasticc_rt_probe",
           {e.i32(probe.id), e.address(e.get(probe.name)),
            e.i64(probe.op.getSymName().size()), e.i32(rtKind), e.i64(d0),
            e.i64(d1), e.i64(probe.op.getEvery())});
  }
  e.call("plasticc_rt_core",
         {e.i32(index), e.address(e.get(coreName)),
          e.i64(core.getSymName().size()), e.address(e.get(weights)),
          e.address(e.get(eligibility)), e.address(e.get(state)),
          e.address(e.get(preTrace)), e.address(e.get(status)), e.i64(p.n),
          e.i64(p.m)});
}

//===--- plasticc_net_step ---===//

/// One LFSR advance (prng.h, Lfsr32::advance) of an i32 state: the closed
/// form of LfsrAdvance.h emitted as shifts and XORs (no table loads, so
/// chains of draws vectorise). tests/unit/compiler checks that form against
/// prng.h.
Value CoreLowering::advance(Value state) {
  struct IrWord {
    Emitter *e;
    Value v;
    IrWord operator&(uint32_t mask) const {
      return {e, e->band(v, e->i32(mask))};
    }
    IrWord operator<<(unsigned k) const {
      return {e, e->b.create<arith::ShLIOp>(v, e->i32(k))};
    }
    IrWord operator>>(unsigned k) const {
      return {e, e->b.create<arith::ShRUIOp>(v, e->i32(k))};
    }
    IrWord operator^(IrWord other) const { return {e, e->bxor(v, other.v)}; }
  };
  return plasticc::lfsrAdvanceClosedForm(IrWord{&e, state}).v;
}

/// A^n, n advances of the LFSR, as four byte tables: the advance is linear
/// over GF(2), so A^n(s) is the XOR of A^n of s's set bits.
memref::GlobalOp CoreLowering::jumpTable(int64_t n) {
  auto it = jumpTables.find(n);
  if (it != jumpTables.end())
    return it->second;
  uint32_t column[32];
  for (unsigned bit = 0; bit < 32; ++bit) {
    uint32_t v = 1u << bit;
    for (int64_t k = 0; k < n; ++k)
      v = golden::Lfsr32::advanceSlow(v);
    column[bit] = v;
  }
  SmallVector<int32_t> tables;
  for (unsigned byte = 0; byte < 4; ++byte)
    for (uint32_t v = 0; v < 256; ++v) {
      uint32_t image = 0;
      for (unsigned bit = 0; bit < 8; ++bit)
        if (v >> bit & 1)
          image ^= column[8 * byte + bit];
      tables.push_back(int32_t(image));
    }
  memref::GlobalOp g =
      e.array<int32_t>("lfsr_jump", tables, e.b.getI32Type(), {4, 256}, true);
  jumpTables[n] = g;
  return g;
}

/// The next `count` draws of LFSR `which` into the draws buffer (low 16 bits
/// of each state), the state carried in registers: the draws of a phase do
/// not depend on data, so the updates that use them run apart. A long run
/// is split into kChains interleaved chains started at A^(c L) s (jump
/// tables), so the serial dependence of one advance on the last overlaps;
/// the remainder continues the last chain.
void CoreLowering::fillDraws(int64_t which, int64_t count) {
  constexpr int64_t kChains = 8, kMinChained = 256;
  Value mem = e.get(lfsr), out = e.get(draws);
  Value idx = e.index(which);
  Value state = e.load(mem, idx);
  int64_t chains = count >= kMinChained ? kChains : 1;
  int64_t length = count / chains;
  SmallVector<Value> starts = {state};
  for (int64_t c = 1; c < chains; ++c) {
    Value tables = e.get(jumpTable(c * length));
    Value s64 = e.zext(state), jumped;
    for (int64_t byte = 0; byte < 4; ++byte) {
      Value part = e.band(e.lshr(s64, 8 * byte), e.i64(0xff));
      Value entry = e.load(tables, {e.index(byte), e.toIndex(part)});
      jumped = jumped ? e.bxor(jumped, entry) : entry;
    }
    starts.push_back(jumped);
  }
  auto run = [&](int64_t lb, int64_t ub, ValueRange inits) {
    auto loop =
        e.b.create<scf::ForOp>(e.index(lb), e.index(ub), e.index(1), inits);
    OpBuilder::InsertionGuard guard(e.b);
    e.b.setInsertionPointToStart(loop.getBody());
    SmallVector<Value> next;
    for (auto [c, s] : llvm::enumerate(loop.getRegionIterArgs())) {
      next.push_back(advance(s));
      Value slot =
          c == 0 ? loop.getInductionVar()
                 : e.b.create<arith::AddIOp>(loop.getInductionVar(),
                                             e.index(int64_t(c) * length));
      e.store(e.band(next.back(), e.i32(0xffff)), out, slot);
    }
    e.b.create<scf::YieldOp>(next);
    return loop;
  };
  Value last = run(0, length, starts).getResults().back();
  if (chains * length < count)
    last = run(chains * length, count, {last}).getResult(0);
  e.store(last, mem, idx);
}

/// Advances LFSR `which` by `count` draws that nothing uses (the words of
/// static rows in the sweep): one jump A^count, four table lookups.
void CoreLowering::skipDraws(int64_t which, int64_t count) {
  if (count <= 0)
    return;
  Value mem = e.get(lfsr), idx = e.index(which);
  Value s64 = e.zext(e.load(mem, idx));
  Value tables = e.get(jumpTable(count)), jumped;
  for (int64_t byte = 0; byte < 4; ++byte) {
    Value part = e.band(e.lshr(s64, 8 * byte), e.i64(0xff));
    Value entry = e.load(tables, {e.index(byte), e.toIndex(part)});
    jumped = jumped ? e.bxor(jumped, entry) : entry;
  }
  e.store(jumped, mem, idx);
}

/// The largest Poisson input (channels) of the core.
int64_t CoreLowering::maxPoisson() {
  int64_t most = 0;
  for (PoissonInputOp op : design.getBody().front().getOps<PoissonInputOp>())
    if (op.getCore() == core.getSymName())
      most = std::max<int64_t>(most, op.getCount());
  return most;
}

/// CoreModel::pushInput: the axon is taken if the input FIFO has room; the
/// gather then merges duplicates into the active flags.
void CoreLowering::pushInput(Value axon) {
  Value cnt = e.get(counters);
  Value pushed = e.load(cnt, e.index(kPushed));
  Value room = e.cmp(arith::CmpIPredicate::slt, pushed,
                     e.i64(golden::CoreTiming::kInputFifoDepth));
  auto ifOp = e.b.create<scf::IfOp>(room, /*withElseRegion=*/true);
  {
    OpBuilder::InsertionGuard guard(e.b);
    e.b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
    e.store(e.b.create<arith::ConstantIntOp>(1, 8), e.get(active),
            e.toIndex(axon));
    e.store(e.add(pushed, e.i64(1)), cnt, e.index(kPushed));
    e.b.setInsertionPoint(ifOp.elseBlock()->getTerminator());
    e.bump(e.get(status), 0, e.i64(1));
  }
}

/// Gather: recurrent entries due now, then the input FIFO (routed spikes,
/// then the host's inputs of this step); then the ascending list of active
/// axons.
void CoreLowering::emitGather(Value t) {
  Value act = e.get(active), cnt = e.get(counters);
  Value zero8 = e.b.create<arith::ConstantIntOp>(0, 8);
  if (routedFlags) {
    // The FIFO already holds the routed spikes of the last step (pushed by
    // the drain, before this step's host inputs).
    Value routed = e.get(routedFlags);
    e.forLoop(0, p.m, [&](Value a) {
      e.store(e.load(routed, a), act, a);
      e.store(zero8, routed, a);
    });
    e.store(e.load(cnt, e.index(kRouted)), cnt, e.index(kPushed));
    e.store(e.i64(0), cnt, e.index(kRouted));
  } else {
    e.forLoop(0, p.m, [&](Value a) { e.store(zero8, act, a); });
    e.store(e.i64(0), cnt, e.index(kPushed));
  }

  if (p.recurrent) {
    const int64_t depth = golden::CoreTiming::kRecurrentFifoDepth;
    Value due = e.get(recDue), axonMem = e.get(recAxon);
    e.whileLoop(
        [&] {
          Value count = e.load(cnt, e.index(kRecCount));
          Value head = e.toIndex(e.load(cnt, e.index(kRecHead)));
          // Reading the slot of an empty FIFO is harmless (it is in range).
          Value isDue = e.cmp(arith::CmpIPredicate::eq, e.load(due, head), t);
          Value nonEmpty = e.cmp(arith::CmpIPredicate::sgt, count, e.i64(0));
          return e.band(nonEmpty, isDue);
        },
        [&] {
          Value head = e.load(cnt, e.index(kRecHead));
          Value axon = e.load(axonMem, e.toIndex(head));
          e.store(e.b.create<arith::ConstantIntOp>(1, 8), act, e.toIndex(axon));
          Value nextHead =
              e.b.create<arith::RemSIOp>(e.add(head, e.i64(1)), e.i64(depth));
          e.store(nextHead, cnt, e.index(kRecHead));
          e.bump(cnt, kRecCount, e.i64(-1));
        });
  }

  // The host's inputs in the order it pushes them (coreInputSpikes): input
  // ops in design order, Poisson channels ascending, given spikes in op order.
  size_t givenIndex = 0;
  for (Operation &op : design.getBody().front()) {
    if (auto poisson = dyn_cast<PoissonInputOp>(op)) {
      if (poisson.getCore() != core.getSymName())
        continue;
      // Channel c fires at step s = t - delay iff
      // (h(seed, s, c) >> 11) < threshold; h = splitmix(splitmix(
      // splitmix(seed) ^ s) ^ c), the first factor known at compile time.
      Value s = e.sub(t, e.i64(poisson.getDelay()));
      Value started = e.cmp(arith::CmpIPredicate::sge, s, e.i64(0));
      e.ifThen(started, [&] {
        // Branch-free draws into flags (the loop vectorises), then the
        // pushes in channel order.
        uint64_t seedMix = golden::splitmix64(poisson.getSeed());
        Value stepMix = e.splitmix(e.bxor(e.i64(int64_t(seedMix)), s));
        Value flags = e.get(poissonFlags);
        e.forLoop(0, poisson.getCount(), [&](Value c) {
          Value h = e.splitmix(e.bxor(stepMix, e.toI64(c)));
          Value fires = e.cmp(arith::CmpIPredicate::ult, e.lshr(h, 11),
                              e.i64(poisson.getThreshold()));
          e.store(e.b.create<arith::ExtUIOp>(e.b.getI8Type(), fires), flags, c);
        });
        e.forLoop(0, poisson.getCount(), [&](Value c) {
          Value fires = e.cmp(arith::CmpIPredicate::ne,
                              e.zext(e.load(flags, c)), e.i64(0));
          e.ifThen(fires, [&] {
            pushInput(e.add(e.toI64(c), e.i64(poisson.getFirst())));
          });
        });
      });
    } else if (auto spikes = dyn_cast<SpikeInputOp>(op)) {
      if (spikes.getCore() != core.getSymName())
        continue;
      GivenTable &table = given[givenIndex++];
      Value cur = e.get(cursors), steps = e.get(table.steps),
            axons = e.get(table.axons);
      Value slot = e.index(table.cursorSlot);
      // Entries of earlier steps (none when steps run from 0) are skipped;
      // the sentinel stops both scans.
      e.whileLoop(
          [&] {
            Value k = e.toIndex(e.load(cur, slot));
            return e.cmp(arith::CmpIPredicate::slt, e.load(steps, k), t);
          },
          [&] { e.bump(cur, table.cursorSlot, e.i64(1)); });
      e.whileLoop(
          [&] {
            Value k = e.toIndex(e.load(cur, slot));
            return e.cmp(arith::CmpIPredicate::eq, e.load(steps, k), t);
          },
          [&] {
            Value k = e.toIndex(e.load(cur, slot));
            pushInput(e.toI64(e.load(axons, k)));
            e.bump(cur, table.cursorSlot, e.i64(1));
          });
    }
  }

  // The event phase scans the bitmap in ascending axon order.
  Value list = e.get(activeList);
  e.store(e.i64(0), cnt, e.index(kActive));
  e.forLoop(0, p.m, [&](Value a) {
    Value count = e.load(cnt, e.index(kActive));
    e.store(e.b.create<arith::IndexCastOp>(e.b.getI32Type(), a), list,
            e.toIndex(count));
    e.store(e.add(count, e.zext(e.load(act, a))), cnt, e.index(kActive));
  });
}

Value CoreLowering::roundWeightDelta(Value q14, Value r8) {
  return p.stochastic ? e.stochasticShift(q14, golden::kStdpFracBits, r8)
                      : e.roundShift(q14, golden::kStdpFracBits);
}

/// stdpDepress of stdp.h for an existing synapse.
Value CoreLowering::depress(Value w, Value y, Value r8) {
  Value q14 = p.multiplicative
                  ? e.mul(e.sub(w, e.i64(p.wMin)),
                          e.floorShift(e.mul(y, e.i64(p.aMinus)), 8))
                  : e.mul(y, e.i64(p.aMinus));
  return e.clamp(e.sub(w, roundWeightDelta(q14, r8)), p.wMin, p.wMax);
}

/// stdpPotentiate of stdp.h for an existing synapse.
Value CoreLowering::potentiate(Value w, Value x, Value r8) {
  Value q14 = p.multiplicative
                  ? e.mul(e.sub(e.i64(p.wMax), w),
                          e.floorShift(e.mul(x, e.i64(p.aPlus)), 8))
                  : e.mul(x, e.i64(p.aPlus));
  return e.clamp(e.add(w, roundWeightDelta(q14, r8)), p.wMin, p.wMax);
}

/// Event phase: one pass per active axon row. Without learning nothing but
/// the accumulators depends on the word order, so the row is a plain
/// (vectorisable) loop; with a learning rule the words are visited as
/// c = pos ^ (axon & 1) with one learning-LFSR draw per word, low byte for
/// the even lane, high byte for the odd one, and each existing synapse is
/// read into the accumulator (negative weights into the inhibitory one with
/// inh_current), then STDP depresses it with y(t-1) or three_factor charges
/// its eligibility; hebbian only consumes the draws.
void CoreLowering::emitEventPhase() {
  Value list = e.get(activeList), cnt = e.get(counters), w = e.get(weights),
        accMem = e.get(acc), st = e.get(state);
  Value count = e.toIndex(e.load(cnt, e.index(kActive)));
  e.forLoop(e.index(0), count, [&](Value idx) {
    Value axon = e.toI64(e.load(list, idx));
    Value rowBase = e.mul(axon, e.i64(p.n));
    // Learning writes plastic rows only (axon < P, docs/core.md §10.4).
    Value plasticRow =
        p.staticRows()
            ? e.cmp(arith::CmpIPredicate::slt, axon, e.i64(p.plasticAxons))
            : Value();
    auto deliver = [&](Value j, Value r8) {
      Value widx = e.toIndex(e.add(rowBase, j));
      Value wv = e.loadI64(w, widx);
      Value exists = e.cmp(arith::CmpIPredicate::ne, wv, e.i64(kNoSynapse));
      Value jidx = e.toIndex(j);
      Value input = e.select(exists, e.shl(wv, p.wShift), e.i64(0));
      if (p.inhCurrent && p.cuba) {
        Value negative = e.cmp(arith::CmpIPredicate::slt, wv, e.i64(0));
        Value inhMem = e.get(accInh);
        e.store(
            e.add(e.load(inhMem, jidx), e.select(negative, input, e.i64(0))),
            inhMem, jidx);
        input = e.select(negative, e.i64(0), input);
      }
      e.store(e.add(e.load(accMem, jidx), input), accMem, jidx);
      e.bump(cnt, kEvents, e.zext(exists));
      Value writes = plasticRow ? e.band(exists, plasticRow) : exists;
      if (p.stdp) {
        Value y = e.loadI64(st, {e.index(kPostTrace), jidx});
        e.storeI64(e.select(writes, depress(wv, y, r8), wv), w, widx);
      } else if (p.threeFactor) {
        // e -= roundShift(A- y(t-1), 14 - E), saturated to 8 bits.
        Value y = e.loadI64(st, {e.index(kPostTrace), jidx});
        Value eligMem = e.get(eligibility);
        Value el = e.loadI64(eligMem, widx);
        Value inc = e.roundShift(e.mul(y, e.i64(p.aMinus)),
                                 golden::kStdpFracBits - p.eFracBits);
        e.storeI64(e.select(writes, e.clamp(e.sub(el, inc), -128, 127), el),
                   eligMem, widx);
      }
    };
    if (!p.learning()) {
      e.forLoop(0, p.n, [&](Value j) { deliver(e.toI64(j), Value()); });
      return;
    }
    fillDraws(1, p.n / 2);
    if (!p.stdp && !p.threeFactor) {
      e.forLoop(0, p.n, [&](Value j) { deliver(e.toI64(j), Value()); });
      return;
    }
    Value parity = e.band(axon, e.i64(1));
    Value d = e.get(draws);
    e.forLoop(0, p.n / 2, [&](Value pos) {
      Value c = e.bxor(e.toI64(pos), parity);
      Value r = e.zext(e.load(d, pos));
      for (int64_t lane = 0; lane < 2; ++lane)
        deliver(e.add(e.shl(c, 1), e.i64(lane)),
                lane ? e.lshr(r, 8) : e.band(r, e.i64(0xff)));
    });
  });
}

/// Sweep phase (three_factor, hebbian): every existing synapse, rows
/// ascending, words c = pos ^ (i & 1), two learning-LFSR draws per word (the
/// first rounds the eligibility decay, the second the weight change).
void CoreLowering::emitSweepPhase() {
  if (!p.threeFactor && !p.hebbian)
    return;
  Value w = e.get(weights), eligMem = e.get(eligibility),
        xMem = e.get(preTrace), st = e.get(state), sp = e.get(spiked),
        d = e.get(draws);
  Value m = p.threeFactor ? e.load(e.get(modulator), e.index(0)) : Value();
  // Static rows (>= P) draw as before but are never written.
  e.forLoop(0, p.plasticAxons, [&](Value i) {
    Value i64v = e.toI64(i);
    fillDraws(1, p.n);
    Value x = e.loadI64(xMem, i);
    Value parity = e.band(i64v, e.i64(1));
    Value rowBase = e.mul(i64v, e.i64(p.n));
    e.forLoop(0, p.n / 2, [&](Value pos) {
      Value c = e.bxor(e.toI64(pos), parity);
      Value pos2 = e.shl(e.toI64(pos), 1);
      Value rE = e.zext(e.load(d, e.toIndex(pos2)));
      Value rW = e.zext(e.load(d, e.toIndex(e.add(pos2, e.i64(1)))));
      for (int64_t lane = 0; lane < 2; ++lane) {
        Value j = e.add(e.shl(c, 1), e.i64(lane));
        Value jidx = e.toIndex(j);
        Value widx = e.toIndex(e.add(rowBase, j));
        Value wv = e.loadI64(w, widx);
        Value exists = e.cmp(arith::CmpIPredicate::ne, wv, e.i64(kNoSynapse));
        auto byte = [&](Value r) {
          return lane ? e.lshr(r, 8) : e.band(r, e.i64(0xff));
        };
        if (p.hebbian) {
          // w += R20(eta x(t) y(t) - 2^4 k w), clipped, with Oja's
          // k = min(2^16 - 1, eta_o y^2 / 2^12) (hebbian.h).
          Value y = e.loadI64(st, {e.index(kPostTrace), jidx});
          Value q = e.mul(e.mul(e.i64(p.eta), x), y);
          if (p.hebbianDecay) {
            Value k = e.lshr(e.mul(e.i64(p.hebbianDecay), e.mul(y, y)), 12);
            k = e.select(e.cmp(arith::CmpIPredicate::sgt, k, e.i64(0xffff)),
                         e.i64(0xffff), k);
            q = e.sub(q, e.mul(e.mul(k, wv), e.i64(16)));
          }
          Value delta =
              p.stochastic
                  ? e.stochasticShift(q, golden::kHebbianFracBits, byte(rW))
                  : e.roundShift(q, golden::kHebbianFracBits);
          e.storeI64(
              e.select(exists, e.clamp(e.add(wv, delta), p.wMin, p.wMax), wv),
              w, widx);
          continue;
        }
        // e = sat8(stochasticShift(e D_e, 16, rE) + (post spike ? A+ x : 0)),
        // then w += stochasticShift(eta M e, 23 + E, rW) (three_factor.h).
        Value el = e.loadI64(eligMem, widx);
        Value decayed =
            e.stochasticShift(e.mul(el, e.i64(p.decayE)), 16, byte(rE));
        Value fired =
            e.cmp(arith::CmpIPredicate::ne, e.zext(e.load(sp, jidx)), e.i64(0));
        Value inc = e.roundShift(e.mul(x, e.i64(p.aPlus)),
                                 golden::kStdpFracBits - p.eFracBits);
        Value elNew =
            e.clamp(e.add(decayed, e.select(fired, inc, e.i64(0))), -128, 127);
        e.storeI64(e.select(exists, elNew, el), eligMem, widx);
        Value q = e.mul(e.mul(e.i64(p.eta), m), elNew);
        Value delta = e.stochasticShift(q, 16 + 7 + p.eFracBits, byte(rW));
        e.storeI64(
            e.select(exists, e.clamp(e.add(wv, delta), p.wMin, p.wMax), wv), w,
            widx);
      }
    });
  });
  skipDraws(1, (p.m - p.plasticAxons) * p.n);
}

/// Prune phase (docs/core.md §11): the countdown decides at the tick whether
/// this step prunes; if so, synapses of rows below P with |w| < T become
/// absent, rows ascending and words c = pos ^ (i & 1) as in the sweep (the
/// result does not depend on the order). It draws no random numbers.
void CoreLowering::emitPrunePhase() {
  if (!p.pruneEvery)
    return;
  Value reg = e.get(pruneCountdown);
  Value c = e.load(reg, e.index(0));
  Value prunes = e.cmp(arith::CmpIPredicate::eq, c, e.i64(0));
  e.store(e.select(prunes, e.i64(p.pruneEvery - 1), e.sub(c, e.i64(1))), reg,
          e.index(0));
  if (p.pruneThreshold == 0 || p.plasticAxons == 0)
    return; // |w| < 0 never holds, or no row is plastic.
  e.ifThen(prunes, [&] {
    Value w = e.get(weights);
    e.forLoop(0, p.plasticAxons, [&](Value i) {
      Value i64v = e.toI64(i);
      Value parity = e.band(i64v, e.i64(1));
      Value rowBase = e.mul(i64v, e.i64(p.n));
      e.forLoop(0, p.n / 2, [&](Value pos) {
        Value word = e.bxor(e.toI64(pos), parity);
        for (int64_t lane = 0; lane < 2; ++lane) {
          Value widx =
              e.toIndex(e.add(rowBase, e.add(e.shl(word, 1), e.i64(lane))));
          Value wv = e.loadI64(w, widx);
          // -T < w < T; an absent synapse (-128) never passes, as T <= 128.
          Value above =
              e.cmp(arith::CmpIPredicate::sgt, wv, e.i64(-p.pruneThreshold));
          Value below =
              e.cmp(arith::CmpIPredicate::slt, wv, e.i64(p.pruneThreshold));
          Value weak = e.band(above, below);
          e.storeI64(e.select(weak, e.i64(kNoSynapse), wv), w, widx);
        }
      });
    });
  });
}

/// The host's modulator writes due at step t (before the step runs, as
/// plasticc-sim applies --modulator).
void CoreLowering::emitModulator(Value t) {
  if (!p.threeFactor)
    return;
  Value reg = e.get(modulator), steps = e.get(modSteps),
        values = e.get(modValues);
  e.whileLoop(
      [&] {
        Value k = e.toIndex(e.load(reg, e.index(1)));
        return e.cmp(arith::CmpIPredicate::sle, e.load(steps, k), t);
      },
      [&] {
        Value k = e.load(reg, e.index(1));
        e.store(e.toI64(e.load(values, e.toIndex(k))), reg, e.index(0));
        e.store(e.add(k, e.i64(1)), reg, e.index(1));
      });
}

/// Stochastically rounded decay over one step (trace.h, traceDecay).
Value CoreLowering::traceDecay(Value x, int64_t decay, Value r8) {
  return e.stochasticShift(e.mul(x, e.i64(decay)), 16, r8);
}

/// The trace after a spike (trace.h, traceJump); `spiked` is i1.
Value CoreLowering::traceJump(Value x, Value spiked) {
  Value jumped =
      p.nearest
          ? e.i64(p.impulse)
          : e.b.create<arith::MinSIOp>(e.add(x, e.i64(p.impulse)), e.i64(255));
  return e.select(spiked, jumped, x);
}

/// Slot k of the neuron phase with draw r: neuron k (lif.h, neuronStep; post
/// trace with the low byte) and axon k's pre trace (high byte).
void CoreLowering::emitNeuronSlot(Value k, Value r, bool neuron, bool axon,
                                    Value t) {
  Value st = e.get(state);
  auto row = [&](StateRow which) { return e.index(which); };
  if (neuron) {
    Value accMem = e.get(acc);
    Value input = e.load(accMem, k);
    e.store(e.i64(0), accMem, k);
    Value u = e.loadI64(st, {row(kU), k});
    Value ref = e.loadI64(st, {row(kRef), k});

    // The synaptic current keeps evolving while refractory; only u freezes.
    Value iNow, iInhNow;
    if (p.cuba) {
      iNow = e.sat16(e.add(e.loadI64(st, {row(kI), k}), input));
      e.storeI64(e.sat16(e.mulQ16(iNow, p.decayI)), st, {row(kI), k});
      if (p.inhCurrent) {
        Value inhMem = e.get(accInh);
        Value inhInput = e.load(inhMem, k);
        e.store(e.i64(0), inhMem, k);
        iInhNow = e.sat16(e.add(e.loadI64(st, {row(kIInh), k}), inhInput));
        e.storeI64(e.sat16(e.mulQ16(iInhNow, p.decayIInh)), st,
                   {row(kIInh), k});
      }
    }
    Value theta = e.i64(0);
    if (p.adaptive) {
      theta = e.sat16(e.mulQ16(e.loadI64(st, {row(kTheta), k}), p.decayTh));
    }
    Value refractory = e.cmp(arith::CmpIPredicate::sgt, ref, e.i64(0));

    Value uNew;
    if (p.cuba) {
      Value leaked = p.leak ? e.mulQ16(u, p.decayV) : u;
      Value sum = e.add(leaked, e.mulQ16(iNow, p.gainI));
      if (p.inhCurrent)
        sum = e.add(sum, e.mulQ16(iInhNow, p.gainIInh));
      uNew = e.sat16(e.add(sum, e.i64(p.bias)));
    } else {
      Value z = e.sat16(e.add(u, input));
      uNew = e.sat16(e.add(p.leak ? e.mulQ16(z, p.decayV) : z, e.i64(p.bias)));
    }
    Value effThreshold = e.add(e.i64(p.threshold), theta);
    Value spike = e.b.create<arith::ConstantIntOp>(0, 1);
    if (p.spikes) {
      Value notRefractory = e.cmp(arith::CmpIPredicate::sle, ref, e.i64(0));
      spike = e.band(notRefractory,
                     e.cmp(arith::CmpIPredicate::sge, uNew, effThreshold));
    }
    Value uReset =
        p.subtract ? e.sat16(e.sub(uNew, e.sub(effThreshold, e.i64(p.vReset))))
                   : e.i64(p.vReset);
    Value uFinal = e.select(refractory, u, e.select(spike, uReset, uNew));
    e.storeI64(uFinal, st, {row(kU), k});
    if (p.adaptive)
      e.storeI64(e.select(spike, e.sat16(e.add(theta, e.i64(p.thJump))), theta),
                 st, {row(kTheta), k});
    Value refFinal = e.select(refractory, e.sub(ref, e.i64(1)),
                              e.select(spike, e.i64(p.refSteps), ref));
    e.storeI64(refFinal, st, {row(kRef), k});

    Value y = e.loadI64(st, {row(kPostTrace), k});
    Value yNew =
        traceJump(traceDecay(y, p.decayPost, e.band(r, e.i64(0xff))), spike);
    e.storeI64(yNew, st, {row(kPostTrace), k});
    e.store(e.b.create<arith::ExtUIOp>(e.b.getI8Type(), spike), e.get(spiked),
            k);

    // The spike list (ascending) without a branch: write, then advance.
    Value cnt = e.get(counters);
    Value nSp = e.load(cnt, e.index(kStepSpikes));
    e.store(e.b.create<arith::IndexCastOp>(e.b.getI32Type(), k),
            e.get(spikeList), e.toIndex(nSp));
    e.store(e.add(nSp, e.zext(spike)), cnt, e.index(kStepSpikes));

    if (p.recurrent) {
      e.ifThen(spike, [&] {
        Value target = e.add(e.toI64(k), e.i64(p.recOffset));
        Value onCore = e.cmp(arith::CmpIPredicate::slt, target, e.i64(p.m));
        e.ifThen(onCore, [&] {
          const int64_t depth = golden::CoreTiming::kRecurrentFifoDepth;
          Value count = e.load(cnt, e.index(kRecCount));
          Value room = e.cmp(arith::CmpIPredicate::slt, count, e.i64(depth));
          auto ifOp = e.b.create<scf::IfOp>(room, /*withElseRegion=*/true);
          OpBuilder::InsertionGuard guard(e.b);
          e.b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
          Value head = e.load(cnt, e.index(kRecHead));
          Value tail = e.toIndex(
              e.b.create<arith::RemSIOp>(e.add(head, count), e.i64(depth)));
          e.store(e.add(t, e.i64(p.recDelay)), e.get(recDue), tail);
          e.storeI64(target, e.get(recAxon), tail);
          e.store(e.add(count, e.i64(1)), cnt, e.index(kRecCount));
          e.b.setInsertionPoint(ifOp.elseBlock()->getTerminator());
          e.bump(e.get(status), 1, e.i64(1));
        });
      });
    }
  }
  if (axon) {
    Value xMem = e.get(preTrace);
    Value x = e.loadI64(xMem, k);
    Value arrived = e.cmp(arith::CmpIPredicate::ne,
                          e.zext(e.load(e.get(active), k)), e.i64(0));
    Value xNew = traceDecay(traceJump(x, arrived), p.decayPre, e.lshr(r, 8));
    e.storeI64(xNew, xMem, k);
  }
}

/// Neuron phase: slots k = 0 .. max(N, M) - 1, one neuron-LFSR advance
/// each. The draws come first (a tight serial loop); then the axons' pre
/// traces (a vectorisable loop) and the neurons, each reading its slot's draw.
void CoreLowering::emitNeuronPhase(Value t) {
  e.store(e.i64(0), e.get(counters), e.index(kStepSpikes));
  fillDraws(0, std::max(p.n, p.m));
  Value d = e.get(draws);
  auto draw = [&](Value k) { return e.zext(e.load(d, k)); };
  e.forLoop(0, p.m,
            [&](Value k) { emitNeuronSlot(k, draw(k), false, true, t); });
  e.forLoop(0, p.n,
            [&](Value k) { emitNeuronSlot(k, draw(k), true, false, t); });
}

/// Learning phase (STDP): ascending column pairs c with a spike on 2c or
/// 2c+1; rows visited as i = pos ^ (c & 1), one learning-LFSR draw per word;
/// only spiking lanes with a synapse change, potentiated with x(t).
void CoreLowering::emitLearningPhase() {
  if (!p.stdp)
    return;
  Value sp = e.get(spiked), w = e.get(weights), xMem = e.get(preTrace);
  e.forLoop(0, p.n / 2, [&](Value c) {
    Value c64 = e.toI64(c);
    Value j0 = e.toIndex(e.shl(c64, 1));
    Value j1 = e.toIndex(e.add(e.shl(c64, 1), e.i64(1)));
    Value zero8 = e.b.create<arith::ConstantIntOp>(0, 8);
    Value hit0 = e.cmp(arith::CmpIPredicate::ne, e.load(sp, j0), zero8);
    Value hit1 = e.cmp(arith::CmpIPredicate::ne, e.load(sp, j1), zero8);
    e.ifThen(e.bor(hit0, hit1), [&] {
      Value parity = e.band(c64, e.i64(1));
      fillDraws(1, p.m);
      Value d = e.get(draws);
      e.forLoop(0, p.m, [&](Value pos) {
        Value i = e.bxor(e.toI64(pos), parity);
        Value r = e.zext(e.load(d, pos));
        Value x = e.loadI64(xMem, e.toIndex(i));
        Value plasticRow =
            p.staticRows()
                ? e.cmp(arith::CmpIPredicate::slt, i, e.i64(p.plasticAxons))
                : Value();
        for (int64_t lane = 0; lane < 2; ++lane) {
          Value hit = plasticRow ? e.band(lane ? hit1 : hit0, plasticRow)
                                 : (lane ? hit1 : hit0);
          Value j = e.add(e.shl(c64, 1), e.i64(lane));
          Value widx = e.toIndex(e.add(e.mul(i, e.i64(p.n)), j));
          Value wv = e.loadI64(w, widx);
          Value exists = e.cmp(arith::CmpIPredicate::ne, wv, e.i64(kNoSynapse));
          Value r8 = lane ? e.lshr(r, 8) : e.band(r, e.i64(0xff));
          e.storeI64(e.select(e.band(hit, exists), potentiate(wv, x, r8), wv),
                     w, widx);
        }
      });
    });
  });
}

/// Hands the step's spikes and the due samples to the runtime.
void CoreLowering::emitProbes(Value t) {
  Value cnt = e.get(counters), list = e.get(spikeList);
  Value nSp = e.load(cnt, e.index(kStepSpikes));
  e.call("plasticc_rt_core_spikes",
         {e.i32(index), t, e.address(list), e.trunc(nSp, e.b.getI32Type())});

  // Spikes of population neurons: the ascending list's prefix below
  // population_size (padding neurons come after).
  auto countBelow = [&](int64_t bound) {
    if (bound >= p.n)
      return nSp;
    Value below =
        e.b.create<memref::AllocaOp>(MemRefType::get({}, e.b.getI64Type()));
    e.store(e.i64(0), below, {});
    e.forLoop(e.index(0), e.toIndex(nSp), [&](Value s) {
      Value in = e.cmp(arith::CmpIPredicate::slt, e.toI64(e.load(list, s)),
                       e.i64(bound));
      e.store(e.add(e.load(below, {}), e.zext(in)), below, {});
    });
    return e.load(below, {});
  };
  e.bump(cnt, kPopSpikes, countBelow(p.popSize));

  Value out = e.get(scratch), st = e.get(state);
  for (ProbePlan &probe : probes) {
    StringRef kind = probe.op.getKind();
    int64_t first = probe.op.getFirst(), count = probe.op.getCount();
    double scale = probe.op.getScale().convertToDouble();
    double offset = probe.op.getOffset().convertToDouble();
    auto sample = [&](int64_t size) {
      e.call("plasticc_rt_sample",
             {e.i32(probe.id), t, e.address(out), e.i64(size)});
    };
    auto toF64 = [&](Value v) {
      return e.b.create<arith::SIToFPOp>(e.b.getF64Type(), v);
    };
    auto scaled = [&](Value v, double s, double o) {
      Value f = e.b.create<arith::MulFOp>(toF64(v), e.f64(s));
      return o == 0.0 ? f : Value(e.b.create<arith::AddFOp>(f, e.f64(o)));
    };
    // A neuron range counts from the population's neuron 0: this core's
    // part of it (all of it unless the population is split).
    int64_t localFirst =
        std::clamp<int64_t>(first - probe.neuronOffset, 0, p.popSize);
    int64_t localEnd =
        std::clamp<int64_t>(first + count - probe.neuronOffset, 0, p.popSize);
    if ((kind == "spikes" || kind == "voltage") && localEnd <= localFirst)
      continue;
    if (kind == "spikes") {
      // Neurons first .. first+count-1 of the ascending list (first is 0
      // for a population's probe, so indices need no shift); a slice's
      // neurons are shifted by its offset in the population.
      Value lo = localFirst == 0 ? e.i64(0) : countBelow(localFirst);
      Value hi = countBelow(localEnd);
      Value from = e.address(list, e.mul(lo, e.i64(4)));
      Value n = e.trunc(e.sub(hi, lo), e.b.getI32Type());
      if (probe.neuronOffset == 0)
        e.call("plasticc_rt_spikes", {e.i32(probe.id), t, from, n});
      else
        e.call("plasticc_rt_spikes_at",
               {e.i32(probe.id), t, from, n, e.i64(probe.neuronOffset)});
      continue;
    }
    Value due = e.cmp(arith::CmpIPredicate::eq,
                      e.b.create<arith::RemUIOp>(e.add(t, e.i64(1)),
                                                 e.i64(probe.op.getEvery())),
                      e.i64(0));
    e.ifThen(due, [&] {
      if (kind == "voltage") {
        e.forLoop(0, localEnd - localFirst, [&](Value j) {
          Value jj = e.toIndex(e.add(e.toI64(j), e.i64(localFirst)));
          e.store(scaled(e.loadI64(st, {e.index(kU), jj}), scale, offset), out,
                  j);
        });
        sample(localEnd - localFirst);
      } else if (kind == "weights") {
        Value w = e.get(weights);
        Value nan = e.f64(std::nan(""));
        e.forLoop(0, count, [&](Value a) {
          Value row = e.mul(e.add(e.toI64(a), e.i64(first)), e.i64(p.n));
          Value outRow = e.mul(e.toI64(a), e.i64(p.popSize));
          e.forLoop(0, p.popSize, [&](Value j) {
            Value wv = e.loadI64(w, e.toIndex(e.add(row, e.toI64(j))));
            Value exists =
                e.cmp(arith::CmpIPredicate::ne, wv, e.i64(kNoSynapse));
            e.store(e.select(exists, scaled(wv, scale, 0.0), nan), out,
                    e.toIndex(e.add(outRow, e.toI64(j))));
          });
        });
        if (probe.sliced)
          e.call("plasticc_rt_sample_columns",
                 {e.i32(probe.id), t, e.address(out), e.i64(count),
                  e.i64(p.popSize), e.i64(probe.neuronOffset)});
        else
          sample(count * p.popSize);
      } else {
        // A split population's pre traces are its first slice's.
        if (probe.neuronOffset == 0) {
          Value xMem = e.get(preTrace);
          e.forLoop(0, count, [&](Value a) {
            Value aa = e.toIndex(e.add(e.toI64(a), e.i64(first)));
            e.store(scaled(e.loadI64(xMem, aa), scale, 0.0), out, a);
          });
          sample(count);
        }
        e.forLoop(0, p.popSize, [&](Value j) {
          e.store(scaled(e.loadI64(st, {e.index(kPostTrace), j}), scale, 0.0),
                  out, j);
        });
        sample(p.popSize);
      }
    });
  }
}

void CoreLowering::emitStep(Value t) {
  emitModulator(t);
  emitGather(t);
  emitEventPhase();
  emitNeuronPhase(t);
  emitLearningPhase();
  emitSweepPhase();
  emitPrunePhase();
  emitProbes(t);
}

void CoreLowering::pushRouted(Value axon, Value dropped) {
  Value cnt = e.get(counters);
  Value pending = e.load(cnt, e.index(kRouted));
  Value room = e.cmp(arith::CmpIPredicate::slt, pending,
                     e.i64(golden::CoreTiming::kInputFifoDepth));
  auto ifOp = e.b.create<scf::IfOp>(room, /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(e.b);
  e.b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
  e.store(e.b.create<arith::ConstantIntOp>(1, 8), e.get(routedFlags),
          e.toIndex(axon));
  e.store(e.add(pending, e.i64(1)), cnt, e.index(kRouted));
  e.b.setInsertionPoint(ifOp.elseBlock()->getTerminator());
  e.bump(dropped, 0, e.i64(1));
}

//===----------------------------------------------------------------------===//
// The lowering of one core.design: its cores, then the router
//===----------------------------------------------------------------------===//

class DesignLowering {
public:
  DesignLowering(DesignOp design, Emitter &e) : design(design), e(e) {}

  void run() {
    MLIRContext *ctx = e.b.getContext();
    Type i32 = e.b.getI32Type(), i64 = e.b.getI64Type(),
         f64 = e.b.getF64Type();
    SmallVector<CoreOp> coreOps(design.getBody().front().getOps<CoreOp>());
    SmallVector<RouteOp> routes(design.getBody().front().getOps<RouteOp>());
    std::string base = "core_" + design.getSymName().str();
    std::map<std::string, int32_t> probeIds;
    for (auto [k, op] : llvm::enumerate(coreOps)) {
      // One core keeps the v1 names; a system's cores get their own.
      e.setPrefix(coreOps.size() == 1 ? base
                                      : base + "_" + op.getSymName().str());
      cores.push_back(std::make_unique<CoreLowering>(design, op, int32_t(k), e));
      bool routed = llvm::any_of(routes, [&](RouteOp route) {
        return route.getDst() == op.getSymName();
      });
      cores.back()->createGlobals(routed, probeIds);
    }
    e.setPrefix(base);
    netName = e.bytes("name", design.getSymName());
    routerStatus = e.zeros("router_status", {1}, i64);

    e.declare("plasticc_rt_network", FunctionType::get(ctx, {i64, i64, f64}, {}));
    e.declare("plasticc_rt_probe",
              FunctionType::get(ctx, {i32, i64, i64, i32, i64, i64, i64}, {}));
    e.declare("plasticc_rt_core",
              FunctionType::get(
                  ctx, {i32, i64, i64, i64, i64, i64, i64, i64, i64, i64}, {}));
    e.declare("plasticc_rt_router", FunctionType::get(ctx, {i64}, {}));
    e.declare("plasticc_rt_core_spikes",
              FunctionType::get(ctx, {i32, i64, i64, i32}, {}));
    e.declare("plasticc_rt_spikes",
              FunctionType::get(ctx, {i32, i64, i64, i32}, {}));
    e.declare("plasticc_rt_sample",
              FunctionType::get(ctx, {i32, i64, i64, i64}, {}));
    // The hooks of a split population's probes (docs/core.md §10.7).
    if (llvm::any_of(cores, [](auto &core) { return core->splitProbes(); })) {
      e.declare("plasticc_rt_spikes_at",
                FunctionType::get(ctx, {i32, i64, i64, i32, i64}, {}));
      e.declare("plasticc_rt_sample_columns",
                FunctionType::get(ctx, {i32, i64, i64, i64, i64, i64}, {}));
    }

    e.beginFunc("plasticc_net_init", FunctionType::get(ctx, {}, {}));
    e.call("plasticc_rt_network",
           {e.address(e.get(netName)), e.i64(design.getSymName().size()),
            e.f64(design.getDtMs().convertToDouble())});
    for (auto &core : cores)
      core->emitInit();
    if (!routes.empty())
      e.call("plasticc_rt_router", {e.address(e.get(routerStatus))});
    e.b.create<func::ReturnOp>();

    func::FuncOp fn = e.beginFunc(
        "plasticc_net_step", FunctionType::get(ctx, {e.b.getI64Type()}, {}));
    Value t = fn.getArgument(0);
    for (auto &core : cores)
      core->emitStep(t);
    emitDrain(routes);
    e.b.create<func::ReturnOp>();

    emitCount("plasticc_net_spike_count", kPopSpikes);
    emitCount("plasticc_net_event_count", kEvents);
  }

private:
  /// The router after every core's step (docs/core.md §10.2): source cores
  /// ascending, each core's spikes ascending, its routes in table order.
  void emitDrain(ArrayRef<RouteOp> routes) {
    if (routes.empty())
      return;
    Value dropped = e.get(routerStatus);
    for (auto &src : cores) {
      SmallVector<std::pair<RouteOp, CoreLowering *>> out;
      for (RouteOp route : routes)
        if (route.getSrc() == src->core.getSymName())
          for (auto &dst : cores)
            if (route.getDst() == dst->core.getSymName())
              out.push_back({route, dst.get()});
      if (out.empty())
        continue;
      Value list = e.get(src->spikeList);
      Value nSp = e.load(e.get(src->counters), e.index(kStepSpikes));
      e.forLoop(e.index(0), e.toIndex(nSp), [&](Value s) {
        Value j = e.toI64(e.load(list, s));
        for (auto &[route, dst] : out) {
          int64_t first = route.getFirst(), count = route.getCount();
          CoreLowering *target = dst;
          Value matches = e.cmp(arith::CmpIPredicate::slt, j, e.i64(count));
          e.ifThen(matches, [&] {
            target->pushRouted(e.add(j, e.i64(first)), dropped);
          });
        }
      });
    }
  }

  void emitCount(StringRef name, Counter counter) {
    MLIRContext *ctx = e.b.getContext();
    e.beginFunc(name, FunctionType::get(ctx, {}, {e.b.getI64Type()}));
    Value sum = e.i64(0);
    for (auto &core : cores)
      sum = e.add(sum, e.load(e.get(core->counters), e.index(counter)));
    e.b.create<func::ReturnOp>(sum);
  }

  DesignOp design;
  Emitter &e;
  std::vector<std::unique_ptr<CoreLowering>> cores;
  memref::GlobalOp netName, routerStatus;
};

//===----------------------------------------------------------------------===//
// Patterns
//===----------------------------------------------------------------------===//

/// Replaces a `core.design` (and everything in it) by its globals and
/// functions. What the lowering cannot run gets a located error; the design
/// is still erased so that the error is reported once, and `userError` is set
/// for the pass to fail.
struct DesignOpLowering : OpConversionPattern<DesignOp> {
  DesignOpLowering(MLIRContext *ctx, bool *userError)
      : OpConversionPattern(ctx), userError(userError) {}

  LogicalResult
  matchAndRewrite(DesignOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op.getBody().front().getOps<CoreOp>().empty()) {
      op.emitError("the CPU's fixed mode runs a design of at least one "
                   "core.core, but @")
          << op.getSymName() << " has none";
      if (userError)
        *userError = true;
      rewriter.eraseOp(op);
      return success();
    }
    auto module = op->getParentOfType<ModuleOp>();
    Emitter emitter(rewriter, module, op, "core_" + op.getSymName().str());
    DesignLowering(op, emitter).run();
    rewriter.eraseOp(op);
    return success();
  }

  bool *userError;
};

} // namespace

void plasticc::populateCoreToLoopsPatterns(RewritePatternSet &patterns,
                                           bool *userError) {
  patterns.add<DesignOpLowering>(patterns.getContext(), userError);
}

//===----------------------------------------------------------------------===//
// Pass
//===----------------------------------------------------------------------===//

namespace {
struct ConvertCoreToLoopsPass
    : plasticc::impl::ConvertCoreToLoopsBase<ConvertCoreToLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<DesignOp> designs(module.getOps<DesignOp>());
    if (designs.size() > 1) {
      designs[1].emitError("the CPU's fixed mode compiles one core.design "
                           "per module");
      return signalPassFailure();
    }
    ConversionTarget target(getContext());
    target.addLegalDialect<arith::ArithDialect, func::FuncDialect,
                           memref::MemRefDialect, scf::SCFDialect>();
    target.addIllegalDialect<CoreDialect>();
    RewritePatternSet patterns(&getContext());
    bool userError = false;
    plasticc::populateCoreToLoopsPatterns(patterns, &userError);
    if (failed(applyPartialConversion(module, target, std::move(patterns))) ||
        userError)
      signalPassFailure();
  }
};
} // namespace
