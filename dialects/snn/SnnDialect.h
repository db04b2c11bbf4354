//===- SnnDialect.h - snn dialect -------------------------------*- C++ -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#ifndef SNN_SNNDIALECT_H
#define SNN_SNNDIALECT_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/bit.h"
#include "llvm/ADT/Hashing.h"

#include <optional>
#include <string>
#include <utility>

#include "snn/SnnDialect.h.inc"
#include "snn/SnnEnums.h.inc"

namespace mlir::snn {

class QuantityAttr;

/// What a unit measures; parameters check the dimension they need.
enum class Dimension { time, voltage, current, resistance, rate };

/// The dimension a unit belongs to and its factor to the dimension's base unit
/// (ms, mV, nA, MOhm, Hz).
Dimension getDimension(Unit unit);
double getScaleToBase(Unit unit);
llvm::StringRef getDimensionName(Dimension dim);

// Field parsers and printers for quantities and reals inside attributes.
FailureOr<QuantityAttr> parseQuantityBody(AsmParser &parser);
void printQuantityBody(AsmPrinter &printer, QuantityAttr quantity);
/// A real-valued attribute parameter: a double that MLIR's attribute uniquer
/// can hash (llvm::hash_value has no overload for double).
struct Real {
  double value = 0.0;
  Real() = default;
  Real(double v) : value(v) {}
  operator double() const { return value; }
  bool operator==(const Real &other) const {
    return llvm::bit_cast<uint64_t>(value) ==
           llvm::bit_cast<uint64_t>(other.value);
  }
  friend llvm::hash_code hash_value(const Real &real) {
    return llvm::hash_value(llvm::bit_cast<uint64_t>(real.value));
  }
};

/// An snn attribute written without its `#snn.` prefix (`lif<...>`), as ops
/// print their model, connectivity and rule. Unlike the generic attribute
/// parser it leaves a following `: type` to the op.
OptionalParseResult parseAttrWithoutPrefix(AsmParser &parser, Attribute &value);
void printAttrWithoutPrefix(AsmPrinter &printer, Attribute value);

FailureOr<double> parseReal(AsmParser &parser);
FailureOr<Real> parseRealParam(AsmParser &parser);
void printReal(AsmPrinter &printer, double value);
/// The text printReal writes: shortest round-trip form, positional for
/// everyday magnitudes. Diagnostics use it so numbers read as written.
std::string formatReal(double value);

} // namespace mlir::snn

#include "snn/SnnInterfaces.h.inc"

#define GET_ATTRDEF_CLASSES
#include "snn/SnnAttrs.h.inc"

#define GET_TYPEDEF_CLASSES
#include "snn/SnnTypes.h.inc"

namespace mlir::snn {

/// Checks that an optional quantity, if present, has dimension `dim`; emits
/// "<what> '<name>' must be a <dim>, got <unit>" otherwise.
LogicalResult verifyQuantity(function_ref<InFlightDiagnostic()> emitError,
                             llvm::StringRef name, QuantityAttr quantity,
                             Dimension dim, bool required);

/// Checks a time constant: present if required, a time, strictly positive.
LogicalResult verifyTimeConstant(function_ref<InFlightDiagnostic()> emitError,
                                 llvm::StringRef name, QuantityAttr quantity,
                                 bool required);

} // namespace mlir::snn

#endif // SNN_SNNDIALECT_H
