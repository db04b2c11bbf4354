//===- SnnAttrs.cpp - snn attributes and types ------------------*- C++ -*-===//
//
// Part of plasticc. Units, quantity syntax, and the verifiers of neuron
// models, connectivities and plasticity rules.
//
//===----------------------------------------------------------------------===//

#include "snn/SnnDialect.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace mlir;
using namespace mlir::snn;

#include "snn/SnnEnums.cpp.inc"
#include "snn/SnnInterfaces.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "snn/SnnAttrs.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "snn/SnnTypes.cpp.inc"

OptionalParseResult mlir::snn::parseAttrWithoutPrefix(AsmParser &parser,
                                                     Attribute &value) {
  llvm::StringRef mnemonic;
  return generatedAttributeParser(parser, &mnemonic, Type(), value);
}

void mlir::snn::printAttrWithoutPrefix(AsmPrinter &printer, Attribute value) {
  if (failed(generatedAttributePrinter(value, printer)))
    printer.printAttribute(value);
}

void SnnDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "snn/SnnAttrs.cpp.inc"
      >();
}

void SnnDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "snn/SnnTypes.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// Units
//===----------------------------------------------------------------------===//

Dimension mlir::snn::getDimension(Unit unit) {
  switch (unit) {
  case Unit::s:
  case Unit::ms:
  case Unit::us:
    return Dimension::time;
  case Unit::V:
  case Unit::mV:
  case Unit::uV:
    return Dimension::voltage;
  case Unit::uA:
  case Unit::nA:
  case Unit::pA:
    return Dimension::current;
  case Unit::GOhm:
  case Unit::MOhm:
    return Dimension::resistance;
  case Unit::kHz:
  case Unit::Hz:
    return Dimension::rate;
  }
  llvm_unreachable("unknown unit");
}

double mlir::snn::getScaleToBase(Unit unit) {
  switch (unit) {
  case Unit::s:
    return 1e3;
  case Unit::ms:
    return 1.0;
  case Unit::us:
    return 1e-3;
  case Unit::V:
    return 1e3;
  case Unit::mV:
    return 1.0;
  case Unit::uV:
    return 1e-3;
  case Unit::uA:
    return 1e3;
  case Unit::nA:
    return 1.0;
  case Unit::pA:
    return 1e-3;
  case Unit::GOhm:
    return 1e3;
  case Unit::MOhm:
    return 1.0;
  case Unit::kHz:
    return 1e3;
  case Unit::Hz:
    return 1.0;
  }
  llvm_unreachable("unknown unit");
}

llvm::StringRef mlir::snn::getDimensionName(Dimension dim) {
  switch (dim) {
  case Dimension::time:
    return "time";
  case Dimension::voltage:
    return "voltage";
  case Dimension::current:
    return "current";
  case Dimension::resistance:
    return "resistance";
  case Dimension::rate:
    return "rate";
  }
  llvm_unreachable("unknown dimension");
}

Dimension QuantityAttr::getDimension() const {
  return mlir::snn::getDimension(getUnit());
}

double QuantityAttr::getIn(Unit target) const {
  assert(mlir::snn::getDimension(target) == getDimension() &&
         "converting between dimensions");
  return getNumber() * getScaleToBase(getUnit()) / getScaleToBase(target);
}

//===----------------------------------------------------------------------===//
// Reals and quantities: parsing and printing
//===----------------------------------------------------------------------===//

FailureOr<double> mlir::snn::parseReal(AsmParser &parser) {
  // Accept `3` as well as `3.0`: people write integral parameters both ways.
  llvm::SMLoc loc = parser.getCurrentLocation();
  Attribute number;
  if (parser.parseAttribute(number))
    return failure();
  if (auto f = llvm::dyn_cast<FloatAttr>(number))
    return f.getValueAsDouble();
  if (auto i = llvm::dyn_cast<IntegerAttr>(number))
    return static_cast<double>(i.getValue().getSExtValue());
  return parser.emitError(loc, "expected a number");
}

FailureOr<Real> mlir::snn::parseRealParam(AsmParser &parser) {
  FailureOr<double> value = parseReal(parser);
  if (failed(value))
    return failure();
  return Real(*value);
}

std::string mlir::snn::formatReal(double value) {
  // Positional notation for everyday magnitudes, always with a '.' so that
  // MLIR's lexer reads a float literal back.
  char buffer[64];
  double magnitude = std::fabs(value);
  bool positional = magnitude == 0.0 || (magnitude >= 1e-5 && magnitude < 1e15);
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof(buffer), positional ? "%.*f" : "%.*e",
                  precision, value);
    if (std::strtod(buffer, nullptr) == value)
      break;
  }
  return buffer;
}

