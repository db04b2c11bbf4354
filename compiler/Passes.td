//===- Passes.td - plasticc compiler passes ----------------*- tablegen -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_COMPILER_PASSES_TD
#define PLASTICC_COMPILER_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertSnnToCore : Pass<"convert-snn-to-core", "mlir::ModuleOp"> {
  let summary = "Quantize a network and map it onto learning cores";
  let description = [{
    Replaces every `snn.network` by a `core.design`: chooses the fixed-point
    formats of docs/semantics.md §9, rounds every parameter, lays the
    projections out on the core's axons and builds the weight memory. A
    network the core cannot run (rate units, unmapped rules, more than 1024
    axons into a population, more than 15 cores, ...) is rejected
    with a located message saying what does not fit and what would.
    With `report`, the quantization of every parameter (requested value,
    integer, represented value, relative error) is written to that file
    (`-` for stdout). A population of more than `core-neurons` neurons runs
    as slices over several cores (docs/core.md §10.7).
  }];
  let dependentDialects = ["mlir::core::CoreDialect"];
  let options = [
    Option<"reportPath", "report", "std::string", /*default=*/"\"\"",
           "Where to write the quantization report ('-' for stdout)">,
    Option<"networkSeed", "seed", "uint64_t", /*default=*/"0",
           "Seed from which the cores' LFSR seeds are derived">,
    Option<"coreNeurons", "core-neurons", "int64_t", /*default=*/"1024",
           "Most neurons one core takes (a power of two, 4 .. 1024); a "
           "larger population runs as slices (docs/core.md §10.7)">,
  ];
}

def EmitCoreImage : Pass<"emit-core-image", "mlir::ModuleOp"> {
  let summary = "Write every core.core as a core image directory";
  let description = [{
    For each `core.core @c` of a `core.design`, writes `<out-dir>/<c>.core/`
    (manifest.txt and the hex memories of docs/core.md §6) and
    `<out-dir>/<c>.core/inputs.txt`, the host's input spikes for the first
    `steps` steps in plasticc-sim's format (the Poisson and given spikes of
    the design's inputs, shifted by their delays). The IR is unchanged.
  }];
  let options = [
    Option<"outDir", "out-dir", "std::string", /*default=*/"\"\"",
           "Directory to write the images into">,
    Option<"steps", "steps", "int64_t", /*default=*/"1000",
           "Number of time steps of input spikes to write">,
  ];
}

#endif // PLASTICC_COMPILER_PASSES_TD
