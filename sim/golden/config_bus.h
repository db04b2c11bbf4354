//===- config_bus.h - A core image over the configuration bus ----*- C++
//-*-===//
//
// The one mapping between a core image (docs/core.md §6) and the core's
// configuration bus (§4, §9): the register and memory writes that load an
// image, with read masks and names for messages, and the decoding of the
// memories read back after a run. A property of the core's documented
// interface, not of any RTL build or transport, so it lives beside the
// image: the lockstep co-simulation, the SystemC stimulus, the simulator of
// `plasticc --target=verilator` and the UART host (runtime/host) all use it.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_CONFIG_BUS_H
#define PLASTICC_SIM_GOLDEN_CONFIG_BUS_H

#include "sim/golden/image.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace plasticc::golden {

/// Configuration regions, cfg_addr[19:16] (rtl/plasticc_core_pkg.sv).
enum class Region : uint32_t {
  Param = 0,
  Weight = 1,
  U = 2,
  I = 3,
  Theta = 4,
  Misc = 5, ///< {y[7:0], 1'b0, ref[6:0]}
  X = 6,
  Counter = 7, ///< tick lo/hi, last step cycles lo/hi, status.
  E = 8,       ///< eligibility (three-factor).
  I2 = 9,      ///< inhibitory current (cuba with inh_current).
};

/// A 20-bit configuration address.
inline uint32_t configAddress(Region region, uint32_t index) {
  return uint32_t(region) << 16 | (index & 0xffff);
}

/// Name of \p region for messages ("weights", "e", ...).
const char *regionName(Region region);

/// Parameter registers (region 0) of docs/core.md §6 that callers name.
enum ParamRegister : uint32_t {
  kRegNeuronFlags = 0, ///< {inh_current, model[1:0], reset, adaptive}
  kRegRecurrentEnable = 24,
  kRegThreeFactorEnable = 27,
  kRegPlasticAxons = 35, ///< P: rows >= P are static (docs/core.md §10.4).
  kRegModulator = 36,    ///< M, Q1.7: the host rewrites it between steps.
  kRegHebbianFlags = 37, ///< {enabled, rounding}
  kRegHebbianDecay = 43, ///< eta_o (Oja's decay term), part of the Hebbian unit
  kNumParamRegisters = 44,
};

/// Name of parameter register \p reg for messages.
const char *parameterName(uint32_t reg);

struct CoreFeatures;
/// Bits of parameter register \p reg that a core with the features \p has
/// implements (the rest read as 0; rtl/plasticc_core_cfg.sv). The seed
/// registers read the LFSRs, which hold the seed until the first step.
uint16_t parameterReadMask(uint32_t reg, const CoreFeatures &has);

/// The 44 parameter register values of \p image, register 0 first.
std::vector<uint16_t> parameterRegisters(const CoreImage &image);

/// The elaboration parameters of an RTL build (plasticc_core_top's En*):
/// which datapaths, and so which memories, it has.
struct CoreFeatures {
  bool stdp = true, cuba = true, adaptive = true, multiplicative = true,
       recurrent = true, inhCurrent = true, threeFactor = true, hebbian = true,
       oja = true; ///< Oja's decay term (register 43), only with hebbian.

  /// The smallest build that runs \p image: only what it uses.
  static CoreFeatures usedBy(const CoreImage &image);
  /// The inhibitory-current memory exists only next to cuba's.
  bool hasI2() const { return cuba && inhCurrent; }
};

/// Checks that a build with \p has runs \p image. Returns false with \p why
/// naming the first thing the build leaves out and its parameter, e.g.
/// "three-factor learning (EnThreeFactor = 0)".
bool imageFits(const CoreImage &image, const CoreFeatures &has,
               std::string &why);

/// One configuration write, and what its read-back returns.
struct ConfigWrite {
  Region region;
  uint32_t index;
  uint16_t data;
  uint16_t readMask; ///< bits the read-back must reproduce (0: not read back).
  const char *what;  ///< register or memory name for messages.
  uint32_t address() const { return configAddress(region, index); }
};

/// Every write that loads \p image into a core with the memories of \p has,
/// in order: the 44 registers, weights, eligibility, neuron state (u, i,
/// theta, i2, y/ref), pre traces, then the step counter and status cleared.
/// Returns false for an image whose synapse index does not fit the bus's
/// 16-bit index (N x M > 65536).
bool imageConfigWrites(const CoreImage &image, const CoreFeatures &has,
                       std::vector<ConfigWrite> &writes, std::string &error);

/// The (region, word count) reads that return every memory of a core with
/// \p has holding \p image, in the order readBack() expects them.
std::vector<std::pair<Region, uint32_t>>
readBackRegions(const CoreImage &image, const CoreFeatures &has);

/// Stores the words read from \p region (one of readBackRegions()) into
/// \p image. Fields of memories not read keep their value.
void applyReadBack(CoreImage &image, Region region,
                   const std::vector<uint16_t> &words);

/// Region 7 after a run.
struct CoreCounters {
  uint64_t tick = 0;
  uint64_t lastStepCycles = 0;
  uint32_t status = 0; ///< bit 0: recurrent overflow (sticky).
};
/// Decodes the 5 words of region 7.
CoreCounters decodeCounters(const std::vector<uint16_t> &words);

/// A write whose read-back shows whether a build has a feature: a build
/// without it implements none of \p value's bits there (its memory or
/// register bits read as 0).
struct FeatureProbe {
  const char *feature; ///< e.g. "the three-factor rule (EnThreeFactor)".
  Region region;
  uint32_t index;
  uint16_t value;
};
/// Probes for the features in \p used that the bus can observe (the
/// inhibitory current, three-factor, Hebbian, cuba, adaptive threshold;
/// STDP, multiplicative bounds and the recurrent path leave no trace in the
/// registers' read-back).
std::vector<FeatureProbe> featureProbes(const CoreFeatures &used);

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_CONFIG_BUS_H
