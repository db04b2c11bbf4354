//===- Passes.td - core to loops conversion pass -----------*- tablegen -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_CORETOLOOPS_PASSES_TD
#define PLASTICC_CORETOLOOPS_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertCoreToLoops : Pass<"convert-core-to-loops", "::mlir::ModuleOp"> {
  let summary = "Lower a core.design to func/scf/memref/arith (fixed point, "
                "bit-identical to the golden model)";
  let description = [{
    Replaces the module's `core.design` (one `core.core` with its
    `core.poisson_input`, `core.spike_input` and `core.probe` ops) by the
    core's memories (`memref.global`) and the C-ABI functions of the CPU
    runtime (runtime/include/plasticc/runtime.h):

    | function | does |
    |---|---|
    | `plasticc_net_init()` | tells the runtime about the network, probes and the core's memories |
    | `plasticc_net_step(i64 t)` | runs step `t` of sim/golden/core_model.cpp |
    | `plasticc_net_spike_count() -> i64` | spikes of the population so far |
    | `plasticc_net_event_count() -> i64` | synaptic events (existing synapses read) so far |

    The step is the golden model's: gather (recurrent FIFO entries due now,
    then the host's inputs for this step, Poisson drawn with the hash of
    docs/semantics.md §14, given spikes from constant tables, the 512-entry
    input FIFO), event phase (row passes in ascending axon order with the
    learning LFSR's word order), neuron phase (one neuron-LFSR advance per
    slot), learning phase (column-pair passes); numerics as
    sim/golden/numerics.
  }];
  let dependentDialects = ["::mlir::func::FuncDialect", "::mlir::scf::SCFDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect"];
}

#endif // PLASTICC_CORETOLOOPS_PASSES_TD
