//===- CoreDialect.cpp - hardware-mapped core dialect -----------*- C++ -*-===//
//
// Part of plasticc. The verifier holds every core.core to the ranges of the
// core image format (docs/core.md §6), so that an emitted image always loads.
//
//===----------------------------------------------------------------------===//

#include "core/CoreDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;
using namespace mlir::core;

#include "core/CoreDialect.cpp.inc"

void CoreDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "core/CoreOps.cpp.inc"
      >();
}

#define GET_OP_CLASSES
#include "core/CoreOps.cpp.inc"

namespace {
/// Emits "'<name>' = <value> is outside [lo, hi]" when out of range.
LogicalResult checkRange(CoreOp op, llvm::StringRef name, int64_t value,
                         int64_t lo, int64_t hi) {
  if (value < lo || value > hi)
    return op.emitOpError("'")
           << name << "' = " << value << " is outside [" << lo << ", " << hi
           << "]";
  return success();
}
} // namespace

LogicalResult CoreOp::verify() {
  int64_t n = getNeurons(), m = getAxons();
  if (n < 4 || n > 1024 || n % 4 != 0)
    return emitOpError("a core has 4 to 1024 neurons, a multiple of 4; got ")
           << n;
  if (m < 2 || m > 1024 || m % 2 != 0)
    return emitOpError("a core has 2 to 1024 axons, an even number; got ")
           << m;
  if (!(getDtMs().convertToDouble() > 0) || !(getVLsbMv().convertToDouble() > 0))
    return emitOpError("'dt_ms' and 'v_lsb_mv' must be positive");
  if (getRecurrentEnabled() &&
      int64_t(getRecurrentOffset()) + int64_t(getPopulationSize()) > m)
    return emitOpError("recurrent rows ")
           << getRecurrentOffset() << " .. "
           << getRecurrentOffset() + getPopulationSize() - 1
           << " do not fit " << m << " axons";
  if (int64_t(getPopulationSize()) < 1 || int64_t(getPopulationSize()) > n)
    return emitOpError("population of ")
           << getPopulationSize() << " neurons does not fit " << n;
  if (!llvm::is_contained({"lif", "cuba_lif", "if", "li"}, getModel()))
    return emitOpError("unknown neuron model '") << getModel() << "'";
  if (!llvm::is_contained({"value", "subtract"}, getReset()))
    return emitOpError("unknown reset '") << getReset() << "'";
  if (!llvm::is_contained({"all_to_all", "nearest"}, getPairing()))
    return emitOpError("unknown pairing '") << getPairing() << "'";
  if (!llvm::is_contained({"additive", "multiplicative"}, getBounds()))
    return emitOpError("unknown bounds '") << getBounds() << "'";
  if (!llvm::is_contained({"nearest", "stochastic"}, getRounding()))
    return emitOpError("unknown rounding '") << getRounding() << "'";
  const int64_t u16 = 65535, s16lo = -32768, s16hi = 32767;
  if (failed(checkRange(*this, "decay_v", getDecayV(), 0, u16)) ||
      failed(checkRange(*this, "decay_i", getDecayI(), 0, u16)) ||
      failed(checkRange(*this, "decay_th", getDecayTh(), 0, u16)) ||
      failed(checkRange(*this, "gain_i", getGainI(), 0, u16)) ||
      failed(checkRange(*this, "threshold", getThreshold(), 0, s16hi)) ||
      failed(checkRange(*this, "v_reset", getVReset(), s16lo, s16hi)) ||
      failed(checkRange(*this, "th_jump", getThJump(), 0, s16hi)) ||
      failed(checkRange(*this, "bias", getBias(), s16lo, s16hi)) ||
      failed(checkRange(*this, "ref_steps", getRefSteps(), 0, 127)) ||
      failed(checkRange(*this, "w_shift", getWShift(), 0, 7)) ||
      failed(checkRange(*this, "decay_pre", getDecayPre(), 0, u16)) ||
      failed(checkRange(*this, "decay_post", getDecayPost(), 0, u16)) ||
      failed(checkRange(*this, "impulse", getImpulse(), 1, 255)) ||
      failed(checkRange(*this, "a_plus", getAPlus(), 0, u16)) ||
      failed(checkRange(*this, "a_minus", getAMinus(), 0, u16)) ||
      failed(checkRange(*this, "w_min", getWMin(), -127, 127)) ||
      failed(checkRange(*this, "w_max", getWMax(), getWMin(), 127)) ||
      failed(checkRange(*this, "seed_neuron", getSeedNeuron(), 1,
                        0xFFFFFFFFll)) ||
      failed(checkRange(*this, "seed_learn", getSeedLearn(), 1,
                        0xFFFFFFFFll)) ||
      failed(checkRange(*this, "recurrent_offset", getRecurrentOffset(), 0,
                        1023)) ||
      failed(checkRange(*this, "recurrent_delay", getRecurrentDelay(), 1, 15)))
    return failure();
  if (getInhCurrent().value_or(false)) {
    if (getModel() != "cuba_lif")
      return emitOpError("'inh_current' needs model 'cuba_lif', not '")
             << getModel() << "'";
    if (failed(checkRange(*this, "decay_i_inh", getDecayIInh().value_or(0), 0,
                          u16)) ||
        failed(
            checkRange(*this, "gain_i_inh", getGainIInh().value_or(0), 0, u16)))
      return failure();
  }
  if (std::optional<llvm::StringRef> learning = getLearning()) {
    if (!llvm::is_contained({"three_factor", "hebbian"}, *learning))
      return emitOpError("unknown learning '")
             << *learning << "' (three_factor or hebbian)";
    if (getStdpEnabled())
      return emitOpError("'learning' = '")
             << *learning << "' and STDP exclude each other";
    if (failed(checkRange(*this, "decay_e", getDecayE().value_or(0), 0, u16)) ||
        failed(checkRange(*this, "e_frac_bits", getEFracBits().value_or(0), 0,
                          7)) ||
        failed(checkRange(*this, "eta", getEta().value_or(0), 0, u16)) ||
        failed(checkRange(*this, "hebbian_decay",
                          getHebbianDecay().value_or(0), 0, u16)))
      return failure();
  }
  if (getHebbianDecay() && getLearning() != llvm::StringRef("hebbian"))
    return emitOpError("'hebbian_decay' is Oja's term of the Hebbian unit; "
                       "it needs 'learning' = 'hebbian'");
  auto weights = dyn_cast<DenseIntElementsAttr>(getWeights());
  auto type = weights ? dyn_cast<RankedTensorType>(weights.getType())
                      : RankedTensorType();
  if (!type || !type.getElementType().isInteger(8) || type.getRank() != 2 ||
      type.getDimSize(0) != m || type.getDimSize(1) != n)
    return emitOpError("'weights' must be a tensor<")
           << m << "x" << n << "xi8>";
  if (std::optional<uint64_t> plastic = getPlasticAxons())
    if (failed(checkRange(*this, "plastic_axons", int64_t(*plastic), 0, m)))
      return failure();
  // Pruning (docs/core.md §11): T and E are one setting of the core.
  if (getPruneThreshold().has_value() != getPruneEvery().has_value())
    return emitOpError("'prune_threshold' and 'prune_every' are one setting "
                       "(docs/core.md §11): give both or neither");
  if (getPruneEvery() &&
      (failed(checkRange(*this, "prune_threshold",
                         int64_t(*getPruneThreshold()), 0, 128)) ||
       failed(checkRange(*this, "prune_every", int64_t(*getPruneEvery()), 1,
                         u16))))
    return failure();
  if (std::optional<ElementsAttr> u = getInitialU()) {
    auto uType = dyn_cast<RankedTensorType>(u->getType());
    if (!uType || !uType.getElementType().isInteger(16) ||
        uType.getRank() != 1 || uType.getDimSize(0) != n)
      return emitOpError("'initial_u' must be a tensor<") << n << "xi16>";
  }
  return success();
}

