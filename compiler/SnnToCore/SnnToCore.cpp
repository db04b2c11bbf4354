//===- SnnToCore.cpp - map an snn network onto a learning core --*- C++ -*-===//
//
// Part of plasticc. Quantizes a network (docs/semantics.md §9) and lays it
// out on v1 learning cores (docs/core.md): each population (declaration
// order) is one core, or, above `core-neurons` neurons, consecutive slice
// cores (§10.7); every projection into it gets a range of axons (§10.4: the
// plastic projections, then the static ones; within each group inputs and
// other populations in op order, then the own recurrent projection), and the
// weights become the axons x neurons crossbar. Projections between
// populations (and a split population's recurrence) become core.route ops.
//
// The mapping is a decision over the whole network (formats per core, axon
// allocation, routes), not a local rewrite, so it is a module pass that
// builds the core.design directly rather than a set of op patterns.
//
//===----------------------------------------------------------------------===//

#include "compiler/Analysis/NeuronParams.h"
#include "compiler/Analysis/Synapses.h"
#include "compiler/Passes.h"
#include "compiler/Quantize/Quantize.h"
#include "sim/golden/core_model.h"
#include "core/CoreDialect.h"
#include "sim/golden/numerics/prng.h"
#include "snn/SnnOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <map>
#include <set>

namespace plasticc {
#define GEN_PASS_DEF_CONVERTSNNTOCORE
#include "compiler/Passes.h.inc"
} // namespace plasticc

using namespace mlir;
using namespace mlir::snn;
namespace quant = plasticc::quant;

