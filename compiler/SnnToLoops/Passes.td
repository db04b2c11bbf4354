//===- Passes.td - snn to loops conversion pass ------------*- tablegen -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SNNTOLOOPS_PASSES_TD
#define PLASTICC_SNNTOLOOPS_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertSnnToLoops : Pass<"convert-snn-to-loops", "::mlir::ModuleOp"> {
  let summary = "Lower an snn.network to func/scf/memref/arith/math/vector (float semantics)";
  let description = [{
    Replaces the module's `snn.network` with state buffers (`memref.global`)
    and four C-ABI functions that implement Part 1 of docs/semantics.md in
    f64, in the documented step order:

    | function | does |
    |---|---|
    | `plasticc_net_init()` | tells the runtime about the network, probes and input files |
    | `plasticc_net_step(i64 t)` | simulates step `t` |
    | `plasticc_net_spike_count() -> i64` | neuron spikes so far |
    | `plasticc_net_event_count() -> i64` | synaptic events (delivered spike x synapse) so far |

    Propagation is event driven: each delivered pre spike adds its row
    (dense rows for dense/all_to_all, CSR rows otherwise; a non-plastic
    random projection denser than 30% is stored as dense rows). Pair STDP
    touches only the rows of delivered pre spikes and the columns of post
    spikes. Anything the CPU backend cannot run yet is rejected with a
    located error.
  }];
  let dependentDialects = ["::mlir::func::FuncDialect", "::mlir::scf::SCFDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::vector::VectorDialect"];
  let options = [
    Option<"inputDir", "input-dir", "std::string", /*default=*/"\"\"",
           "Directory that relative #snn.file paths are resolved against "
           "(default: the directory of the network's source file)">,
  ];
}

#endif // PLASTICC_SNNTOLOOPS_PASSES_TD