void mlir::snn::printReal(AsmPrinter &printer, double value) {
  printer.getStream() << formatReal(value);
}

FailureOr<QuantityAttr> mlir::snn::parseQuantityBody(AsmParser &parser) {
  FailureOr<double> value = parseReal(parser);
  if (failed(value))
    return failure();
  llvm::SMLoc unitLoc = parser.getCurrentLocation();
  llvm::StringRef keyword;
  if (parser.parseOptionalKeyword(&keyword))
    return parser.emitError(unitLoc,
                            "expected a unit (s, ms, us, V, mV, uV, uA, nA, pA, "
                            "GOhm, MOhm, kHz, Hz) after the number");
  std::optional<Unit> unit = symbolizeUnit(keyword);
  if (!unit)
    return parser.emitError(unitLoc, "unknown unit '")
           << keyword
           << "'; expected one of s, ms, us, V, mV, uV, uA, nA, pA, GOhm, "
              "MOhm, kHz, Hz";
  return QuantityAttr::get(parser.getContext(), *value, *unit);
}

void mlir::snn::printQuantityBody(AsmPrinter &printer, QuantityAttr quantity) {
  printReal(printer, quantity.getNumber());
  printer << " " << stringifyUnit(quantity.getUnit());
}

Attribute QuantityAttr::parse(AsmParser &parser, Type) {
  if (parser.parseLess())
    return {};
  FailureOr<QuantityAttr> quantity = parseQuantityBody(parser);
  if (failed(quantity) || parser.parseGreater())
    return {};
  return *quantity;
}

void QuantityAttr::print(AsmPrinter &printer) const {
  printer << "<";
  printQuantityBody(printer, *this);
  printer << ">";
}

LogicalResult
mlir::snn::verifyQuantity(function_ref<InFlightDiagnostic()> emitError,
                          llvm::StringRef name, QuantityAttr quantity,
                          Dimension dim, bool required) {
  if (!quantity) {
    if (required)
      return emitError() << "missing parameter '" << name << "'";
    return success();
  }
  if (quantity.getDimension() != dim)
    return emitError() << "parameter '" << name << "' must be a "
                       << getDimensionName(dim) << ", got '"
                       << stringifyUnit(quantity.getUnit()) << "' (a "
                       << getDimensionName(quantity.getDimension()) << ")";
  if (!std::isfinite(quantity.getNumber()))
    return emitError() << "parameter '" << name << "' must be finite";
  return success();
}

LogicalResult
mlir::snn::verifyTimeConstant(function_ref<InFlightDiagnostic()> emitError,
                              llvm::StringRef name, QuantityAttr quantity,
                              bool required) {
  if (failed(verifyQuantity(emitError, name, quantity, Dimension::time,
                            required)))
    return failure();
  if (quantity && quantity.getNumber() <= 0.0)
    return emitError() << "time constant '" << name
                       << "' must be positive, got "
                       << formatReal(quantity.getNumber()) << " "
                       << stringifyUnit(quantity.getUnit());
  return success();
}

namespace {
/// A positive resistance if present.
LogicalResult verifyResistance(function_ref<InFlightDiagnostic()> emitError,
                               QuantityAttr rm) {
  if (failed(verifyQuantity(emitError, "r_m", rm, Dimension::resistance,
                            false)))
    return failure();
  if (rm && rm.getNumber() <= 0.0)
    return emitError() << "parameter 'r_m' must be positive";
  return success();
}

/// A non-negative time if present.
LogicalResult verifyDuration(function_ref<InFlightDiagnostic()> emitError,
                             llvm::StringRef name, QuantityAttr t) {
  if (failed(verifyQuantity(emitError, name, t, Dimension::time, false)))
    return failure();
  if (t && t.getNumber() < 0.0)
    return emitError() << "parameter '" << name << "' must not be negative";
  return success();
}

LogicalResult verifyVoltages(function_ref<InFlightDiagnostic()> emitError,
                             ArrayRef<std::pair<llvm::StringRef, QuantityAttr>>
                                 voltages) {
  for (auto [name, q] : voltages)
    if (failed(verifyQuantity(emitError, name, q, Dimension::voltage, false)))
      return failure();
  return success();
}

/// Threshold adaptation needs both of its parameters or neither.
LogicalResult verifyAdaptation(function_ref<InFlightDiagnostic()> emitError,
                               QuantityAttr tauTh, QuantityAttr thJump) {
  if (bool(tauTh) != bool(thJump))
    return emitError() << "an adaptive threshold needs both 'tau_th' and "
                          "'th_jump'";
  if (failed(verifyTimeConstant(emitError, "tau_th", tauTh, false)) ||
      failed(verifyQuantity(emitError, "th_jump", thJump, Dimension::voltage,
                            false)))
    return failure();
  if (thJump && thJump.getNumber() < 0.0)
    return emitError() << "parameter 'th_jump' must not be negative";
  return success();
}

LogicalResult verifyResetBelowThreshold(
    function_ref<InFlightDiagnostic()> emitError, QuantityAttr vReset,
    QuantityAttr vTh) {
  if (vReset && vReset.getIn(Unit::mV) >= vTh.getIn(Unit::mV))
    return emitError() << "'v_reset' (" << formatReal(vReset.getIn(Unit::mV))
                       << " mV) must be below 'v_th' ("
                       << formatReal(vTh.getIn(Unit::mV))
                       << " mV), or the neuron fires every step";
  return success();
}
} // namespace