namespace {
/// \p count axons from \p first lie in [0, axons). Compared without forming
/// first + count, which overflows int64 for huge attributes.
bool axonRangeFits(int64_t first, int64_t count, int64_t axons) {
  return first >= 0 && count >= 1 && count <= axons && first <= axons - count;
}

/// "axons a .. b are not on @core (n axons)"; b in 128 bits so that no
/// attribute value overflows the message.
InFlightDiagnostic axonRangeError(Operation *op, int64_t first, int64_t count,
                                  FlatSymbolRefAttr coreRef, int64_t axons) {
  const __int128 last = __int128(first) + count - 1;
  InFlightDiagnostic diag = op->emitOpError("axons ");
  diag << first << " .. ";
  if (last > INT64_MAX || last < INT64_MIN)
    diag << first << " + " << count << " - 1";
  else
    diag << int64_t(last);
  return std::move(diag << " are not on " << coreRef << " (" << axons
                        << " axons)");
}

/// An input's axon range lies on an existing core and its delay is >= 1.
LogicalResult verifyInput(Operation *op, FlatSymbolRefAttr coreRef,
                          int64_t first, int64_t count, int64_t delay) {
  auto design = op->getParentOfType<DesignOp>();
  auto core = dyn_cast_or_null<CoreOp>(
      SymbolTable::lookupSymbolIn(design, coreRef.getAttr()));
  if (!core)
    return op->emitOpError("names no core.core: ") << coreRef;
  if (!axonRangeFits(first, count, int64_t(core.getAxons())))
    return axonRangeError(op, first, count, coreRef,
                          int64_t(core.getAxons()));
  if (delay < 1)
    return op->emitOpError("delay must be at least one step, got ") << delay;
  return success();
}
} // namespace

