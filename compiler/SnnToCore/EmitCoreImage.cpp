//===- EmitCoreImage.cpp - write core.core as core images -------*- C++ -*-===//
//
// Part of plasticc. Turns each core.core into the image directory of
// docs/core.md §6 through the golden model's image writer, so the format is
// written by one piece of code, and writes the host's input spikes for a run.
// A design of several cores becomes a system image (§10.3): system.txt with
// the cores and routes, one core directory per core named after it, and the
// run's inputs and modulator writes tagged with the core index.
//
//===----------------------------------------------------------------------===//

#include "compiler/Passes.h"
#include "compiler/SnnToCore/CoreImage.h"
#include "core/CoreDialect.h"
#include "sim/golden/image.h"
#include "sim/golden/numerics/prng.h"
#include "sim/golden/system_model.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <vector>

namespace plasticc {
#define GEN_PASS_DEF_EMITCOREIMAGE
#include "compiler/Passes.h.inc"
} // namespace plasticc

using namespace mlir;
using namespace mlir::core;
namespace golden = plasticc::golden;

golden::CoreImage plasticc::toCoreImage(CoreOp core) {
  auto image = golden::CoreImage::blank(core.getNeurons(), core.getAxons());
  image.dtMs = core.getDtMs().convertToDouble();
  image.vLsbMv = core.getVLsbMv().convertToDouble();
  llvm::StringRef model = core.getModel();
  golden::applyNeuronModel(image, model == "cuba_lif" ? golden::NeuronModel::CubaLif
                                  : model == "if"     ? golden::NeuronModel::If
                                  : model == "li"     ? golden::NeuronModel::Li
                                                      : golden::NeuronModel::Lif);
  golden::NeuronParams &n = image.neuron;
  n.adaptive = core.getAdaptive();
  n.reset = core.getReset() == "subtract" ? golden::ResetMode::Subtract
                                          : golden::ResetMode::Value;
  n.decayV = core.getDecayV();
  n.decayI = core.getDecayI();
  n.decayTh = core.getDecayTh();
  n.gainI = core.getGainI();
  n.threshold = core.getThreshold();
  n.vReset = core.getVReset();
  n.thJump = core.getThJump();
  n.bias = core.getBias();
  n.refSteps = core.getRefSteps();
  image.wShift = core.getWShift();

  golden::Pairing pairing = core.getPairing() == "nearest"
                                ? golden::Pairing::Nearest
                                : golden::Pairing::AllToAll;
  image.preTrace = {uint32_t(core.getDecayPre()), uint32_t(core.getImpulse()),
                    pairing};
  image.postTrace = {uint32_t(core.getDecayPost()), uint32_t(core.getImpulse()),
                     pairing};
  golden::StdpParams &stdp = image.stdp;
  stdp.enabled = core.getStdpEnabled();
  stdp.bounds = core.getBounds() == "multiplicative"
                    ? golden::Bounds::Multiplicative
                    : golden::Bounds::Additive;
  stdp.rounding = core.getRounding() == "stochastic"
                      ? golden::WeightRounding::Stochastic
                      : golden::WeightRounding::Nearest;
  stdp.aPlus = core.getAPlus();
  stdp.aMinus = core.getAMinus();
  stdp.wMin = core.getWMin();
  stdp.wMax = core.getWMax();
  n.inhCurrent = core.getInhCurrent().value_or(false);
  n.decayIInh = uint32_t(core.getDecayIInh().value_or(0));
  n.gainIInh = uint32_t(core.getGainIInh().value_or(0));
  if (core.getLearning() == llvm::StringRef("three_factor")) {
    image.threeFactor = true;
    golden::ThreeFactorParams &tf = image.threeFactorParams;
    tf.decayE = uint32_t(core.getDecayE().value_or(0));
    tf.aPlus = core.getAPlus();
    tf.aMinus = core.getAMinus();
    tf.eFracBits = uint32_t(core.getEFracBits().value_or(0));
    tf.eta = uint32_t(core.getEta().value_or(0));
    tf.wMin = core.getWMin();
    tf.wMax = core.getWMax();
  } else if (core.getLearning() == llvm::StringRef("hebbian")) {
    image.hebbian = true;
    golden::HebbianParams &h = image.hebbianParams;
    h.eta = uint32_t(core.getEta().value_or(0));
    h.decay = uint32_t(core.getHebbianDecay().value_or(0));
    h.rounding = stdp.rounding;
    h.wMin = core.getWMin();
    h.wMax = core.getWMax();
  }
  image.seedNeuron = core.getSeedNeuron();
  image.seedLearn = core.getSeedLearn();
  if (std::optional<uint64_t> plastic = core.getPlasticAxons())
    image.plasticAxons = uint32_t(*plastic);
  image.pruneThreshold = uint32_t(core.getPruneThreshold().value_or(0));
  image.pruneEvery = uint32_t(core.getPruneEvery().value_or(0));
  image.recurrent = {core.getRecurrentEnabled(),
                     uint32_t(core.getRecurrentOffset()),
                     uint32_t(core.getRecurrentDelay())};

  auto weights = cast<DenseIntElementsAttr>(core.getWeights());
  size_t k = 0;
  for (const APInt &w : weights.getValues<APInt>())
    image.weights[k++] = static_cast<int8_t>(w.getSExtValue());
  if (std::optional<ElementsAttr> u = core.getInitialU()) {
    size_t j = 0;
    for (const APInt &v : cast<DenseIntElementsAttr>(*u).getValues<APInt>())
      image.state[j++].u = static_cast<int32_t>(v.getSExtValue());
  }
  return image;
}

