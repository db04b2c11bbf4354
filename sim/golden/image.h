//===- image.h - The core image: manifest + hex memory files -----*- C++ -*-===//
//
// The seam between compiler, golden model, Verilator testbench and FPGA host
// loader; format documented in docs/core.md ("Core image"). Loading never
// throws or aborts: errors come back as "file:line: message".
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_IMAGE_H
#define PLASTICC_SIM_GOLDEN_IMAGE_H

#include "sim/golden/numerics/hebbian.h"
#include "sim/golden/numerics/lif.h"
#include "sim/golden/numerics/stdp.h"
#include "sim/golden/numerics/three_factor.h"
#include "sim/golden/numerics/trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace plasticc::golden {

enum class NeuronModel : uint8_t { Lif, CubaLif, If, Li };

struct RecurrentParams {
  bool enabled = false;
  uint32_t offset = 0; ///< neuron j drives axon j + offset (if < axons).
  uint32_t delay = 1;  ///< steps, 1..15.
};

/// Everything one core needs, in quantised integers. Physical-unit fields
/// (`dtMs`, `vLsbMv`) are informational: the model never reads them.
struct CoreImage {
  uint32_t neurons = 0; ///< N, multiple of 4, <= 1024.
  uint32_t axons = 0;   ///< M, even, <= 1024.
  double dtMs = 1.0;
  double vLsbMv = 1.0 / 64;

  NeuronModel model = NeuronModel::Lif;
  NeuronParams neuron;
  uint32_t wShift = 0; ///< weight LSB = voltage LSB << wShift, 0..7.

  TraceParams preTrace;  ///< x, decay from tau_plus.
  TraceParams postTrace; ///< y, decay from tau_minus.
  StdpParams stdp;
  /// Three-factor learning (exclusive with stdp): eligibility per synapse.
  bool threeFactor = false;
  ThreeFactorParams threeFactorParams;
  int32_t modulator = 0; ///< M in Q1.7, a register the host rewrites.
  /// Hebbian learning on traces (exclusive with stdp and three_factor).
  bool hebbian = false;
  HebbianParams hebbianParams;

  uint32_t seedNeuron = 1; ///< LFSR of the neuron phase (trace rounding).
  uint32_t seedLearn = 1;  ///< LFSR of the learning phase (weight rounding).
  RecurrentParams recurrent;
  /// P (register 35, docs/core.md §10.4): learning writes rows i < P only;
  /// rows >= P are static. Any value >= axons means every row, so an image
  /// built without knowing of P keeps v1's behaviour; plasticRows() is P.
  uint32_t plasticAxons = kAllRowsPlastic;
  static constexpr uint32_t kAllRowsPlastic = 0xffffffffu;
  /// Structural pruning (docs/core.md §11, registers 44/45): at steps with
  /// (t + 1) mod pruneEvery = 0, synapses of rows < P with |w| <
  /// pruneThreshold become absent. pruneEvery = 0: never.
  uint32_t pruneThreshold = 0; ///< T, 0..128 weight LSBs.
  uint32_t pruneEvery = 0;     ///< E, 0..65535 steps.

  std::vector<int8_t> weights;    ///< [axon * neurons + neuron].
  std::vector<int8_t> eligibility; ///< e, same layout (three-factor).
  std::vector<NeuronState> state; ///< N entries.
  std::vector<uint8_t> postTraceMem; ///< y of each neuron, N.
  std::vector<uint8_t> preTraceMem;  ///< x of each axon, M.

  int8_t &weight(uint32_t axon, uint32_t neuron) {
    return weights[size_t(axon) * neurons + neuron];
  }
  int8_t weight(uint32_t axon, uint32_t neuron) const {
    return weights[size_t(axon) * neurons + neuron];
  }

  /// P clamped to M: the value of register 35 and of the manifest key.
  uint32_t plasticRows() const {
    return plasticAxons < axons ? plasticAxons : axons;
  }
  /// True if learning may write row \p axon (axon < P).
  bool isPlasticRow(uint32_t axon) const { return axon < plasticAxons; }

  /// An image with every memory sized and zeroed and sensible defaults.
  static CoreImage blank(uint32_t neurons, uint32_t axons);
};

/// Applies the model name to the datapath flags (lif/cuba_lif/if/li).
void applyNeuronModel(CoreImage &image, NeuronModel model);

/// Loads `<dir>/manifest.txt` (or a manifest path) and the hex files it names.
/// Returns false and sets \p error to "file:line: message" on bad input.
bool loadCoreImage(const std::string &manifestPath, CoreImage &image,
                   std::string &error);

/// Writes manifest.txt and all hex files into \p dir (created if missing).
bool writeCoreImage(const std::string &dir, const CoreImage &image,
                    std::string &error);

/// Writes only the memories (weights and state hex files) into \p dir.
bool writeMemories(const std::string &dir, const CoreImage &image,
                   std::string &error);

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_IMAGE_H
