//===- SnnOps.cpp - snn operations ------------------------------*- C++ -*-===//
//
// Part of plasticc. Custom syntax, verifiers and canonicalization patterns of
// the network-level ops.
//
//===----------------------------------------------------------------------===//

#include "snn/SnnOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::snn;

//===----------------------------------------------------------------------===//
// Custom directives
//===----------------------------------------------------------------------===//

static ParseResult parseQuantity(OpAsmParser &parser, QuantityAttr &quantity) {
  FailureOr<QuantityAttr> parsed = parseQuantityBody(parser);
  if (failed(parsed))
    return failure();
  quantity = *parsed;
  return success();
}

static void printQuantity(OpAsmPrinter &printer, Operation *,
                          QuantityAttr quantity) {
  printQuantityBody(printer, quantity);
}

/// `file(#snn.file<...>)`, if present.
static ParseResult parseOptionalFile(OpAsmParser &parser, FileAttr &file,
                                     bool &present) {
  present = succeeded(parser.parseOptionalKeyword("file"));
  if (!present)
    return success();
  return failure(parser.parseLParen() || parser.parseAttribute(file) ||
                 parser.parseRParen());
}

static void printFile(OpAsmPrinter &printer, FileAttr file) {
  printer << "file(";
  printer.printAttribute(file);
  printer << ")";
}

/// `file(...)` or `spikes [(channel, time), ...]`.
static ParseResult parseSpikeInput(OpAsmParser &parser, FileAttr &file,
                                   DenseI32ArrayAttr &channels,
                                   DenseF64ArrayAttr &timesMs) {
  bool hasFile;
  if (parseOptionalFile(parser, file, hasFile))
    return failure();
  if (hasFile)
    return success();
  if (parser.parseKeyword("spikes", "or 'file'"))
    return failure();
  SmallVector<int32_t> channelList;
  SmallVector<double> timeList;
  auto parsePair = [&]() -> ParseResult {
    int32_t channel = 0;
    if (parser.parseLParen() || parser.parseInteger(channel) ||
        parser.parseComma())
      return failure();
    llvm::SMLoc loc = parser.getCurrentLocation();
    FailureOr<QuantityAttr> time = parseQuantityBody(parser);
    if (failed(time) || parser.parseRParen())
      return failure();
    if (time->getDimension() != Dimension::time)
      return parser.emitError(loc, "spike time must be a time");
    channelList.push_back(channel);
    timeList.push_back(time->getIn(Unit::ms));
    return success();
  };
  if (parser.parseCommaSeparatedList(OpAsmParser::Delimiter::Square, parsePair))
    return failure();
  channels = DenseI32ArrayAttr::get(parser.getContext(), channelList);
  timesMs = DenseF64ArrayAttr::get(parser.getContext(), timeList);
  return success();
}

static void printSpikeInput(OpAsmPrinter &printer, Operation *,
                            FileAttr file, DenseI32ArrayAttr channels,
                            DenseF64ArrayAttr timesMs) {
  if (file)
    return printFile(printer, file);
  if (!channels || !timesMs)
    return;
  printer << "spikes [";
  llvm::interleaveComma(llvm::zip(channels.asArrayRef(), timesMs.asArrayRef()),
                        printer, [&](auto pair) {
                          printer << "(" << std::get<0>(pair) << ", ";
                          printReal(printer, std::get<1>(pair));
                          printer << " ms)";
                        });
  printer << "]";
}

/// `file(...)` or `steps [time = value, ...]` with dimensionless values.
static ParseResult parseSignalInput(OpAsmParser &parser, FileAttr &file,
                                    DenseF64ArrayAttr &timesMs,
                                    DenseF64ArrayAttr &values) {
  bool hasFile;
  if (parseOptionalFile(parser, file, hasFile))
    return failure();
  if (hasFile)
    return success();
  if (parser.parseKeyword("steps", "or 'file'"))
    return failure();
  SmallVector<double> timeList, valueList;
  auto parseStep = [&]() -> ParseResult {
    llvm::SMLoc loc = parser.getCurrentLocation();
    FailureOr<QuantityAttr> time = parseQuantityBody(parser);
    if (failed(time) || parser.parseEqual())
      return failure();
    if (time->getDimension() != Dimension::time)
      return parser.emitError(loc, "step time must be a time");
    FailureOr<double> value = parseReal(parser);
    if (failed(value))
      return failure();
    timeList.push_back(time->getIn(Unit::ms));
    valueList.push_back(*value);
    return success();
  };
  if (parser.parseCommaSeparatedList(OpAsmParser::Delimiter::Square, parseStep))
    return failure();
  timesMs = DenseF64ArrayAttr::get(parser.getContext(), timeList);
  values = DenseF64ArrayAttr::get(parser.getContext(), valueList);
  return success();
}