std::map<int64_t, std::vector<int64_t>>
plasticc::coreInputSpikes(DesignOp design, llvm::StringRef core,
                          int64_t steps) {
  std::map<int64_t, std::vector<int64_t>> byStep;
  for (Operation &op : design.getBody().front()) {
    if (auto poisson = dyn_cast<PoissonInputOp>(op)) {
      if (poisson.getCore() != core)
        continue;
      int64_t delay = poisson.getDelay(), count = poisson.getCount();
      for (int64_t s = 0; s + delay < steps; ++s)
        for (int64_t n = 0; n < count; ++n)
          if (golden::poissonSpike(poisson.getSeed(), s, n,
                                   poisson.getThreshold()))
            byStep[s + delay].push_back(poisson.getFirst() + n);
    } else if (auto given = dyn_cast<SpikeInputOp>(op)) {
      if (given.getCore() != core)
        continue;
      int64_t delay = given.getDelay();
      for (auto [step, channel] :
           llvm::zip(given.getSteps(), given.getChannels()))
        if (step + delay < steps)
          byStep[step + delay].push_back(given.getFirst() + channel);
    }
  }
  return byStep;
}

namespace {

struct EmitCoreImagePass
    : plasticc::impl::EmitCoreImageBase<EmitCoreImagePass> {
  using EmitCoreImageBase::EmitCoreImageBase;

  void runOnOperation() override {
    if (outDir.empty()) {
      getOperation().emitError("--emit-core-image needs out-dir=<directory>");
      return signalPassFailure();
    }
    for (DesignOp design : getOperation().getOps<DesignOp>()) {
      SmallVector<CoreOp> cores(design.getBody().front().getOps<CoreOp>());
      if (cores.size() > 1) {
        if (failed(emitSystem(design, cores)))
          return signalPassFailure();
        continue;
      }
      for (CoreOp core : cores)
        if (failed(emit(design, core)))
          return signalPassFailure();
    }
  }

  /// <out-dir>/<design>.system/: system.txt, one image per core, the run's
  /// inputs (`<step> <core> <axon> ...`) and modulator writes
  /// (`<step> <core> <M>`).
  LogicalResult emitSystem(DesignOp design, MutableArrayRef<CoreOp> cores) {
    llvm::SmallString<256> dir(outDir);
    llvm::sys::path::append(dir, design.getSymName() + ".system");
    // system.txt and the core directories through the golden writer, which
    // checks the system against the loader's limits.
    golden::SystemImage system;
    llvm::StringMap<int64_t> index;
    for (auto [k, core] : llvm::enumerate(cores)) {
      index[core.getSymName()] = int64_t(k);
      system.coreNames.push_back(core.getSymName().str());
      system.cores.push_back(plasticc::toCoreImage(core));
    }
    for (RouteOp route : design.getBody().front().getOps<RouteOp>())
      system.routes.push_back(golden::Route{
          uint32_t(index[route.getSrc()]), uint32_t(index[route.getDst()]),
          uint32_t(route.getFirst()), uint32_t(route.getCount())});
    std::string error;
    if (!golden::writeSystemImage(std::string(dir), system, error))
      return design.emitError("cannot write the system image: ") << error;
    std::string text;
    llvm::raw_string_ostream sys(text);

    // Per step, each core's inputs in the order the host pushes them.
    std::map<int64_t, std::vector<std::pair<int64_t, std::vector<int64_t>>>>
        byStep;
    for (auto [k, core] : llvm::enumerate(cores))
      for (auto &[step, axons] :
           plasticc::coreInputSpikes(design, core.getSymName(), steps))
        byStep[step].push_back({int64_t(k), std::move(axons)});
    text.clear();
    sys << "# input spikes of @" << design.getSymName() << " for " << steps
        << " steps: <step> <core> <axon> ...\n";
    for (const auto &[step, perCore] : byStep)
      for (const auto &[k, axons] : perCore) {
        sys << step << ' ' << k;
        for (int64_t axon : axons)
          sys << ' ' << axon;
        sys << '\n';
      }
    if (failed(writeText(design, dir, "inputs.txt", text)))
      return failure();

    text.clear();
    bool modulated = false;
    for (auto mod : design.getBody().front().getOps<ModulatorInputOp>()) {
      if (!modulated)
        sys << "# modulator writes (Q1.7) from step on: <step> <core> "
               "<value>\n";
      modulated = true;
      sys << "# @" << mod.getSymName() << " to @" << mod.getCore() << "\n";
      for (auto [step, value] : llvm::zip(mod.getSteps(), mod.getValues()))
        sys << step << ' ' << index[mod.getCore()] << ' ' << value << '\n';
    }
    if (modulated && failed(writeText(design, dir, "modulator.txt", text)))
      return failure();
    return success();
  }

  LogicalResult writeText(Operation *op, llvm::StringRef dir,
                          llvm::StringRef name, llvm::StringRef text) {
    llvm::SmallString<256> path(dir);
    llvm::sys::path::append(path, name);
    std::error_code ec;
    llvm::raw_fd_ostream os(path, ec);
    if (ec)
      return op->emitError("cannot write '") << path << "': " << ec.message();
    os << text;
    return success();
  }

  LogicalResult emit(DesignOp design, CoreOp core) {
    llvm::SmallString<256> dir(outDir);
    llvm::sys::path::append(dir, core.getSymName() + ".core");
    std::string error;
    if (!golden::writeCoreImage(std::string(dir), plasticc::toCoreImage(core), error))
      return core.emitError("cannot write the core image: ") << error;

    llvm::SmallString<256> inputs(dir);
    llvm::sys::path::append(inputs, "inputs.txt");
    std::error_code ec;
    llvm::raw_fd_ostream os(inputs, ec);
    if (ec)
      return core.emitError("cannot write '") << inputs << "': " << ec.message();
    os << "# input spikes of @" << design.getSymName() << " for " << steps
       << " steps: <step> <axon> ...\n";
    for (const auto &[step, axons] :
         plasticc::coreInputSpikes(design, core.getSymName(), steps)) {
      os << step;
      for (int64_t axon : axons)
        os << ' ' << axon;
      os << '\n';
    }
    return writeModulator(design, core, dir);
  }

  /// The host's modulator writes for plasticc-sim --modulator, if any.
  LogicalResult writeModulator(DesignOp design, CoreOp core,
                               llvm::StringRef dir) {
    for (auto mod : design.getBody().front().getOps<ModulatorInputOp>()) {
      if (mod.getCore() != core.getSymName())
        continue;
      llvm::SmallString<256> path(dir);
      llvm::sys::path::append(path, "modulator.txt");
      std::error_code ec;
      llvm::raw_fd_ostream os(path, ec);
      if (ec)
        return core.emitError("cannot write '")
               << path << "': " << ec.message();
      os << "# modulator @" << mod.getSymName()
         << " (Q1.7) from step on: <step> <value>\n";
      for (auto [step, value] : llvm::zip(mod.getSteps(), mod.getValues()))
        os << step << ' ' << value << '\n';
    }
    return success();
  }
};

} // namespace
