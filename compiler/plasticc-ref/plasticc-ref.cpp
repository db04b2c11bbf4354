//===- plasticc-ref.cpp - float reference and quantization error -*- C++ -*-===//
//
// Part of plasticc. Runs a network written in the snn dialect with the Eigen
// float reference (docs/semantics.md Part 1) and writes its spikes and final
// weights. With --compare-golden it also compiles the network onto a core
// (--convert-snn-to-core), runs the golden model on the same inputs, and
// reports the quantization error per population and projection: spike-count
// correlation, rate error, weight error.
//
//===----------------------------------------------------------------------===//

#include "compiler/Passes.h"
#include "compiler/SnnToCore/CoreImage.h"
#include "compiler/SnnToReference/SnnToReference.h"
#include "core/CoreDialect.h"
#include "sim/golden/core_model.h"
#include "sim/reference/simulator.h"
#include "snn/SnnOps.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cmath>
#include <cstdio>

using namespace mlir;
namespace cl = llvm::cl;
namespace ref = plasticc::reference;

static cl::OptionCategory toolOptions("plasticc-ref options");
static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<network.mlir>"),
                                      cl::Required, cl::cat(toolOptions));
static cl::opt<int64_t> steps("steps", cl::desc("Number of time steps"),
                              cl::init(1000), cl::cat(toolOptions));
static cl::opt<std::string> outDir("o", cl::desc("Output directory"),
                                   cl::value_desc("dir"), cl::init(""),
                                   cl::cat(toolOptions));
static cl::opt<bool> compareGolden(
    "compare-golden",
    cl::desc("Also run the golden model on the network's core image and "
             "report the quantization error"),
    cl::cat(toolOptions));
static cl::opt<uint64_t> networkSeed("seed",
                                     cl::desc("Seed of the cores' LFSRs"),
                                     cl::init(0), cl::cat(toolOptions));

namespace {

/// A progress line on stderr, at most a few times per second.
class Progress {
public:
  explicit Progress(const char *what)
      : what(what), last(std::chrono::steady_clock::now()) {}
  void update(int64_t done, int64_t total) {
    auto now = std::chrono::steady_clock::now();
    if (now - last < std::chrono::milliseconds(500))
      return;
    last = now;
    shown = true;
    llvm::errs() << "\r" << what << ": step " << done << " / " << total;
  }
  /// Ends the line if a progress line was shown.
  ~Progress() {
    if (shown)
      llvm::errs() << "\n";
  }

private:
  const char *what;
  std::chrono::steady_clock::time_point last;
  bool shown = false;
};

bool writeText(const std::string &path,
               llvm::function_ref<void(llvm::raw_ostream &)> body) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec);
  if (ec) {
    llvm::errs() << "plasticc-ref: cannot write '" << path
                 << "': " << ec.message() << "\n";
    return false;
  }
  body(os);
  return true;
}

double pearson(const Eigen::ArrayXd &a, const Eigen::ArrayXd &b) {
  Eigen::ArrayXd da = a - a.mean(), db = b - b.mean();
  double denom = std::sqrt((da * da).sum() * (db * db).sum());
  return denom > 0 ? (da * db).sum() / denom : NAN;
}

/// Float spikes and weights of one run.
struct FloatRun {
  std::vector<std::vector<std::pair<int64_t, int32_t>>> spikes; ///< per pop.
};

