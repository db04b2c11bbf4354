//===- network.h - A network for the float reference ------------*- C++ -*-===//
//
// Part of plasticc. The float reference's own description of a network, in
// physical units (ms, mV, nA, MOhm, Hz), independent of MLIR: the compiler
// fills it from the snn dialect (compiler/SnnToReference), tests build it by
// hand.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_REFERENCE_NETWORK_H
#define PLASTICC_SIM_REFERENCE_NETWORK_H

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace plasticc::reference {

enum class Model { Lif, CubaLif, If, Li, Rate };
enum class RateFn { Tanh, Relu, Sigmoid };

/// Neuron parameters, one entry per neuron (per-neuron overrides are just
/// different entries). Unused fields of a model are ignored.
struct NeuronParams {
  Eigen::ArrayXd tauM, tauSyn, tauSynInh, tauTh; ///< ms; tauSynInh <= 0: one current.
  Eigen::ArrayXd vRest, vTh, vReset, vInit, thJump; ///< mV.
  Eigen::ArrayXd tRef; ///< ms.
  Eigen::ArrayXd rM;   ///< MOhm.
  bool subtract = false;
  bool adaptive = false;
  RateFn fn = RateFn::Tanh;
  double rateTau = 0; ///< ms; 0: x follows its input directly.

  /// Sizes every array to \p n (zero-filling the ones of another size).
  void resize(int n);
};

/// A piecewise-constant current (nA): `amplitudes[k]` from step `steps[k]`.
struct Current {
  std::vector<int64_t> steps;
  std::vector<double> amplitudes;
};

struct Population {
  std::string name;
  Model model = Model::Lif;
  int size = 0;
  NeuronParams params;
  std::vector<Current> currents;
};

/// A spike source: Poisson (hash-drawn, docs/semantics.md §4) or given spikes.
struct Source {
  std::string name;
  int size = 0;
  bool poisson = true;
  double rateHz = 0;
  uint64_t seed = 0;
  std::vector<std::pair<int64_t, int32_t>> spikes; ///< (step, channel).
};

/// Where a rule's modulator M(t) comes from (docs/semantics.md §7).
struct Modulator {
  enum class Kind { None, Signal, Population, Source } kind = Kind::None;
  int index = 0; ///< population or source.
  std::vector<int64_t> steps; ///< Signal: piecewise constant from these steps.
  std::vector<double> values;
};

/// One product term of a sum-of-products rule: scale times its factors.
struct SopTerm {
  enum class Factor { X0, X1, Y0, Y1, R, E, W };
  double scale = 0;
  std::vector<Factor> factors;
  bool has(Factor f) const;
};

/// One plasticity rule of a projection, in physical units (weights in mV,
/// times in ms). Rules apply in list order within each phase.
struct Rule {
  enum class Kind { Stdp, Hebbian, Oja, Bcm, ThreeFactor, Miconi, Structural,
                    Sop };
  enum class Norm { Decay, Oja, Clip };
  Kind kind = Kind::Stdp;
  // stdp, three_factor
  double aPlus = 0, aMinus = 0;
  double tauPlus = 20, tauMinus = 20;
  bool nearest = false, multiplicative = false;
  // hebbian, oja, bcm: one trace time constant (0: rate units, no trace)
  double eta = 0, tau = 0, tauTheta = 0;
  // three_factor
  double tauE = 0;
  // weight limits (absent for miconi and structural)
  bool clip = true;
  double wMin = 0, wMax = 1;
  // miconi
  std::vector<double> alpha; ///< per synapse (coordinate order) or one value.
  Norm norm = Norm::Decay;
  double clipValue = 1.0;
  // structural
  double threshold = 0, wInit = 0;
  int64_t every = 1, regrow = 0;
  uint64_t seed = 0;
  // sop: traces with tauPlus (x) and tauMinus (y); eligibility with tauE
  std::vector<SopTerm> terms, eTerms;
  Modulator modulator;
};

/// Convenience for the common case: pair STDP.
Rule makeStdp(double aPlus, double aMinus, double tauPlus, double tauMinus,
              double wMin, double wMax, bool nearest = false,
              bool multiplicative = false);

/// Synapses in coordinate form; `pre` is an index into sources when
/// `fromSource`, into populations otherwise.
struct Projection {
  std::string name;
  bool fromSource = false;
  int pre = 0;
  int post = 0;
  int delay = 1; ///< steps, >= 1.
  std::vector<int32_t> preIndex, postIndex;
  std::vector<double> weight; ///< mV (dimensionless onto rate units).
  std::vector<Rule> rules;
};

struct Network {
  std::string name;
  double dtMs = 1.0;
  std::vector<Population> populations;
  std::vector<Source> sources;
  std::vector<Projection> projections;
};

} // namespace plasticc::reference

#endif // PLASTICC_SIM_REFERENCE_NETWORK_H
