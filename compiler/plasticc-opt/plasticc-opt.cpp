//===- plasticc-opt.cpp - parse, verify, transform, print -------*- C++ -*-===//
//
// Part of plasticc. The mlir-opt of this project: every plasticc dialect and
// pass, plus MLIR's generic transforms (canonicalize, cse, ...).
//
//===----------------------------------------------------------------------===//

#include "compiler/Passes.h"
#include "core/CoreDialect.h"
#include "compiler/CoreToLoops/Passes.h"
#include "compiler/SnnToLoops/Passes.h"
#include "snn/SnnDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  mlir::registerTransformsPasses();
  mlir::snn::registerSnnToLoopsPasses();
  plasticc::registerPlasticcPasses();
  plasticc::registerCoreToLoopsPasses();

  mlir::DialectRegistry registry;
  registry.insert<mlir::snn::SnnDialect, mlir::core::CoreDialect,
                  mlir::func::FuncDialect,
                  mlir::arith::ArithDialect, mlir::math::MathDialect,
                  mlir::memref::MemRefDialect, mlir::scf::SCFDialect,
                  mlir::vector::VectorDialect>();

  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "plasticc optimizer driver\n", registry));
}
