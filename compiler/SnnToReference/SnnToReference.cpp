//===- SnnToReference.cpp - snn.network to the float reference --*- C++ -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#include "compiler/SnnToReference/SnnToReference.h"
#include "compiler/Analysis/Synapses.h"

#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::snn;
namespace ref = plasticc::reference;

namespace {

double inMs(QuantityAttr q, double fallback) {
  return q ? q.getIn(Unit::ms) : fallback;
}
double inMv(QuantityAttr q, double fallback) {
  return q ? q.getIn(Unit::mV) : fallback;
}
double inMOhm(QuantityAttr q) { return q ? q.getIn(Unit::MOhm) : 1.0; }

/// Fills per-neuron parameter arrays from a model, then applies overrides
/// (given in the unit the model writes that parameter in).
LogicalResult readPopulation(PopulationOp op, ref::Population &pop) {
  int n = static_cast<int>(op.getSize());
  pop.name = op.getSymName().str();
  pop.size = n;
  ref::NeuronParams &p = pop.params;
  p.resize(n);
  std::map<std::string, std::pair<Eigen::ArrayXd *, QuantityAttr>> named;
  auto set = [&](const char *name, Eigen::ArrayXd &array, double value,
                 QuantityAttr q) {
    array.setConstant(value);
    named[name] = {&array, q};
  };
  Attribute model = op.getModel();
  if (auto lif = dyn_cast<LifAttr>(model)) {
    pop.model = ref::Model::Lif;
    double vRest = inMv(lif.getVRest(), 0);
    set("tau_m", p.tauM, inMs(lif.getTauM(), 0), lif.getTauM());
    set("v_rest", p.vRest, vRest, lif.getVRest());
    set("v_th", p.vTh, inMv(lif.getVTh(), 0), lif.getVTh());
    set("v_reset", p.vReset, inMv(lif.getVReset(), vRest), lif.getVReset());
    set("v_init", p.vInit, inMv(lif.getVInit(), vRest), lif.getVInit());
    set("t_ref", p.tRef, inMs(lif.getTRef(), 0), lif.getTRef());
    set("r_m", p.rM, inMOhm(lif.getRM()), lif.getRM());
    set("tau_th", p.tauTh, inMs(lif.getTauTh(), 0), lif.getTauTh());
    set("th_jump", p.thJump, inMv(lif.getThJump(), 0), lif.getThJump());
    p.subtract = lif.getReset() == ResetMode::subtract;
    p.adaptive = bool(lif.getTauTh());
  } else if (auto cuba = dyn_cast<CubaLifAttr>(model)) {
    pop.model = ref::Model::CubaLif;
    double vRest = inMv(cuba.getVRest(), 0);
    set("tau_m", p.tauM, inMs(cuba.getTauM(), 0), cuba.getTauM());
    set("tau_syn", p.tauSyn, inMs(cuba.getTauSyn(), 0), cuba.getTauSyn());
    set("tau_syn_inh", p.tauSynInh, inMs(cuba.getTauSynInh(), 0),
        cuba.getTauSynInh());
    set("v_rest", p.vRest, vRest, cuba.getVRest());
    set("v_th", p.vTh, inMv(cuba.getVTh(), 0), cuba.getVTh());
    set("v_reset", p.vReset, inMv(cuba.getVReset(), vRest), cuba.getVReset());
    set("v_init", p.vInit, inMv(cuba.getVInit(), vRest), cuba.getVInit());
    set("t_ref", p.tRef, inMs(cuba.getTRef(), 0), cuba.getTRef());
    set("r_m", p.rM, inMOhm(cuba.getRM()), cuba.getRM());
    set("tau_th", p.tauTh, inMs(cuba.getTauTh(), 0), cuba.getTauTh());
    set("th_jump", p.thJump, inMv(cuba.getThJump(), 0), cuba.getThJump());
    p.subtract = cuba.getReset() == ResetMode::subtract;
    p.adaptive = bool(cuba.getTauTh());
  } else if (auto ifModel = dyn_cast<IfAttr>(model)) {
    pop.model = ref::Model::If;
    double vReset = inMv(ifModel.getVReset(), 0);
    // An IF neuron has no rest; u is measured from the reset value.
    set("v_rest", p.vRest, vReset, QuantityAttr());
    set("v_th", p.vTh, inMv(ifModel.getVTh(), 0), ifModel.getVTh());
    set("v_reset", p.vReset, vReset, ifModel.getVReset());
    set("v_init", p.vInit, inMv(ifModel.getVInit(), vReset),
        ifModel.getVInit());
    set("t_ref", p.tRef, inMs(ifModel.getTRef(), 0), ifModel.getTRef());
    set("r_m", p.rM, inMOhm(ifModel.getRM()), ifModel.getRM());
    set("tau_m", p.tauM, inMs(ifModel.getTauM(), 0), ifModel.getTauM());
    p.subtract = ifModel.getReset() == ResetMode::subtract;
  } else if (auto li = dyn_cast<LiAttr>(model)) {
    pop.model = ref::Model::Li;
    double vRest = inMv(li.getVRest(), 0);
    set("tau_m", p.tauM, inMs(li.getTauM(), 0), li.getTauM());
    set("v_rest", p.vRest, vRest, li.getVRest());
    set("v_th", p.vTh, vRest, QuantityAttr());
    set("v_reset", p.vReset, vRest, QuantityAttr());
    set("v_init", p.vInit, inMv(li.getVInit(), vRest), li.getVInit());
    set("r_m", p.rM, inMOhm(li.getRM()), li.getRM());
  } else if (auto rate = dyn_cast<RateAttr>(model)) {
    pop.model = ref::Model::Rate;
    p.fn = rate.getFn() == RateFn::tanh   ? ref::RateFn::Tanh
           : rate.getFn() == RateFn::relu ? ref::RateFn::Relu
                                          : ref::RateFn::Sigmoid;
    p.rateTau = inMs(rate.getTau(), 0);
    p.tauM.setOnes();
    return success();
  }

  if (std::optional<DictionaryAttr> overrides = op.getOverrides()) {
    for (NamedAttribute entry : *overrides) {
      auto it = named.find(entry.getName().str());
      if (it == named.end() || !it->second.second)
        return op.emitError("override of '")
               << entry.getName().getValue()
               << "' needs the parameter written in the model, for its unit";
      auto values = cast<DenseF64ArrayAttr>(entry.getValue());
      QuantityAttr unitOf = it->second.second;
      Unit base = unitOf.getDimension() == Dimension::time      ? Unit::ms
                  : unitOf.getDimension() == Dimension::voltage ? Unit::mV
                                                                : Unit::MOhm;
      double scale = getScaleToBase(unitOf.getUnit()) / getScaleToBase(base);
      for (int k = 0; k < n; ++k)
        (*it->second.first)[k] = values[k] * scale;
    }
  }
  return success();
}

} // namespace

