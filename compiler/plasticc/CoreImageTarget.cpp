//===- CoreImageTarget.cpp - --target=core-image and verilog ----*- C++ -*-===//
//
// Part of plasticc. Quantizes the network, maps it onto a learning core and
// writes the core image (docs/core.md §6) with the host's input spikes for a
// run, and the quantization report: what the golden model (plasticc-sim),
// the Verilator testbench and the FPGA host load. --target=verilog also
// writes a top module that instantiates the rtl/ core with exactly the size
// and features this network uses (for a design of several cores, a system
// top with every core and the router), and a file list of the RTL sources.
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
/// input's stem + \p suffix). The conversion refuses more cores than the
/// system bus addresses (core::kMaxCores) before anything is written.
static LogicalResult compileToImage(ModuleOp module,
                                    const plasticc::DriverOptions &options,
                                    llvm::StringRef suffix,
                                    std::string &outDir) {
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
  convert.coreNeurons = options.coreNeurons;
  pm.addPass(plasticc::createConvertSnnToCore(convert));
  if (failed(pm.run(module)))
    return failure();
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
  return compileToImage(module, options, ".core-image", outDir);
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

/// One port of plasticc_core_top as a generated top declares it.
struct Port {
  const char *dir, *name;
  unsigned width;
};

/// plasticc_core_top's ports for an N x M core, in declaration order.
std::vector<Port> corePorts(uint64_t n, uint64_t m) {
  unsigned axonW = m > 2 ? clog2(m) : 1, neuronW = clog2(n),
           pairW = clog2(n / 2), slotW = clog2(std::max(n, m));
  return {{"input ", "clk_i", 1},          {"input ", "rst_ni", 1},
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
}

/// `plasticc_core_top #(...) <instance> (` with the size and the features
/// \p c uses (features it does not use are left out at elaboration); the
/// one place that turns a mapped core into elaboration parameters.
void writeCoreInstanceHead(const plasticc::CompiledCore &c,
                           llvm::StringRef instance, llvm::raw_ostream &os) {
  auto bit = [](bool b) { return b ? "1'b1" : "1'b0"; };
  os << "  plasticc_core_top #(\n"
     << "    .NumNeurons(" << c.neurons << "),\n"
     << "    .NumAxons(" << c.axons << "),\n"
     << "    .EnStdp(" << bit(c.stdp) << "),\n"
     << "    .EnCuba(" << bit(c.cuba) << "),\n"
     << "    .EnAdaptive(" << bit(c.adaptive) << "),\n"
     << "    .EnMultiplicative(" << bit(c.multiplicative) << "),\n"
     << "    .EnRecurrent(" << bit(c.recurrent) << "),\n"
     << "    .EnInhCurrent(" << bit(c.inhCurrent) << "),\n"
     << "    .EnThreeFactor(" << bit(c.threeFactor) << "),\n"
     << "    .EnHebbian(" << bit(c.hebbian) << "),\n"
     << "    .EnStaticRows(" << bit(c.staticRows) << "),\n"
     << "    .EnOja(" << bit(c.oja) << "),\n"
     << "    .EnPrune(" << bit(c.prune) << "),\n"
     << "    .UseSpram(UseSpram)\n"
     << "  ) " << instance << " (\n";
}

void writePortList(llvm::ArrayRef<Port> ports, llvm::raw_ostream &os) {
  for (size_t k = 0; k < ports.size(); ++k) {
    os << "  " << ports[k].dir << " logic ";
    if (ports[k].width > 1)
      os << "[" << ports[k].width - 1 << ":0] ";
    os << ports[k].name << (k + 1 < ports.size() ? ",\n" : "\n");
  }
}

const char *const kUseSpramParameter =
    "  // Use the iCE40 SB_SPRAM256KA for the synapse memory.\n"
    "  parameter bit UseSpram = 1'b0\n";

/// A top module with the core's ports, its parameters fixed to what the
/// network uses.
void writeTop(core::DesignOp design, core::CoreOp core,
              const plasticc::CompiledCore &c, llvm::raw_ostream &os) {
  std::vector<Port> ports = corePorts(c.neurons, c.axons);
  os << "// Generated by plasticc --target=verilog from @" << design.getSymName()
     << ", core @" << core.getSymName() << ".\n"
     << "// Load " << core.getSymName()
     << ".core/ over the configuration bus before the first tick\n"
     << "// (docs/core.md §4, §6); SPRAM has no power-on contents.\n"
     << "module " << c.topName << " #(\n"
     << kUseSpramParameter << ") (\n";
  writePortList(ports, os);
  os << ");\n";
  writeCoreInstanceHead(c, "u_core", os);
  for (size_t k = 0; k < ports.size(); ++k)
    os << "    ." << ports[k].name << "(" << ports[k].name << ")"
       << (k + 1 < ports.size() ? ",\n" : "\n");
  os << "  );\n"
     << "endmodule\n";
}

/// A system top (docs/core.md §10): every core of the design with its own
/// size and features, and one plasticc_router between them. Its ports are
/// the router's system ports, named as the core's (aer_in_core_i selects
/// the core of an external input, aer_out_core_o names the core of an
/// output spike; cfg_addr_i is the 24-bit system address of §10.5), plus
/// every core's status. Commit ports stay inside: the system harness and
/// the board see a system through its bus and AER ports only.
void writeSystemTop(core::DesignOp design, const plasticc::CompiledSystem &s,
                    llvm::raw_ostream &os) {
  const size_t numCores = s.cores.size();
  const unsigned nw = s.neuronWidth, aw = s.axonWidth;
  std::vector<Port> ports = {
      {"input ", "clk_i", 1},          {"input ", "rst_ni", 1},
      {"input ", "aer_in_valid_i", 1}, {"output", "aer_in_ready_o", 1},
      {"input ", "aer_in_core_i", 4},  {"input ", "aer_in_axon_i", aw},
      {"output", "aer_out_valid_o", 1}, {"input ", "aer_out_ready_i", 1},
      {"output", "aer_out_core_o", 4}, {"output", "aer_out_neuron_o", nw},
      {"output", "aer_out_tick_o", 4}, {"input ", "tick_i", 1},
      {"output", "tick_ready_o", 1},   {"output", "busy_o", 1},
      {"input ", "cfg_req_i", 1},      {"output", "cfg_gnt_o", 1},
      {"input ", "cfg_we_i", 1},       {"input ", "cfg_addr_i", 24},
      {"input ", "cfg_wdata_i", 16},   {"output", "cfg_rvalid_o", 1},
      {"output", "cfg_rdata_o", 16},   {"output", "status_o", 8},
      {"output", "core_status_o", unsigned(8 * numCores)}};
  os << "// Generated by plasticc --target=verilog from @" << design.getSymName()
     << ": " << numCores << " cores and " << s.routes
     << " routes (docs/core.md §10).\n"
     << "// Load " << llvm::sys::path::filename(s.imageDir)
     << "/ over the 24-bit system configuration bus before the\n"
     << "// first tick (cores at targets 0.." << numCores - 1
     << ", the route table at target 15).\n"
     << "module " << s.topName << " #(\n"
     << kUseSpramParameter << ") (\n";
  writePortList(ports, os);
  os << ");\n\n"
     << "  localparam int unsigned NumCores = " << numCores << ";\n"
     << "  localparam int unsigned NeuronWidth = " << nw << ";\n"
     << "  localparam int unsigned AxonWidth = " << aw << ";\n\n"
     << "  logic [NumCores-1:0] out_valid, out_ready, in_valid, in_ready;\n"
     << "  logic [NumCores-1:0] tick_ready, busy, cfg_req, cfg_gnt, "
        "cfg_rvalid;\n"
     << "  logic [NumCores*NeuronWidth-1:0] out_neuron;\n"
     << "  logic [NumCores*4-1:0] out_tick;\n"
     << "  logic [NumCores*16-1:0] cfg_rdata;\n"
     << "  logic [AxonWidth-1:0] in_axon;\n"
     << "  logic core_tick, core_cfg_we;\n"
     << "  logic [19:0] core_cfg_addr;\n"
     << "  logic [15:0] core_cfg_wdata;\n\n"
     << "  plasticc_router #(\n"
     << "    .NumCores(NumCores),\n"
     << "    .RouteDepth(" << s.routeDepth << "),\n"
     << "    .NeuronWidth(NeuronWidth),\n"
     << "    .AxonWidth(AxonWidth)\n"
     << "  ) u_router (\n"
     << "    .clk_i, .rst_ni,\n"
     << "    .core_out_valid_i(out_valid), .core_out_ready_o(out_ready),\n"
     << "    .core_out_neuron_i(out_neuron), .core_out_tick_i(out_tick),\n"
     << "    .core_in_valid_o(in_valid), .core_in_ready_i(in_ready),\n"
     << "    .core_in_axon_o(in_axon),\n"
     << "    .core_tick_o(core_tick), .core_tick_ready_i(tick_ready),\n"
     << "    .core_busy_i(busy),\n"
     << "    .core_cfg_req_o(cfg_req), .core_cfg_gnt_i(cfg_gnt),\n"
     << "    .core_cfg_we_o(core_cfg_we), .core_cfg_addr_o(core_cfg_addr),\n"
     << "    .core_cfg_wdata_o(core_cfg_wdata),\n"
     << "    .core_cfg_rvalid_i(cfg_rvalid), .core_cfg_rdata_i(cfg_rdata),\n"
     << "    .tick_i, .tick_ready_o, .busy_o,\n"
     << "    .in_valid_i(aer_in_valid_i), .in_ready_o(aer_in_ready_o),\n"
     << "    .in_core_i(aer_in_core_i), .in_axon_i(aer_in_axon_i),\n"
     << "    .out_valid_o(aer_out_valid_o), .out_ready_i(aer_out_ready_i),\n"
     << "    .out_core_o(aer_out_core_o), .out_neuron_o(aer_out_neuron_o),\n"
     << "    .out_tick_o(aer_out_tick_o),\n"
     << "    .cfg_req_i, .cfg_gnt_o, .cfg_we_i, .cfg_addr_i, .cfg_wdata_i,\n"
     << "    .cfg_rvalid_o, .cfg_rdata_o, .status_o\n"
     << "  );\n";
  for (size_t k = 0; k < numCores; ++k) {
    const plasticc::CompiledCore &c = s.cores[k];
    const unsigned caw = c.axons > 2 ? clog2(c.axons) : 1,
                   cnw = clog2(c.neurons);
    const std::string p = "c" + std::to_string(k) + "_";
    os << "\n  // Core " << k << ": @" << c.core << ", " << c.neurons
       << " neurons x " << c.axons << " axons.\n"
       << "  logic [" << cnw - 1 << ":0] " << p << "out_neuron;\n";
    // The router's axon bus is as wide as the widest core's; an axon this
    // core does not have reaches it as no spike rather than as an alias.
    if (caw < aw)
      os << "  logic " << p << "in_valid;\n"
         << "  assign " << p << "in_valid = in_valid[" << k
         << "] && (in_axon[AxonWidth-1:" << caw << "] == '0);\n";
    if (cnw < nw)
      os << "  assign out_neuron[" << k << "*NeuronWidth +: NeuronWidth] = "
         << "NeuronWidth'(" << p << "out_neuron);\n";
    else
      os << "  assign out_neuron[" << k << "*NeuronWidth +: NeuronWidth] = "
         << p << "out_neuron;\n";
    writeCoreInstanceHead(c, "u_core" + std::to_string(k), os);
    std::string inValid = caw < aw ? p + "in_valid"
                                   : "in_valid[" + std::to_string(k) + "]";
    std::string idx = std::to_string(k);
    std::vector<std::pair<std::string, std::string>> conn = {
        {"clk_i", "clk_i"}, {"rst_ni", "rst_ni"},
        {"aer_in_valid_i", inValid},
        {"aer_in_ready_o", "in_ready[" + idx + "]"},
        {"aer_in_axon_i", "in_axon[" + std::to_string(caw - 1) + ":0]"},
        {"aer_out_valid_o", "out_valid[" + idx + "]"},
        {"aer_out_ready_i", "out_ready[" + idx + "]"},
        {"aer_out_neuron_o", p + "out_neuron"},
        {"aer_out_tick_o", "out_tick[" + idx + "*4 +: 4]"},
        {"tick_i", "core_tick"},
        {"tick_ready_o", "tick_ready[" + idx + "]"},
        {"busy_o", "busy[" + idx + "]"},
        {"step_done_o", ""},
        {"cfg_req_i", "cfg_req[" + idx + "]"},
        {"cfg_gnt_o", "cfg_gnt[" + idx + "]"},
        {"cfg_we_i", "core_cfg_we"},
        {"cfg_addr_i", "core_cfg_addr"},
        {"cfg_wdata_i", "core_cfg_wdata"},
        {"cfg_rvalid_o", "cfg_rvalid[" + idx + "]"},
        {"cfg_rdata_o", "cfg_rdata[" + idx + "*16 +: 16]"},
        {"status_o", "core_status_o[" + idx + "*8 +: 8]"}};
    // The commit port (everything after status_o) is for lockstep checks
    // of a single core; a system leaves it open.
    for (const Port &port : corePorts(c.neurons, c.axons))
      if (llvm::StringRef(port.name).starts_with("cmt_"))
        conn.push_back({port.name, ""});
    for (size_t q = 0; q < conn.size(); ++q)
      os << "    ." << conn[q].first << "(" << conn[q].second << ")"
         << (q + 1 < conn.size() ? ",\n" : "\n");
    os << "  );\n";
  }
  os << "endmodule\n";
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


/// What --target=verilog knows of one mapped core.
plasticc::CompiledCore describeCore(core::DesignOp design, core::CoreOp core,
                                    llvm::StringRef outDir,
                                    llvm::StringRef listPath) {
  plasticc::CompiledCore c;
  c.loc = core.getLoc();
  c.outDir = outDir.str();
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
  c.sourcesList = listPath.str();
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
  c.staticRows = core.getPlasticAxons().value_or(c.axons) < c.axons;
  c.oja = c.hebbian && core.getHebbianDecay().value_or(0) != 0;
  c.prune = core.getPruneEvery().has_value();
  return c;
}

/// The system of a design of several cores (its cores already described
/// and checked), with the router's parameters.
LogicalResult describeSystem(core::DesignOp design,
                             std::vector<plasticc::CompiledCore> cores,
                             llvm::StringRef outDir, llvm::StringRef listPath,
                             plasticc::CompiledSystem &s) {
  s.loc = design.getLoc();
  s.outDir = outDir.str();
  s.network = design.getSymName().str();
  s.topName = s.network + "_system";
  llvm::SmallString<256> path(outDir);
  llvm::sys::path::append(path, s.topName + ".sv");
  s.topPath = std::string(path);
  llvm::SmallString<256> dir(outDir);
  llvm::sys::path::append(dir, s.network + ".system");
  s.imageDir = std::string(dir);
  s.inputsPath = s.imageDir + "/inputs.txt";
  s.modulatorPath = s.imageDir + "/modulator.txt";
  s.sourcesList = listPath.str();
  s.routes = llvm::range_size(design.getBody().front().getOps<core::RouteOp>());
  s.routeDepth = 2;
  while (s.routeDepth < s.routes)
    s.routeDepth *= 2;
  for (plasticc::CompiledCore &c : cores) {
    c.imageDir = s.imageDir + "/" + c.core;
    c.inputsPath = s.inputsPath;
    c.topName.clear();
    c.topPath.clear();
    s.neuronWidth = std::max(s.neuronWidth, clog2(c.neurons));
    s.axonWidth = std::max(s.axonWidth, c.axons > 2 ? clog2(c.axons) : 1u);
  }
  s.cores = std::move(cores);
  return success();
}
} // namespace

LogicalResult
plasticc::compileToVerilog(ModuleOp module, const DriverOptions &options,
                           llvm::StringRef defaultSuffix,
                           std::vector<CompiledCore> &cores,
                           std::vector<CompiledSystem> &systems) {
  // The RTL sources the top instantiates, in dependency order; read first
  // so that a broken list writes nothing.
  std::vector<std::string> rtlFiles;
  if (failed(plasticc::readRtlSources(module.getLoc(), rtlFiles)))
    return failure();
  std::string outDir;
  if (failed(compileToImage(module, options, defaultSuffix, outDir)))
    return failure();
  llvm::SmallString<256> listPath(outDir);
  llvm::sys::path::append(listPath, "sources.f");
  auto writeFile = [](Operation *op, llvm::StringRef path,
                      llvm::function_ref<void(llvm::raw_ostream &)> write)
      -> LogicalResult {
    std::error_code ec;
    llvm::raw_fd_ostream os(path, ec);
    if (ec)
      return op->emitError("cannot write '") << path << "': " << ec.message();
    write(os);
    return success();
  };
  for (auto design : module.getOps<core::DesignOp>()) {
    std::vector<CompiledCore> mapped;
    for (auto core : design.getBody().front().getOps<core::CoreOp>()) {
      mapped.push_back(describeCore(design, core, outDir, listPath));
      if (failed(checkSynapseSlots(mapped.back())))
        return failure();
    }
    if (mapped.size() == 1) {
      CompiledCore &c = mapped.front();
      auto core = *design.getBody().front().getOps<core::CoreOp>().begin();
      if (failed(writeFile(core, c.topPath, [&](llvm::raw_ostream &os) {
            writeTop(design, core, c, os);
          })))
        return failure();
      llvm::outs() << "plasticc: Verilog top " << c.topName << " written to "
                   << c.topPath << "\n";
      cores.push_back(std::move(c));
      continue;
    }
    CompiledSystem s;
    if (failed(describeSystem(design, std::move(mapped), outDir, listPath, s)))
      return failure();
    if (failed(writeFile(design, s.topPath, [&](llvm::raw_ostream &os) {
          writeSystemTop(design, s, os);
        })))
      return failure();
    llvm::outs() << "plasticc: Verilog system top " << s.topName << " ("
                 << s.cores.size() << " cores, router with " << s.routes
                 << " routes) written to " << s.topPath << "\n";
    systems.push_back(std::move(s));
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
  std::vector<plasticc::CompiledSystem> systems;
  return plasticc::compileToVerilog(module, options, ".verilog", cores,
                                    systems);
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