static void printSignalInput(OpAsmPrinter &printer, Operation *,
                             FileAttr file, DenseF64ArrayAttr timesMs,
                             DenseF64ArrayAttr values) {
  if (file)
    return printFile(printer, file);
  if (!timesMs || !values)
    return;
  printer << "steps [";
  llvm::interleaveComma(llvm::zip(timesMs.asArrayRef(), values.asArrayRef()),
                        printer, [&](auto step) {
                          printReal(printer, std::get<0>(step));
                          printer << " ms = ";
                          printReal(printer, std::get<1>(step));
                        });
  printer << "]";
}

/// `constant(amplitude)` or `steps [time = amplitude, ...]`.
static ParseResult parseCurrentSteps(OpAsmParser &parser, ArrayAttr &times,
                                     ArrayAttr &amplitudes) {
  MLIRContext *ctx = parser.getContext();
  SmallVector<Attribute> timeList, amplitudeList;
  if (succeeded(parser.parseOptionalKeyword("constant"))) {
    QuantityAttr amplitude;
    if (parser.parseLParen() || parseQuantity(parser, amplitude) ||
        parser.parseRParen())
      return failure();
    times = ArrayAttr::get(ctx, {QuantityAttr::get(ctx, 0.0, Unit::ms)});
    amplitudes = ArrayAttr::get(ctx, {amplitude});
    return success();
  }
  if (parser.parseKeyword("steps", "or 'constant'"))
    return failure();
  auto parseStep = [&]() -> ParseResult {
    QuantityAttr time, amplitude;
    if (parseQuantity(parser, time) || parser.parseEqual() ||
        parseQuantity(parser, amplitude))
      return failure();
    timeList.push_back(time);
    amplitudeList.push_back(amplitude);
    return success();
  };
  if (parser.parseCommaSeparatedList(OpAsmParser::Delimiter::Square, parseStep))
    return failure();
  times = ArrayAttr::get(ctx, timeList);
  amplitudes = ArrayAttr::get(ctx, amplitudeList);
  return success();
}

static void printCurrentSteps(OpAsmPrinter &printer, Operation *,
                              ArrayAttr times, ArrayAttr amplitudes) {
  auto firstTime = times.size() == 1 ? cast<QuantityAttr>(times[0])
                                     : QuantityAttr();
  if (firstTime && firstTime.getNumber() == 0.0) {
    printer << "constant(";
    printQuantityBody(printer, cast<QuantityAttr>(amplitudes[0]));
    printer << ")";
    return;
  }
  printer << "steps [";
  llvm::interleaveComma(llvm::zip(times, amplitudes), printer, [&](auto step) {
    printQuantityBody(printer, cast<QuantityAttr>(std::get<0>(step)));
    printer << " = ";
    printQuantityBody(printer, cast<QuantityAttr>(std::get<1>(step)));
  });
  printer << "]";
}

/// A dialect attribute directly followed by the op's `:` type, which the
/// generic attribute parser would otherwise read as the attribute's type.
template <typename AttrT>
static ParseResult parseUntypedAttr(OpAsmParser &parser, AttrT &attr) {
  llvm::SMLoc loc = parser.getCurrentLocation();
  Attribute parsed;
  OptionalParseResult result = parseAttrWithoutPrefix(parser, parsed);
  if (!result.has_value())
    return parser.emitError(loc, "expected an snn attribute such as lif<...>");
  if (failed(*result))
    return failure();
  attr = llvm::dyn_cast<AttrT>(parsed);
  if (!attr)
    return parser.emitError(loc, "expected a ")
           << (std::is_same_v<AttrT, NeuronModelAttr>    ? "neuron model"
               : std::is_same_v<AttrT, ConnectivityAttr> ? "connectivity"
                                                         : "plasticity rule")
           << " attribute, got " << parsed;
  return success();
}

