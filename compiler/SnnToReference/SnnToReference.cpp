//===- SnnToReference.cpp - snn.network to the float reference --*- C++ -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#include "compiler/SnnToReference/SnnToReference.h"
#include "compiler/Analysis/NeuronParams.h"
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

/// Fills per-neuron parameter arrays from a model, then applies overrides
/// (given in the unit the model writes that parameter in).
LogicalResult readPopulation(PopulationOp op, ref::Population &pop) {
  int n = static_cast<int>(op.getSize());
  pop.name = op.getSymName().str();
  pop.size = n;
  plasticc::NeuronParams m = plasticc::readNeuronParams(op.getModel());
  ref::NeuronParams &p = pop.params;
  p.resize(n);
  using Model = plasticc::NeuronParams::Model;
  pop.model = m.model == Model::Lif       ? ref::Model::Lif
              : m.model == Model::CubaLif ? ref::Model::CubaLif
              : m.model == Model::If      ? ref::Model::If
              : m.model == Model::Li      ? ref::Model::Li
                                          : ref::Model::Rate;
  std::map<llvm::StringRef, Eigen::ArrayXd *> arrays = {
      {"tau_m", &p.tauM},     {"tau_syn", &p.tauSyn}, {"tau_syn_inh", &p.tauSynInh},
      {"tau_th", &p.tauTh},   {"v_rest", &p.vRest},   {"v_th", &p.vTh},
      {"v_reset", &p.vReset}, {"v_init", &p.vInit},   {"th_jump", &p.thJump},
      {"t_ref", &p.tRef},     {"r_m", &p.rM}};
  for (auto [array, value] :
       {std::pair{&p.tauM, m.tauM}, {&p.tauSyn, m.tauSyn},
        {&p.tauSynInh, m.tauSynInh}, {&p.tauTh, m.tauTh}, {&p.vRest, m.vRest},
        {&p.vTh, m.vTh}, {&p.vReset, m.vReset}, {&p.vInit, m.vInit},
        {&p.thJump, m.thJump}, {&p.tRef, m.tRef}, {&p.rM, m.rM}})
    array->setConstant(value);
  p.subtract = m.subtract;
  p.adaptive = m.adaptive;
  p.fn = m.rateFn == RateFn::tanh   ? ref::RateFn::Tanh
         : m.rateFn == RateFn::relu ? ref::RateFn::Relu
                                    : ref::RateFn::Sigmoid;
  p.rateTau = m.rateTau;
  if (pop.model == ref::Model::Rate) {
    p.tauM.setOnes();
    return success();
  }

  if (std::optional<DictionaryAttr> overrides = op.getOverrides()) {
    for (NamedAttribute entry : *overrides) {
      QuantityAttr unitOf =
          op.getModel().getQuantityParam(entry.getName().getValue());
      auto it = arrays.find(entry.getName().getValue());
      // The verifier admits only parameters the model writes.
      assert(it != arrays.end() && unitOf && "override without a unit");
      Unit base = unitOf.getDimension() == Dimension::time      ? Unit::ms
                  : unitOf.getDimension() == Dimension::voltage ? Unit::mV
                                                                : Unit::MOhm;
      double scale = getScaleToBase(unitOf.getUnit()) / getScaleToBase(base);
      auto values = cast<DenseF64ArrayAttr>(entry.getValue());
      for (int k = 0; k < n; ++k)
        (*it->second)[k] = values[k] * scale;
    }
    // Defaults that derive from another parameter follow it per neuron:
    // v_reset and v_init default to v_rest (if: u is measured from v_reset).
    auto written = [&](llvm::StringRef name) {
      return bool(op.getModel().getQuantityParam(name)) ||
             overrides->get(name);
    };
    if (pop.model == ref::Model::If)
      p.vRest = p.vReset;
    else if (!written("v_reset"))
      p.vReset = p.vRest;
    if (!written("v_init"))
      p.vInit = pop.model == ref::Model::If ? p.vReset : p.vRest;
  }
  return success();
}

/// The modulator operand of a rule: a signal's steps, or a population's or
/// source's spike count one step earlier.
FailureOr<ref::Modulator> readModulator(PlasticityOp op,
                                        const plasticc::ReferenceNames &index,
                                        double dt) {
  ref::Modulator m;
  Value value = op.getModulator();
  if (!value)
    return m;
  Operation *def = value.getDefiningOp();
  if (auto signal = dyn_cast<SignalSourceOp>(def)) {
    if (signal.getFile())
      return signal.emitError("signal files are not read by the float "
                              "reference yet; give the steps inline");
    m.kind = ref::Modulator::Kind::Signal;
    ArrayRef<double> times = *signal.getTimesMs();
    ArrayRef<double> values = *signal.getValues();
    for (auto [time, v] : llvm::zip(times, values)) {
      m.steps.push_back(std::llround(time / dt));
      m.values.push_back(v);
    }
    return m;
  }
  auto symbol = def->getAttrOfType<StringAttr>(SymbolTable::getSymbolAttrName());
  if (isa<PopulationOp>(def)) {
    m.kind = ref::Modulator::Kind::Population;
    m.index = index.populations.at(symbol.str());
  } else {
    m.kind = ref::Modulator::Kind::Source;
    m.index = index.sources.at(symbol.str());
  }
  return m;
}