//===----------------------------------------------------------------------===//
// Neuron models
//===----------------------------------------------------------------------===//

LogicalResult LifAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                              QuantityAttr tauM, QuantityAttr vRest,
                              QuantityAttr vTh, QuantityAttr vReset,
                              QuantityAttr vInit, QuantityAttr tRef,
                              QuantityAttr rM, ResetMode,
                              QuantityAttr tauTh, QuantityAttr thJump) {
  if (failed(verifyTimeConstant(emitError, "tau_m", tauM, true)) ||
      failed(verifyQuantity(emitError, "v_rest", vRest, Dimension::voltage,
                            true)) ||
      failed(verifyQuantity(emitError, "v_th", vTh, Dimension::voltage,
                            true)) ||
      failed(verifyVoltages(emitError,
                            {{"v_reset", vReset}, {"v_init", vInit}})) ||
      failed(verifyDuration(emitError, "t_ref", tRef)) ||
      failed(verifyResistance(emitError, rM)) ||
      failed(verifyAdaptation(emitError, tauTh, thJump)))
    return failure();
  return verifyResetBelowThreshold(emitError, vReset ? vReset : vRest, vTh);
}

bool LifAttr::isSpiking() const { return true; }
llvm::StringRef LifAttr::getModelName() const { return "lif"; }
bool NeuronModelAttr::hasQuantityParam(StringRef name) const {
  bool found = false;
  forEachQuantityParam([&](StringRef param, QuantityAttr) {
    found |= param == name;
  });
  return found;
}

QuantityAttr NeuronModelAttr::getQuantityParam(StringRef name) const {
  QuantityAttr value;
  forEachQuantityParam([&](StringRef param, QuantityAttr written) {
    if (param == name)
      value = written;
  });
  return value;
}

/// lif's overridable parameters, shared with cuba_lif.
template <typename LifLike>
static void forEachLifParam(LifLike attr,
                            function_ref<void(StringRef, QuantityAttr)> fn) {
  fn("tau_m", attr.getTauM());
  fn("v_rest", attr.getVRest());
  fn("v_th", attr.getVTh());
  fn("v_reset", attr.getVReset());
  fn("v_init", attr.getVInit());
  fn("t_ref", attr.getTRef());
  fn("r_m", attr.getRM());
  fn("tau_th", attr.getTauTh());
  fn("th_jump", attr.getThJump());
}

void LifAttr::forEachQuantityParam(
    function_ref<void(StringRef, QuantityAttr)> fn) const {
  forEachLifParam(*this, fn);
}

LogicalResult CubaLifAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                  QuantityAttr tauM, QuantityAttr tauSyn,
                                  QuantityAttr tauSynInh, QuantityAttr vRest, QuantityAttr vTh,
                                  QuantityAttr vReset, QuantityAttr vInit,
                                  QuantityAttr tRef, QuantityAttr rM,
                                  ResetMode, QuantityAttr tauTh,
                                  QuantityAttr thJump) {
  if (failed(verifyTimeConstant(emitError, "tau_syn", tauSyn, true)) ||
      failed(verifyTimeConstant(emitError, "tau_syn_inh", tauSynInh, false)))
    return failure();
  return LifAttr::verify(emitError, tauM, vRest, vTh, vReset, vInit, tRef, rM,
                         ResetMode::value, tauTh, thJump);
}

bool CubaLifAttr::isSpiking() const { return true; }
llvm::StringRef CubaLifAttr::getModelName() const { return "cuba_lif"; }
void CubaLifAttr::forEachQuantityParam(
    function_ref<void(StringRef, QuantityAttr)> fn) const {
  forEachLifParam(*this, fn);
  fn("tau_syn", getTauSyn());
  fn("tau_syn_inh", getTauSynInh());
}