template <typename AttrT>
static void printUntypedAttr(OpAsmPrinter &printer, Operation *, AttrT attr) {
  printAttrWithoutPrefix(printer, attr);
}

/// An optional `excitatory`, `inhibitory` or `mixed` keyword, then the
/// neuron model.
static ParseResult parseSignAndModel(OpAsmParser &parser, SignAttr &sign,
                                     NeuronModelAttr &model) {
  for (Sign candidate : {Sign::excitatory, Sign::inhibitory, Sign::mixed})
    if (succeeded(parser.parseOptionalKeyword(stringifySign(candidate)))) {
      sign = SignAttr::get(parser.getContext(), candidate);
      break;
    }
  return parseUntypedAttr(parser, model);
}

static void printSignAndModel(OpAsmPrinter &printer, Operation *op,
                              SignAttr sign, NeuronModelAttr model) {
  if (sign)
    printer << stringifySign(sign.getValue()) << " ";
  printUntypedAttr(printer, op, model);
}

static ParseResult parseProbeKind(OpAsmParser &parser, ProbeKindAttr &kind) {
  llvm::SMLoc loc = parser.getCurrentLocation();
  llvm::StringRef keyword;
  if (parser.parseKeyword(&keyword))
    return failure();
  std::optional<ProbeKind> value = symbolizeProbeKind(keyword);
  if (!value)
    return parser.emitError(loc, "unknown probe kind '")
           << keyword << "'; expected spikes, voltage, traces or weights";
  kind = ProbeKindAttr::get(parser.getContext(), *value);
  return success();
}

static void printProbeKind(OpAsmPrinter &printer, Operation *,
                           ProbeKindAttr kind) {
  printer << stringifyProbeKind(kind.getValue());
}

#define GET_OP_CLASSES
#include "snn/SnnOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

namespace {
/// The population op behind a `!snn.pop` value, or null for a source.
PopulationOp getPopulation(Value value) {
  return value.getDefiningOp<PopulationOp>();
}

/// Whether a `!snn.pop` value emits spikes: a spiking population or a spike
/// source.
bool emitsSpikes(Value value) {
  if (PopulationOp pop = getPopulation(value))
    return pop.getModel().isSpiking();
  return isa_and_nonnull<PoissonSourceOp, SpikeSourceOp>(value.getDefiningOp());
}

/// Whether a `!snn.pop` value is made of rate units.
bool isRatePopulation(Value value) {
  PopulationOp pop = getPopulation(value);
  return pop && isa<RateAttr>(pop.getModel());
}

/// `@name` of the op that defines `value`, for messages.
std::string describe(Value value) {
  Operation *def = value.getDefiningOp();
  if (!def)
    return "a block argument";
  auto symbol = def->getAttrOfType<StringAttr>(SymbolTable::getSymbolAttrName());
  std::string text = "'";
  text += def->getName().getStringRef();
  text += "'";
  if (symbol)
    text += " @" + symbol.getValue().str();
  return text;
}

double getNetworkDtMs(Operation *op) {
  return op->getParentOfType<NetworkOp>().getDtMs();
}

/// Whether `ms` is a whole number of steps of `dtMs` (to a relative 1e-9).
/// Step counts and sizes stay within int32 so every execution can index them.
constexpr int64_t kMaxSteps = INT32_MAX;

bool isWholeSteps(double ms, double dtMs, int64_t &steps) {
  double ratio = ms / dtMs;
  if (!(std::fabs(ratio) < 1e15))
    return false;
  steps = static_cast<int64_t>(std::llround(ratio));
  return std::fabs(ratio - static_cast<double>(steps)) <= 1e-9 * std::max(1.0, ratio);
}
} // namespace

/// Names the single result after the op's symbol.
static void nameResultAfterSymbol(Operation *op,
                                  OpAsmSetValueNameFn setNameFn) {
  if (auto name =
          op->getAttrOfType<StringAttr>(SymbolTable::getSymbolAttrName()))
    setNameFn(op->getResult(0), name.getValue());
}

void PopulationOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  nameResultAfterSymbol(*this, setNameFn);
}
void PoissonSourceOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  nameResultAfterSymbol(*this, setNameFn);
}
void SpikeSourceOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  nameResultAfterSymbol(*this, setNameFn);
}
void SignalSourceOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  nameResultAfterSymbol(*this, setNameFn);
}
void ProjectionOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  nameResultAfterSymbol(*this, setNameFn);
}

//===----------------------------------------------------------------------===//
// NetworkOp
//===----------------------------------------------------------------------===//

void NetworkOp::build(OpBuilder &builder, OperationState &state,
                      llvm::StringRef name, QuantityAttr dt) {
  state.addAttribute(getSymNameAttrName(state.name),
                     builder.getStringAttr(name));
  state.addAttribute(getDtAttrName(state.name), dt);
  state.addRegion()->emplaceBlock();
}

RegionKind NetworkOp::getRegionKind(unsigned) { return RegionKind::Graph; }

LogicalResult NetworkOp::verify() {
  // Every value in a network is an op's result; lowerings rely on it.
  if (getBody().front().getNumArguments() != 0)
    return emitOpError("body takes no block arguments; define populations "
                       "and sources with ops");
  auto emit = [&]() { return emitOpError(); };
  return verifyTimeConstant(emit, "dt", getDt(), true);
}

//===----------------------------------------------------------------------===//
// PopulationOp
//===----------------------------------------------------------------------===//

LogicalResult PopulationOp::verify() {
  std::optional<DictionaryAttr> overrides = getOverrides();
  if (!overrides)
    return success();
  if (isa<RateAttr>(getModel()))
    return emitOpError("rate units take no per-neuron overrides");
  for (NamedAttribute entry : *overrides) {
    if (!getModel().hasQuantityParam(entry.getName().getValue()))
      return emitOpError("override of unknown parameter '")
             << entry.getName().getValue() << "' for neuron model '"
             << getModel().getModelName() << "'";
    // The model's written value gives the override its unit; a defaulted
    // parameter has none to give.
    if (!getModel().getQuantityParam(entry.getName().getValue()))
      return emitOpError("override of '")
             << entry.getName().getValue() << "' needs the model to write "
             << entry.getName().getValue()
             << " (its unit is the unit of the overrides)";
    auto values = dyn_cast<DenseF64ArrayAttr>(entry.getValue());
    if (!values)
      return emitOpError("override '")
             << entry.getName().getValue() << "' must be an array<f64: ...>";
    if (values.size() != getSize())
      return emitOpError("override '")
             << entry.getName().getValue() << "' has " << values.size()
             << " values for a population of " << getSize();
    // Each neuron's value obeys the rule the model's own value obeys.
    llvm::StringRef name = entry.getName().getValue();
    bool timeConstant = name.starts_with("tau");
    bool nonNegative = name == "t_ref" || name == "th_jump";
    for (auto [k, v] : llvm::enumerate(values.asArrayRef())) {
      if (!std::isfinite(v))
        return emitOpError("override '") << name << "' has a non-finite value";
      if ((timeConstant || name == "r_m") && v <= 0.0)
        return emitOpError("override '")
               << name << "' of neuron " << k << " must be positive, got "
               << formatReal(v);
      if (nonNegative && v < 0.0)
        return emitOpError("override '")
               << name << "' of neuron " << k << " must not be negative, got "
               << formatReal(v);
    }
  }
  return verifyResetBelowThreshold(*overrides);
}

