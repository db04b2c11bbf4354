//===- CoreImageTarget.cpp - --target=core-image and verilog ----*- C++ -*-===//
//
// Part of plasticc. Quantizes the network, maps it onto a learning core and
// writes the core image (docs/core.md §6) with the host's input spikes for a
// run, and the quantization report: what the golden model (plasticc-sim),
// the Verilator testbench and the FPGA host load. --target=verilog also
// writes a top module that instantiates the rtl/ core with exactly the size
// and features this network uses, and a file list of the RTL sources.
//
//===----------------------------------------------------------------------===//

#include "compiler/Passes.h"
#include "compiler/plasticc/HardwareTarget.h"
#include "compiler/plasticc/Target.h"
#include "core/CoreDialect.h"

#include "mlir/Pass/PassManager.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

using namespace mlir;

static llvm::cl::opt<int64_t> imageSteps(
    "steps",
    llvm::cl::desc("core-image: number of time steps of input spikes to "
                   "write (default 1000)"),
    llvm::cl::init(1000), llvm::cl::cat(plasticc::driverCategory()));

/// Maps the network and writes its image into options.output (default: the
/// input's stem + \p suffix). With \p oneCore (the hardware targets), a
/// design of several cores is refused before anything is written.
static LogicalResult compileToImage(ModuleOp module,
                                    const plasticc::DriverOptions &options,
                                    llvm::StringRef suffix,
                                    std::string &outDir, bool oneCore) {
  outDir = options.output;
  if (outDir.empty())
    outDir = llvm::sys::path::stem(options.input).str() + suffix.str();
  if (std::error_code ec = llvm::sys::fs::create_directories(outDir))
    return module.emitError("cannot create '") << outDir << "': "
                                               << ec.message();
  if (imageSteps < 1)
    return module.emitError("--steps must be at least 1");
  llvm::SmallString<256> report(outDir);
  llvm::sys::path::append(report, "quantization.txt");

  module.getContext()->loadDialect<core::CoreDialect>();
  PassManager pm(module.getContext());
  plasticc::ConvertSnnToCoreOptions convert;
  convert.reportPath = std::string(report);
  pm.addPass(plasticc::createConvertSnnToCore(convert));
  if (failed(pm.run(module)))
    return failure();
  for (auto design : module.getOps<core::DesignOp>()) {
    auto cores = design.getBody().front().getOps<core::CoreOp>();
    if (oneCore && llvm::range_size(cores) > 1) {
      // Emitting core 0 alone would silently drop the others.
      InFlightDiagnostic diag = emitError(design.getLoc())
          << "@" << design.getSymName() << " maps onto "
          << llvm::range_size(cores)
          << " cores (one per population); the hardware targets build one "
             "core, and a multi-core system top is not generated yet "
             "(docs/core.md §10); --target=core-image writes the system "
             "image and --target=cpu --numerics=fixed runs it";
      return diag;
    }
  }
  PassManager emitPm(module.getContext());
  plasticc::EmitCoreImageOptions emit;
  emit.outDir = outDir;
  emit.steps = imageSteps;
  emitPm.addPass(plasticc::createEmitCoreImage(emit));
  if (failed(emitPm.run(module)))
    return failure();

  for (auto design : module.getOps<core::DesignOp>()) {
    SmallVector<core::CoreOp> cores(design.getBody().front().getOps<core::CoreOp>());
    bool system = cores.size() > 1;
    for (auto core : cores)
      llvm::outs() << "plasticc: core @" << core.getSymName() << " of @"
                   << design.getSymName() << " (" << core.getPopulationSize()
                   << " neurons on " << core.getNeurons() << ", "
                   << core.getAxons() << " axons) written to " << outDir << "/"
                   << (system ? design.getSymName() + ".system/" : "")
                   << core.getSymName() << (system ? "" : ".core") << "\n";
    if (system)
      llvm::outs() << "plasticc: system of " << cores.size() << " cores and "
                   << llvm::range_size(
                          design.getBody().front().getOps<core::RouteOp>())
                   << " routes written to " << outDir << "/"
                   << design.getSymName() << ".system/system.txt\n";
  }
  return success();
}