LogicalResult IfAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                             QuantityAttr vTh, QuantityAttr vReset,
                             QuantityAttr vInit, QuantityAttr tRef,
                             QuantityAttr rM, QuantityAttr tauM, ResetMode) {
  if (failed(verifyQuantity(emitError, "v_th", vTh, Dimension::voltage,
                            true)) ||
      failed(verifyQuantity(emitError, "v_reset", vReset, Dimension::voltage,
                            true)) ||
      failed(verifyVoltages(emitError, {{"v_init", vInit}})) ||
      failed(verifyDuration(emitError, "t_ref", tRef)) ||
      failed(verifyResistance(emitError, rM)) ||
      failed(verifyTimeConstant(emitError, "tau_m", tauM, false)))
    return failure();
  return verifyResetBelowThreshold(emitError, vReset, vTh);
}

bool IfAttr::isSpiking() const { return true; }
llvm::StringRef IfAttr::getModelName() const { return "if"; }
void IfAttr::forEachQuantityParam(
    function_ref<void(StringRef, QuantityAttr)> fn) const {
  fn("v_th", getVTh());
  fn("v_reset", getVReset());
  fn("v_init", getVInit());
  fn("t_ref", getTRef());
  fn("r_m", getRM());
  fn("tau_m", getTauM());
}

LogicalResult LiAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                             QuantityAttr tauM, QuantityAttr vRest,
                             QuantityAttr vInit, QuantityAttr rM) {
  if (failed(verifyTimeConstant(emitError, "tau_m", tauM, true)) ||
      failed(verifyQuantity(emitError, "v_rest", vRest, Dimension::voltage,
                            true)) ||
      failed(verifyVoltages(emitError, {{"v_init", vInit}})) ||
      failed(verifyResistance(emitError, rM)))
    return failure();
  return success();
}

bool LiAttr::isSpiking() const { return false; }
llvm::StringRef LiAttr::getModelName() const { return "li"; }
void LiAttr::forEachQuantityParam(
    function_ref<void(StringRef, QuantityAttr)> fn) const {
  fn("tau_m", getTauM());
  fn("v_rest", getVRest());
  fn("v_init", getVInit());
  fn("r_m", getRM());
}

LogicalResult RateAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               RateFn, QuantityAttr tau) {
  return verifyTimeConstant(emitError, "tau", tau, false);
}

bool RateAttr::isSpiking() const { return false; }
llvm::StringRef RateAttr::getModelName() const { return "rate"; }
void RateAttr::forEachQuantityParam(
    function_ref<void(StringRef, QuantityAttr)>) const {
  // Rate units take no per-neuron overrides.
}

//===----------------------------------------------------------------------===//
// Connectivity
//===----------------------------------------------------------------------===//

LogicalResult FileAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               llvm::StringRef path) {
  if (path.empty())
    return emitError() << "file path must not be empty";
  if (!path.ends_with(".npy") && !path.ends_with(".txt"))
    return emitError() << "file '" << path
                       << "' must be a NumPy array (.npy) or a text file (.txt)";
  return success();
}

namespace {
/// Weights are a float tensor or a file; checks the tensor's shape against
/// `shape` (a file's shape is checked when it is read).
LogicalResult verifyWeights(function_ref<InFlightDiagnostic()> emitError,
                            llvm::StringRef what, Attribute weights,
                            ArrayRef<int64_t> shape) {
  if (isa<FileAttr>(weights))
    return success();
  auto elements = dyn_cast<DenseElementsAttr>(weights);
  if (!elements || !isa<FloatType>(elements.getElementType()))
    return emitError() << "'" << what
                       << "' must be a dense float tensor or a #snn.file";
  auto type = elements.getType();
  if (type.getShape() != shape) {
    InFlightDiagnostic diag = emitError();
    diag << "'" << what << "' has shape [";
    llvm::interleave(type.getShape(), diag, ", ");
    diag << "] but the projection needs [";
    llvm::interleave(shape, diag, ", ");
    return diag << "]";
  }
  for (const APFloat &value : elements.getValues<APFloat>())
    if (!value.isFinite())
      return emitError() << "'" << what << "' contains a non-finite value";
  return success();
}

/// Shape-independent checks of a weights attribute.
LogicalResult verifyWeightsKind(function_ref<InFlightDiagnostic()> emitError,
                                llvm::StringRef what, Attribute weights) {
  if (isa<FileAttr>(weights))
    return success();
  auto elements = dyn_cast<DenseElementsAttr>(weights);
  if (!elements || !isa<FloatType>(elements.getElementType()))
    return emitError() << "'" << what
                       << "' must be a dense float tensor or a #snn.file";
  return success();
}

void forEachWeight(Attribute weights, function_ref<void(double)> fn) {
  if (auto elements = dyn_cast<DenseElementsAttr>(weights))
    for (const APFloat &value : elements.getValues<APFloat>())
      fn(value.convertToDouble());
}
} // namespace

