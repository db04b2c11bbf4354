//===- SnnDialect.cpp - snn dialect -----------------------------*- C++ -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#include "snn/SnnDialect.h"
#include "snn/SnnOps.h"

using namespace mlir;
using namespace mlir::snn;

#include "snn/SnnDialect.cpp.inc"

void SnnDialect::initialize() {
  registerAttributes();
  registerTypes();
  addOperations<
#define GET_OP_LIST
#include "snn/SnnOps.cpp.inc"
      >();
}
