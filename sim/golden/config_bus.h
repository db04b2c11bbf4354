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
#include "sim/golden/system_model.h"

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
  Counter = 7, ///< tick lo/hi, last step cycles lo/hi, status; then the
               ///< read-only capabilities N, M, features (CounterIndex).
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
  kRegPruneThreshold = 44, ///< T (docs/core.md §11): |w| < T is pruned.
  kRegPruneEvery = 45,     ///< E; a write also sets the countdown to E - 1.
  kRegPruneCountdown = 46, ///< C: steps until the next pruning step.
  kNumParamRegisters = 47,
};

/// Name of parameter register \p reg for messages.
const char *parameterName(uint32_t reg);

struct CoreFeatures;
/// Bits of parameter register \p reg that a core with the features \p has
/// implements (the rest read as 0; rtl/plasticc_core_cfg.sv). The seed
/// registers read the LFSRs, which hold the seed until the first step.
uint16_t parameterReadMask(uint32_t reg, const CoreFeatures &has);

/// The 47 parameter register values of \p image, register 0 first; the
/// countdown (46) is the value an image load leaves, max(E - 1, 0).
std::vector<uint16_t> parameterRegisters(const CoreImage &image);

/// The elaboration parameters of an RTL build (plasticc_core_top's En*):
/// which datapaths, and so which memories, it has.
struct CoreFeatures {
  bool stdp = true, cuba = true, adaptive = true, multiplicative = true,
       recurrent = true, inhCurrent = true, threeFactor = true, hebbian = true;
  /// Register 35 (P < M, docs/core.md §10.4): EnStaticRows.
  bool staticRows = true;
  /// Oja's decay term (register 43), only with hebbian: EnOja.
  bool oja = true;
  /// Structural pruning (registers 44-46, docs/core.md §11): EnPrune.
  bool prune = true;

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

/// Everything \p image uses that a build with \p has leaves out, in the
/// order of the feature word's bits, each as imageFits() names it.
std::vector<std::string> missingFeatures(const CoreImage &image,
                                         const CoreFeatures &has);

/// Words of region 7 (docs/core.md §4): counters, then the read-only
/// capabilities a core reports of its build.
enum CounterIndex : uint32_t {
  kCounterTickLo = 0,
  kCounterTickHi = 1,
  kCounterCyclesLo = 2,
  kCounterCyclesHi = 3,
  kCounterStatus = 4,
  kCapNeurons = 5,  ///< NumNeurons
  kCapAxons = 6,    ///< NumAxons
  kCapFeatures = 7, ///< featureWord() of the En* parameters
};

/// The capability feature word: bit 0 EnCuba, 1 EnInhCurrent, 2 EnAdaptive,
/// 3 EnStdp, 4 EnMultiplicative, 5 EnThreeFactor, 6 EnHebbian,
/// 7 EnRecurrent, 8 EnStaticRows, 9 EnOja, 10 EnPrune; bits 15..11 read 0.
uint16_t featureWord(const CoreFeatures &features);
/// The inverse of featureWord(); bits 15..11 are ignored.
CoreFeatures featuresFromWord(uint16_t word);

/// What a core reports of its build in region 7, indices 5..7.
struct CoreCapabilities {
  uint32_t neurons = 0, axons = 0;
  CoreFeatures features;
};
/// Decodes the three capability words (indices 5, 6, 7 in that order).
/// Fails for a core that reports no size (a build older than the
/// capability registers reads 0 there) or a word count other than 3.
bool decodeCapabilities(const std::vector<uint16_t> &words,
                        CoreCapabilities &caps, std::string &error);

/// "8 neurons x 8 axons, built with EnStdp EnRecurrent EnStaticRows".
std::string describeCapabilities(const CoreCapabilities &caps);

/// Checks that a core reporting \p caps runs \p image: exactly the image's
/// N and M (the weight layout, the schedule and the recurrent targets
/// depend on both) and every feature it uses. Returns false with \p why, a
/// predicate for "the core ...": what is too small or of another size
/// ("is too small: it has fewer neurons (8 neurons x 8 axons) than the
/// image (16 x 8)"), or every missing feature with its parameter ("was
/// built without STDP (EnStdp = 0), which the image uses").
bool imageRunsOn(const CoreImage &image, const CoreCapabilities &caps,
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
/// in order: registers 0..45, weights, eligibility, neuron state (u, i,
/// theta, i2, y/ref), pre traces, then the step counter and status cleared.
/// The prune countdown (46) is not written: the write of 45 sets it
/// (docs/core.md §11), so every load goes through that path.
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

//===----------------------------------------------------------------------===//
// Systems (docs/core.md §10.5)
//===----------------------------------------------------------------------===//

/// The system bus's target of the router (addr[23:20]); cores are 0..K-1,
/// so a system on the bus has at most 15 cores.
constexpr uint32_t kRouterTarget = 15;
constexpr uint32_t kMaxBusCores = 15;

/// A 24-bit system configuration address: \p target's 20-bit address.
inline uint32_t systemAddress(uint32_t target, uint32_t coreAddress) {
  return (target & 0xf) << 20 | (coreAddress & 0xfffff);
}

/// Router words (rtl/plasticc_router.sv, rtl/README.md). Region 0: route r
/// of the table at 4r + field, source core k's first table entry at
/// kRouteIndexBase + 2k and its route count at kRouteIndexBase + 2k + 1.
/// Region 7: status (bit 0: a routed push was dropped; a write clears the
/// bits set in the data, and the drop count), the build (read-only, where
/// a core reports its N and M) and the count of dropped pushes (16 bits,
/// saturating).
enum RouterWord : uint32_t {
  kRouteDst = 0,
  kRouteFirst = 1,
  kRouteCount = 2,
  kRouteIndexBase = 1024,
  kRouterStatus = 4,
  kRouterCapCores = 5,      ///< NumCores
  kRouterCapRouteDepth = 6, ///< RouteDepth
  kRouterDropCount = 8,
};

/// One write on the system bus: core \p target's (or the router's) write.
struct SystemConfigWrite {
  uint32_t target;
  ConfigWrite write;
  uint32_t address() const { return systemAddress(target, write.address()); }
};

/// The router's writes for the routes of \p system, in a table of
/// \p routeDepth entries: the routes grouped by source core, each source's
/// in image order (the drain visits a source's routes in that order, so
/// the grouping changes nothing), then every core's index entry, then the
/// status cleared. False with a message if the system is not valid
/// (checkSystemImage), has more cores than the bus addresses, or more routes
/// than the table holds.
bool routerConfigWrites(const SystemImage &system, uint32_t routeDepth,
                        std::vector<ConfigWrite> &writes, std::string &error);

/// Every write that loads \p system: each core's image (imageConfigWrites
/// with the memories of \p has[k]), cores in order, then the router's.
bool systemConfigWrites(const SystemImage &system,
                        const std::vector<CoreFeatures> &has,
                        uint32_t routeDepth,
                        std::vector<SystemConfigWrite> &writes,
                        std::string &error);

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_CONFIG_BUS_H
