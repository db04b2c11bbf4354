//===- SnnInterfaces.td - snn attribute interfaces ---------*- tablegen -*-===//
//
// Part of plasticc. Interfaces that let verifiers and lowerings ask a neuron
// model, a connectivity or a plasticity rule what it needs, without a switch
// over every attribute kind.
//
//===----------------------------------------------------------------------===//

#ifndef SNN_INTERFACES_TD
#define SNN_INTERFACES_TD

include "mlir/IR/OpBase.td"

def Snn_NeuronModelAttrInterface : AttrInterface<"NeuronModelAttr"> {
  let cppNamespace = "::mlir::snn";
  let description = [{
    A neuron model: the dynamics of every neuron of a population.
  }];
  let methods = [
    InterfaceMethod<"Whether the model emits spikes (rate units and leaky "
                    "integrators do not).", "bool", "isSpiking">,
    InterfaceMethod<"The model's name as written after `#snn.`.",
                    "::llvm::StringRef", "getModelName">,
    InterfaceMethod<[{Calls `fn` with the name and the written value (null
                      if left at its default) of every parameter that may be
                      overridden per neuron: the one table of those names.}],
      "void", "forEachQuantityParam",
      (ins "::llvm::function_ref<void(::llvm::StringRef, "
           "::mlir::snn::QuantityAttr)>":$fn)>,
  ];
  let extraClassDeclaration = [{
    /// Whether the model has an overridable parameter of this name.
    bool hasQuantityParam(::llvm::StringRef name) const;
    /// Its written value (null if the model has no such parameter or leaves
    /// it at its default).
    ::mlir::snn::QuantityAttr getQuantityParam(::llvm::StringRef name) const;
  }];
}

def Snn_ConnectivityAttrInterface : AttrInterface<"ConnectivityAttr"> {
  let cppNamespace = "::mlir::snn";
  let description = [{
    Which synapses a projection has and their initial weights.
  }];
  let methods = [
    InterfaceMethod<[{Checks the connectivity against the sizes of the pre- and
                      post-populations; emits a diagnostic on failure.}],
      "::mlir::LogicalResult", "verifyShape",
      (ins "::llvm::function_ref<::mlir::InFlightDiagnostic()>":$emitError,
           "int64_t":$preSize, "int64_t":$postSize)>,
    InterfaceMethod<[{Calls `fn` with every inline initial weight (none for
                      weights kept in a file); used for sign checks.}],
      "void", "forEachInlineWeight",
      (ins "::llvm::function_ref<void(double)>":$fn)>,
  ];
}

def Snn_PlasticityRuleAttrInterface : AttrInterface<"PlasticityRuleAttr"> {
  let cppNamespace = "::mlir::snn";
  let description = [{
    A rule that changes the weights of a projection while the network runs.
  }];
  let methods = [
    InterfaceMethod<"The rule's name as written after `#snn.`.",
                    "::llvm::StringRef", "getRuleName">,
    InterfaceMethod<"Whether the rule reads presynaptic spikes (so the "
                    "pre-population must spike).", "bool", "needsSpikingPre">,
    InterfaceMethod<"Whether the rule reads postsynaptic spikes.",
                    "bool", "needsSpikingPost">,
    InterfaceMethod<"Whether the rule needs a modulator operand "
                    "(0: never, 1: optional, 2: required).",
                    "unsigned", "modulatorUse">,
    InterfaceMethod<"The weight limits the rule keeps weights within, if any.",
                    "std::optional<std::pair<double, double>>",
                    "getWeightLimits">,
  ];
}

#endif // SNN_INTERFACES_TD
