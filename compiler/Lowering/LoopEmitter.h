//===- LoopEmitter.h - shared vocabulary of the loop lowerings ---*- C++ -*-===//
//
// Part of plasticc. Both lowerings to loops (SnnToLoops: the float
// semantics; CoreToLoops: the core's fixed point) build module globals, one
// step function and calls into runtime/ the same way; this base holds that
// part once. Each lowering derives its own arithmetic vocabulary from it.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_COMPILER_LOWERING_LOOPEMITTER_H
#define PLASTICC_COMPILER_LOWERING_LOOPEMITTER_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/StringMap.h"

#include <set>
#include <string>

namespace plasticc {

class LoopEmitter {
public:
  /// Globals and declarations go before \p anchor, named `<prefix>_<base>`.
  LoopEmitter(mlir::OpBuilder &builder, mlir::ModuleOp module,
              mlir::Operation *anchor, llvm::StringRef prefix)
      : b(anchor->getLoc(), builder), module(module), anchor(anchor),
        prefix(prefix.str()) {}

  mlir::ImplicitLocOpBuilder b;

  //===--- globals ---===//

  /// A private memref.global named after `base`, unique in the module.
  mlir::memref::GlobalOp global(llvm::StringRef base, mlir::MemRefType type,
                                mlir::Attribute init, bool constant) {
    std::string name = prefix + "_" + base.str();
    for (int k = 1; usedNames.count(name) ||
                    mlir::SymbolTable::lookupSymbolIn(module, name);
         ++k)
      name = prefix + "_" + base.str() + "_" + std::to_string(k);
    usedNames.insert(name);
    mlir::OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(anchor);
    return b.create<mlir::memref::GlobalOp>(
        name, b.getStringAttr("private"), type, init, constant,
        /*alignment=*/b.getI64IntegerAttr(64));
  }
  /// A zero-initialised mutable global.
  mlir::memref::GlobalOp zeros(llvm::StringRef base,
                               llvm::ArrayRef<int64_t> shape, mlir::Type elt) {
    auto tensorType = mlir::RankedTensorType::get(shape, elt);
    mlir::Attribute zero =
        mlir::isa<mlir::FloatType>(elt)
            ? mlir::Attribute(b.getFloatAttr(elt, 0.0))
            : mlir::Attribute(b.getIntegerAttr(elt, 0));
    return global(base, mlir::MemRefType::get(shape, elt),
                  mlir::DenseElementsAttr::get(tensorType, zero), false);
  }

  //===--- functions ---===//

  /// Starts a public function at the anchor; get() hoists its get_global
  /// ops to this function's entry block.
  mlir::func::FuncOp beginFunc(llvm::StringRef name,
                               mlir::FunctionType type) {
    b.setInsertionPoint(anchor);
    auto fn = b.create<mlir::func::FuncOp>(name, type);
    entry = fn.addEntryBlock();
    globalsInFunc.clear();
    b.setInsertionPointToStart(entry);
    return fn;
  }
  /// Declares a runtime function once.
  void declare(llvm::StringRef name, mlir::FunctionType type) {
    if (mlir::SymbolTable::lookupSymbolIn(module, name) ||
        declared.count(name.str()))
      return;
    declared.insert(name.str());
    mlir::OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(anchor);
    b.create<mlir::func::FuncOp>(name, type).setPrivate();
  }
  /// The global's memref in the current function (one get_global per
  /// function, at its entry).
  mlir::Value get(mlir::memref::GlobalOp g) {
    auto it = globalsInFunc.find(g.getSymName());
    if (it != globalsInFunc.end())
      return it->second;
    mlir::OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(entry);
    mlir::Value v =
        b.create<mlir::memref::GetGlobalOp>(g.getType(), g.getSymName());
    globalsInFunc[g.getSymName()] = v;
    return v;
  }
  void call(llvm::StringRef name, mlir::ValueRange args) {
    b.create<mlir::func::CallOp>(name, mlir::TypeRange{}, args);
  }

  //===--- constants, memory, control flow ---===//

  mlir::Value index(int64_t v) {
    return b.create<mlir::arith::ConstantIndexOp>(v);
  }
  mlir::Value i64(int64_t v) {
    return b.create<mlir::arith::ConstantIntOp>(v, 64);
  }
  mlir::Value u64(uint64_t v) { return i64(static_cast<int64_t>(v)); }
  mlir::Value i32(int64_t v) {
    return b.create<mlir::arith::ConstantIntOp>(v, 32);
  }
  mlir::Value f64(double v) {
    return b.create<mlir::arith::ConstantFloatOp>(llvm::APFloat(v),
                                                  b.getF64Type());
  }
  mlir::Value toIndex(mlir::Value v) {
    return b.create<mlir::arith::IndexCastOp>(b.getIndexType(), v);
  }
  mlir::Value load(mlir::Value mem, mlir::ValueRange idx) {
    return b.create<mlir::memref::LoadOp>(mem, idx);
  }
  void store(mlir::Value v, mlir::Value mem, mlir::ValueRange idx) {
    b.create<mlir::memref::StoreOp>(v, mem, idx);
  }
  void forLoop(mlir::Value lb, mlir::Value ub,
               llvm::function_ref<void(mlir::Value)> body) {
    auto loop = b.create<mlir::scf::ForOp>(lb, ub, index(1));
    mlir::OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(loop.getBody()->getTerminator());
    body(loop.getInductionVar());
  }
  void ifThen(mlir::Value cond, llvm::function_ref<void()> body) {
    auto op = b.create<mlir::scf::IfOp>(cond, /*withElseRegion=*/false);
    mlir::OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(op.thenBlock()->getTerminator());
    body();
  }
  /// splitmix64 of docs/semantics.md §14 in wrapping i64 arithmetic.
  mlir::Value splitmix(mlir::Value z) {
    using namespace mlir::arith;
    z = b.create<AddIOp>(z, u64(0x9E3779B97F4A7C15ull));
    z = b.create<XOrIOp>(z, b.create<ShRUIOp>(z, i64(30)));
    z = b.create<MulIOp>(z, u64(0xBF58476D1CE4E5B9ull));
    z = b.create<XOrIOp>(z, b.create<ShRUIOp>(z, i64(27)));
    z = b.create<MulIOp>(z, u64(0x94D049BB133111EBull));
    return b.create<XOrIOp>(z, b.create<ShRUIOp>(z, i64(31)));
  }

protected:
  mlir::ModuleOp module;
  mlir::Operation *anchor;
  std::string prefix;
  mlir::Block *entry = nullptr;
  llvm::StringMap<mlir::Value> globalsInFunc;
  std::set<std::string> usedNames, declared;
};

} // namespace plasticc

#endif // PLASTICC_COMPILER_LOWERING_LOOPEMITTER_H