LogicalResult DenseAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                Attribute weights) {
  return verifyWeightsKind(emitError, "weights", weights);
}
LogicalResult
DenseAttr::verifyShape(function_ref<InFlightDiagnostic()> emitError,
                       int64_t preSize, int64_t postSize) const {
  return verifyWeights(emitError, "weights", getWeights(), {preSize, postSize});
}
void DenseAttr::forEachInlineWeight(function_ref<void(double)> fn) const {
  forEachWeight(getWeights(), fn);
}

LogicalResult SparseAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                 DenseI32ArrayAttr pre, DenseI32ArrayAttr post,
                                 Attribute weights) {
  if (pre.size() != post.size())
    return emitError() << "sparse 'pre' has " << pre.size()
                       << " indices but 'post' has " << post.size();
  if (failed(verifyWeightsKind(emitError, "weights", weights)))
    return failure();
  llvm::DenseSet<std::pair<int32_t, int32_t>> seen;
  for (auto [i, j] : llvm::zip(pre.asArrayRef(), post.asArrayRef()))
    if (!seen.insert({i, j}).second)
      return emitError() << "sparse synapse (" << i << ", " << j
                         << ") is listed twice";
  return success();
}
LogicalResult
SparseAttr::verifyShape(function_ref<InFlightDiagnostic()> emitError,
                        int64_t preSize, int64_t postSize) const {
  for (auto [k, index] : llvm::enumerate(getPre().asArrayRef()))
    if (index < 0 || index >= preSize)
      return emitError() << "sparse pre index " << index << " (synapse " << k
                         << ") is out of range for a population of "
                         << preSize;
  for (auto [k, index] : llvm::enumerate(getPost().asArrayRef()))
    if (index < 0 || index >= postSize)
      return emitError() << "sparse post index " << index << " (synapse " << k
                         << ") is out of range for a population of "
                         << postSize;
  return verifyWeights(emitError, "weights", getWeights(),
                       {static_cast<int64_t>(getPre().size())});
}
void SparseAttr::forEachInlineWeight(function_ref<void(double)> fn) const {
  forEachWeight(getWeights(), fn);
}

LogicalResult OneToOneAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                   Attribute weights) {
  return verifyWeightsKind(emitError, "weights", weights);
}
LogicalResult
OneToOneAttr::verifyShape(function_ref<InFlightDiagnostic()> emitError,
                          int64_t preSize, int64_t postSize) const {
  if (preSize != postSize)
    return emitError() << "one_to_one needs populations of equal size, got "
                       << preSize << " -> " << postSize;
  return verifyWeights(emitError, "weights", getWeights(), {preSize});
}
void OneToOneAttr::forEachInlineWeight(function_ref<void(double)> fn) const {
  forEachWeight(getWeights(), fn);
}

LogicalResult
AllToAllAttr::verifyShape(function_ref<InFlightDiagnostic()>, int64_t,
                          int64_t) const {
  return success();
}
void AllToAllAttr::forEachInlineWeight(function_ref<void(double)> fn) const {
  fn(getWeight());
}

LogicalResult
FixedProbabilityAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                             Real p, uint64_t, Real weight, bool) {
  if (!(p >= 0.0 && p <= 1.0))
    return emitError() << "connection probability 'p' must be in [0, 1], got "
                       << formatReal(p);
  if (!std::isfinite(weight))
    return emitError() << "'weight' must be finite";
  return success();
}
LogicalResult
FixedProbabilityAttr::verifyShape(function_ref<InFlightDiagnostic()>, int64_t,
                                  int64_t) const {
  return success();
}
void FixedProbabilityAttr::forEachInlineWeight(
    function_ref<void(double)> fn) const {
  fn(getWeight());
}