/// Per neuron, the reset (or rest, its default) must stay below the
/// threshold, as the model's verifier demands of its single values.
LogicalResult PopulationOp::verifyResetBelowThreshold(DictionaryAttr overrides) {
  QuantityAttr vTh, vReset;
  bool resetWritten = true; // else the reset is v_rest
  if (auto lif = dyn_cast<LifAttr>(getModel())) {
    vTh = lif.getVTh();
    resetWritten = bool(lif.getVReset());
    vReset = resetWritten ? lif.getVReset() : lif.getVRest();
  } else if (auto cuba = dyn_cast<CubaLifAttr>(getModel())) {
    vTh = cuba.getVTh();
    resetWritten = bool(cuba.getVReset());
    vReset = resetWritten ? cuba.getVReset() : cuba.getVRest();
  } else if (auto ifModel = dyn_cast<IfAttr>(getModel())) {
    vTh = ifModel.getVTh();
    vReset = ifModel.getVReset();
  } else {
    return success();
  }
  auto perNeuron = [&](llvm::StringRef name, QuantityAttr q,
                       int64_t k) -> double {
    auto values = overrides.getAs<DenseF64ArrayAttr>(name);
    return values ? values[k] : q.getNumber();
  };
  // Overrides are in the unit the model writes each parameter in.
  resetWritten = resetWritten || overrides.get("v_reset");
  llvm::StringRef resetName = resetWritten ? "v_reset" : "v_rest";
  if (!overrides.get("v_th") && !overrides.get(resetName))
    return success();
  for (int64_t k = 0; k < getSize(); ++k) {
    double th = perNeuron("v_th", vTh, k) * getScaleToBase(vTh.getUnit());
    double reset =
        perNeuron(resetName, vReset, k) * getScaleToBase(vReset.getUnit());
    if (reset >= th)
      return emitOpError("neuron ")
             << k << ": reset " << formatReal(reset) << " mV must be below "
             << "threshold " << formatReal(th) << " mV";
  }
  return success();
}

namespace {
/// Removes a population nothing can observe: no probe, no outgoing
/// projection, no modulator use. Its incoming projections (and their
/// plasticity) and current sources go with it, unless a probe reads one of
/// those projections' weights.
struct EraseUnobservedPopulation : OpRewritePattern<PopulationOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(PopulationOp pop,
                                PatternRewriter &rewriter) const override {
    if (pop->use_empty()) {
      rewriter.eraseOp(pop);
      return success();
    }
    SmallVector<Operation *> dependents;
    for (OpOperand &use : pop->getUses()) {
      Operation *user = use.getOwner();
      if (isa<CurrentSourceOp>(user)) {
        dependents.push_back(user);
        continue;
      }
      auto proj = dyn_cast<ProjectionOp>(user);
      if (!proj || use.get() != proj.getPost() || proj.getPre() == proj.getPost())
        return failure();
      for (Operation *projUser : proj->getUsers()) {
        if (!isa<PlasticityOp>(projUser))
          return failure();
        dependents.push_back(projUser);
      }
      dependents.push_back(proj);
    }
    // Users of a projection go before the projection itself.
    for (Operation *op : dependents)
      if (!isa<ProjectionOp>(op))
        rewriter.eraseOp(op);
    for (Operation *op : dependents)
      if (isa<ProjectionOp>(op))
        rewriter.eraseOp(op);
    rewriter.eraseOp(pop);
    return success();
  }
};
} // namespace

void PopulationOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                               MLIRContext *context) {
  patterns.add<EraseUnobservedPopulation>(context);
}

//===----------------------------------------------------------------------===//
// Sources
//===----------------------------------------------------------------------===//

namespace {
/// An input nothing reads has no effect. (Symbol ops are not erased by the
/// generic dead-code rule, since a symbol could be referenced by name.)
template <typename SourceOp>
struct EraseUnreadSource : OpRewritePattern<SourceOp> {
  using OpRewritePattern<SourceOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(SourceOp source,
                                PatternRewriter &rewriter) const override {
    if (!source->use_empty())
      return failure();
    rewriter.eraseOp(source);
    return success();
  }
};
} // namespace

void PoissonSourceOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                                  MLIRContext *context) {
  patterns.add<EraseUnreadSource<PoissonSourceOp>>(context);
}
void SpikeSourceOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                                MLIRContext *context) {
  patterns.add<EraseUnreadSource<SpikeSourceOp>>(context);
}
void SignalSourceOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                                 MLIRContext *context) {
  patterns.add<EraseUnreadSource<SignalSourceOp>>(context);
}

