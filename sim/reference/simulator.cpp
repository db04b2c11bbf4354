//===- simulator.cpp - Float reference simulator ----------------*- C++ -*-===//
//
// Part of plasticc. docs/semantics.md Part 1, one section at a time; the
// section numbers in comments point there.
//
//===----------------------------------------------------------------------===//

#include "sim/reference/simulator.h"

#include "sim/reference/exact.h"

#include "sim/golden/numerics/prng.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace plasticc::reference {

void NeuronParams::resize(int n) {
  for (Eigen::ArrayXd *a : {&tauM, &tauSyn, &tauSynInh, &tauTh, &vRest, &vTh,
                            &vReset, &vInit, &thJump, &tRef, &rM})
    if (a->size() != n)
      a->setZero(n);
}

bool SopTerm::has(Factor f) const {
  return std::find(factors.begin(), factors.end(), f) != factors.end();
}

Rule makeStdp(double aPlus, double aMinus, double tauPlus, double tauMinus,
              double wMin, double wMax, bool nearest, bool multiplicative) {
  Rule r;
  r.kind = Rule::Kind::Stdp;
  r.aPlus = aPlus;
  r.aMinus = aMinus;
  r.tauPlus = tauPlus;
  r.tauMinus = tauMinus;
  r.wMin = wMin;
  r.wMax = wMax;
  r.nearest = nearest;
  r.multiplicative = multiplicative;
  return r;
}

namespace {
std::string checkNetwork(const Network &net) {
  if (!(net.dtMs > 0))
    return "dt must be positive";
  for (const Population &pop : net.populations) {
    if (pop.size <= 0)
      return "population '" + pop.name + "' is empty";
    const NeuronParams &p = pop.params;
    for (const Eigen::ArrayXd *a : {&p.tauM, &p.vRest, &p.vTh, &p.vReset,
                                    &p.vInit, &p.tRef, &p.rM})
      if (a->size() != pop.size)
        return "population '" + pop.name + "' has a parameter array of the "
               "wrong size";
  }
  for (const Projection &proj : net.projections) {
    int preSize = proj.fromSource
                      ? (proj.pre < int(net.sources.size())
                             ? net.sources[proj.pre].size
                             : -1)
                      : (proj.pre < int(net.populations.size())
                             ? net.populations[proj.pre].size
                             : -1);
    if (preSize < 0 || proj.post >= int(net.populations.size()))
      return "projection '" + proj.name + "' names a missing pre or post";
    int postSize = net.populations[proj.post].size;
    if (proj.delay < 1)
      return "projection '" + proj.name + "' has a delay below one step";
    if (proj.preIndex.size() != proj.postIndex.size() ||
        proj.preIndex.size() != proj.weight.size())
      return "projection '" + proj.name + "' has synapse lists of unequal "
             "length";
    for (size_t k = 0; k < proj.preIndex.size(); ++k)
      if (proj.preIndex[k] < 0 || proj.preIndex[k] >= preSize ||
          proj.postIndex[k] < 0 || proj.postIndex[k] >= postSize)
        return "projection '" + proj.name + "' has a synapse out of range";
    for (const Rule &r : proj.rules) {
      if (r.kind == Rule::Kind::Miconi && r.alpha.size() != 1 &&
          r.alpha.size() != proj.weight.size())
        return "projection '" + proj.name + "' has miconi coefficients of the "
               "wrong size";
      if (r.kind == Rule::Kind::Structural && r.every < 1)
        return "projection '" + proj.name + "' prunes every < 1 steps";
      const Modulator &m = r.modulator;
      if ((m.kind == Modulator::Kind::Population &&
           m.index >= int(net.populations.size())) ||
          (m.kind == Modulator::Kind::Source &&
           m.index >= int(net.sources.size())))
        return "projection '" + proj.name + "' names a missing modulator";
    }
  }
  return "";
}

/// scale times the product of the term's factors.
double sopTerm(const SopTerm &term, double x0, double x1, double y0, double y1,
               double r, double e, double w) {
  double product = term.scale;
  for (SopTerm::Factor f : term.factors) {
    switch (f) {
    case SopTerm::Factor::X0:
      product *= x0;
      break;
    case SopTerm::Factor::X1:
      product *= x1;
      break;
    case SopTerm::Factor::Y0:
      product *= y0;
      break;
    case SopTerm::Factor::Y1:
      product *= y1;
      break;
    case SopTerm::Factor::R:
      product *= r;
      break;
    case SopTerm::Factor::E:
      product *= e;
      break;
    case SopTerm::Factor::W:
      product *= w;
      break;
    }
  }
  return product;
}

double applyRateFn(RateFn fn, double x) {
  switch (fn) {
  case RateFn::Tanh:
    return std::tanh(x);
  case RateFn::Relu:
    return x > 0 ? x : 0;
  case RateFn::Sigmoid:
    return 1.0 / (1.0 + std::exp(-x));
  }
  return 0;
}
} // namespace