int runNetwork(ModuleOp module, snn::NetworkOp network) {
  plasticc::ReferenceNames names;
  FailureOr<ref::Network> net =
      plasticc::buildReferenceNetwork(network, &names);
  if (failed(net))
    return 1;
  ref::Simulator sim(*net);
  if (!sim.error().empty()) {
    llvm::errs() << "plasticc-ref: " << sim.error() << "\n";
    return 1;
  }

  FloatRun run;
  run.spikes.resize(net->populations.size());
  Progress progress("float reference");
  auto start = std::chrono::steady_clock::now();
  for (int64_t s = 0; s < steps; ++s) {
    sim.step();
    for (size_t p = 0; p < net->populations.size(); ++p)
      for (int32_t k : sim.fired(int(p)))
        run.spikes[p].emplace_back(s, k);
    progress.update(s + 1, steps);
  }
  double wall = std::chrono::duration<double>(
                    std::chrono::steady_clock::now() - start)
                    .count();
  llvm::outs() << llvm::format("float reference: @%s, %lld steps of %g ms "
                               "in %.3f s\n",
                               net->name.c_str(), (long long)steps,
                               net->dtMs, wall);

  if (!outDir.empty()) {
    if (std::error_code ec = llvm::sys::fs::create_directories(outDir)) {
      llvm::errs() << "plasticc-ref: cannot create '" << outDir
                   << "': " << ec.message() << "\n";
      return 1;
    }
    for (size_t p = 0; p < net->populations.size(); ++p) {
      std::string path = outDir + "/" + net->populations[p].name + ".spikes.txt";
      if (!writeText(path, [&](llvm::raw_ostream &os) {
            os << "# step neuron\n";
            for (auto [s, k] : run.spikes[p])
              os << s << " " << k << "\n";
          }))
        return 1;
    }
    for (size_t j = 0; j < net->projections.size(); ++j) {
      const ref::Projection &proj = net->projections[j];
      std::string path = outDir + "/" + proj.name + ".weights.txt";
      if (!writeText(path, [&](llvm::raw_ostream &os) {
            os << "# pre post weight_mV\n";
            const std::vector<double> &w = sim.weights(int(j));
            const std::vector<uint8_t> &alive = sim.alive(int(j));
            for (size_t k = 0; k < w.size(); ++k)
              if (alive[k])
                os << sim.preIndex(int(j))[k] << " " << sim.postIndex(int(j))[k]
                   << " " << llvm::format("%.9g", w[k]) << "\n";
          }))
        return 1;
    }
  }
  if (!compareGolden)
    return 0;

  // Compile a copy of the network onto a core and run the golden model.
  OwningOpRef<ModuleOp> copy = ModuleOp::create(module.getLoc());
  copy->push_back(network->clone());
  PassManager pm(module.getContext());
  plasticc::ConvertSnnToCoreOptions options;
  options.networkSeed = networkSeed;
  pm.addPass(plasticc::createConvertSnnToCore(options));
  if (failed(pm.run(*copy)))
    return 1;
  auto design = *copy->getOps<core::DesignOp>().begin();
  auto cores = design.getBody().front().getOps<core::CoreOp>();
  if (llvm::range_size(cores) > 1) {
    // Core 0 alone, without its routed inputs, would pass for a
    // quantization error.
    emitError(network->getLoc())
        << "--compare-golden compares one core, but @"
        << design.getSymName() << " maps onto " << llvm::range_size(cores)
        << " cores (one per population); compare a system with "
           "plasticc --target=cpu --numerics=fixed against plasticc-sim";
    return 1;
  }
  auto coreOp = *cores.begin();
  plasticc::golden::CoreImage image = plasticc::toCoreImage(coreOp);
  auto inputs = plasticc::coreInputSpikes(design, coreOp.getSymName(), steps);
  plasticc::golden::CoreModel core(image);
  int popIndex = names.populations.at(coreOp.getPopulation().str());
  int n = int(coreOp.getPopulationSize());
  Eigen::ArrayXd fixedCounts = Eigen::ArrayXd::Zero(n);
  Progress goldenProgress("golden model");
  uint64_t cycles = 0;
  for (int64_t s = 0; s < steps; ++s) {
    auto it = inputs.find(s);
    if (it != inputs.end())
      for (int64_t axon : it->second)
        if (!core.pushInput(uint32_t(axon))) {
          // A dropped input would pass for quantization error.
          llvm::errs() << "plasticc-ref: step " << s << " has "
                       << it->second.size()
                       << " input spikes, more than the core's input FIFO "
                          "holds ("
                       << plasticc::golden::CoreTiming::kInputFifoDepth
                       << ")\n";
          return 1;
        }
    cycles += core.step().totalCycles();
    for (uint32_t k : core.outputSpikes())
      if (int(k) < n)
        fixedCounts[k] += 1;
    goldenProgress.update(s + 1, steps);
  }

  Eigen::ArrayXd floatCounts = sim.spikeCounts(popIndex).cast<double>();
  double seconds = steps * net->dtMs * 1e-3;
  double floatRate = floatCounts.mean() / seconds;
  double fixedRate = fixedCounts.mean() / seconds;
  std::string report;
  llvm::raw_string_ostream os(report);
  os << llvm::format("quantization error of @%s over %lld steps (%g ms), "
                     "golden core: %llu cycles\n",
                     net->name.c_str(), (long long)steps, seconds * 1e3,
                     (unsigned long long)cycles);
  os << llvm::format("%-20s %8s %12s %12s %11s %12s\n",
                     (const char *)"population", (const char *)"neurons",
                     (const char *)"float Hz", (const char *)"fixed Hz",
                     (const char *)"rate error", (const char *)"count corr.");
  double rateError = floatRate > 0 ? std::fabs(fixedRate - floatRate) / floatRate
                                   : (fixedRate == 0 ? 0.0 : INFINITY);
  double corr = pearson(floatCounts, fixedCounts);
  os << llvm::format("%-20s %8d %12.4f %12.4f %10.2f%% ",
                     ("@" + coreOp.getPopulation()).str().c_str(), n,
                     floatRate, fixedRate, 100 * rateError);
  // Equal counts across neurons leave the correlation undefined.
  if (std::isnan(corr))
    os << llvm::format("%12s\n", (const char *)"n/a");
  else
    os << llvm::format("%12.4f\n", corr);

  // Weights: each projection's rows on the core's axons.
  os << llvm::format("%-20s %9s %16s %16s %14s\n",
                     (const char *)"projection", (const char *)"synapses",
                     (const char *)"rms error (mV)",
                     (const char *)"max error (mV)",
                     (const char *)"w LSB (mV)");
  double wLsb = image.vLsbMv * std::ldexp(1.0, int(image.wShift));
  std::map<std::string, int64_t> firstAxon;
  for (Operation &op : design.getBody().front()) {
    if (auto p = dyn_cast<core::PoissonInputOp>(op))
      firstAxon[p.getSymName().str()] = p.getFirst();
    else if (auto g = dyn_cast<core::SpikeInputOp>(op))
      firstAxon[g.getSymName().str()] = g.getFirst();
  }
  for (size_t j = 0; j < net->projections.size(); ++j) {
    const ref::Projection &proj = net->projections[j];
    int64_t first;
    if (firstAxon.count(proj.name))
      first = firstAxon[proj.name];
    else if (coreOp.getRecurrentEnabled() && !proj.fromSource &&
             proj.pre == popIndex)
      first = coreOp.getRecurrentOffset();
    else
      continue;
    const std::vector<double> &w = sim.weights(int(j));
    double sumSq = 0, maxErr = 0;
    for (size_t k = 0; k < w.size(); ++k) {
      int8_t q = core.image().weight(uint32_t(first + proj.preIndex[k]),
                                     uint32_t(proj.postIndex[k]));
      double err = std::fabs(q * wLsb - w[k]);
      sumSq += err * err;
      maxErr = std::max(maxErr, err);
    }
    os << llvm::format("%-20s %9zu %16.6f %16.6f %14.6f\n",
                       ("@" + proj.name).c_str(), w.size(),
                       w.empty() ? 0.0 : std::sqrt(sumSq / w.size()), maxErr,
                       wLsb);
  }
  os.flush();
  llvm::outs() << report;
  if (!outDir.empty() &&
      !writeText(outDir + "/quantization.txt",
                 [&](llvm::raw_ostream &o) { o << report; }))
    return 1;
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions({&toolOptions});
  cl::ParseCommandLineOptions(
      argc, argv,
      "plasticc float reference: runs an snn network in binary64 and, with "
      "--compare-golden, reports the golden model's quantization error\n");

  if (steps < 1) {
    llvm::errs() << "plasticc-ref: --steps must be at least 1, got " << steps
                 << "\n";
    return 2;
  }
  DialectRegistry registry;
  registry.insert<snn::SnnDialect, core::CoreDialect>();
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler handler(sourceMgr, &context);
  std::string error;
  auto file = openInputFile(inputFile, &error);
  if (!file) {
    llvm::errs() << "plasticc-ref: " << error << "\n";
    return 1;
  }
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return 1;
  auto networks = module->getOps<snn::NetworkOp>();
  if (networks.empty()) {
    llvm::errs() << "plasticc-ref: " << inputFile << " has no snn.network\n";
    return 1;
  }
  for (snn::NetworkOp network : networks)
    if (int rc = runNetwork(*module, network))
      return rc;
  return 0;
}