namespace {

using plasticc::NeuronParams;

/// The population's model as the core runs it; rate units are CPU-only.
FailureOr<NeuronParams> readCoreNeuron(PopulationOp pop) {
  NeuronParams n = plasticc::readNeuronParams(pop.getModel());
  if (n.model == NeuronParams::Model::Rate)
    return pop.emitError("rate units (#snn.rate) run on the CPU only; the "
                         "learning core runs lif, cuba_lif, if and li");
  return n;
}

/// Where one projection's pre neurons sit on the core's axons.
struct AxonRange {
  ProjectionOp projection;
  int64_t first = 0;
  int64_t count = 0;
};

/// A projection between two populations (population indices), or a split
/// population's recurrence (src == dst): the routes of every pair of their
/// slices. `first` is the projection's first axon on dst's layout.
struct PendingRoute {
  ProjectionOp projection;
  int64_t src = 0, dst = 0, first = 0;
};

/// A core's N for `size` neurons: a power of two (the RTL's weight
/// addressing), at least 4. Its padding slots advance the neuron LFSR
/// (semantics §14), so every target runs the core the hardware runs.
int64_t coreSize(int64_t size) {
  return int64_t(llvm::PowerOf2Ceil(uint64_t(std::max<int64_t>(size, 4))));
}

/// A population's slices (docs/core.md §10.7): slice s is core firstCore + s
/// and holds the population's neurons [bounds[s], bounds[s + 1]).
struct Slicing {
  int64_t firstCore = 0;
  SmallVector<int64_t> bounds;
  int64_t slices() const { return int64_t(bounds.size()) - 1; }
  bool split() const { return slices() > 1; }
  int64_t size(int64_t s) const { return bounds[s + 1] - bounds[s]; }
  /// Slice s's block in a split recurrence (§10.7): the core pushes every
  /// spiking neuron k < N_s, padding included, to axon offset + k, so the
  /// blocks are N_s rows apart and padding spikes reach rows without
  /// synapses rather than another slice's neurons.
  int64_t paddedStart(int64_t s) const {
    int64_t start = 0;
    for (int64_t t = 0; t < s; ++t)
      start += coreSize(size(t));
    return start;
  }
};

int64_t roundUp(int64_t x, int64_t multiple) {
  return (x + multiple - 1) / multiple * multiple;
}

struct ConvertSnnToCorePass
    : plasticc::impl::ConvertSnnToCoreBase<ConvertSnnToCorePass> {
  using ConvertSnnToCoreBase::ConvertSnnToCoreBase;

  void runOnOperation() override {
    std::string report;
    SmallVector<NetworkOp> networks(getOperation().getOps<NetworkOp>());
    for (NetworkOp network : networks)
      if (failed(convertNetwork(network, report)))
        return signalPassFailure();
    if (!reportPath.empty())
      if (failed(writeReport(report)))
        return signalPassFailure();
  }

  LogicalResult writeReport(const std::string &report) {
    if (reportPath == "-") {
      llvm::outs() << report;
      return success();
    }
    std::error_code ec;
    llvm::raw_fd_ostream os(reportPath, ec);
    if (ec)
      return getOperation().emitError("cannot write the quantization report "
                                      "to '")
             << reportPath << "': " << ec.message();
    os << report;
    return success();
  }

  LogicalResult convertNetwork(NetworkOp network, std::string &report);
  LogicalResult
  mapPopulation(NetworkOp network, PopulationOp pop, const Slicing &slicing,
                ArrayRef<std::string> coreNames, mlir::core::DesignOp design,
                std::vector<PendingRoute> &routes, std::string &report);
};

LogicalResult ConvertSnnToCorePass::convertNetwork(NetworkOp network,
                                                   std::string &report) {
  SmallVector<PopulationOp> populations(network.getOps<PopulationOp>());
  if (populations.empty())
    return network.emitError("network has no population to map onto a core");
  if (populations.size() > mlir::core::kMaxCores)
    return populations[mlir::core::kMaxCores].emitError("@")
           << network.getSymName() << " has " << populations.size()
           << " populations, but a system has at most "
           << mlir::core::kMaxCores
           << " cores, one per population (target 15 of the system bus is "
              "the router, docs/core.md §10); --target=cpu runs any number";

  if (coreNeurons < 4 || coreNeurons > 1024 ||
      !llvm::isPowerOf2_64(uint64_t(coreNeurons)))
    return network.emitError("core-neurons must be a power of two from 4 to "
                             "1024, not ")
           << int64_t(coreNeurons);
  // Slices (docs/core.md §10.7): a population's cores are consecutive, in
  // population order; lo_s = floor(s * size / S).
  SmallVector<Slicing> slicings;
  std::vector<std::string> coreNames;
  bool anySplit = false;
  for (PopulationOp pop : populations) {
    Slicing slicing;
    slicing.firstCore = int64_t(coreNames.size());
    int64_t size = pop.getSize();
    int64_t count =
        std::max<int64_t>(1, (size + coreNeurons - 1) / coreNeurons);
    for (int64_t s = 0; s <= count; ++s)
      slicing.bounds.push_back(s * size / count);
    for (int64_t s = 0; s < count; ++s) {
      coreNames.push_back(count == 1 ? pop.getSymName().str()
                                     : pop.getSymName().str() + "_" +
                                           std::to_string(s));
      if (int64_t(coreNames.size()) == mlir::core::kMaxCores + 1)
        return pop.emitError("@")
               << network.getSymName() << " needs more than "
               << mlir::core::kMaxCores << " cores with at most "
               << int64_t(coreNeurons) << " neurons each (@" << pop.getSymName()
               << " alone takes " << count << "), but a system has at most "
               << mlir::core::kMaxCores
               << " (target 15 of the system bus is the router, docs/core.md "
                  "§10); a larger --core-neurons (at most 1024) makes fewer "
                  "slices; --target=cpu runs any number";
    }
    anySplit |= slicing.split();
    slicings.push_back(std::move(slicing));
  }

  OpBuilder builder(network);
  auto design = builder.create<mlir::core::DesignOp>(
      network.getLoc(), builder.getStringAttr(network.getSymName()),
      builder.getF64FloatAttr(network.getDtMs()));
  design.getBody().emplaceBlock();
  std::vector<PendingRoute> routes;
  for (auto [k, pop] : llvm::enumerate(populations))
    if (failed(mapPopulation(network, pop, slicings[k], coreNames, design,
                             routes, report))) {
      design.erase();
      return failure();
    }

  // Routes in the order of their projections (the router's table order),
  // within the router's table limits (docs/core.md §10.1).
  llvm::DenseMap<Operation *, int64_t> order;
  for (auto [k, op] : llvm::enumerate(network.getBody().front()))
    order[&op] = int64_t(k);
  llvm::stable_sort(routes, [&](const PendingRoute &a, const PendingRoute &b) {
    return order[a.projection] < order[b.projection];
  });
  std::map<int64_t, int64_t> perSource;
  OpBuilder inner = OpBuilder::atBlockEnd(&design.getBody().front());
  auto coreRef = [&](int64_t k) {
    return FlatSymbolRefAttr::get(network.getContext(), coreNames[k]);
  };
  // Each projection's routes: source slice, then destination slice (§10.7);
  // a split population's recurrence goes from each slice to every other.
  int64_t k = 0;
  for (const PendingRoute &route : routes) {
    ProjectionOp proj = route.projection;
    const Slicing &from = slicings[route.src], &to = slicings[route.dst];
    bool sliced = from.split() || to.split();
    for (int64_t a = 0; a < from.slices(); ++a)
      for (int64_t b = 0; b < to.slices(); ++b) {
        if (route.src == route.dst && a == b)
          continue; // The slice's own recurrent FIFO.
        int64_t src = from.firstCore + a;
        if (k >= mlir::core::kMaxRoutes ||
            ++perSource[src] > int64_t(mlir::core::kMaxRoutesPerSource)) {
          design.erase();
          bool total = k >= mlir::core::kMaxRoutes;
          return proj.emitError("@")
                 << proj.getSymName() << " would be route "
                 << (total ? k : perSource[src] - 1) << (total ? "" : " from @")
                 << (total ? StringRef() : StringRef(coreNames[src]))
                 << ", but a system's router holds at most "
                 << (total ? mlir::core::kMaxRoutes
                           : mlir::core::kMaxRoutesPerSource)
                 << (total ? " routes" : " routes per source core")
                 << " (docs/core.md §10.1); "
                 << (anySplit ? "fewer slices need fewer routes (a larger "
                                "--core-neurons, at most 1024); "
                              : "")
                 << "--target=cpu runs it";
        }
        std::string name = proj.getSymName().str();
        if (sliced)
          name += "_" + std::to_string(a) + "_" + std::to_string(b);
        if (SymbolTable::lookupSymbolIn(design, name)) {
          design.erase();
          return proj.emitError("route @")
                 << name << " of @" << proj.getSymName()
                 << " clashes with another symbol of the design; rename one";
        }
        // Routes carry the source slice's real neurons; a recurrence's
        // block of slice a starts at its padded position (§10.7).
        int64_t first =
            route.first +
            (route.src == route.dst ? from.paddedStart(a) : from.bounds[a]);
        inner.create<mlir::core::RouteOp>(
            proj.getLoc(), inner.getStringAttr(name), coreRef(src),
            coreRef(to.firstCore + b), inner.getI64IntegerAttr(first),
            inner.getI64IntegerAttr(from.size(a)));
        ++k;
      }
  }
  network.erase();
  return success();
}

LogicalResult ConvertSnnToCorePass::mapPopulation(
    NetworkOp network, PopulationOp pop, const Slicing &slicing,
    ArrayRef<std::string> coreNames, mlir::core::DesignOp design,
    std::vector<PendingRoute> &routes, std::string &report) {
  double dt = network.getDtMs();
  if (pop.getOverrides())
    return pop.emitError("per-neuron parameter overrides are not in the v1 "
                         "core (docs/core.md §8); use --target=cpu");
  FailureOr<NeuronParams> neuron = readCoreNeuron(pop);
  if (failed(neuron))
    return failure();

  int64_t popSize = pop.getSize();
  int64_t axonsNeeded = 0;
  for (ProjectionOp proj : network.getOps<ProjectionOp>())
    if (proj.getPost() == pop.getResult())
      axonsNeeded += proj.getResult().getType().getPre();
  auto refuseFanIn = [&](int64_t needed) {
    return pop.emitError("the projections into @")
           << pop.getSymName() << " need " << needed
           << " axons, more than a core's 1024 by " << needed - 1024
           << "; splitting its " << popSize
           << " neurons over several cores cannot help, as every slice takes "
              "the whole fan-in (docs/core.md §10.7); --target=cpu runs it";
  };
  if (slicing.split() && axonsNeeded > 1024)
    return refuseFanIn(axonsNeeded);

  // Axon allocation (docs/core.md §10.4): the plastic projections, then the
  // static ones; within each group inputs and other populations in op order,
  // then the own recurrent projection.
  SmallVector<AxonRange> inputs, routed; // external sources; populations
  std::optional<AxonRange> recurrent;
  SmallVector<ProjectionOp> plasticGroup, staticGroup;
  std::optional<bool> recurrentPlastic;
  int64_t axons = 0;
  Attribute learningRule; // One rule for every plastic synapse, or none.
  Value modulator;
  ProjectionOp firstProjection; // The first plastic projection.
  PlasticityOp firstPlasticity; // Its rule.
  // Pruning (docs/core.md §11), the same for the whole plastic group.
  StructuralAttr pruning;
  PlasticityOp firstPruning;
  for (ProjectionOp proj : network.getOps<ProjectionOp>()) {
    if (proj.getPost() != pop.getResult())
      continue; // Verified elsewhere: only a population can be a target.
    // Plasticity: one rule (pair STDP, three_factor, hebbian or oja) and/or
    // pruning for every plastic projection; static ones go to rows >= P.
    Attribute projRule;
    Value projModulator;
    PlasticityOp projPlasticity;
    StructuralAttr projPruning;
    PlasticityOp projPruningOp;
    for (PlasticityOp plasticity : network.getOps<PlasticityOp>()) {
      if (plasticity.getProjection() != proj.getResult())
        continue;
      Attribute candidate = plasticity.getRule();
      if (auto structural = dyn_cast<StructuralAttr>(candidate)) {
        // Regrowth draws candidates from the hash of semantics.md §14,
        // which the core does not have (docs/core.md §11).
        if (structural.getRegrow() != 0)
          return plasticity.emitError("structural 'regrow' = ")
                 << structural.getRegrow()
                 << ": the core prunes but does not regrow synapses "
                    "(docs/core.md §11); set 'regrow = 0' to map it, or "
                    "use --target=cpu";
        if (projPruning)
          return plasticity.emitError("a projection on the core takes one "
                                      "structural rule");
        projPruning = structural;
        projPruningOp = plasticity;
        continue;
      }
      if (!isa<StdpAttr, ThreeFactorAttr, HebbianAttr, OjaAttr>(candidate))
        return plasticity.emitError("rule '")
               << plasticity.getRule().getRuleName()
               << "' is not mapped onto the core by --convert-snn-to-core "
                  "(it maps stdp, three_factor, hebbian, oja and structural "
                  "with regrow = 0); --target=cpu runs it";
      if (projRule)
        return plasticity.emitError("a projection on the core takes one "
                                    "learning rule");
      if (isa<ThreeFactorAttr>(candidate)) {
        auto signal =
            plasticity.getModulator()
                ? plasticity.getModulator().getDefiningOp<SignalSourceOp>()
                : SignalSourceOp();
        if (!signal)
          return plasticity.emitError(
              "the core's modulator is a register the host writes: "
              "three_factor on the core needs a signal source as its "
              "modulator; a population's spikes need --target=cpu");
        if (signal.getFile())
          return signal.emitError("signal sources from a file are not read "
                                  "by --convert-snn-to-core yet; give the "
                                  "values inline");
        projModulator = plasticity.getModulator();
      }
      projRule = candidate;
      projPlasticity = plasticity;
    }
    // The core learns and prunes on all rows below P alike, so the plastic
    // group shares one weight rule (or none) and one pruning (or none).
    // Pruning compares only what the core runs (threshold, every).
    auto samePruning = [](StructuralAttr a, StructuralAttr b) {
      return bool(a) == bool(b) &&
             (!a || (a.getThreshold() == b.getThreshold() &&
                     a.getEvery() == b.getEvery()));
    };
    const bool projPlastic = projRule || projPruning;
    if (projPlastic && firstProjection &&
        (projRule != learningRule || projModulator != modulator ||
         !samePruning(projPruning, pruning)))
      return proj.emitError("a core applies one learning rule and one "
                            "pruning to all its plastic synapses, but @")
             << proj.getSymName() << " and @" << firstProjection.getSymName()
             << " differ in their "
             << (projRule != learningRule || projModulator != modulator
                     ? "weight rule"
                     : "structural pruning")
             << " (static projections may be mixed in)";
    if (projPlastic && !firstProjection) {
      firstProjection = proj;
      firstPlasticity = projPlasticity;
      learningRule = projRule;
      modulator = projModulator;
      pruning = projPruning;
      firstPruning = projPruningOp;
    }

    if (proj.getPre() == pop.getResult()) {
      if (recurrentPlastic)
        return proj.emitError("the v1 core has one recurrent projection; @")
               << ProjectionOp(recurrent->projection).getSymName()
               << " is the first";
      if (proj.getDelaySteps() > 15)
        return proj.emitError("recurrent delay of ")
               << proj.getDelaySteps() << " steps exceeds the core's 15";
      if (slicing.split() && proj.getDelaySteps() != 1)
        return proj.emitError("@")
               << proj.getSymName() << " is the recurrence of @"
               << pop.getSymName() << ", split into " << slicing.slices()
               << " cores of at most " << int64_t(coreNeurons)
               << " neurons: its spikes reach the other slices over routes, "
                  "which deliver in exactly 1 step, but its delay is "
               << proj.getDelaySteps()
               << " (docs/core.md §10.7); a larger --core-neurons keeps @"
               << pop.getSymName() << " on one core; --target=cpu runs it";
      recurrent = AxonRange{proj, 0, proj.getResult().getType().getPre()};
      recurrentPlastic = projPlastic;
      continue;
    }
    Operation *source = proj.getPre().getDefiningOp();
    if (auto spikes = dyn_cast<SpikeSourceOp>(source); spikes && spikes.getFile())
      return spikes.emitError("spike sources from a file are not read by "
                              "--convert-snn-to-core yet; give the spikes "
                              "inline");
    if (isa<PopulationOp>(source) && proj.getDelaySteps() != 1)
      return proj.emitError("@")
             << proj.getSymName() << " between populations has a delay of "
             << proj.getDelaySteps()
             << " steps; a route between cores delivers in exactly 1 step "
                "(docs/core.md §10.1); --target=cpu runs it";
    if (!isa<PoissonSourceOp, SpikeSourceOp, PopulationOp>(source))
      return proj.emitError("projection from ")
             << source->getName() << " cannot feed the core";
    (projPlastic ? plasticGroup : staticGroup).push_back(proj);
  }
  auto stdp = dyn_cast_or_null<StdpAttr>(learningRule);
  auto threeFactor = dyn_cast_or_null<ThreeFactorAttr>(learningRule);
  // hebbian and oja run on the core's one Hebbian unit; oja adds the decay
  // term (semantics.md §15).
  struct HebbianRule {
    double eta;
    QuantityAttr tau;
    double wMin, wMax;
    bool oja;
  };
  std::optional<HebbianRule> hebbian;
  if (auto h = dyn_cast_or_null<HebbianAttr>(learningRule))
    hebbian = HebbianRule{h.getEta(), h.getTau(), h.getWMin(), h.getWMax(),
                          false};
  if (auto o = dyn_cast_or_null<OjaAttr>(learningRule))
    hebbian = HebbianRule{o.getEta(), o.getTau(), o.getWMin(), o.getWMax(),
                          true};
  // The recurrence's rows (§10.4, §10.7): the core pushes any spiking neuron
  // k < N, padding included (a bias makes it fire), to axon offset + k. A
  // split recurrence gives slice s a block of N_s rows; an unsplit one spans
  // N rows when other rows follow it, and keeps popSize rows when it is the
  // last range (padding spikes land on rows without synapses or beyond M).
  int64_t recurrentSpan = 0;
  if (recurrent)
    recurrentSpan = slicing.split() ? slicing.paddedStart(slicing.slices())
                    : *recurrentPlastic && !staticGroup.empty()
                        ? coreSize(popSize)
                        : popSize;
  auto recurrentRow = [&](int64_t i) {
    int64_t s = 0;
    while (i >= slicing.bounds[s + 1])
      ++s;
    return recurrent->first + slicing.paddedStart(s) + i - slicing.bounds[s];
  };
  auto layOut = [&](ArrayRef<ProjectionOp> group, bool plastic) {
    for (ProjectionOp proj : group) {
      int64_t count = proj.getResult().getType().getPre();
      bool fromPopulation = isa<PopulationOp>(proj.getPre().getDefiningOp());
      (fromPopulation ? routed : inputs)
          .push_back(AxonRange{proj, axons, count});
      axons += count;
    }
    if (recurrent && *recurrentPlastic == plastic) {
      recurrent->first = axons;
      axons += recurrentSpan;
    }
  };
  layOut(plasticGroup, true);
  // P of §10.4; a core whose projections are all plastic or all static
  // learns on every row it has (the single-core layout of v1).
  const int64_t plasticAxons = axons;
  layOut(staticGroup, false);
  const bool staticRows = plasticAxons > 0 && plasticAxons < axons;
  if (axons == 0)
    return pop.emitError("no projection feeds the population");
  if (slicing.split() && axons > 1024)
    return refuseFanIn(axons);

  // The host pushes a step's inputs into a 512-entry FIFO before its tick;
  // refuse networks that would overflow it rather than drop spikes.
  std::map<int64_t, int64_t> givenPerStep;
  double poissonMean = 0, poissonVariance = 0;
  for (const AxonRange &range : inputs) {
    ProjectionOp proj = range.projection;
    Operation *source = proj.getPre().getDefiningOp();
    if (auto poisson = dyn_cast<PoissonSourceOp>(source)) {
      double p = std::min(1.0, poisson.getRate().getIn(Unit::Hz) * dt * 1e-3);
      poissonMean += range.count * p;
      poissonVariance += range.count * p * (1 - p);
    } else if (auto given = dyn_cast<SpikeSourceOp>(source)) {
      std::set<std::pair<int64_t, int32_t>> distinct;
      ArrayRef<double> times = *given.getTimesMs();
      ArrayRef<int32_t> channels = *given.getChannels();
      for (auto [time, channel] : llvm::zip(times, channels))
        if (distinct.insert({quant::roundParam(time / dt), channel}).second)
          ++givenPerStep[quant::roundParam(time / dt) + proj.getDelaySteps()];
    }
  }
  int64_t busiest = 0;
  for (auto [step, count] : givenPerStep)
    busiest = std::max(busiest, count);
  double worst = busiest + poissonMean + 6 * std::sqrt(poissonVariance);
  const double fifo = plasticc::golden::CoreTiming::kInputFifoDepth;
  if (worst > fifo)
    return pop.emitError("the inputs can bring ")
           << formatReal(std::round(worst))
           << " spikes in one step (given spikes plus Poisson mean + 6 sigma), "
              "more than the core's input FIFO of "
           << int64_t(fifo) << "; spread the inputs or use --target=cpu";
  // A power of two, as the RTL's weight addressing needs, for every target:
  // the padding slots advance the neuron LFSR (semantics §14), so the golden
  // model and the CPU's fixed mode must run the core the hardware runs.
  // The crossbar holds the population's columns once; each slice core takes
  // its own (§10.7). An unsplit core's columns include its padding.
  const int64_t neurons = slicing.split() ? popSize : coreSize(popSize);
  int64_t coreAxons = roundUp(std::max<int64_t>(axons, 2), 2);
  if (coreAxons > 1024)
    return pop.emitError("the projections into @")
           << pop.getSymName() << " need " << axons
           << " axons, more than a core's 1024 by " << axons - 1024;

  // Float weights on the crossbar; NaN marks an absent synapse.
  std::vector<double> crossbar(coreAxons * neurons, NAN);
  double maxAbsWeight = 0;
  auto place = [&](ProjectionOp proj, function_ref<int64_t(int64_t)> row) {
    return plasticc::forEachSynapse(proj, [&](int64_t i, int64_t j, double w) {
      crossbar[row(i) * neurons + j] = w;
      maxAbsWeight = std::max(maxAbsWeight, std::fabs(w));
    });
  };
  for (const AxonRange &range : llvm::concat<const AxonRange>(inputs, routed))
    if (failed(place(range.projection,
                     [&](int64_t i) { return range.first + i; })))
      return failure();
  if (recurrent && failed(place(recurrent->projection, recurrentRow)))
    return failure();

  // Constant currents become the per-step bias; stepped currents would need
  // the host to rewrite the bias register during the run.
  double current = 0;
  for (CurrentSourceOp source : network.getOps<CurrentSourceOp>()) {
    if (source.getTarget() != pop.getResult())
      continue;
    if (source.getTimes().size() != 1 ||
        cast<QuantityAttr>(source.getTimes()[0]).getNumber() != 0.0)
      return source.emitError("a stepped current is not in the v1 core; "
                              "use a constant current or --target=cpu");
    current += cast<QuantityAttr>(source.getAmplitudes()[0]).getIn(Unit::nA);
  }
  double drive = neuron->rM * std::fabs(current);

  // A cuba neuron's synaptic current is a sum of filtered inputs, not one
  // weight: estimate its range from the Poisson inputs as mean + 4 standard
  // deviations of shot noise (mean sum w r tau_syn, variance sum w^2 r
  // tau_syn / 2), per sign, and let it widen the voltage span (§9).
  // A separate inhibitory current (semantics.md §11) when its time constant
  // differs; with equal ones a single current is the same dynamics.
  const bool inhCurrent = neuron->model == NeuronParams::Model::CubaLif &&
                          neuron->tauSynInh > 0 &&
                          neuron->tauSynInh != neuron->tauSyn;
  double currentSpan = 0;
  if (neuron->model == NeuronParams::Model::CubaLif) {
    std::vector<double> mean[2], variance[2];
    for (int sign = 0; sign < 2; ++sign) {
      mean[sign].assign(neurons, 0.0);
      variance[sign].assign(neurons, 0.0);
    }
    for (const AxonRange &range : inputs) {
      ProjectionOp proj = range.projection;
      auto poisson = proj.getPre().getDefiningOp<PoissonSourceOp>();
      if (!poisson)
        continue;
      double perMs = poisson.getRate().getIn(Unit::Hz) * 1e-3;
      for (int64_t i = range.first; i < range.first + range.count; ++i)
        for (int64_t j = 0; j < neurons; ++j) {
          double w = crossbar[i * neurons + j];
          if (std::isnan(w))
            continue;
          int sign = w < 0;
          double tau = sign && inhCurrent ? neuron->tauSynInh : neuron->tauSyn;
          mean[sign][j] += std::fabs(w) * perMs * tau;
          variance[sign][j] += w * w * perMs * tau / 2;
        }
    }
    for (int sign = 0; sign < 2; ++sign)
      for (int64_t j = 0; j < neurons; ++j)
        currentSpan = std::max(currentSpan, mean[sign][j] +
                                                4 * std::sqrt(variance[sign][j]));
  }

  // Formats (§9).
  double vSpan = std::max({std::fabs(neuron->vTh - neuron->vRest),
                           std::fabs(neuron->vReset - neuron->vRest),
                           std::fabs(neuron->vTh - neuron->vReset),
                           std::fabs(neuron->vInit - neuron->vRest),
                           std::fabs(neuron->thJump), maxAbsWeight, drive,
                           currentSpan});
  double wMax = maxAbsWeight;
  std::optional<std::pair<double, double>> limits;
  if (stdp)
    limits = {stdp.getWMin(), stdp.getWMax()};
  else if (threeFactor)
    limits = {threeFactor.getWMin(), threeFactor.getWMax()};
  else if (hebbian)
    limits = {hebbian->wMin, hebbian->wMax};
  if (limits)
    wMax =
        std::max({wMax, std::fabs(limits->first), std::fabs(limits->second)});
  std::optional<quant::Formats> formats = quant::chooseFormats(vSpan, wMax);
  if (!formats)
    return pop.emitError("no fixed-point format holds voltages up to ")
           << formatReal(vSpan) << " mV and weights up to "
           << formatReal(wMax) << " mV";

  std::string owner = ("@" + pop.getSymName()).str();
  std::vector<quant::ReportEntry> entries;
  if (currentSpan > 0)
    entries.push_back({owner, "i range", currentSpan,
                       quant::quantizeVoltage(currentSpan, *formats),
                       quant::quantizeVoltage(currentSpan, *formats) *
                           formats->vLsbMv(),
                       "mV"});
  bool saturated = false;
  auto voltage = [&](llvm::StringRef name, double valueMv) {
    int32_t q = quant::quantizeVoltage(valueMv, *formats);
    entries.push_back({owner, name.str(), valueMv, q, q * formats->vLsbMv(), "mV"});
    if (std::fabs(valueMv / formats->vLsbMv()) > 32767.5) {
      pop.emitError("'") << name << "' of " << formatReal(valueMv)
                         << " mV does not fit the core's 16-bit registers at "
                         << formatReal(formats->vLsbMv()) << " mV per LSB";
      saturated = true;
    }
    return q;
  };
  auto decay = [&](llvm::StringRef name, double tauMs) {
    uint32_t d = quant::decayQ16(dt, tauMs);
    entries.push_back({owner, name.str(), std::exp(-dt / tauMs), d,
                       d / 65536.0, ""});
    return d;
  };

  bool leak = neuron->model != NeuronParams::Model::If;
  int32_t threshold = voltage("threshold", neuron->vTh - neuron->vRest);
  if (threshold < 0)
    return pop.emitError("'v_th' below 'v_rest' (a neuron that fires at "
                         "rest) is not in the v1 core; use --target=cpu");
  int32_t vReset = voltage("v_reset", neuron->vReset - neuron->vRest);
  uint32_t decayV = leak ? decay("decay_v", neuron->tauM) : 0;
  uint32_t decayI = 0, gainI = 0, decayTh = 0;
  int32_t thJump = 0;
  if (neuron->model == NeuronParams::Model::CubaLif) {
    decayI = decay("decay_i", neuron->tauSyn);
    gainI = quant::cubaGainQ16(dt, neuron->tauM, neuron->tauSyn);
  }
  uint32_t decayIInh = 0, gainIInh = 0;
  if (inhCurrent) {
    decayIInh = decay("decay_i_inh", neuron->tauSynInh);
    gainIInh = quant::cubaGainQ16(dt, neuron->tauM, neuron->tauSynInh);
  }
  if (neuron->adaptive) {
    decayTh = decay("decay_th", neuron->tauTh);
    thJump = voltage("th_jump", neuron->thJump);
  }
  double biasMv = 0;
  if (current != 0) {
    if (neuron->model == NeuronParams::Model::If)
      biasMv = neuron->rM * current * dt / neuron->tauM;
    else
      biasMv = (1 - std::exp(-dt / neuron->tauM)) * neuron->rM * current;
  }
  int32_t bias = voltage("bias", biasMv);
  if (saturated)
    return failure();
  int64_t refSteps = quant::roundParam(neuron->tRef / dt);
  if (refSteps > 127)
    return pop.emitError("refractory period of ")
           << refSteps << " steps exceeds the core's 127";

  // Weights.
  OpBuilder builder(network);
  SmallVector<int8_t> weights(crossbar.size(), -128);
  for (size_t k = 0; k < crossbar.size(); ++k)
    if (!std::isnan(crossbar[k]))
      weights[k] = static_cast<int8_t>(quant::quantizeWeight(crossbar[k], *formats));
  if (maxAbsWeight > 0) {
    int32_t q = quant::quantizeWeight(maxAbsWeight, *formats);
    entries.push_back({owner, "max |w|", maxAbsWeight, q,
                       q * formats->wLsbMv(), "mV"});
  }

  // STDP (§9).
  int64_t aPlus = 0, aMinus = 0, wMinQ = -127, wMaxQ = 127;
  uint32_t decayPre = 0, decayPost = 0;
  if (stdp) {
    std::string rule = ("@" + firstProjection.getSymName()).str();
    wMinQ = std::max<int64_t>(-127, quant::roundParam(stdp.getWMin() / formats->wLsbMv()));
    wMaxQ = std::min<int64_t>(127, quant::roundParam(stdp.getWMax() / formats->wLsbMv()));
    bool additive = stdp.getBounds() == Bounds::additive;
    auto amplitude = [&](llvm::StringRef name, double a) -> FailureOr<int64_t> {
      double scaled = additive ? a / formats->wLsbMv() * 256.0
                               : a / (stdp.getWMax() - stdp.getWMin()) * 65536.0;
      int64_t q = quant::roundParam(scaled);
      if (q > 65535)
        return firstProjection.emitError("STDP '")
               << name << "' of " << formatReal(a)
               << " does not fit the core's 16-bit amplitude ("
               << (additive ? "at most 255 weight LSBs per spike"
                            : "at most 1.0 of the weight range per spike")
               << ")";
      double represented = additive ? q * formats->wLsbMv() / 256.0
                                    : q / 65536.0 * (stdp.getWMax() - stdp.getWMin());
      entries.push_back({rule, name.str(), a, q, represented, "mV"});
      return q;
    };
    FailureOr<int64_t> plus = amplitude("a_plus", stdp.getAPlus());
    FailureOr<int64_t> minus = amplitude("a_minus", stdp.getAMinus());
    if (failed(plus) || failed(minus))
      return failure();
    aPlus = *plus;
    aMinus = *minus;
    double tauPlus = stdp.getTauPlus().getIn(Unit::ms);
    double tauMinus = stdp.getTauMinus().getIn(Unit::ms);
    decayPre = quant::decayQ16(dt, tauPlus);
    decayPost = quant::decayQ16(dt, tauMinus);
    entries.push_back({rule, "decay_pre", std::exp(-dt / tauPlus), decayPre,
                       decayPre / 65536.0, ""});
    entries.push_back({rule, "decay_post", std::exp(-dt / tauMinus), decayPost,
                       decayPost / 65536.0, ""});
    entries.push_back({rule, "w_min", double(stdp.getWMin()), wMinQ,
                       wMinQ * formats->wLsbMv(), "mV"});
    entries.push_back({rule, "w_max", double(stdp.getWMax()), wMaxQ,
                       wMaxQ * formats->wLsbMv(), "mV"});
  }

  // three_factor and hebbian (§9, §15): amplitudes as additive STDP, the
  // traces' decays, and the rule's own registers.
  int64_t decayE = 0, eFracBits = 0, eta = 0, hebbianDecay = 0;
  if (threeFactor || hebbian) {
    std::string ruleOwner = ("@" + firstProjection.getSymName()).str();
    double lo = threeFactor ? double(threeFactor.getWMin()) : hebbian->wMin;
    double hi = threeFactor ? double(threeFactor.getWMax()) : hebbian->wMax;
    wMinQ = std::max<int64_t>(-127, quant::roundParam(lo / formats->wLsbMv()));
    wMaxQ = std::min<int64_t>(127, quant::roundParam(hi / formats->wLsbMv()));
    entries.push_back(
        {ruleOwner, "w_min", lo, wMinQ, wMinQ * formats->wLsbMv(), "mV"});
    entries.push_back(
        {ruleOwner, "w_max", hi, wMaxQ, wMaxQ * formats->wLsbMv(), "mV"});
    auto q16 = [&](llvm::StringRef name, double value, double scale,
                   llvm::StringRef unit) -> FailureOr<int64_t> {
      // The snn verifier refuses negative rates and amplitudes; this guards
      // attributes built in C++ without it, and says what is wrong.
      if (value < 0)
        return firstProjection.emitError("'")
               << name << "' of " << formatReal(value)
               << " is negative; the core's rule registers are unsigned (a "
                  "learning rule that depresses on correlation needs "
                  "--target=cpu)";
      int64_t q = quant::roundParam(value * scale);
      if (q > 65535)
        return firstProjection.emitError("'")
               << name << "' of " << formatReal(value) << " is " << q
               << " in the core's units, outside its "
                  "16-bit register (0 .. 65535)";
      entries.push_back(
          {ruleOwner, name.str(), value, q, q / scale, unit.str()});
      return q;
    };
    auto traceDecay = [&](llvm::StringRef name, QuantityAttr tau) {
      double ms = tau.getIn(Unit::ms);
      uint32_t d = quant::decayQ16(dt, ms);
      entries.push_back(
          {ruleOwner, name.str(), std::exp(-dt / ms), d, d / 65536.0, ""});
      return d;
    };
    const double perLsbQ88 = 256.0 / formats->wLsbMv();
    if (threeFactor) {
      FailureOr<int64_t> plus =
          q16("a_plus", threeFactor.getAPlus(), perLsbQ88, "mV");
      FailureOr<int64_t> minus =
          q16("a_minus", threeFactor.getAMinus(), perLsbQ88, "mV");
      FailureOr<int64_t> rate = q16("eta", threeFactor.getEta(), 65536.0, "");
      if (failed(plus) || failed(minus) || failed(rate))
        return failure();
      aPlus = *plus;
      aMinus = *minus;
      eta = *rate;
      decayPre = traceDecay("decay_pre", threeFactor.getTauPlus());
      decayPost = traceDecay("decay_post", threeFactor.getTauMinus());
      decayE = traceDecay("decay_e", threeFactor.getTauE());
      // E: the finest eligibility unit in which one pairing at a full trace
      // (255/64 spikes) still fits the 8-bit e; longer sums saturate.
      double pairing = std::max(aPlus, aMinus) / 256.0 * 255 / 64;
      while (eFracBits < 7 &&
             pairing * double(int64_t(1) << (eFracBits + 1)) <= 127)
        ++eFracBits;
      entries.push_back({ruleOwner, "e_frac_bits", double(eFracBits), eFracBits,
                         double(eFracBits), ""});
    } else {
      // oja: the float rule moves w by eta * y^2 * w per step, which
      // overshoots past zero at eta * y^2 >= 1; the core saturates k below
      // 1, so it would differ from float mode there (and from any sensible
      // learning rate well before).
      if (hebbian->oja && hebbian->eta >= 1)
        return firstPlasticity.emitError("oja's 'eta' of ")
               << formatReal(hebbian->eta)
               << " is not below 1: its decay term eta * y^2 * w would "
                  "overshoot past zero in one step; the core takes eta < 1";
      FailureOr<int64_t> rate = q16("eta", hebbian->eta, perLsbQ88, "mV");
      if (failed(rate))
        return failure();
      eta = *rate;
      if (hebbian->oja) {
        // η_o: eta as a pure number (the y^2 * w term is a fraction of w).
        hebbianDecay = quant::roundParam(hebbian->eta * 65536.0);
        entries.push_back({ruleOwner, "eta_o", hebbian->eta,
                           hebbianDecay, hebbianDecay / 65536.0, ""});
      }
      // The snn verifier requires 'tau' whenever pre or post spikes, and
      // every input of the core spikes; this guards IR built without it.
      if (!hebbian->tau)
        return firstProjection.emitError("hebbian on the core needs the "
                                         "trace time constant 'tau'");
      decayPre = traceDecay("decay_pre", hebbian->tau);
      decayPost = traceDecay("decay_post", hebbian->tau);
    }
  }

  // Pruning (semantics.md §15): T = min(128, round(threshold / q_w)); at
  // 128 every synapse goes (|w| <= 127). E is the core's 16-bit register.
  int64_t pruneThreshold = 0, pruneEvery = 0;
  if (pruning) {
    std::string ruleOwner = ("@" + firstProjection.getSymName()).str();
    double threshold = pruning.getThreshold();
    // Compared in double first: a huge threshold must not overflow int64.
    const double lsbs = threshold / formats->wLsbMv();
    pruneThreshold = lsbs >= 128 ? 128 : quant::roundParam(lsbs);
    pruneEvery = pruning.getEvery();
    if (pruneEvery > 65535)
      return firstPruning.emitError("structural 'every' = ")
             << pruneEvery
             << " steps exceeds the core's 16-bit prune period (1 .. 65535, "
                "docs/core.md §11); --target=cpu runs it";
    entries.push_back({ruleOwner, "prune_threshold", threshold,
                       pruneThreshold, pruneThreshold * formats->wLsbMv(),
                       "mV"});
    entries.push_back({ruleOwner, "prune_every", double(pruneEvery),
                       pruneEvery, double(pruneEvery), "steps"});
  }

  std::optional<int32_t> uInit;
  if (neuron->vInit != neuron->vRest)
    uInit = voltage("v_init", neuron->vInit - neuron->vRest);

  // The modulator signal as the host's writes of the Q1.7 register: a value
  // holds from its step (round(t / dt)) on; of several on one step the last
  // written wins, as in float mode. What that drops is warned about (a short
  // reward pulse would vanish) and listed in the report.
  std::string droppedNotes;
  SmallVector<int64_t> modSteps;
  SmallVector<int32_t> modValues;
  if (threeFactor) {
    auto signal = modulator.getDefiningOp<SignalSourceOp>();
    struct Change {
      int64_t step;
      double ms, value;
    };
    std::vector<Change> changes;
    for (auto [ms, v] : llvm::zip(*signal.getTimesMs(), *signal.getValues()))
      changes.push_back({quant::roundParam(ms / dt), ms, v});
    llvm::stable_sort(changes,
                      [](auto &a, auto &b) { return a.step < b.step; });
    auto toQ17 = [](double v) {
      return int32_t(
          std::clamp<int64_t>(quant::roundParam(v * 128), -128, 127));
    };
    for (size_t first = 0, end = 0; first < changes.size(); first = end) {
      for (end = first; end < changes.size() &&
                        changes[end].step == changes[first].step;
           ++end)
        // Q1.7 holds [-1, 127/128]; 1.0 is taken as the register's largest
        // value (127) so that a unit reward needs no rescaling.
        if (!(std::fabs(changes[end].value) <= 1.0))
          return signal.emitError("modulator value ")
                 << formatReal(changes[end].value)
                 << " is outside [-1, 1], the range the core's Q1.7 "
                    "register takes (1.0 is stored as 127/128); scale the "
                    "signal and eta, or use --target=cpu";
      const Change &kept = changes[end - 1];
      int32_t q = toQ17(kept.value);
      std::string dropped;
      for (size_t k = first; k + 1 < end; ++k)
        if (toQ17(changes[k].value) != q)
          dropped += (dropped.empty() ? "" : ", ") +
                     formatReal(changes[k].value) + " at " +
                     formatReal(changes[k].ms) + " ms";
      if (!dropped.empty()) {
        signal.emitWarning("signal @")
            << signal.getSymName() << " changes " << end - first
            << " times within step " << kept.step << " (dt = "
            << formatReal(dt) << " ms); the core's modulator is written "
            << "once per step, so it takes the last value, "
            << formatReal(kept.value) << ", and drops " << dropped;
        droppedNotes += "signal @" + signal.getSymName().str() + " step " +
                        std::to_string(kept.step) + ": keeps " +
                        formatReal(kept.value) + ", drops " + dropped + "\n";
      }
      modSteps.push_back(kept.step);
      modValues.push_back(q);
    }
  }

  MLIRContext *ctx = network.getContext();
  auto i64 = [&](int64_t v) { return builder.getI64IntegerAttr(v); };
  OpBuilder inner = OpBuilder::atBlockEnd(&design.getBody().front());
  const bool split = slicing.split();
  std::string sliceList;
  for (int64_t s = 0; s < slicing.slices(); ++s) {
    const int64_t coreIndex = slicing.firstCore + s;
    const int64_t lo = slicing.bounds[s], sliceSize = slicing.size(s);
    const int64_t sliceNeurons = split ? coreSize(sliceSize) : neurons;
    // Seeds of the two LFSRs (semantics.md §14) by core index.
    auto seed = [&](uint64_t which) {
      return int64_t(
          (plasticc::golden::hash3(networkSeed, uint64_t(coreIndex), which) &
           0xFFFFFFFFull) |
          1);
    };

    // The slice's columns of the crossbar; padding columns hold no synapse.
    SmallVector<int8_t> sliceWeights(coreAxons * sliceNeurons, -128);
    for (int64_t i = 0; i < coreAxons; ++i)
      for (int64_t j = 0; j < sliceSize; ++j)
        sliceWeights[i * sliceNeurons + j] = weights[i * neurons + lo + j];
    auto weightType = RankedTensorType::get({coreAxons, sliceNeurons},
                                            builder.getIntegerType(8));
    auto weightAttr =
        DenseElementsAttr::get(weightType, llvm::ArrayRef(sliceWeights));

    ElementsAttr initialU;
    if (uInit) {
      SmallVector<int16_t> u(sliceNeurons, 0);
      for (int64_t j = 0; j < sliceSize; ++j)
        u[j] = static_cast<int16_t>(*uInit);
      initialU = DenseElementsAttr::get(
          RankedTensorType::get({sliceNeurons}, builder.getIntegerType(16)),
          llvm::ArrayRef(u));
    }

    // Symbols of the design are those of the network, except a signal that
    // modulates several cores: its second core's input gets the core's name;
    // a split population's inputs are named after their slice (and after
    // the core if that is taken: a signal shared by two split populations).
    const std::string coreName = coreNames[coreIndex];
    auto uniqueName = [&](StringRef name) {
      std::string unique = name.str();
      if (split)
        unique += "_" + std::to_string(s);
      if (SymbolTable::lookupSymbolIn(design, unique))
        unique = name.str() + "_" + coreName;
      return inner.getStringAttr(unique);
    };
    if (SymbolTable::lookupSymbolIn(design, coreName))
      return pop.emitError("core @")
             << coreName
             << (split ? ", a slice of @" + pop.getSymName().str()
                       : std::string())
             << ", clashes with another symbol of the design; rename one";
    auto core = inner.create<mlir::core::CoreOp>(
        pop.getLoc(), inner.getStringAttr(coreName), pop.getSymNameAttr(),
        i64(sliceSize), i64(sliceNeurons), i64(coreAxons),
        builder.getF64FloatAttr(dt), builder.getF64FloatAttr(formats->vLsbMv()),
        builder.getStringAttr(neuron->modelName()),
        builder.getStringAttr(neuron->subtract ? "subtract" : "value"),
        builder.getBoolAttr(neuron->adaptive), i64(decayV), i64(decayI),
        i64(decayTh), i64(gainI), i64(threshold), i64(vReset), i64(thJump),
        i64(bias), i64(refSteps), i64(formats->wShift),
        builder.getStringAttr(stdp && stdp.getPairing() == Pairing::nearest
                                  ? "nearest"
                                  : "all_to_all"),
        i64(decayPre), i64(decayPost), i64(64), builder.getBoolAttr(bool(stdp)),
        builder.getStringAttr(stdp && stdp.getBounds() == Bounds::multiplicative
                                  ? "multiplicative"
                                  : "additive"),
        // hebbian has no rounding parameter; eta x y per step is usually far
        // below one weight LSB, so it is rounded stochastically (§13).
        builder.getStringAttr(
            (stdp && stdp.getRounding() == Rounding::stochastic) ||
                    hebbian.has_value()
                ? "stochastic"
                : "nearest"),
        i64(aPlus), i64(aMinus), i64(wMinQ), i64(wMaxQ), i64(seed(0)),
        i64(seed(1)), builder.getBoolAttr(bool(recurrent)),
        i64(recurrent ? recurrent->first + slicing.paddedStart(s) : 0),
        i64(recurrent ? ProjectionOp(recurrent->projection).getDelaySteps()
                      : 1),
        weightAttr, initialU,
        // Set below when used: inh_current, decay_i_inh, gain_i_inh,
        // learning, decay_e, e_frac_bits, eta, plastic_axons, hebbian_decay,
        // prune_threshold, prune_every.
        BoolAttr(), IntegerAttr(), IntegerAttr(), StringAttr(), IntegerAttr(),
        IntegerAttr(), IntegerAttr(), IntegerAttr(), IntegerAttr(),
        IntegerAttr(), IntegerAttr());
    if (staticRows)
      core.setPlasticAxonsAttr(i64(plasticAxons));
    if (pruning) {
      core.setPruneThresholdAttr(i64(pruneThreshold));
      core.setPruneEveryAttr(i64(pruneEvery));
    }
    if (inhCurrent) {
      core.setInhCurrentAttr(builder.getBoolAttr(true));
      core.setDecayIInhAttr(i64(decayIInh));
      core.setGainIInhAttr(i64(gainIInh));
    }
    if (threeFactor || hebbian) {
      core.setLearningAttr(
          builder.getStringAttr(threeFactor ? "three_factor" : "hebbian"));
      core.setEtaAttr(i64(eta));
      if (threeFactor) {
        core.setDecayEAttr(i64(decayE));
        core.setEFracBitsAttr(i64(eFracBits));
      }
      if (hebbian && hebbian->oja)
        core.setHebbianDecayAttr(i64(hebbianDecay));
    }
    auto coreRef = FlatSymbolRefAttr::get(ctx, core.getSymName());

    if (threeFactor) {
      auto signal = modulator.getDefiningOp<SignalSourceOp>();
      inner.create<mlir::core::ModulatorInputOp>(
          signal.getLoc(), uniqueName(signal.getSymName()), coreRef,
          DenseI64ArrayAttr::get(ctx, modSteps),
          DenseI32ArrayAttr::get(ctx, modValues));
    }

    for (const AxonRange &range : inputs) {
      ProjectionOp proj = range.projection;
      Operation *source = proj.getPre().getDefiningOp();
      int64_t delay = proj.getDelaySteps();
      // Every slice takes the whole input (§10.7), under its own name.
      StringAttr name = uniqueName(proj.getSymName());
      if (auto poisson = dyn_cast<PoissonSourceOp>(source)) {
        double p = poisson.getRate().getIn(Unit::Hz) * dt * 1e-3;
        inner.create<mlir::core::PoissonInputOp>(
            proj.getLoc(), name, coreRef, i64(range.first), i64(range.count),
            i64(int64_t(plasticc::golden::probabilityThreshold53(p))),
            i64(poisson.getSeed()), i64(delay));
        continue;
      }
      auto spikes = cast<SpikeSourceOp>(source);
      SmallVector<int64_t> steps;
      ArrayRef<double> times = *spikes.getTimesMs();
      for (double t : times)
        steps.push_back(quant::roundParam(t / dt));
      inner.create<mlir::core::SpikeInputOp>(
          proj.getLoc(), name, coreRef, i64(range.first), i64(range.count),
          i64(delay), DenseI64ArrayAttr::get(ctx, steps),
          spikes.getChannelsAttr());
    }

    sliceList += (s ? ", @" : "@") + coreName + " (" +
                 std::to_string(sliceSize) + " on " +
                 std::to_string(sliceNeurons) + ")";
  }

  auto firstCore = FlatSymbolRefAttr::get(ctx, coreNames[slicing.firstCore]);
  // Probes in core coordinates, for runs of the mapped network (the CPU's
  // fixed mode); the image itself does not need them. A split population's
  // probe names its first core and spans its slices (§10.7).
  for (ProbeOp probe : network.getOps<ProbeOp>()) {
    int64_t first = 0, count = popSize;
    double scale = 1.0, offset = 0.0;
    StringRef kind = stringifyProbeKind(probe.getKind());
    if (probe.getTarget() == pop.getResult()) {
      if (probe.getKind() == ProbeKind::voltage) {
        scale = formats->vLsbMv();
        offset = neuron->vRest;
      }
    } else if (auto proj = probe.getTarget().getDefiningOp<ProjectionOp>()) {
      std::optional<AxonRange> range;
      for (const AxonRange &r : llvm::concat<const AxonRange>(inputs, routed))
        if (r.projection == proj)
          range = r;
      if (recurrent && recurrent->projection == proj) {
        // A split recurrence's rows are padded per slice (§10.7); the
        // probe's rows are one contiguous range of the layout.
        if (split)
          return probe.emitError("a ")
                 << kind << " probe of @" << proj.getSymName()
                 << ", the recurrence of @" << pop.getSymName()
                 << " split into " << slicing.slices()
                 << " cores, is not mapped: its rows are padded per slice "
                    "(docs/core.md §10.7); probe it in float (--target=cpu "
                    "without --numerics=fixed) or with a larger --core-neurons";
        range = recurrent;
      }
      if (!range)
        continue; // Into another population: that core's probe.
      first = range->first;
      count = range->count;
      scale =
          probe.getKind() == ProbeKind::weights ? formats->wLsbMv() : 1.0 / 64;
    } else {
      continue; // Spikes of an input source or of another core.
    }
    inner.create<mlir::core::ProbeOp>(
        probe.getLoc(), inner.getStringAttr(probe.getSymName()),
        inner.getStringAttr(kind), firstCore, i64(first), i64(count),
        i64(probe.getEvery().value_or(1)), builder.getF64FloatAttr(scale),
        builder.getF64FloatAttr(offset));
  }

  auto populationIndex = [&](Operation *op) {
    int64_t k = 0;
    for (PopulationOp p : network.getOps<PopulationOp>()) {
      if (p.getOperation() == op)
        break;
      ++k;
    }
    return k;
  };
  const int64_t self = populationIndex(pop);
  for (AxonRange range : routed)
    routes.push_back(
        PendingRoute{range.projection,
                     populationIndex(range.projection.getPre().getDefiningOp()),
                     self, range.first});
  // A split population's recurrence crosses its slices over routes.
  if (split && recurrent)
    routes.push_back(
        PendingRoute{recurrent->projection, self, self, recurrent->first});

  std::string plasticNote =
      staticRows ? ", " + std::to_string(plasticAxons) + " plastic"
                 : std::string();
  if (split)
    report += "network @" + network.getSymName().str() + ", population @" +
              pop.getSymName().str() + ": " + std::to_string(popSize) +
              " neurons on " + std::to_string(slicing.slices()) + " cores, " +
              sliceList + ", " + std::to_string(axons) + " axons on " +
              std::to_string(coreAxons) + plasticNote + "\n";
  else
    report += "network @" + network.getSymName().str() + ", core @" +
              coreNames[slicing.firstCore] + ": " + std::to_string(popSize) +
              " neurons on " + std::to_string(neurons) + ", " +
              std::to_string(axons) + " axons on " + std::to_string(coreAxons) +
              plasticNote + "\n";
  report += quant::formatReport(entries, *formats);
  report += droppedNotes;
  return success();
}

} // namespace