LogicalResult PoissonSourceOp::verify() {
  auto emit = [&]() { return emitOpError(); };
  if (failed(verifyQuantity(emit, "rate", getRate(), Dimension::rate, true)))
    return failure();
  double hz = getRate().getIn(Unit::Hz);
  if (hz < 0.0)
    return emitOpError("rate must not be negative, got ")
           << formatReal(hz) << " Hz";
  double p = hz * getNetworkDtMs(*this) * 1e-3;
  if (p > 1.0)
    return emitOpError("rate ")
           << formatReal(hz) << " Hz needs more than one spike per step of "
           << formatReal(getNetworkDtMs(*this)) << " ms (p = " << formatReal(p)
           << ")";
  return success();
}

LogicalResult SpikeSourceOp::verify() {
  bool inlineSpikes = getChannels().has_value() || getTimesMs().has_value();
  if (bool(getFile()) == inlineSpikes)
    return emitOpError("needs exactly one of file(...) or spikes [...]");
  if (!inlineSpikes)
    return success();
  if (!getChannels() || !getTimesMs() ||
      getChannels()->size() != getTimesMs()->size())
    return emitOpError("inline spikes need as many channels as times");
  int64_t size = getResult().getType().getSize();
  ArrayRef<int32_t> channels = *getChannels();
  ArrayRef<double> times = *getTimesMs();
  for (auto [channel, time] : llvm::zip(channels, times)) {
    if (channel < 0 || channel >= size)
      return emitOpError("spike channel ")
             << channel << " is out of range for " << size << " channels";
    if (!(time >= 0.0) || !std::isfinite(time))
      return emitOpError("spike time ") << formatReal(time) << " ms must be >= 0";
  }
  return success();
}

LogicalResult SignalSourceOp::verify() {
  bool inlineSteps = getTimesMs().has_value() || getValues().has_value();
  if (bool(getFile()) == inlineSteps)
    return emitOpError("needs exactly one of file(...) or steps [...]");
  if (!inlineSteps)
    return success();
  if (!getTimesMs() || !getValues() || getTimesMs()->size() != getValues()->size())
    return emitOpError("inline steps need as many values as times");
  ArrayRef<double> times = *getTimesMs();
  for (auto [k, time] : llvm::enumerate(times)) {
    if (!(time >= 0.0) || !std::isfinite(time))
      return emitOpError("step time ") << formatReal(time) << " ms must be >= 0";
    if (k > 0 && time <= times[k - 1])
      return emitOpError("step times must increase");
  }
  ArrayRef<double> values = *getValues();
  for (double v : values)
    if (!std::isfinite(v))
      return emitOpError("signal values must be finite");
  return success();
}