FailureOr<ref::Rule> readRule(PlasticityOp op,
                              const plasticc::ReferenceNames &index,
                              ProjectionOp proj) {
  ref::Rule r;
  double dt = proj->getParentOfType<NetworkOp>().getDtMs();
  FailureOr<ref::Modulator> modulator = readModulator(op, index, dt);
  if (failed(modulator))
    return failure();
  r.modulator = *modulator;
  Attribute rule = op.getRule();
  if (auto stdp = dyn_cast<StdpAttr>(rule)) {
    r = ref::makeStdp(stdp.getAPlus(), stdp.getAMinus(), inMs(stdp.getTauPlus(), 0),
                      inMs(stdp.getTauMinus(), 0), stdp.getWMin(), stdp.getWMax(),
                      stdp.getPairing() == Pairing::nearest,
                      stdp.getBounds() == Bounds::multiplicative);
    return r;
  }
  auto limits = [&](double wMin, double wMax) {
    r.clip = true;
    r.wMin = wMin;
    r.wMax = wMax;
  };
  if (auto h = dyn_cast<HebbianAttr>(rule)) {
    r.kind = ref::Rule::Kind::Hebbian;
    r.eta = h.getEta();
    r.tau = inMs(h.getTau(), 0);
    limits(h.getWMin(), h.getWMax());
    return r;
  }
  if (auto o = dyn_cast<OjaAttr>(rule)) {
    r.kind = ref::Rule::Kind::Oja;
    r.eta = o.getEta();
    r.tau = inMs(o.getTau(), 0);
    limits(o.getWMin(), o.getWMax());
    return r;
  }
  if (auto b = dyn_cast<BcmAttr>(rule)) {
    r.kind = ref::Rule::Kind::Bcm;
    r.eta = b.getEta();
    r.tau = inMs(b.getTau(), 0);
    r.tauTheta = inMs(b.getTauTheta(), 0);
    limits(b.getWMin(), b.getWMax());
    return r;
  }
  if (auto tf = dyn_cast<ThreeFactorAttr>(rule)) {
    r.kind = ref::Rule::Kind::ThreeFactor;
    r.aPlus = tf.getAPlus();
    r.aMinus = tf.getAMinus();
    r.tauPlus = inMs(tf.getTauPlus(), 0);
    r.tauMinus = inMs(tf.getTauMinus(), 0);
    r.tauE = inMs(tf.getTauE(), 0);
    r.eta = tf.getEta();
    limits(tf.getWMin(), tf.getWMax());
    return r;
  }
  if (auto mc = dyn_cast<MiconiAttr>(rule)) {
    r.kind = ref::Rule::Kind::Miconi;
    r.clip = false;
    r.eta = mc.getEta();
    r.clipValue = mc.getClip();
    r.norm = mc.getNorm() == HebbNorm::decay ? ref::Rule::Norm::Decay
             : mc.getNorm() == HebbNorm::oja ? ref::Rule::Norm::Oja
                                             : ref::Rule::Norm::Clip;
    // Traces of spiking neurons would need a time constant Miconi's rule
    // does not have; the rule is for rate units.
    if (!isa<RateAttr>(proj.getPost().getDefiningOp<PopulationOp>().getModel()))
      return op.emitError("the float reference runs 'miconi' on rate units "
                          "only");
    if (auto alpha = dyn_cast<FloatAttr>(mc.getAlpha())) {
      r.alpha = {alpha.getValueAsDouble()};
    } else {
      // A [pre][post] tensor, reordered to the projection's synapses below.
      auto tensor = cast<DenseElementsAttr>(mc.getAlpha());
      for (const APFloat &v : tensor.getValues<APFloat>())
        r.alpha.push_back(v.convertToDouble());
    }
    return r;
  }
  if (auto st = dyn_cast<StructuralAttr>(rule)) {
    r.kind = ref::Rule::Kind::Structural;
    r.clip = false;
    r.threshold = st.getThreshold();
    r.every = st.getEvery();
    r.regrow = st.getRegrow();
    r.wInit = st.getWInit();
    r.seed = st.getSeed();
    return r;
  }
  if (auto sop = dyn_cast<SopAttr>(rule)) {
    r.kind = ref::Rule::Kind::Sop;
    r.tauPlus = inMs(sop.getTauX(), 0);
    r.tauMinus = inMs(sop.getTauY(), 0);
    r.tauE = inMs(sop.getTauE(), 0);
    limits(sop.getWMin(), sop.getWMax());
    auto readTerms = [](ArrayAttr terms) {
      std::vector<ref::SopTerm> out;
      if (!terms)
        return out;
      for (Attribute attr : terms) {
        auto term = cast<SopTermAttr>(attr);
        ref::SopTerm t;
        t.scale = term.getScale();
        for (SopFactor f : term.getFactors())
          t.factors.push_back(static_cast<ref::SopTerm::Factor>(f));
        out.push_back(std::move(t));
      }
      return out;
    };
    r.terms = readTerms(sop.getTerms());
    r.eTerms = readTerms(sop.getETerms());
    return r;
  }
  return op.emitError("'") << op.getRule().getRuleName()
                           << "' is not in the float reference yet";
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
    // Rules in the order they are written (use lists are newest first).
    for (PlasticityOp plasticity : network.getOps<PlasticityOp>()) {
      if (plasticity.getProjection() != proj.getResult())
        continue;
      FailureOr<ref::Rule> rule = readRule(plasticity, index, proj);
      if (failed(rule))
        return failure();
      // A Miconi alpha tensor is [pre][post]; the reference wants one per
      // synapse in the projection's order.
      if (rule->kind == ref::Rule::Kind::Miconi && rule->alpha.size() > 1) {
        int64_t postSize = proj.getResult().getType().getPost();
        std::vector<double> perSynapse;
        for (size_t k = 0; k < p.preIndex.size(); ++k)
          perSynapse.push_back(
              rule->alpha[p.preIndex[k] * postSize + p.postIndex[k]]);
        rule->alpha = std::move(perSynapse);
      }
      p.rules.push_back(std::move(*rule));
    }
    index.projections[p.name] = int(net.projections.size());
    net.projections.push_back(std::move(p));
  }
  return net;
}