LogicalResult Conv2dAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                 DenseI64ArrayAttr inShape,
                                 DenseI64ArrayAttr outShape,
                                 DenseI64ArrayAttr stride,
                                 DenseI64ArrayAttr padding, Attribute kernel) {
  if (inShape.size() != 3 || outShape.size() != 3)
    return emitError() << "conv2d shapes are [channels, height, width]";
  if (stride.size() != 2 || padding.size() != 2)
    return emitError() << "conv2d 'stride' and 'padding' are [y, x]";
  for (int64_t d : llvm::concat<const int64_t>(inShape.asArrayRef(),
                                               outShape.asArrayRef()))
    if (d <= 0)
      return emitError() << "conv2d shapes must be positive";
  if (stride[0] <= 0 || stride[1] <= 0 || padding[0] < 0 || padding[1] < 0)
    return emitError() << "conv2d stride must be positive and padding "
                          "non-negative";
  auto elements = llvm::dyn_cast<DenseElementsAttr>(kernel);
  if (!elements || !llvm::isa<FloatType>(elements.getElementType()) ||
      elements.getType().getRank() != 4)
    return emitError() << "conv2d 'kernel' must be a 4-D float tensor "
                          "[c_out, c_in, kh, kw]";
  ArrayRef<int64_t> k = elements.getType().getShape();
  if (k[0] != outShape[0] || k[1] != inShape[0])
    return emitError() << "conv2d kernel is " << k[0] << "x" << k[1]
                       << " channels but the maps have " << outShape[0]
                       << " out and " << inShape[0] << " in";
  for (int axis = 0; axis < 2; ++axis) {
    int64_t span = inShape[axis + 1] + 2 * padding[axis] - k[axis + 2];
    int64_t expected = span < 0 ? 0 : span / stride[axis] + 1;
    if (expected != outShape[axis + 1])
      return emitError() << "conv2d output " << (axis ? "width" : "height")
                         << " must be " << expected << ", got "
                         << outShape[axis + 1];
  }
  return success();
}
LogicalResult
Conv2dAttr::verifyShape(function_ref<InFlightDiagnostic()> emitError,
                        int64_t preSize, int64_t postSize) const {
  int64_t in = getInShape()[0] * getInShape()[1] * getInShape()[2];
  int64_t out = getOutShape()[0] * getOutShape()[1] * getOutShape()[2];
  if (in != preSize || out != postSize)
    return emitError() << "conv2d maps hold " << in << " -> " << out
                       << " neurons but the populations have " << preSize
                       << " -> " << postSize;
  return success();
}
void Conv2dAttr::forEachInlineWeight(function_ref<void(double)> fn) const {
  forEachWeight(getKernel(), fn);
}

//===----------------------------------------------------------------------===//
// Plasticity rules
//===----------------------------------------------------------------------===//

namespace {
LogicalResult verifyLimits(function_ref<InFlightDiagnostic()> emitError,
                           double wMin, double wMax) {
  if (!std::isfinite(wMin) || !std::isfinite(wMax))
    return emitError() << "weight limits must be finite";
  if (wMin > wMax)
    return emitError() << "'w_min' (" << formatReal(wMin)
                       << ") must not exceed 'w_max' (" << formatReal(wMax)
                       << ")";
  return success();
}

LogicalResult verifyNonNegative(function_ref<InFlightDiagnostic()> emitError,
                                llvm::StringRef name, double value) {
  if (!(value >= 0.0) || !std::isfinite(value))
    return emitError() << "parameter '" << name
                       << "' must be a non-negative number, got " << formatReal(value);
  return success();
}
} // namespace

LogicalResult StdpAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               Real aPlus, Real aMinus,
                               QuantityAttr tauPlus, QuantityAttr tauMinus,
                               Real wMin, Real wMax, Pairing,
                               Bounds bounds, Rounding) {
  if (failed(verifyNonNegative(emitError, "a_plus", aPlus)) ||
      failed(verifyNonNegative(emitError, "a_minus", aMinus)) ||
      failed(verifyTimeConstant(emitError, "tau_plus", tauPlus, true)) ||
      failed(verifyTimeConstant(emitError, "tau_minus", tauMinus, true)))
    return failure();
  if (bounds == Bounds::multiplicative && !(wMin < wMax))
    return emitError() << "multiplicative bounds scale by (w_max - w_min), so "
                          "'w_min' must be below 'w_max'";
  return verifyLimits(emitError, wMin, wMax);
}
llvm::StringRef StdpAttr::getRuleName() const { return "stdp"; }
bool StdpAttr::needsSpikingPre() const { return true; }
bool StdpAttr::needsSpikingPost() const { return true; }
unsigned StdpAttr::modulatorUse() const { return 0; }
std::optional<std::pair<double, double>> StdpAttr::getWeightLimits() const {
  return std::make_pair(getWMin(), getWMax());
}