LogicalResult CurrentSourceOp::verify() {
  PopulationOp pop = getPopulation(getTarget());
  if (!pop)
    return emitOpError("target must be a population, not ")
           << describe(getTarget());
  if (isa<RateAttr>(pop.getModel()))
    return emitOpError("cannot inject a current into rate units (")
           << describe(getTarget()) << ")";
  if (auto ifModel = dyn_cast<IfAttr>(pop.getModel()); ifModel && !ifModel.getTauM())
    return emitOpError("an #snn.if population driven by a current needs "
                       "'tau_m' (") << describe(getTarget()) << ")";
  if (getTimes().empty() || getTimes().size() != getAmplitudes().size())
    return emitOpError("needs one or more steps");
  auto emit = [&]() { return emitOpError(); };
  double previous = -1.0;
  for (auto [time, amplitude] : llvm::zip(getTimes(), getAmplitudes())) {
    auto t = cast<QuantityAttr>(time);
    auto a = cast<QuantityAttr>(amplitude);
    if (failed(verifyQuantity(emit, "step time", t, Dimension::time, true)) ||
        failed(verifyQuantity(emit, "amplitude", a, Dimension::current, true)))
      return failure();
    double ms = t.getIn(Unit::ms);
    if (ms < 0.0 || ms <= previous)
      return emitOpError("step times must be >= 0 and increase");
    previous = ms;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// ProjectionOp
//===----------------------------------------------------------------------===//

int64_t ProjectionOp::getDelaySteps() {
  if (!getDelay())
    return 1;
  int64_t steps = 1;
  isWholeSteps(getDelay()->getIn(Unit::ms), getNetworkDtMs(*this), steps);
  return steps;
}

LogicalResult ProjectionOp::verify() {
  PopulationOp post = getPopulation(getPost());
  if (!post)
    return emitOpError("target must be a population, not ")
           << describe(getPost());
  PopulationOp pre = getPopulation(getPre());
  if (pre && isa<LiAttr>(pre.getModel()))
    return emitOpError("pre ") << describe(getPre())
                               << " is a leaky integrator, which never spikes";
  bool rateOut = isRatePopulation(getPost());
  if (isRatePopulation(getPre()) != rateOut)
    return emitOpError("cannot connect ")
           << (rateOut ? "spikes to rate units" : "rate units to spiking neurons")
           << " (" << describe(getPre()) << " -> " << describe(getPost()) << ")";

  auto emit = [&]() { return emitOpError(); };
  if (failed(getConnectivity().verifyShape(emit, getResult().getType().getPre(),
                                           getResult().getType().getPost())))
    return failure();

  if (getDelay()) {
    if (failed(verifyQuantity(emit, "delay", *getDelay(), Dimension::time,
                              true)))
      return failure();
    double dtMs = getNetworkDtMs(*this);
    double ms = getDelay()->getIn(Unit::ms);
    int64_t steps;
    if (!isWholeSteps(ms, dtMs, steps) || steps < 1 || steps > kMaxSteps)
      return emitOpError("delay ")
             << formatReal(ms) << " ms must be a positive whole number of steps of "
             << formatReal(dtMs) << " ms";
  }

  // Dale's law: the pre population's sign fixes the sign of every weight.
  if (pre) {
    Sign sign = pre.getSignOrMixed();
    if (sign != Sign::mixed) {
      std::optional<double> offending;
      getConnectivity().forEachInlineWeight([&](double w) {
        bool bad = sign == Sign::excitatory ? w < 0.0 : w > 0.0;
        if (bad && !offending)
          offending = w;
      });
      if (offending)
        return emitOpError("weight ")
               << formatReal(*offending) << " breaks Dale's law: " << describe(getPre())
               << " is " << stringifySign(sign) << " so its weights must be "
               << (sign == Sign::excitatory ? ">= 0" : "<= 0");
    }
  }
  return success();
}

namespace {
/// A dense matrix with one repeated value is all-to-all connectivity.
struct SplatDenseToAllToAll : OpRewritePattern<ProjectionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ProjectionOp proj,
                                PatternRewriter &rewriter) const override {
    auto dense = dyn_cast<DenseAttr>(proj.getConnectivity());
    if (!dense)
      return failure();
    auto weights = dyn_cast<DenseElementsAttr>(dense.getWeights());
    if (!weights || !weights.isSplat())
      return failure();
    double w = weights.getSplatValue<APFloat>().convertToDouble();
    rewriter.modifyOpInPlace(proj, [&] {
      proj.setConnectivityAttr(AllToAllAttr::get(getContext(), w));
    });
    return success();
  }
};
} // namespace

void ProjectionOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                               MLIRContext *context) {
  patterns.add<SplatDenseToAllToAll>(context);
}

//===----------------------------------------------------------------------===//
// PlasticityOp
//===----------------------------------------------------------------------===//

