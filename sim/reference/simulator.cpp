//===- simulator.cpp - Float reference simulator ----------------*- C++ -*-===//
//
// Part of plasticc. docs/semantics.md Part 1, one section at a time; the
// section numbers in comments point there.
//
//===----------------------------------------------------------------------===//

#include "sim/reference/simulator.h"

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
  }
  return "";
}

/// Exact-integration coupling of a synaptic current into u over one step
/// (§2, cuba_lif).
double couplingFactor(double dt, double tauM, double tauSyn) {
  double am = std::exp(-dt / tauM), as = std::exp(-dt / tauSyn);
  return tauSyn == tauM ? (dt / tauM) * am
                        : tauSyn / (tauSyn - tauM) * (as - am);
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
        s.cSyn[k] = couplingFactor(dt, p.tauM[k], p.tauSyn[k]);
        if (p.tauSynInh.size() == n && p.tauSynInh[k] > 0) {
          s.aSynInh[k] = std::exp(-dt / p.tauSynInh[k]);
          s.cSynInh[k] = couplingFactor(dt, p.tauM[k], p.tauSynInh[k]);
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
  sourceHistory.resize(net.sources.size(), std::vector<std::vector<int32_t>>(1));

  for (const Projection &p : net.projections) {
    ProjState s;
    int preSize = p.fromSource ? net.sources[p.pre].size
                               : net.populations[p.pre].size;
    int postSize = net.populations[p.post].size;
    size_t m = p.weight.size();
    s.w = p.weight;
    s.rowStart.assign(preSize + 1, 0);
    for (int32_t i : p.preIndex)
      ++s.rowStart[i + 1];
    for (int i = 0; i < preSize; ++i)
      s.rowStart[i + 1] += s.rowStart[i];
    s.col.resize(m);
    s.entry.resize(m);
    std::vector<int32_t> fill(s.rowStart.begin(), s.rowStart.end() - 1);
    s.byPost.resize(postSize);
    for (size_t k = 0; k < m; ++k) {
      int32_t e = fill[p.preIndex[k]]++;
      s.col[e] = p.postIndex[k];
      s.entry[e] = int32_t(k);
    }
    // Column lists in ascending pre order (the CSR order).
    for (int i = 0; i < preSize; ++i)
      for (int32_t e = s.rowStart[i]; e < s.rowStart[i + 1]; ++e)
        s.byPost[s.col[e]].push_back(s.entry[e]);
    s.x.setZero(preSize);
    s.y.setZero(postSize);
    if (p.stdp) {
      s.alphaPlus = std::exp(-dt / p.stdp->tauPlus);
      s.alphaMinus = std::exp(-dt / p.stdp->tauMinus);
    }
    projs.push_back(std::move(s));
  }
}

const std::vector<int32_t> &Simulator::preSpikesAt(const Projection &p,
                                                   int64_t s) {
  if (s < 0)
    return empty;
  if (!p.fromSource)
    return popHistory[p.pre][s % history];
  // Sources are drawn on demand: a Poisson draw depends only on (seed, step,
  // channel), so recomputing is exact.
  const Source &src = net.sources[p.pre];
  std::vector<int32_t> &out = sourceHistory[p.pre][0];
  out.clear();
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

  // §1.1 Deliver, with the weights as they are at the start of the step.
  for (size_t k = 0; k < projs.size(); ++k) {
    const Projection &p = net.projections[k];
    ProjState &s = projs[k];
    PopState &post = pops[p.post];
    bool rateInput = !p.fromSource &&
                     net.populations[p.pre].model == Model::Rate;
    if (rateInput) {
      if (t - p.delay >= 0) {
        const Eigen::ArrayXd &r = rateHistory[p.pre][(t - p.delay) % history];
        for (int i = 0; i + 1 < int(s.rowStart.size()); ++i)
          for (int32_t e = s.rowStart[i]; e < s.rowStart[i + 1]; ++e)
            post.in[s.col[e]] += s.w[s.entry[e]] * r[i];
      }
      s.delivered.clear();
      continue;
    }
    s.delivered = preSpikesAt(p, t - p.delay);
    bool split = net.populations[p.post].model == Model::CubaLif;
    for (int32_t i : s.delivered)
      for (int32_t e = s.rowStart[i]; e < s.rowStart[i + 1]; ++e) {
        double w = s.w[s.entry[e]];
        (split && w < 0 ? post.inInh : post.in)[s.col[e]] += w;
      }
  }

  // §1.2 Depression at delivered pre spikes, with y(t-1).
  for (size_t k = 0; k < projs.size(); ++k) {
    const Projection &p = net.projections[k];
    if (!p.stdp)
      continue;
    const Stdp &r = *p.stdp;
    ProjState &s = projs[k];
    for (int32_t i : s.delivered)
      for (int32_t e = s.rowStart[i]; e < s.rowStart[i + 1]; ++e) {
        double &w = s.w[s.entry[e]];
        double f = r.multiplicative ? (w - r.wMin) / (r.wMax - r.wMin) : 1.0;
        w = std::clamp(w - r.aMinus * f * s.y[s.col[e]], r.wMin, r.wMax);
      }
  }

  // §1.3 Neurons.
  for (size_t k = 0; k < pops.size(); ++k)
    updateNeurons(int(k));

  // §1.4 Traces (§5), then §1.5 potentiation at post spikes with x(t).
  for (size_t k = 0; k < projs.size(); ++k) {
    const Projection &p = net.projections[k];
    if (!p.stdp)
      continue;
    const Stdp &r = *p.stdp;
    ProjState &s = projs[k];
    std::vector<uint8_t> arrived(s.x.size(), 0);
    for (int32_t i : s.delivered)
      arrived[i] = 1;
    for (int i = 0; i < s.x.size(); ++i)
      s.x[i] = s.alphaPlus * (r.nearest ? (arrived[i] ? 1.0 : s.x[i])
                                        : s.x[i] + arrived[i]);
    std::vector<uint8_t> postFired(s.y.size(), 0);
    for (int32_t j : pops[p.post].fired)
      postFired[j] = 1;
    for (int j = 0; j < s.y.size(); ++j)
      s.y[j] = r.nearest ? (postFired[j] ? 1.0 : s.alphaMinus * s.y[j])
                         : s.alphaMinus * s.y[j] + postFired[j];
    for (int32_t j : pops[p.post].fired)
      for (int32_t c : s.byPost[j]) {
        double &w = s.w[c];
        double f = r.multiplicative ? (r.wMax - w) / (r.wMax - r.wMin) : 1.0;
        w = std::clamp(w + r.aPlus * f * s.x[p.preIndex[c]], r.wMin, r.wMax);
      }
  }

  // Remember this step's output for delayed delivery.
  for (size_t k = 0; k < pops.size(); ++k) {
    popHistory[k][t % history] = pops[k].fired;
    rateHistory[k][t % history] = pops[k].r;
  }
  ++t;
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

const Eigen::ArrayXi &Simulator::spikeCounts(int pop) const {
  return pops[pop].counts;
}

} // namespace plasticc::reference