LogicalResult HebbianAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                  Real eta, QuantityAttr tau, Real wMin,
                                  Real wMax) {
  if (failed(verifyNonNegative(emitError, "eta", eta)) ||
      failed(verifyTimeConstant(emitError, "tau", tau, false)))
    return failure();
  return verifyLimits(emitError, wMin, wMax);
}
llvm::StringRef HebbianAttr::getRuleName() const { return "hebbian"; }
bool HebbianAttr::needsSpikingPre() const { return false; }
bool HebbianAttr::needsSpikingPost() const { return false; }
unsigned HebbianAttr::modulatorUse() const { return 0; }
std::optional<std::pair<double, double>> HebbianAttr::getWeightLimits() const {
  return std::make_pair(getWMin(), getWMax());
}

LogicalResult OjaAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                              Real eta, QuantityAttr tau, Real wMin,
                              Real wMax) {
  return HebbianAttr::verify(emitError, eta, tau, wMin, wMax);
}
llvm::StringRef OjaAttr::getRuleName() const { return "oja"; }
bool OjaAttr::needsSpikingPre() const { return false; }
bool OjaAttr::needsSpikingPost() const { return false; }
unsigned OjaAttr::modulatorUse() const { return 0; }
std::optional<std::pair<double, double>> OjaAttr::getWeightLimits() const {
  return std::make_pair(getWMin(), getWMax());
}

LogicalResult BcmAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                              Real eta, QuantityAttr tau,
                              QuantityAttr tauTheta, Real wMin, Real wMax) {
  if (failed(verifyTimeConstant(emitError, "tau_theta", tauTheta, true)))
    return failure();
  return HebbianAttr::verify(emitError, eta, tau, wMin, wMax);
}
llvm::StringRef BcmAttr::getRuleName() const { return "bcm"; }
bool BcmAttr::needsSpikingPre() const { return false; }
bool BcmAttr::needsSpikingPost() const { return false; }
unsigned BcmAttr::modulatorUse() const { return 0; }
std::optional<std::pair<double, double>> BcmAttr::getWeightLimits() const {
  return std::make_pair(getWMin(), getWMax());
}

LogicalResult
ThreeFactorAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                        Real aPlus, Real aMinus, QuantityAttr tauPlus,
                        QuantityAttr tauMinus, QuantityAttr tauE, Real eta,
                        Real wMin, Real wMax) {
  if (failed(verifyTimeConstant(emitError, "tau_e", tauE, true)) ||
      failed(verifyNonNegative(emitError, "eta", eta)))
    return failure();
  return StdpAttr::verify(emitError, aPlus, aMinus, tauPlus, tauMinus, wMin,
                          wMax, Pairing::all_to_all, Bounds::additive,
                          Rounding::nearest);
}
llvm::StringRef ThreeFactorAttr::getRuleName() const { return "three_factor"; }
bool ThreeFactorAttr::needsSpikingPre() const { return true; }
bool ThreeFactorAttr::needsSpikingPost() const { return true; }
unsigned ThreeFactorAttr::modulatorUse() const { return 2; }
std::optional<std::pair<double, double>>
ThreeFactorAttr::getWeightLimits() const {
  return std::make_pair(getWMin(), getWMax());
}

LogicalResult MiconiAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                 Attribute alpha, Real eta, HebbNorm,
                                 Real clip) {
  auto tensor = llvm::dyn_cast<DenseElementsAttr>(alpha);
  if (!llvm::isa<FloatAttr>(alpha) &&
      !(tensor && llvm::isa<FloatType>(tensor.getElementType())))
    return emitError() << "'alpha' must be a float or a float tensor";
  if (!(eta >= 0.0 && eta <= 1.0))
    return emitError() << "'eta' must be in [0, 1], got " << formatReal(eta);
  if (!(clip > 0.0) || !std::isfinite(clip))
    return emitError() << "'clip' must be positive";
  return success();
}
llvm::StringRef MiconiAttr::getRuleName() const { return "miconi"; }
bool MiconiAttr::needsSpikingPre() const { return false; }
bool MiconiAttr::needsSpikingPost() const { return false; }
unsigned MiconiAttr::modulatorUse() const { return 1; }
std::optional<std::pair<double, double>> MiconiAttr::getWeightLimits() const {
  return std::nullopt;
}

LogicalResult
StructuralAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                       Real threshold, int64_t every, int64_t regrow,
                       Real wInit, uint64_t) {
  if (failed(verifyNonNegative(emitError, "threshold", threshold)))
    return failure();
  if (every <= 0)
    return emitError() << "'every' must be a positive number of steps, got "
                       << every;
  if (regrow < 0)
    return emitError() << "'regrow' must not be negative";
  if (!std::isfinite(wInit))
    return emitError() << "'w_init' must be finite";
  return success();
}
llvm::StringRef StructuralAttr::getRuleName() const { return "structural"; }
bool StructuralAttr::needsSpikingPre() const { return false; }
bool StructuralAttr::needsSpikingPost() const { return false; }
unsigned StructuralAttr::modulatorUse() const { return 0; }
std::optional<std::pair<double, double>>
StructuralAttr::getWeightLimits() const {
  return std::nullopt;
}