Simulator::Simulator(Network network) : net(std::move(network)) {
  errorText = checkNetwork(net);
  if (!errorText.empty())
    return;
  const double dt = net.dtMs;
  for (const Projection &p : net.projections)
    history = std::max(history, p.delay + 1);

  for (Population &pop : net.populations) {
    PopState s;
    const NeuronParams &p = pop.params;
    int n = pop.size;
    s.u = (p.vInit - p.vRest);
    s.i.setZero(n);
    s.iInh.setZero(n);
    s.theta.setZero(n);
    s.x.setZero(n);
    s.r.setZero(n);
    s.ref.setZero(n);
    s.in.setZero(n);
    s.inInh.setZero(n);
    s.counts.setZero(n);
    s.aM = (-dt / p.tauM).exp();
    s.aSyn.setZero(n);
    s.aSynInh.setZero(n);
    s.cSyn.setZero(n);
    s.cSynInh.setZero(n);
    s.aTh.setZero(n);
    for (int k = 0; k < n; ++k) {
      if (pop.model == Model::CubaLif) {
        s.aSyn[k] = std::exp(-dt / p.tauSyn[k]);
        s.cSyn[k] = cubaCoupling(dt, p.tauM[k], p.tauSyn[k]);
        if (p.tauSynInh.size() == n && p.tauSynInh[k] > 0) {
          s.aSynInh[k] = std::exp(-dt / p.tauSynInh[k]);
          s.cSynInh[k] = cubaCoupling(dt, p.tauM[k], p.tauSynInh[k]);
        }
      }
      if (p.adaptive)
        s.aTh[k] = std::exp(-dt / p.tauTh[k]);
    }
    s.nRef = (p.tRef / dt).round().cast<int>();
    pops.push_back(std::move(s));
    popHistory.emplace_back(history);
    rateHistory.emplace_back(history, Eigen::ArrayXd::Zero(n));
  }

  for (const Projection &p : net.projections) {
    ProjState s;
    s.preSize = p.fromSource ? net.sources[p.pre].size
                             : net.populations[p.pre].size;
    s.postSize = net.populations[p.post].size;
    s.ratePre = !p.fromSource && net.populations[p.pre].model == Model::Rate;
    s.ratePost = net.populations[p.post].model == Model::Rate;
    s.preIndex = p.preIndex;
    s.postIndex = p.postIndex;
    s.w = p.weight;
    s.alive.assign(s.w.size(), 1);
    for (const Rule &r : p.rules) {
      RuleState rs;
      rs.x.setZero(s.preSize);
      rs.y.setZero(s.postSize);
      bool pairTraces = r.kind == Rule::Kind::Stdp ||
                        r.kind == Rule::Kind::ThreeFactor ||
                        r.kind == Rule::Kind::Sop;
      double tauX = pairTraces ? r.tauPlus : r.tau;
      double tauY = pairTraces ? r.tauMinus : r.tau;
      rs.alphaX = tauX > 0 ? std::exp(-dt / tauX) : 0;
      rs.alphaY = tauY > 0 ? std::exp(-dt / tauY) : 0;
      rs.alphaE = r.tauE > 0 ? std::exp(-dt / r.tauE) : 0;
      rs.alphaTheta = r.tauTheta > 0 ? std::exp(-dt / r.tauTheta) : 0;
      if (r.kind == Rule::Kind::ThreeFactor || r.kind == Rule::Kind::Miconi ||
          r.kind == Rule::Kind::Sop)
        rs.var.assign(s.w.size(), 0.0);
      if (r.kind == Rule::Kind::Miconi)
        rs.alpha = r.alpha.size() == 1
                       ? std::vector<double>(s.w.size(), r.alpha[0])
                       : r.alpha;
      if (r.kind == Rule::Kind::Bcm)
        rs.thetaM.setZero(s.postSize);
      s.rules.push_back(std::move(rs));
    }
    buildIndex(s);
    projs.push_back(std::move(s));
  }
}

