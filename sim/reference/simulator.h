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
  /// Current weights of projection \p proj, in its coordinate order.
  const std::vector<double> &weights(int proj) const;
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
  struct ProjState {
    std::vector<int32_t> rowStart, col; ///< CSR by pre neuron.
    std::vector<int32_t> entry;         ///< CSR entry -> coordinate index.
    std::vector<std::vector<int32_t>> byPost; ///< coordinate indices per post.
    std::vector<double> w;              ///< coordinate order.
    Eigen::ArrayXd x, y;                ///< pre and post traces.
    double alphaPlus = 0, alphaMinus = 0;
    std::vector<int32_t> delivered;     ///< pre spikes delivered this step.
  };

  /// Pre spikes (or nothing for rate pre) of a projection's pre side at
  /// step \p s.
  const std::vector<int32_t> &preSpikesAt(const Projection &p, int64_t s);
  void updateNeurons(int pop);
  double currentAt(const Population &pop) const;

  Network net;
  std::string errorText;
  int64_t t = 0;
  int history = 1; ///< steps of spike/rate history kept (max delay + 1).
  std::vector<PopState> pops;
  std::vector<ProjState> projs;
  /// [pop or source][step % history]: fired lists; rates for rate pops.
  std::vector<std::vector<std::vector<int32_t>>> popHistory, sourceHistory;
  std::vector<std::vector<Eigen::ArrayXd>> rateHistory;
  std::vector<int32_t> empty;
};

} // namespace plasticc::reference

#endif // PLASTICC_SIM_REFERENCE_SIMULATOR_H