Attribute SopTermAttr::parse(AsmParser &parser, Type) {
  if (parser.parseLess())
    return {};
  FailureOr<double> scale = parseReal(parser);
  if (failed(scale))
    return {};
  SmallVector<SopFactor> factors;
  while (succeeded(parser.parseOptionalStar())) {
    llvm::SMLoc loc = parser.getCurrentLocation();
    llvm::StringRef keyword;
    if (parser.parseKeyword(&keyword))
      return {};
    std::optional<SopFactor> factor = symbolizeSopFactor(keyword);
    if (!factor) {
      parser.emitError(loc, "unknown factor '")
          << keyword << "'; expected x0, x1, y0, y1, r, e or w";
      return {};
    }
    factors.push_back(*factor);
  }
  if (parser.parseGreater())
    return {};
  return SopTermAttr::get(parser.getContext(), *scale, factors);
}

void SopTermAttr::print(AsmPrinter &printer) const {
  printer << "<";
  printReal(printer, getScale());
  for (SopFactor factor : getFactors())
    printer << " * " << stringifySopFactor(factor);
  printer << ">";
}

namespace {
LogicalResult verifyTerms(function_ref<InFlightDiagnostic()> emitError,
                          llvm::StringRef what, ArrayAttr terms,
                          bool allowEligibility) {
  for (Attribute term : terms) {
    auto sop = dyn_cast<SopTermAttr>(term);
    if (!sop)
      return emitError() << "'" << what << "' must hold #snn.term attributes";
    if (!allowEligibility && llvm::is_contained(sop.getFactors(), SopFactor::e))
      return emitError() << "a term of '" << what
                         << "' reads 'e' but the rule has no eligibility trace";
  }
  return success();
}
} // namespace

LogicalResult SopAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                              ArrayAttr terms, QuantityAttr tauX,
                              QuantityAttr tauY, Real wMin, Real wMax,
                              ArrayAttr eTerms, QuantityAttr tauE) {
  if (failed(verifyTimeConstant(emitError, "tau_x", tauX, true)) ||
      failed(verifyTimeConstant(emitError, "tau_y", tauY, true)) ||
      failed(verifyLimits(emitError, wMin, wMax)))
    return failure();
  if (bool(eTerms) != bool(tauE))
    return emitError() << "an eligibility trace needs both 'e_terms' and "
                          "'tau_e'";
  if (failed(verifyTimeConstant(emitError, "tau_e", tauE, false)) ||
      failed(verifyTerms(emitError, "terms", terms, bool(eTerms))))
    return failure();
  if (eTerms && failed(verifyTerms(emitError, "e_terms", eTerms, false)))
    return failure();
  return success();
}
namespace {
/// Whether any term of the rule reads `factor`.
bool readsFactor(SopAttr rule, SopFactor factor) {
  auto reads = [&](ArrayAttr terms) {
    return terms && llvm::any_of(terms, [&](Attribute t) {
             return llvm::is_contained(cast<SopTermAttr>(t).getFactors(),
                                       factor);
           });
  };
  return reads(rule.getTerms()) || reads(rule.getETerms());
}
} // namespace

llvm::StringRef SopAttr::getRuleName() const { return "sop"; }
bool SopAttr::needsSpikingPre() const { return readsFactor(*this, SopFactor::x0); }
bool SopAttr::needsSpikingPost() const {
  return readsFactor(*this, SopFactor::y0);
}
unsigned SopAttr::modulatorUse() const {
  return readsFactor(*this, SopFactor::r) ? 2 : 0;
}
std::optional<std::pair<double, double>> SopAttr::getWeightLimits() const {
  return std::make_pair(getWMin(), getWMax());
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

LogicalResult PopType::verify(function_ref<InFlightDiagnostic()> emitError,
                              int64_t size) {
  if (size <= 0)
    return emitError() << "a population needs at least one neuron, got "
                       << size;
  if (size > INT32_MAX)
    return emitError() << "a population holds at most " << INT32_MAX
                       << " neurons, got " << size;
  return success();
}

LogicalResult ProjType::verify(function_ref<InFlightDiagnostic()> emitError,
                               int64_t pre, int64_t post) {
  if (pre <= 0 || post <= 0 || pre > INT32_MAX || post > INT32_MAX)
    return emitError() << "projection sizes must be in [1, " << INT32_MAX
                       << "]";
  return success();
}