static LogicalResult emitCoreImage(ModuleOp module,
                                   const plasticc::DriverOptions &options) {
  std::string outDir;
  return compileToImage(module, options, ".core-image", outDir,
                        /*oneCore=*/false);
}

std::string plasticc::rtlDir() {
  llvm::SmallString<256> dir(PLASTICC_RTL_DIR);
  if (const char *env = std::getenv("PLASTICC_RTL_DIR"); env && *env)
    dir = env;
  // OUTDIR/sources.f names absolute paths: tools run it from elsewhere.
  llvm::sys::fs::make_absolute(dir);
  return std::string(dir);
}

LogicalResult plasticc::readRtlSources(Location loc,
                                       std::vector<std::string> &files) {
  const std::string dir = rtlDir();
  llvm::SmallString<256> listPath(dir);
  llvm::sys::path::append(listPath, "sources.f");
  auto buffer = llvm::MemoryBuffer::getFile(listPath, /*IsText=*/true);
  if (!buffer)
    return emitError(loc) << "cannot read the RTL source list '" << listPath
                          << "': " << buffer.getError().message()
                          << " (PLASTICC_RTL_DIR names the rtl/ tree)";
  llvm::SmallVector<llvm::StringRef> lines;
  (*buffer)->getBuffer().split(lines, '\n');
  files.clear();
  for (auto [n, raw] : llvm::enumerate(lines)) {
    llvm::StringRef name = raw.split('#').first.trim();
    if (name.empty())
      continue;
    llvm::SmallString<256> path(dir);
    llvm::sys::path::append(path, name);
    // Located in the list itself: the line to fix.
    if (!llvm::sys::fs::is_regular_file(path))
      return emitError(FileLineColLoc::get(loc.getContext(), listPath,
                                           unsigned(n + 1), 1))
             << "no such RTL source '" << path << "'";
    files.push_back(std::string(path));
  }
  if (files.empty())
    return emitError(FileLineColLoc::get(loc.getContext(), listPath, 1, 1))
           << "the RTL source list names no files";
  return success();
}

