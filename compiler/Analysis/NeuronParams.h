//===- NeuronParams.h - a neuron model's parameters in base units -*- C++ -*-===//
//
// Part of plasticc. Every back end reads a population's model the same way:
// defaults filled in (v_reset = v_rest, r_m = 1 MOhm, ...) and every quantity
// in ms, mV, MOhm.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_COMPILER_ANALYSIS_NEURONPARAMS_H
#define PLASTICC_COMPILER_ANALYSIS_NEURONPARAMS_H

#include "snn/SnnDialect.h"

#include "llvm/ADT/StringRef.h"

#include <optional>

namespace plasticc {

/// A neuron model's parameters with defaults applied, in ms, mV and MOhm.
/// `if` neurons measure u from v_reset (their v_rest is v_reset); `li` never
/// reaches its threshold (v_th = v_rest, unused).
struct NeuronParams {
  enum class Model { Lif, CubaLif, If, Li, Rate } model = Model::Lif;
  double tauM = 0, tauSyn = 0, tauSynInh = 0, tauTh = 0; ///< 0: absent.
  double vRest = 0, vTh = 0, vReset = 0, vInit = 0, thJump = 0, tRef = 0;
  double rM = 1.0;
  bool subtract = false, adaptive = false;
  mlir::snn::RateFn rateFn = mlir::snn::RateFn::tanh;
  double rateTau = 0; ///< 0: not leaky.

  llvm::StringRef modelName() const;
};

NeuronParams readNeuronParams(mlir::snn::NeuronModelAttr model);

} // namespace plasticc

#endif // PLASTICC_COMPILER_ANALYSIS_NEURONPARAMS_H
