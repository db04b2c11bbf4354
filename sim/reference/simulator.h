//===- simulator.h - Float reference simulator ------------------*- C++ -*-===//
//
// Part of plasticc. Runs a reference::Network with the float semantics of
// docs/semantics.md Part 1 (binary64, exact integration, the step order of
// §1). It is the yardstick for the golden model's quantization error and for
// the CPU backend's float mode; it favours being obviously right over speed.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_REFERENCE_SIMULATOR_H
#define PLASTICC_SIM_REFERENCE_SIMULATOR_H

#include "sim/reference/network.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace plasticc::reference {

class Simulator {
public:
  /// Checks the network (indices, sizes, delays) and sets up state at rest.
  /// On a malformed network, `error()` is non-empty and step() does nothing.
  explicit Simulator(Network network);

  const std::string &error() const { return errorText; }

  /// Runs one time step.
  void step();
  int64_t currentStep() const { return t; }

  /// Neurons of population \p pop that fired in the last step, ascending.
  const std::vector<int32_t> &fired(int pop) const;
  /// Membrane potential v (mV) of every neuron of \p pop (rate units: r).
  Eigen::ArrayXd voltage(int pop) const;
  /// Current weights of projection \p proj, in its coordinate order; entries
  /// removed by structural plasticity stay, marked by alive().
  const std::vector<double> &weights(int proj) const;
  /// Whether each coordinate entry of \p proj is an existing synapse.
  const std::vector<uint8_t> &alive(int proj) const;
  /// Coordinates of \p proj's synapses (structural plasticity appends).
  const std::vector<int32_t> &preIndex(int proj) const;
  const std::vector<int32_t> &postIndex(int proj) const;
  /// Eligibility (three_factor) or Hebbian trace (miconi) of rule \p rule of
  /// \p proj, per synapse.
  const std::vector<double> &ruleVariable(int proj, int rule) const;
  /// Spike counts per neuron since the start.
  const Eigen::ArrayXi &spikeCounts(int pop) const;

  const Network &network() const { return net; }

private:
  struct PopState {
    Eigen::ArrayXd u, i, iInh, theta, x, r;
    Eigen::ArrayXi ref;
    Eigen::ArrayXd aM, aSyn, aSynInh, aTh, cSyn, cSynInh;
    Eigen::ArrayXi nRef;
    Eigen::ArrayXd in, inInh; ///< input delivered this step.
    std::vector<int32_t> fired;
    Eigen::ArrayXi counts;
  };
  struct RuleState {
    Eigen::ArrayXd x, y;        ///< pre and post traces of the rule.
    double alphaX = 0, alphaY = 0, alphaE = 0, alphaTheta = 0;
    std::vector<double> var;    ///< e (three_factor) or hebb (miconi).
    std::vector<double> alpha;  ///< miconi coefficients.
    Eigen::ArrayXd thetaM;      ///< bcm sliding thresholds.
  };
  struct ProjState {
    std::vector<int32_t> preIndex, postIndex; ///< coordinates, may grow.
    std::vector<double> w;
    std::vector<uint8_t> alive;
    std::vector<int32_t> rowStart, col, entry; ///< CSR over alive entries.
    std::vector<std::vector<int32_t>> byPost;  ///< entries per post, by pre.
    std::vector<RuleState> rules;
    std::vector<int32_t> delivered; ///< pre spikes delivered this step.
    bool ratePre = false, ratePost = false;
    int preSize = 0, postSize = 0;
  };

  void buildIndex(ProjState &s);
  double modulatorAt(const Modulator &m);
  void applyPhaseTwo(size_t proj);
  void applyPhaseFive(size_t proj);
  void applyStructural(size_t proj, const Rule &rule);

  /// Pre spikes (or nothing for rate pre) of a projection's pre side at
  /// step \p s.
  const std::vector<int32_t> &preSpikesAt(const Projection &p, int64_t s);
  /// Spikes of source \p source at step \p s (valid until the next call).
  const std::vector<int32_t> &sourceSpikesAt(int source, int64_t s);
  void updateNeurons(int pop);
  double currentAt(const Population &pop) const;

  Network net;
  std::string errorText;
  int64_t t = 0;
  int history = 1; ///< steps of spike/rate history kept (max delay + 1).
  std::vector<PopState> pops;
  std::vector<ProjState> projs;
  /// [pop][step % history]: fired lists; rates for rate pops.
  std::vector<std::vector<std::vector<int32_t>>> popHistory;
  std::vector<int32_t> sourceScratch;
  std::vector<std::vector<Eigen::ArrayXd>> rateHistory;
  std::vector<int32_t> empty;
};

} // namespace plasticc::reference

#endif // PLASTICC_SIM_REFERENCE_SIMULATOR_H
