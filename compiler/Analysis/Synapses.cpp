//===- Synapses.cpp - the synapses of an snn.projection ---------*- C++ -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#include "compiler/Analysis/Synapses.h"
#include "sim/golden/numerics/prng.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::snn;

LogicalResult plasticc::forEachSynapse(
    ProjectionOp proj, function_ref<void(int64_t, int64_t, double)> fn) {
  int64_t preSize = proj.getResult().getType().getPre();
  int64_t postSize = proj.getResult().getType().getPost();
  auto inlineWeights = [&](Attribute weights) -> FailureOr<SmallVector<double>> {
    if (isa<FileAttr>(weights))
      return proj.emitError("weights from a #snn.file are not read by "
                            "the compiler yet; write them inline");
    SmallVector<double> values;
    for (const APFloat &v : cast<DenseElementsAttr>(weights).getValues<APFloat>())
      values.push_back(v.convertToDouble());
    return values;
  };
  return llvm::TypeSwitch<Attribute, LogicalResult>(proj.getConnectivity())
      .Case([&](DenseAttr dense) -> LogicalResult {
        auto w = inlineWeights(dense.getWeights());
        if (failed(w))
          return failure();
        for (int64_t i = 0; i < preSize; ++i)
          for (int64_t j = 0; j < postSize; ++j)
            fn(i, j, (*w)[i * postSize + j]);
        return success();
      })
      .Case([&](AllToAllAttr all) {
        for (int64_t i = 0; i < preSize; ++i)
          for (int64_t j = 0; j < postSize; ++j)
            fn(i, j, all.getWeight());
        return success();
      })
      .Case([&](OneToOneAttr one) -> LogicalResult {
        auto w = inlineWeights(one.getWeights());
        if (failed(w))
          return failure();
        for (int64_t i = 0; i < preSize; ++i)
          fn(i, i, (*w)[i]);
        return success();
      })
      .Case([&](SparseAttr sparse) -> LogicalResult {
        auto w = inlineWeights(sparse.getWeights());
        if (failed(w))
          return failure();
        for (auto [k, i] : llvm::enumerate(sparse.getPre().asArrayRef()))
          fn(i, sparse.getPost()[k], (*w)[k]);
        return success();
      })
      .Case([&](FixedProbabilityAttr fp) {
        uint64_t threshold =
            plasticc::golden::probabilityThreshold53(fp.getP());
        bool samePopulation = proj.getPre() == proj.getPost();
        for (int64_t i = 0; i < preSize; ++i)
          for (int64_t j = 0; j < postSize; ++j)
            if ((!samePopulation || fp.getAllowSelf() || i != j) &&
                plasticc::golden::connectionExists(fp.getSeed(), i, j,
                                                   threshold))
              fn(i, j, fp.getWeight());
        return success();
      })
      .Case([&](Conv2dAttr conv) {
        ArrayRef<int64_t> in = conv.getInShape().asArrayRef();
        ArrayRef<int64_t> out = conv.getOutShape().asArrayRef();
        auto kernel = cast<DenseElementsAttr>(conv.getKernel());
        SmallVector<double> k;
        for (const APFloat &v : kernel.getValues<APFloat>())
          k.push_back(v.convertToDouble());
        ArrayRef<int64_t> ks = kernel.getType().getShape();
        for (int64_t o = 0; o < out[0]; ++o)
          for (int64_t y = 0; y < out[1]; ++y)
            for (int64_t x = 0; x < out[2]; ++x)
              for (int64_t c = 0; c < in[0]; ++c)
                for (int64_t ky = 0; ky < ks[2]; ++ky)
                  for (int64_t kx = 0; kx < ks[3]; ++kx) {
                    int64_t iy = y * conv.getStride()[0] + ky - conv.getPadding()[0];
                    int64_t ix = x * conv.getStride()[1] + kx - conv.getPadding()[1];
                    if (iy < 0 || iy >= in[1] || ix < 0 || ix >= in[2])
                      continue;
                    fn((c * in[1] + iy) * in[2] + ix, (o * out[1] + y) * out[2] + x,
                       k[((o * ks[1] + c) * ks[2] + ky) * ks[3] + kx]);
                  }
        return success();
      })
      .Default([&](Attribute) {
        return proj.emitError("connectivity not supported by the core");
      });
}