void Simulator::buildIndex(ProjState &s) {
  s.rowStart.assign(s.preSize + 1, 0);
  for (size_t k = 0; k < s.w.size(); ++k)
    if (s.alive[k])
      ++s.rowStart[s.preIndex[k] + 1];
  for (int i = 0; i < s.preSize; ++i)
    s.rowStart[i + 1] += s.rowStart[i];
  s.col.assign(s.rowStart.back(), 0);
  s.entry.assign(s.rowStart.back(), 0);
  std::vector<int32_t> fill(s.rowStart.begin(), s.rowStart.end() - 1);
  // Within a row, synapses keep coordinate order.
  for (size_t k = 0; k < s.w.size(); ++k) {
    if (!s.alive[k])
      continue;
    int32_t e = fill[s.preIndex[k]]++;
    s.col[e] = s.postIndex[k];
    s.entry[e] = int32_t(k);
  }
  s.byPost.assign(s.postSize, {});
  for (int i = 0; i < s.preSize; ++i)
    for (int32_t e = s.rowStart[i]; e < s.rowStart[i + 1]; ++e)
      s.byPost[s.col[e]].push_back(s.entry[e]);
}

double Simulator::modulatorAt(const Modulator &m) {
  switch (m.kind) {
  case Modulator::Kind::None:
    return 1.0;
  case Modulator::Kind::Signal: {
    double value = 0;
    for (size_t k = 0; k < m.steps.size(); ++k)
      if (m.steps[k] <= t)
        value = m.values[k];
    return value;
  }
  case Modulator::Kind::Population:
    return t >= 1 ? double(popHistory[m.index][(t - 1) % history].size()) : 0;
  case Modulator::Kind::Source:
    return double(sourceSpikesAt(m.index, t - 1).size());
  }
  return 0;
}

const std::vector<int32_t> &Simulator::preSpikesAt(const Projection &p,
                                                   int64_t s) {
  if (s < 0)
    return empty;
  if (!p.fromSource)
    return popHistory[p.pre][s % history];
  return sourceSpikesAt(p.pre, s);
}

