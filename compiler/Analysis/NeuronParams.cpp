//===- NeuronParams.cpp - a neuron model's parameters in base units -------===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#include "compiler/Analysis/NeuronParams.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::snn;
using plasticc::NeuronParams;

namespace {
double ms(QuantityAttr q, double fallback = 0.0) {
  return q ? q.getIn(Unit::ms) : fallback;
}
double mv(QuantityAttr q, double fallback = 0.0) {
  return q ? q.getIn(Unit::mV) : fallback;
}
double megaohm(QuantityAttr q) { return q ? q.getIn(Unit::MOhm) : 1.0; }

/// The fields lif and cuba_lif share.
template <typename LifLike>
void readLifLike(LifLike attr, NeuronParams &p) {
  p.tauM = ms(attr.getTauM());
  p.vRest = mv(attr.getVRest());
  p.vTh = mv(attr.getVTh());
  p.vReset = mv(attr.getVReset(), p.vRest);
  p.vInit = mv(attr.getVInit(), p.vRest);
  p.tRef = ms(attr.getTRef());
  p.rM = megaohm(attr.getRM());
  p.subtract = attr.getReset() == ResetMode::subtract;
  p.adaptive = bool(attr.getTauTh());
  p.tauTh = ms(attr.getTauTh());
  p.thJump = mv(attr.getThJump());
}
} // namespace

llvm::StringRef NeuronParams::modelName() const {
  switch (model) {
  case Model::Lif:
    return "lif";
  case Model::CubaLif:
    return "cuba_lif";
  case Model::If:
    return "if";
  case Model::Li:
    return "li";
  case Model::Rate:
    return "rate";
  }
  return "";
}

NeuronParams plasticc::readNeuronParams(NeuronModelAttr model) {
  NeuronParams p;
  llvm::TypeSwitch<Attribute>(model)
      .Case([&](LifAttr lif) {
        p.model = NeuronParams::Model::Lif;
        readLifLike(lif, p);
      })
      .Case([&](CubaLifAttr cuba) {
        p.model = NeuronParams::Model::CubaLif;
        readLifLike(cuba, p);
        p.tauSyn = ms(cuba.getTauSyn());
        p.tauSynInh = ms(cuba.getTauSynInh());
      })
      .Case([&](IfAttr ifModel) {
        p.model = NeuronParams::Model::If;
        p.tauM = ms(ifModel.getTauM());
        p.vTh = mv(ifModel.getVTh());
        p.vReset = mv(ifModel.getVReset());
        p.vRest = p.vReset;
        p.vInit = mv(ifModel.getVInit(), p.vReset);
        p.tRef = ms(ifModel.getTRef());
        p.rM = megaohm(ifModel.getRM());
        p.subtract = ifModel.getReset() == ResetMode::subtract;
      })
      .Case([&](LiAttr li) {
        p.model = NeuronParams::Model::Li;
        p.tauM = ms(li.getTauM());
        p.vRest = mv(li.getVRest());
        p.vTh = p.vRest;
        p.vReset = p.vRest;
        p.vInit = mv(li.getVInit(), p.vRest);
        p.rM = megaohm(li.getRM());
      })
      .Case([&](RateAttr rate) {
        p.model = NeuronParams::Model::Rate;
        p.rateFn = rate.getFn();
        p.rateTau = ms(rate.getTau());
      });
  return p;
}