FailureOr<ref::Network>
plasticc::buildReferenceNetwork(NetworkOp network, ReferenceNames *names) {
  ref::Network net;
  net.name = network.getSymName().str();
  net.dtMs = network.getDtMs();
  ReferenceNames local;
  ReferenceNames &index = names ? *names : local;
  double dt = net.dtMs;

  for (Operation &op : network.getBody().front()) {
    if (auto pop = dyn_cast<PopulationOp>(op)) {
      ref::Population p;
      if (failed(readPopulation(pop, p)))
        return failure();
      index.populations[p.name] = int(net.populations.size());
      net.populations.push_back(std::move(p));
    } else if (auto poisson = dyn_cast<PoissonSourceOp>(op)) {
      ref::Source s;
      s.name = poisson.getSymName().str();
      s.size = int(poisson.getResult().getType().getSize());
      s.poisson = true;
      s.rateHz = poisson.getRate().getIn(Unit::Hz);
      s.seed = poisson.getSeed();
      index.sources[s.name] = int(net.sources.size());
      net.sources.push_back(std::move(s));
    } else if (auto given = dyn_cast<SpikeSourceOp>(op)) {
      if (given.getFile())
        return given.emitError("spike files are not read by the float "
                               "reference yet; give the spikes inline");
      ref::Source s;
      s.name = given.getSymName().str();
      s.size = int(given.getResult().getType().getSize());
      s.poisson = false;
      ArrayRef<int32_t> channels = *given.getChannels();
      ArrayRef<double> times = *given.getTimesMs();
      for (auto [channel, time] : llvm::zip(channels, times))
        s.spikes.emplace_back(std::llround(time / dt), channel);
      index.sources[s.name] = int(net.sources.size());
      net.sources.push_back(std::move(s));
    } else if (isa<SignalSourceOp>(op)) {
      return op.emitError("modulator signals are not in the float reference "
                          "yet");
    }
  }

  for (Operation &op : network.getBody().front()) {
    if (auto current = dyn_cast<CurrentSourceOp>(op)) {
      PopulationOp target = current.getTarget().getDefiningOp<PopulationOp>();
      ref::Current c;
      for (auto [time, amplitude] :
           llvm::zip(current.getTimes(), current.getAmplitudes())) {
        c.steps.push_back(
            std::llround(cast<QuantityAttr>(time).getIn(Unit::ms) / dt));
        c.amplitudes.push_back(cast<QuantityAttr>(amplitude).getIn(Unit::nA));
      }
      net.populations[index.populations.at(target.getSymName().str())]
          .currents.push_back(std::move(c));
      continue;
    }
    auto proj = dyn_cast<ProjectionOp>(op);
    if (!proj)
      continue;
    ref::Projection p;
    p.name = proj.getSymName().str();
    Operation *pre = proj.getPre().getDefiningOp();
    auto symbol = pre->getAttrOfType<StringAttr>(SymbolTable::getSymbolAttrName());
    p.fromSource = !isa<PopulationOp>(pre);
    p.pre = p.fromSource ? index.sources.at(symbol.str())
                         : index.populations.at(symbol.str());
    p.post = index.populations.at(
        proj.getPost().getDefiningOp<PopulationOp>().getSymName().str());
    p.delay = int(proj.getDelaySteps());
    if (failed(plasticc::forEachSynapse(proj, [&](int64_t i, int64_t j,
                                                  double w) {
          p.preIndex.push_back(int32_t(i));
          p.postIndex.push_back(int32_t(j));
          p.weight.push_back(w);
        })))
      return failure();
    for (Operation *user : proj->getUsers()) {
      auto plasticity = dyn_cast<PlasticityOp>(user);
      if (!plasticity)
        continue;
      auto stdp = dyn_cast<StdpAttr>(plasticity.getRule());
      if (!stdp || p.stdp)
        return plasticity.emitError("the float reference runs one pair-STDP "
                                    "rule per projection so far; '")
               << plasticity.getRule().getRuleName() << "' is not in it yet";
      ref::Stdp r;
      r.aPlus = stdp.getAPlus();
      r.aMinus = stdp.getAMinus();
      r.tauPlus = stdp.getTauPlus().getIn(Unit::ms);
      r.tauMinus = stdp.getTauMinus().getIn(Unit::ms);
      r.wMin = stdp.getWMin();
      r.wMax = stdp.getWMax();
      r.nearest = stdp.getPairing() == Pairing::nearest;
      r.multiplicative = stdp.getBounds() == Bounds::multiplicative;
      p.stdp = r;
    }
    index.projections[p.name] = int(net.projections.size());
    net.projections.push_back(std::move(p));
  }
  return net;
}