LogicalResult PlasticityOp::verify() {
  auto proj = getProjection().getDefiningOp<ProjectionOp>();
  if (!proj)
    return emitOpError("must act on the result of an snn.projection");
  PlasticityRuleAttr rule = getRule();
  llvm::StringRef name = rule.getRuleName();

  if (rule.needsSpikingPre() && !emitsSpikes(proj.getPre()))
    return emitOpError("'")
           << name << "' needs a spiking pre-population, but "
           << describe(proj.getPre()) << " of projection @"
           << proj.getSymName() << " does not spike";
  if (rule.needsSpikingPost() && !emitsSpikes(proj.getPost()))
    return emitOpError("'")
           << name << "' needs a spiking post-population, but "
           << describe(proj.getPost()) << " of projection @"
           << proj.getSymName() << " does not spike";

  // Rate-style rules on spiking neurons read spike traces.
  auto needsTrace = [&](QuantityAttr tau) -> LogicalResult {
    if (!tau && (emitsSpikes(proj.getPre()) || emitsSpikes(proj.getPost())))
      return emitOpError("'") << name
                              << "' on spiking neurons needs a trace time "
                                 "constant 'tau'";
    return success();
  };
  LogicalResult traces =
      llvm::TypeSwitch<Attribute, LogicalResult>(rule)
          .Case<HebbianAttr, OjaAttr, BcmAttr>(
              [&](auto r) { return needsTrace(r.getTau()); })
          .Default([](Attribute) { return success(); });
  if (failed(traces))
    return failure();

  if (getModulator() && isa<PopType>(getModulator().getType()) &&
      !emitsSpikes(getModulator()))
    return emitOpError("modulator ")
           << describe(getModulator())
           << " does not spike; a population modulates by its spike count";
  unsigned modulator = rule.modulatorUse();
  if (modulator == 2 && !getModulator())
    return emitOpError("'") << name << "' needs a modulator(...) operand";
  if (modulator == 0 && getModulator())
    return emitOpError("'") << name << "' takes no modulator";

  if (auto miconi = dyn_cast<MiconiAttr>(rule)) {
    if (auto alpha = dyn_cast<DenseElementsAttr>(miconi.getAlpha())) {
      auto type = proj.getResult().getType();
      SmallVector<int64_t> shape = {type.getPre(), type.getPost()};
      if (alpha.getType().getShape() != ArrayRef<int64_t>(shape))
        return emitOpError("'alpha' must be a ")
               << type.getPre() << "x" << type.getPost() << " tensor";
    }
  }

  // Dale's law: plasticity must not move a weight across zero.
  if (PopulationOp pre = getPopulation(proj.getPre())) {
    Sign sign = pre.getSignOrMixed();
    std::optional<std::pair<double, double>> limits = rule.getWeightLimits();
    if (sign == Sign::excitatory && limits && limits->first < 0.0)
      return emitOpError("'w_min' ")
             << formatReal(limits->first) << " would let weights of excitatory "
             << describe(proj.getPre()) << " turn negative (Dale's law)";
    if (sign == Sign::inhibitory && limits && limits->second > 0.0)
      return emitOpError("'w_max' ")
             << formatReal(limits->second) << " would let weights of inhibitory "
             << describe(proj.getPre()) << " turn positive (Dale's law)";
    if (auto structural = dyn_cast<StructuralAttr>(rule)) {
      double w = structural.getWInit();
      if ((sign == Sign::excitatory && w < 0.0) ||
          (sign == Sign::inhibitory && w > 0.0))
        return emitOpError("regrown weight 'w_init' ")
               << formatReal(w) << " breaks Dale's law for "
               << stringifySign(sign) << " " << describe(proj.getPre());
    }
    if (sign != Sign::mixed && isa<MiconiAttr>(rule))
      return emitOpError("'miconi' plasticity can change a weight's sign; its "
                         "pre-population must be 'mixed'");
  }
  return success();
}

//===----------------------------------------------------------------------===//
// ProbeOp
//===----------------------------------------------------------------------===//

LogicalResult ProbeOp::verify() {
  if (getEvery() && *getEvery() < 1)
    return emitOpError("'every' must be at least 1, got ") << *getEvery();
  Value target = getTarget();
  switch (getKind()) {
  case ProbeKind::spikes:
    if (!isa<PopType>(target.getType()) || !emitsSpikes(target))
      return emitOpError("'spikes' needs a spiking population or a spike "
                         "source, got ")
             << describe(target);
    return success();
  case ProbeKind::voltage:
    if (!getPopulation(target))
      return emitOpError("'voltage' needs a population, got ")
             << describe(target);
    return success();
  case ProbeKind::weights:
    if (!isa<ProjType>(target.getType()))
      return emitOpError("'weights' needs a projection, got ")
             << describe(target);
    return success();
  case ProbeKind::traces:
    if (!isa<ProjType>(target.getType()) ||
        llvm::none_of(target.getUsers(),
                      [](Operation *op) { return isa<PlasticityOp>(op); }))
      return emitOpError("'traces' needs a projection with a plasticity rule, "
                         "got ")
             << describe(target);
    return success();
  }
  llvm_unreachable("unknown probe kind");
}