namespace {
unsigned clog2(uint64_t n) { return n <= 1 ? 0 : llvm::Log2_64_Ceil(n); }

/// A top module with the core's ports, its parameters fixed to what the
/// network uses (features it does not use are left out at elaboration).
void writeTop(core::DesignOp design, core::CoreOp core,
              const plasticc::CompiledCore &c, llvm::raw_ostream &os) {
  llvm::StringRef name = c.topName;
  uint64_t n = core.getNeurons(), m = core.getAxons();
  unsigned axonW = m > 2 ? clog2(m) : 1, neuronW = clog2(n),
           pairW = clog2(n / 2), slotW = clog2(std::max(n, m));
  auto bit = [](bool b) { return b ? "1'b1" : "1'b0"; };
  os << "// Generated by plasticc --target=verilog from @" << design.getSymName()
     << ", core @" << core.getSymName() << ".\n"
     << "// Load " << core.getSymName()
     << ".core/ over the configuration bus before the first tick\n"
     << "// (docs/core.md §4, §6); SPRAM has no power-on contents.\n"
     << "module " << name << " #(\n"
     << "  // Use the iCE40 SB_SPRAM256KA for the synapse memory.\n"
     << "  parameter bit UseSpram = 1'b0\n"
     << ") (\n";
  struct Port {
    const char *dir, *name;
    unsigned width;
  };
  std::vector<Port> ports = {
      {"input ", "clk_i", 1},          {"input ", "rst_ni", 1},
      {"input ", "aer_in_valid_i", 1}, {"output", "aer_in_ready_o", 1},
      {"input ", "aer_in_axon_i", axonW},
      {"output", "aer_out_valid_o", 1}, {"input ", "aer_out_ready_i", 1},
      {"output", "aer_out_neuron_o", neuronW},
      {"output", "aer_out_tick_o", 4}, {"input ", "tick_i", 1},
      {"output", "tick_ready_o", 1},   {"output", "busy_o", 1},
      {"output", "step_done_o", 1},    {"input ", "cfg_req_i", 1},
      {"output", "cfg_gnt_o", 1},      {"input ", "cfg_we_i", 1},
      {"input ", "cfg_addr_i", 20},    {"input ", "cfg_wdata_i", 16},
      {"output", "cfg_rvalid_o", 1},   {"output", "cfg_rdata_o", 16},
      {"output", "status_o", 8},       {"output", "cmt_slot_valid_o", 1},
      {"output", "cmt_slot_o", slotW}, {"output", "cmt_neuron_valid_o", 1},
      {"output", "cmt_spike_o", 1},    {"output", "cmt_u_o", 16},
      {"output", "cmt_i_o", 16},       {"output", "cmt_i2_o", 16},
      {"output", "cmt_theta_o", 16},
      {"output", "cmt_y_o", 8},        {"output", "cmt_axon_valid_o", 1},
      {"output", "cmt_x_o", 8},        {"output", "cmt_w_valid_o", 2},
      {"output", "cmt_e_valid_o", 2},
      {"output", "cmt_w_axon_o", axonW}, {"output", "cmt_w_pair_o", pairW},
      {"output", "cmt_w_data_o", 16},  {"output", "cmt_e_data_o", 16},
      {"output", "cmt_tick_o", 32}};
  for (size_t k = 0; k < ports.size(); ++k) {
    os << "  " << ports[k].dir << " logic ";
    if (ports[k].width > 1)
      os << "[" << ports[k].width - 1 << ":0] ";
    os << ports[k].name << (k + 1 < ports.size() ? ",\n" : "\n");
  }
  os << ");\n"
     << "  plasticc_core_top #(\n"
     << "    .NumNeurons(" << n << "),\n"
     << "    .NumAxons(" << m << "),\n"
     << "    .EnStdp(" << bit(c.stdp) << "),\n"
     << "    .EnCuba(" << bit(c.cuba) << "),\n"
     << "    .EnAdaptive(" << bit(c.adaptive) << "),\n"
     << "    .EnMultiplicative(" << bit(c.multiplicative) << "),\n"
     << "    .EnRecurrent(" << bit(c.recurrent) << "),\n"
     << "    .EnInhCurrent(" << bit(c.inhCurrent) << "),\n"
     << "    .EnThreeFactor(" << bit(c.threeFactor) << "),\n"
     << "    .EnHebbian(" << bit(c.hebbian) << "),\n"
     << "    .EnOja(" << bit(c.oja) << "),\n"
     << "    .UseSpram(UseSpram)\n"
     << "  ) u_core (\n";
  for (size_t k = 0; k < ports.size(); ++k)
    os << "    ." << ports[k].name << "(" << ports[k].name << ")"
       << (k + 1 < ports.size() ? ",\n" : "\n");
  os << "  );\n"
     << "endmodule\n";
}
/// The v1 core addresses a synapse with 16 bits on its configuration bus
/// (docs/core.md §4), and its weight store is two SPRAMs (64 KiB) on the
/// UP5K: M·N must not exceed 65536 for any hardware target.
LogicalResult checkSynapseSlots(const plasticc::CompiledCore &c) {
  constexpr uint64_t kSlots = 65536;
  const uint64_t slots = c.axons * c.neurons;
  if (slots <= kSlots)
    return success();
  const uint64_t maxAxons = (kSlots / c.neurons) & ~uint64_t(1);
  const uint64_t quotient = kSlots / c.axons;
  const uint64_t maxNeurons = quotient ? uint64_t(1) << llvm::Log2_64(quotient) : 0;
  InFlightDiagnostic diag = emitError(c.loc);
  diag << "core @" << c.core << " does not fit the v1 learning core: its "
       << c.axons << " x " << c.neurons << " synapses (" << c.axons
       << " axons x " << c.populationSize << " neurons rounded up to "
       << c.neurons << ") need " << slots << " bytes ("
       << llvm::divideCeil(slots, 1024)
       << " KiB) of weight memory; the core addresses " << kSlots
       << " (a 16-bit synapse index; 2 SPRAM = 64 KiB on the iCE40 UP5K), "
          "over by "
       << slots - kSlots << ". It holds at most " << maxAxons
       << " axons with " << c.neurons << " neurons";
  if (maxNeurons >= 4)
    diag << ", or at most " << maxNeurons << " neurons with " << c.axons
         << " axons";
  diag << " (docs/core.md §2, §4; examples/stdp_fpga.mlir fits; "
          "--target=cpu and --target=core-image have no such limit)";
  return failure();
}
} // namespace