LogicalResult PoissonInputOp::verify() {
  if (int64_t(getThreshold()) < 0 || getThreshold() > (uint64_t(1) << 53))
    return emitOpError("threshold must be in [0, 2^53]");
  return verifyInput(*this, getCoreAttr(), getFirst(), getCount(), getDelay());
}

LogicalResult SpikeInputOp::verify() {
  if (getSteps().size() != getChannels().size())
    return emitOpError("needs as many channels as steps");
  for (auto [step, channel] : llvm::zip(getSteps(), getChannels()))
    if (step < 0 || channel < 0 || int64_t(channel) >= int64_t(getCount()))
      return emitOpError("spike (step ")
             << step << ", channel " << channel << ") is out of range";
  return verifyInput(*this, getCoreAttr(), getFirst(), getCount(), getDelay());
}

SmallVector<PopulationCore> mlir::core::populationCores(DesignOp design,
                                                        StringRef population) {
  SmallVector<PopulationCore> cores;
  int64_t index = 0, offset = 0;
  for (CoreOp core : design.getBody().front().getOps<CoreOp>()) {
    if (core.getPopulation() == population) {
      cores.push_back({core, index, offset});
      offset += int64_t(core.getPopulationSize());
    }
    ++index;
  }
  return cores;
}

LogicalResult ProbeOp::verify() {
  llvm::StringRef kind = getKind();
  bool onNeurons = kind == "spikes" || kind == "voltage";
  if (!onNeurons && kind != "weights" && kind != "traces")
    return emitOpError("unknown probe kind '")
           << kind << "' (spikes, voltage, weights or traces)";
  auto design = (*this)->getParentOfType<DesignOp>();
  auto core = dyn_cast_or_null<CoreOp>(
      SymbolTable::lookupSymbolIn(design, getCoreAttr().getAttr()));
  if (!core)
    return emitOpError("names no core.core: ") << getCoreAttr();
  // A split population's probe names its first core and spans all of them;
  // the lowering reads every slice's rows first .. first + count - 1 and
  // places slice s's neurons at its offset, so the slices are consecutive
  // cores with the same axons (docs/core.md §10.7).
  SmallVector<PopulationCore> slices =
      populationCores(design, core.getPopulation());
  if (slices.front().core != core)
    return emitOpError("names ")
           << getCoreAttr() << ", but a probe of population '"
           << core.getPopulation() << "' names its first core, @"
           << slices.front().core.getSymName();
  for (int64_t s = 1, e = int64_t(slices.size()); s < e; ++s) {
    PopulationCore slice = slices[s];
    if (slice.index != slices.front().index + s) {
      InFlightDiagnostic diag =
          emitOpError("probes population '")
          << core.getPopulation() << "', whose cores are not consecutive: @"
          << slice.core.getSymName() << " is core " << slice.index
          << ", not core " << slices.front().index + s;
      diag.attachNote(slice.core.getLoc()) << "this core of the population";
      return diag;
    }
    if (slice.core.getAxons() != core.getAxons()) {
      InFlightDiagnostic diag =
          emitOpError("probes population '")
          << core.getPopulation() << "', whose cores differ in axons: @"
          << slice.core.getSymName() << " has " << slice.core.getAxons()
          << ", @" << core.getSymName() << " " << core.getAxons();
      diag.attachNote(slice.core.getLoc()) << "this core of the population";
      return diag;
    }
  }
  int64_t popSize = slices.back().neuronOffset +
                    int64_t(slices.back().core.getPopulationSize());
  int64_t limit = onNeurons ? popSize : int64_t(core.getAxons());
  if (int64_t(getFirst()) < 0 || int64_t(getCount()) < 1 ||
      int64_t(getFirst() + getCount()) > limit)
    return emitOpError(onNeurons ? "neurons " : "axons ")
           << getFirst() << " .. " << getFirst() + getCount() - 1
           << " are not on " << getCoreAttr() << " ("
           << (onNeurons ? "population of " : "") << limit
           << (onNeurons ? " neurons)" : " axons)");
  if (int64_t(getEvery()) < 1)
    return emitOpError("every must be at least one step, got ")
           << int64_t(getEvery());
  if (!(getScale().convertToDouble() > 0))
    return emitOpError("scale must be positive");
  return success();
}

