//===- SnnOps.h - snn operations --------------------------------*- C++ -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#ifndef SNN_SNNOPS_H
#define SNN_SNNOPS_H

#include "snn/SnnDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/RegionKindInterface.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#define GET_OP_CLASSES
#include "snn/SnnOps.h.inc"

#endif // SNN_SNNOPS_H