const std::vector<int32_t> &Simulator::sourceSpikesAt(int source, int64_t s) {
  // Sources are drawn on demand: a Poisson draw depends only on (seed, step,
  // channel), so recomputing is exact. The result lives until the next call.
  const Source &src = net.sources[source];
  std::vector<int32_t> &out = sourceScratch;
  out.clear();
  if (s < 0)
    return out;
  if (src.poisson) {
    uint64_t threshold = golden::probabilityThreshold53(
        std::min(1.0, src.rateHz * net.dtMs * 1e-3));
    for (int n = 0; n < src.size; ++n)
      if (golden::poissonSpike(src.seed, uint64_t(s), uint64_t(n), threshold))
        out.push_back(n);
  } else {
    for (const auto &[step, channel] : src.spikes)
      if (step == s)
        out.push_back(channel);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  return out;
}

double Simulator::currentAt(const Population &pop) const {
  double total = 0;
  for (const Current &c : pop.currents) {
    double value = 0;
    for (size_t k = 0; k < c.steps.size(); ++k)
      if (c.steps[k] <= t)
        value = c.amplitudes[k];
    total += value;
  }
  return total;
}

void Simulator::updateNeurons(int index) {
  const Population &pop = net.populations[index];
  const NeuronParams &p = pop.params;
  PopState &s = pops[index];
  s.fired.clear();
  const double current = currentAt(pop);
  const double dt = net.dtMs;

  if (pop.model == Model::Rate) {
    // §2 rate: x <- h, or one explicit Euler step towards h.
    Eigen::ArrayXd h = s.in + current;
    s.x = p.rateTau > 0 ? Eigen::ArrayXd(s.x + (dt / p.rateTau) * (h - s.x))
                        : h;
    s.r = s.x.unaryExpr([&](double v) { return applyRateFn(p.fn, v); });
    return;
  }

  for (int k = 0; k < pop.size; ++k) {
    double drive = p.rM[k] * current; // mV
    // Synaptic currents and the threshold keep evolving while refractory.
    double iNow = 0, iInhNow = 0;
    if (pop.model == Model::CubaLif) {
      bool two = s.cSynInh[k] != 0 || s.aSynInh[k] != 0;
      iNow = s.i[k] + (two ? s.in[k] : s.in[k] + s.inInh[k]);
      s.i[k] = s.aSyn[k] * iNow;
      if (two) {
        iInhNow = s.iInh[k] + s.inInh[k];
        s.iInh[k] = s.aSynInh[k] * iInhNow;
      }
    }
    if (p.adaptive)
      s.theta[k] *= s.aTh[k];
    if (s.ref[k] > 0) {
      --s.ref[k];
      continue;
    }
    double am = s.aM[k];
    double input = s.in[k] + s.inInh[k];
    double &u = s.u[k];
    switch (pop.model) {
    case Model::Lif:
    case Model::Li:
      u = am * (u + input) + (1 - am) * drive;
      break;
    case Model::CubaLif:
      u = am * u + s.cSyn[k] * iNow + s.cSynInh[k] * iInhNow +
          (1 - am) * drive;
      break;
    case Model::If:
      u = u + input + (p.tauM[k] > 0 ? drive * dt / p.tauM[k] : 0.0);
      break;
    case Model::Rate:
      break;
    }
    if (pop.model == Model::Li)
      continue;
    double thetaV = p.vTh[k] - p.vRest[k];
    double effective = thetaV + s.theta[k];
    if (u >= effective) {
      double uReset = p.vReset[k] - p.vRest[k];
      u = p.subtract ? u - (effective - uReset) : uReset;
      if (p.adaptive)
        s.theta[k] += p.thJump[k];
      s.ref[k] = s.nRef[k];
      s.fired.push_back(k);
      ++s.counts[k];
    }
  }
}

void Simulator::step() {
  if (!errorText.empty())
    return;
  for (PopState &s : pops) {
    s.in.setZero();
    s.inInh.setZero();
  }

  // §1.1 Deliver, with the weights as they are at the start of the step
  // (plus alpha * hebb for a Miconi connection).
  for (size_t k = 0; k < projs.size(); ++k) {
    const Projection &p = net.projections[k];
    ProjState &s = projs[k];
    PopState &post = pops[p.post];
    const RuleState *miconi = nullptr;
    for (size_t r = 0; r < p.rules.size(); ++r)
      if (p.rules[r].kind == Rule::Kind::Miconi)
        miconi = &s.rules[r];
    auto effective = [&](int32_t c) {
      return miconi ? s.w[c] + miconi->alpha[c] * miconi->var[c] : s.w[c];
    };
    s.delivered.clear();
    if (s.ratePre) {
      if (t - p.delay >= 0) {
        const Eigen::ArrayXd &r = rateHistory[p.pre][(t - p.delay) % history];
        for (int i = 0; i < s.preSize; ++i)
          for (int32_t e = s.rowStart[i]; e < s.rowStart[i + 1]; ++e)
            post.in[s.col[e]] += effective(s.entry[e]) * r[i];
      }
      continue;
    }
    s.delivered = preSpikesAt(p, t - p.delay);
    bool split = net.populations[p.post].model == Model::CubaLif;
    for (int32_t i : s.delivered)
      for (int32_t e = s.rowStart[i]; e < s.rowStart[i + 1]; ++e) {
        double w = effective(s.entry[e]);
        (split && w < 0 ? post.inInh : post.in)[s.col[e]] += w;
      }
  }

  // §1.2 Pre-triggered changes, with the post traces of step t-1.
  for (size_t k = 0; k < projs.size(); ++k)
    applyPhaseTwo(k);

  // §1.3 Neurons.
  for (size_t k = 0; k < pops.size(); ++k)
    updateNeurons(int(k));

  // §1.4 Traces and §1.5 post-triggered and per-step rules.
  for (size_t k = 0; k < projs.size(); ++k)
    applyPhaseFive(k);

  // Remember this step's output for delayed delivery.
  for (size_t k = 0; k < pops.size(); ++k) {
    popHistory[k][t % history] = pops[k].fired;
    rateHistory[k][t % history] = pops[k].r;
  }
  ++t;
}

void Simulator::applyPhaseTwo(size_t k) {
  const Projection &p = net.projections[k];
  ProjState &s = projs[k];
  for (size_t r = 0; r < p.rules.size(); ++r) {
    const Rule &rule = p.rules[r];
    RuleState &rs = s.rules[r];
    if (rule.kind == Rule::Kind::Stdp) {
      for (int32_t i : s.delivered)
        for (int32_t e = s.rowStart[i]; e < s.rowStart[i + 1]; ++e) {
          double &w = s.w[s.entry[e]];
          double f = rule.multiplicative
                         ? (w - rule.wMin) / (rule.wMax - rule.wMin)
                         : 1.0;
          w = std::clamp(w - rule.aMinus * f * rs.y[s.col[e]], rule.wMin,
                         rule.wMax);
        }
    } else if (rule.kind == Rule::Kind::ThreeFactor) {
      for (int32_t i : s.delivered)
        for (int32_t e = s.rowStart[i]; e < s.rowStart[i + 1]; ++e)
          rs.var[s.entry[e]] -= rule.aMinus * rs.y[s.col[e]];
    } else if (rule.kind == Rule::Kind::Sop) {
      // x0 terms act at delivered pre spikes, with y1 = y(t-1) and x1 = x(t),
      // which the delivered spikes already fix.
      double m = modulatorAt(rule.modulator);
      for (int32_t i : s.delivered) {
        double xNow = rs.alphaX * (rs.x[i] + 1.0);
        for (int32_t e = s.rowStart[i]; e < s.rowStart[i + 1]; ++e) {
          int32_t c = s.entry[e];
          auto value = [&](const SopTerm &term) {
            return sopTerm(term, /*x0=*/1, xNow, /*y0=*/0, rs.y[s.col[e]], m,
                           rs.var[c], s.w[c]);
          };
          for (const SopTerm &term : rule.eTerms)
            if (term.has(SopTerm::Factor::X0))
              rs.var[c] += value(term);
          double dw = 0;
          for (const SopTerm &term : rule.terms)
            if (term.has(SopTerm::Factor::X0))
              dw += value(term);
          s.w[c] = std::clamp(s.w[c] + dw, rule.wMin, rule.wMax);
        }
      }
    }
  }
}

void Simulator::applyPhaseFive(size_t k) {
  const Projection &p = net.projections[k];
  ProjState &s = projs[k];
  if (p.rules.empty())
    return;
  std::vector<uint8_t> arrived(s.preSize, 0);
  for (int32_t i : s.delivered)
    arrived[i] = 1;
  std::vector<uint8_t> postFired(s.postSize, 0);
  for (int32_t j : pops[p.post].fired)
    postFired[j] = 1;
  const Eigen::ArrayXd *preRate =
      s.ratePre && t - p.delay >= 0
          ? &rateHistory[p.pre][(t - p.delay) % history]
          : nullptr;

  for (size_t r = 0; r < p.rules.size(); ++r) {
    const Rule &rule = p.rules[r];
    RuleState &rs = s.rules[r];
    if (rule.kind == Rule::Kind::Structural)
      continue; // after all other rules, below

    // §5 traces: pre jumps then decays, post decays then jumps. Rate units
    // use their outputs instead.
    bool pairNearest = rule.kind == Rule::Kind::Stdp && rule.nearest;
    for (int i = 0; i < s.preSize; ++i) {
      if (s.ratePre)
        rs.x[i] = preRate ? (*preRate)[i] : 0.0;
      else
        rs.x[i] = rs.alphaX * (pairNearest ? (arrived[i] ? 1.0 : rs.x[i])
                                           : rs.x[i] + arrived[i]);
    }
    for (int j = 0; j < s.postSize; ++j) {
      if (s.ratePost)
        rs.y[j] = pops[p.post].r[j];
      else
        rs.y[j] = pairNearest ? (postFired[j] ? 1.0 : rs.alphaY * rs.y[j])
                              : rs.alphaY * rs.y[j] + postFired[j];
    }
    auto clipped = [&](double w) {
      return rule.clip ? std::clamp(w, rule.wMin, rule.wMax) : w;
    };

    switch (rule.kind) {
    case Rule::Kind::Stdp:
      for (int32_t j : pops[p.post].fired)
        for (int32_t c : s.byPost[j]) {
          double &w = s.w[c];
          double f = rule.multiplicative
                         ? (rule.wMax - w) / (rule.wMax - rule.wMin)
                         : 1.0;
          w = clipped(w + rule.aPlus * f * rs.x[s.preIndex[c]]);
        }
      break;
    case Rule::Kind::Hebbian:
    case Rule::Kind::Oja:
    case Rule::Kind::Bcm:
      if (rule.kind == Rule::Kind::Bcm)
        rs.thetaM = rs.alphaTheta * rs.thetaM +
                    (1 - rs.alphaTheta) * rs.y.square();
      for (size_t c = 0; c < s.w.size(); ++c) {
        if (!s.alive[c])
          continue;
        double x = rs.x[s.preIndex[c]], y = rs.y[s.postIndex[c]];
        double dw = rule.kind == Rule::Kind::Hebbian ? rule.eta * x * y
                    : rule.kind == Rule::Kind::Oja
                        ? rule.eta * y * (x - y * s.w[c])
                        : rule.eta * x * y * (y - rs.thetaM[s.postIndex[c]]);
        s.w[c] = clipped(s.w[c] + dw);
      }
      break;
    case Rule::Kind::ThreeFactor: {
      double m = modulatorAt(rule.modulator);
      for (size_t c = 0; c < s.w.size(); ++c) {
        if (!s.alive[c])
          continue;
        double &e = rs.var[c];
        e = rs.alphaE * e +
            rule.aPlus * rs.x[s.preIndex[c]] * postFired[s.postIndex[c]];
        s.w[c] = clipped(s.w[c] + rule.eta * m * e);
      }
      break;
    }
    case Rule::Kind::Miconi: {
      double m = modulatorAt(rule.modulator);
      for (size_t c = 0; c < s.w.size(); ++c) {
        if (!s.alive[c])
          continue;
        double x = rs.x[s.preIndex[c]], y = rs.y[s.postIndex[c]];
        double &h = rs.var[c];
        switch (rule.norm) {
        case Rule::Norm::Decay:
          h = (1 - rule.eta) * h + rule.eta * m * x * y;
          break;
        case Rule::Norm::Oja:
          h = h + rule.eta * m * y * (x - y * h);
          break;
        case Rule::Norm::Clip:
          h = std::clamp(h + m * x * y, -rule.clipValue, rule.clipValue);
          break;
        }
      }
      break;
    }
    case Rule::Kind::Sop: {
      double m = modulatorAt(rule.modulator);
      bool everyStep = false;
      for (const std::vector<SopTerm> *group : {&rule.terms, &rule.eTerms})
        for (const SopTerm &term : *group)
          if (!term.has(SopTerm::Factor::X0) && !term.has(SopTerm::Factor::Y0))
            everyStep = true;
      auto value = [&](const SopTerm &term, size_t c) {
        return sopTerm(term, arrived[s.preIndex[c]], rs.x[s.preIndex[c]],
                       postFired[s.postIndex[c]], rs.y[s.postIndex[c]], m,
                       rs.var[c], s.w[c]);
      };
      // Eligibility: decay, then the terms without x0 (y0 ones only where
      // the post neuron fired).
      if (!rule.eTerms.empty())
        for (size_t c = 0; c < s.w.size(); ++c) {
          if (!s.alive[c])
            continue;
          double add = 0;
          for (const SopTerm &term : rule.eTerms)
            if (!term.has(SopTerm::Factor::X0))
              add += value(term, c);
          rs.var[c] = rs.alphaE * rs.var[c] + add;
        }
      // y0 terms at post spikes, then every other term on every synapse,
      // each group a separate update followed by a clip.
      for (int32_t j : pops[p.post].fired)
        for (int32_t c : s.byPost[j]) {
          double dw = 0;
          for (const SopTerm &term : rule.terms)
            if (term.has(SopTerm::Factor::Y0) && !term.has(SopTerm::Factor::X0))
              dw += value(term, c);
          s.w[c] = clipped(s.w[c] + dw);
        }
      if (everyStep)
        for (size_t c = 0; c < s.w.size(); ++c) {
          if (!s.alive[c])
            continue;
          double dw = 0;
          for (const SopTerm &term : rule.terms)
            if (!term.has(SopTerm::Factor::X0) && !term.has(SopTerm::Factor::Y0))
              dw += value(term, c);
          s.w[c] = clipped(s.w[c] + dw);
        }
      break;
    }
    case Rule::Kind::Structural:
      break;
    }
  }
  for (const Rule &rule : p.rules)
    if (rule.kind == Rule::Kind::Structural)
      applyStructural(k, rule);
}

void Simulator::applyStructural(size_t k, const Rule &rule) {
  if ((t + 1) % rule.every != 0)
    return;
  ProjState &s = projs[k];
  std::vector<uint8_t> exists(size_t(s.preSize) * s.postSize, 0);
  std::vector<uint8_t> pruned(exists.size(), 0);
  for (size_t c = 0; c < s.w.size(); ++c) {
    if (!s.alive[c])
      continue;
    size_t key = size_t(s.preIndex[c]) * s.postSize + s.postIndex[c];
    if (std::fabs(s.w[c]) < rule.threshold) {
      s.alive[c] = 0;
      pruned[key] = 1;
    } else {
      exists[key] = 1;
    }
  }
  for (int j = 0; j < s.postSize; ++j) {
    int64_t grown = 0;
    for (int64_t r = 0; r < 16 * rule.regrow && grown < rule.regrow; ++r) {
      uint64_t h = golden::hash3(rule.seed, uint64_t(t),
                                 (uint64_t(j) << 32) + uint64_t(r));
      int32_t i = int32_t(h % uint64_t(s.preSize));
      size_t key = size_t(i) * s.postSize + j;
      if (exists[key] || pruned[key])
        continue;
      exists[key] = 1;
      s.preIndex.push_back(i);
      s.postIndex.push_back(j);
      s.w.push_back(rule.wInit);
      s.alive.push_back(1);
      for (RuleState &rs : s.rules) {
        if (!rs.var.empty())
          rs.var.push_back(0.0);
        if (!rs.alpha.empty())
          rs.alpha.push_back(rs.alpha.front());
      }
      ++grown;
    }
  }
  buildIndex(s);
}

const std::vector<int32_t> &Simulator::fired(int pop) const {
  return pops[pop].fired;
}

Eigen::ArrayXd Simulator::voltage(int pop) const {
  if (net.populations[pop].model == Model::Rate)
    return pops[pop].r;
  return pops[pop].u + net.populations[pop].params.vRest;
}

const std::vector<double> &Simulator::weights(int proj) const {
  return projs[proj].w;
}
const std::vector<uint8_t> &Simulator::alive(int proj) const {
  return projs[proj].alive;
}
const std::vector<int32_t> &Simulator::preIndex(int proj) const {
  return projs[proj].preIndex;
}
const std::vector<int32_t> &Simulator::postIndex(int proj) const {
  return projs[proj].postIndex;
}
const std::vector<double> &Simulator::ruleVariable(int proj, int rule) const {
  return projs[proj].rules[rule].var;
}

const Eigen::ArrayXi &Simulator::spikeCounts(int pop) const {
  return pops[pop].counts;
}

} // namespace plasticc::reference