LogicalResult ModulatorInputOp::verify() {
  auto design = (*this)->getParentOfType<DesignOp>();
  auto core = dyn_cast_or_null<CoreOp>(
      SymbolTable::lookupSymbolIn(design, getCoreAttr().getAttr()));
  if (!core)
    return emitOpError("names no core.core: ") << getCoreAttr();
  if (core.getLearning() != llvm::StringRef("three_factor"))
    return emitOpError("modulates ")
           << getCoreAttr() << ", which has no three-factor learning";
  // The core has one modulator register; two schedules would race for it.
  for (auto other : design.getBody().front().getOps<ModulatorInputOp>()) {
    if (other == *this)
      break;
    if (other.getCoreAttr() == getCoreAttr())
      return emitOpError("is a second modulator input for ")
             << getCoreAttr() << " (@" << other.getSymName()
             << " is the first); a core has one modulator register";
  }
  if (getSteps().size() != getValues().size())
    return emitOpError("needs as many values as steps");
  for (size_t k = 0; k < getSteps().size(); ++k) {
    if (getSteps()[k] < 0 || (k > 0 && getSteps()[k] <= getSteps()[k - 1]))
      return emitOpError("steps must be non-negative and strictly ascending");
    if (getValues()[k] < -128 || getValues()[k] > 127)
      return emitOpError("modulator ")
             << getValues()[k] << " is outside Q1.7's [-128, 127]";
  }
  return success();
}

LogicalResult DesignOp::verify() {
  int64_t cores = 0;
  for (CoreOp core : getBody().front().getOps<CoreOp>())
    if (++cores > int64_t(kMaxCores))
      return core.emitOpError("is core ")
             << cores - 1 << " of @" << getSymName() << "; a system has at most "
             << kMaxCores
             << " cores (target 15 of the system bus is the router, "
                "docs/core.md §10)";
  return success();
}

LogicalResult RouteOp::verify() {
  auto design = (*this)->getParentOfType<DesignOp>();
  auto lookup = [&](FlatSymbolRefAttr ref) {
    return dyn_cast_or_null<CoreOp>(
        SymbolTable::lookupSymbolIn(design, ref.getAttr()));
  };
  CoreOp src = lookup(getSrcAttr()), dst = lookup(getDstAttr());
  if (!src)
    return emitOpError("names no core.core as its source: ") << getSrcAttr();
  if (!dst)
    return emitOpError("names no core.core as its destination: ")
           << getDstAttr();
  if (src == dst)
    return emitOpError("routes ")
           << getSrcAttr()
           << " onto itself; a core's own spikes take its recurrent FIFO";
  int64_t first = getFirst(), count = getCount();
  if (count < 1 || count > int64_t(src.getPopulationSize()))
    return emitOpError("count ")
           << count << " is not in [1, " << src.getPopulationSize()
           << "], the neurons of " << getSrcAttr();
  if (!axonRangeFits(first, count, int64_t(dst.getAxons())))
    return axonRangeError(*this, first, count, getDstAttr(),
                          int64_t(dst.getAxons()));
  // Table limits: this route is refused if it is one too many.
  int64_t before = 0, fromSource = 0;
  for (RouteOp other : design.getBody().front().getOps<RouteOp>()) {
    if (other == *this)
      break;
    ++before;
    fromSource += other.getSrc() == getSrc();
  }
  if (before >= int64_t(kMaxRoutes))
    return emitOpError("is route ")
           << before << "; a system has at most " << kMaxRoutes << " routes";
  if (fromSource >= int64_t(kMaxRoutesPerSource))
    return emitOpError("is route ")
           << fromSource << " from " << getSrcAttr()
           << "; a source core has at most " << kMaxRoutesPerSource
           << " routes";
  return success();
}