LogicalResult
plasticc::compileToVerilog(ModuleOp module, const DriverOptions &options,
                           llvm::StringRef defaultSuffix,
                           std::vector<CompiledCore> &cores) {
  // The RTL sources the top instantiates, in dependency order; read first
  // so that a broken list writes nothing.
  std::vector<std::string> rtlFiles;
  if (failed(plasticc::readRtlSources(module.getLoc(), rtlFiles)))
    return failure();
  std::string outDir;
  if (failed(compileToImage(module, options, defaultSuffix, outDir,
                            /*oneCore=*/true)))
    return failure();
  llvm::SmallString<256> listPath(outDir);
  llvm::sys::path::append(listPath, "sources.f");
  for (auto design : module.getOps<core::DesignOp>()) {
    for (auto core : design.getBody().front().getOps<core::CoreOp>()) {
      CompiledCore c;
      c.loc = core.getLoc();
      c.outDir = outDir;
      c.network = design.getSymName().str();
      c.core = core.getSymName().str();
      c.topName = c.network + "_" + c.core + "_top";
      llvm::SmallString<256> path(outDir);
      llvm::sys::path::append(path, c.topName + ".sv");
      c.topPath = std::string(path);
      llvm::SmallString<256> image(outDir);
      llvm::sys::path::append(image, c.core + ".core");
      c.imageDir = std::string(image);
      llvm::sys::path::append(image, "inputs.txt");
      c.inputsPath = std::string(image);
      c.sourcesList = std::string(listPath);
      c.populationSize = core.getPopulationSize();
      c.neurons = core.getNeurons();
      c.axons = core.getAxons();
      c.stdp = core.getStdpEnabled();
      c.cuba = core.getModel() == "cuba_lif";
      c.adaptive = core.getAdaptive();
      c.multiplicative = core.getBounds() == "multiplicative";
      c.recurrent = core.getRecurrentEnabled();
      c.inhCurrent = core.getInhCurrent().value_or(false);
      c.threeFactor = core.getLearning() == llvm::StringRef("three_factor");
      c.hebbian = core.getLearning() == llvm::StringRef("hebbian");
      c.oja = c.hebbian && core.getHebbianDecay().value_or(0) != 0;
      if (failed(checkSynapseSlots(c)))
        return failure();
      std::error_code ec;
      llvm::raw_fd_ostream os(path, ec);
      if (ec)
        return core.emitError("cannot write '") << path << "': " << ec.message();
      writeTop(design, core, c, os);
      llvm::outs() << "plasticc: Verilog top " << c.topName << " written to "
                   << path << "\n";
      cores.push_back(std::move(c));
    }
  }
  std::error_code ec;
  llvm::raw_fd_ostream list(listPath, ec);
  if (ec)
    return module.emitError("cannot write '") << listPath << "': "
                                              << ec.message();
  for (const std::string &file : rtlFiles)
    list << file << "\n";
  return success();
}

static LogicalResult emitVerilog(ModuleOp module,
                                 const plasticc::DriverOptions &options) {
  std::vector<plasticc::CompiledCore> cores;
  return plasticc::compileToVerilog(module, options, ".verilog", cores);
}

static plasticc::TargetRegistration
    verilogRegistration("verilog",
                        "core image plus a Verilog top instantiating the rtl/ "
                        "core with this network's size and features",
                        emitVerilog);

static plasticc::TargetRegistration
    registration("core-image",
                 "quantize and map onto a learning core; write the core "
                 "image, its input spikes and the quantization report",
                 emitCoreImage);
