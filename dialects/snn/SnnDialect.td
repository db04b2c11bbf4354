//===- SnnDialect.td - snn dialect definition --------------*- tablegen -*-===//
//
// Part of plasticc. The network-level dialect: populations, projections,
// inputs, probes and plasticity, in physical units.
//
//===----------------------------------------------------------------------===//

#ifndef SNN_DIALECT_TD
#define SNN_DIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

def Snn_Dialect : Dialect {
  let name = "snn";
  let cppNamespace = "::mlir::snn";
  let summary = "Spiking and plastic neural networks in physical units.";
  let description = [{
    The `snn` dialect describes a neural network as a graph: named neuron
    populations, projections between them (cycles allowed, so recurrent
    networks are direct), spike and current inputs, probes, and the
    plasticity rules that change projection weights while the network runs.

    Every parameter carries a physical unit (`ms`, `mV`, `nA`, `MOhm`, `Hz`);
    verifiers reject a quantity of the wrong dimension. The exact discrete-time
    meaning of every construct, in float and in fixed point, is specified in
    `docs/semantics.md`; the golden model, the CPU lowering and the RTL core
    all implement that one specification.

    ```mlir
    snn.network @tiny dt(1.0 ms) {
      %in = snn.poisson_source @in rate(20.0 Hz) seed(1) : !snn.pop<4>
      %out = snn.population @out excitatory
          lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV>
          : !snn.pop<2>
      %w = snn.projection @in_out %in -> %out
          all_to_all<weight = 2.0> delay(1.0 ms) : !snn.proj<4, 2>
      snn.plasticity %w stdp<a_plus = 0.1, a_minus = 0.12,
          tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0,
          w_max = 4.0> : !snn.proj<4, 2>
      snn.probe @spikes spikes %out : !snn.pop<2>
    }
    ```
  }];
  let useDefaultAttributePrinterParser = 1;
  let useDefaultTypePrinterParser = 1;
  let hasCanonicalizer = 0;
  let extraClassDeclaration = [{
    void registerAttributes();
    void registerTypes();
  }];
}

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

def Snn_Unit : I32EnumAttr<"Unit", "physical unit of a quantity", [
    I32EnumAttrCase<"s", 0, "s">,
    I32EnumAttrCase<"ms", 1, "ms">,
    I32EnumAttrCase<"us", 2, "us">,
    I32EnumAttrCase<"V", 3, "V">,
    I32EnumAttrCase<"mV", 4, "mV">,
    I32EnumAttrCase<"uV", 5, "uV">,
    I32EnumAttrCase<"uA", 6, "uA">,
    I32EnumAttrCase<"nA", 7, "nA">,
    I32EnumAttrCase<"pA", 8, "pA">,
    I32EnumAttrCase<"GOhm", 9, "GOhm">,
    I32EnumAttrCase<"MOhm", 10, "MOhm">,
    I32EnumAttrCase<"kHz", 11, "kHz">,
    I32EnumAttrCase<"Hz", 12, "Hz">]> {
  let cppNamespace = "::mlir::snn";
  let genSpecializedAttr = 0;
}

def Snn_ResetMode : I32EnumAttr<"ResetMode", "what a spike does to v", [
    I32EnumAttrCase<"value", 0>,
    I32EnumAttrCase<"subtract", 1>]> {
  let cppNamespace = "::mlir::snn";
  let genSpecializedAttr = 0;
}

def Snn_Sign : I32EnumAttr<"Sign", "Dale's-law sign of a population", [
    I32EnumAttrCase<"mixed", 0>,
    I32EnumAttrCase<"excitatory", 1>,
    I32EnumAttrCase<"inhibitory", 2>]> {
  let cppNamespace = "::mlir::snn";
  let genSpecializedAttr = 0;
}

def Snn_RateFn : I32EnumAttr<"RateFn", "transfer function of a rate unit", [
    I32EnumAttrCase<"tanh", 0>,
    I32EnumAttrCase<"relu", 1>,
    I32EnumAttrCase<"sigmoid", 2>]> {
  let cppNamespace = "::mlir::snn";
  let genSpecializedAttr = 0;
}

def Snn_Pairing : I32EnumAttr<"Pairing", "which spike pairs STDP counts", [
    I32EnumAttrCase<"all_to_all", 0>,
    I32EnumAttrCase<"nearest", 1>]> {
  let cppNamespace = "::mlir::snn";
  let genSpecializedAttr = 0;
}

def Snn_Bounds : I32EnumAttr<"Bounds", "how STDP approaches its weight limits", [
    I32EnumAttrCase<"additive", 0>,
    I32EnumAttrCase<"multiplicative", 1>]> {
  let cppNamespace = "::mlir::snn";
  let genSpecializedAttr = 0;
}

def Snn_Rounding : I32EnumAttr<"Rounding",
    "how a fixed-point weight update drops its fraction", [
    I32EnumAttrCase<"nearest", 0>,
    I32EnumAttrCase<"stochastic", 1>]> {
  let cppNamespace = "::mlir::snn";
  let genSpecializedAttr = 0;
}

def Snn_HebbNorm : I32EnumAttr<"HebbNorm",
    "how a Miconi Hebbian trace is kept bounded", [
    I32EnumAttrCase<"decay", 0>,
    I32EnumAttrCase<"oja", 1>,
    I32EnumAttrCase<"clip", 2>]> {
  let cppNamespace = "::mlir::snn";
  let genSpecializedAttr = 0;
}

def Snn_SopFactor : I32EnumAttr<"SopFactor",
    "a factor of a sum-of-products learning rule", [
    I32EnumAttrCase<"x0", 0>,
    I32EnumAttrCase<"x1", 1>,
    I32EnumAttrCase<"y0", 2>,
    I32EnumAttrCase<"y1", 3>,
    I32EnumAttrCase<"r", 4>,
    I32EnumAttrCase<"e", 5>,
    I32EnumAttrCase<"w", 6>]> {
  let cppNamespace = "::mlir::snn";
  let genSpecializedAttr = 0;
}

def Snn_ProbeKind : I32EnumAttr<"ProbeKind", "what a probe records", [
    I32EnumAttrCase<"spikes", 0>,
    I32EnumAttrCase<"voltage", 1>,
    I32EnumAttrCase<"traces", 2>,
    I32EnumAttrCase<"weights", 3>]> {
  let cppNamespace = "::mlir::snn";
  let genSpecializedAttr = 0;
}

#endif // SNN_DIALECT_TD
