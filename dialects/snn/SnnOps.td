//===- SnnOps.td - snn operations --------------------------*- tablegen -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#ifndef SNN_OPS_TD
#define SNN_OPS_TD

include "SnnDialect.td"
include "SnnAttrs.td"
include "SnnTypes.td"
include "mlir/IR/OpBase.td"
include "mlir/IR/OpAsmInterface.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/IR/RegionKindInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

class Snn_Op<string mnemonic, list<Trait> traits = []>
    : Op<Snn_Dialect, mnemonic, traits>;

/// Prints the result as `%name` after the op's symbol, so IR reads like the
/// network it describes.
def NamedResultOp : DeclareOpInterfaceMethods<OpAsmOpInterface,
                                              ["getAsmResultNames"]>;

def Snn_SignAttr : EnumAttr<Snn_Dialect, Snn_Sign, "sign"> {
  let assemblyFormat = "$value";
}
def Snn_ProbeKindAttr : EnumAttr<Snn_Dialect, Snn_ProbeKind, "probe_kind"> {
  let assemblyFormat = "$value";
}

def Snn_NeuronModel : Attr<
    CPred<"::llvm::isa<::mlir::snn::NeuronModelAttr>($_self)">,
    "neuron model"> {
  let storageType = "::mlir::snn::NeuronModelAttr";
  let returnType = "::mlir::snn::NeuronModelAttr";
  let convertFromStorage = "$_self";
}
def Snn_Connectivity : Attr<
    CPred<"::llvm::isa<::mlir::snn::ConnectivityAttr>($_self)">,
    "connectivity"> {
  let storageType = "::mlir::snn::ConnectivityAttr";
  let returnType = "::mlir::snn::ConnectivityAttr";
  let convertFromStorage = "$_self";
}
def Snn_PlasticityRule : Attr<
    CPred<"::llvm::isa<::mlir::snn::PlasticityRuleAttr>($_self)">,
    "plasticity rule"> {
  let storageType = "::mlir::snn::PlasticityRuleAttr";
  let returnType = "::mlir::snn::PlasticityRuleAttr";
  let convertFromStorage = "$_self";
}
def Snn_Quantity : Attr<CPred<"::llvm::isa<::mlir::snn::QuantityAttr>($_self)">,
                        "quantity"> {
  let storageType = "::mlir::snn::QuantityAttr";
  let returnType = "::mlir::snn::QuantityAttr";
  let convertFromStorage = "$_self";
}
def Snn_QuantityArray : TypedArrayAttrBase<Snn_Quantity, "array of quantities">;

//===----------------------------------------------------------------------===//
// Network
//===----------------------------------------------------------------------===//

def Snn_NetworkOp : Snn_Op<"network", [
    Symbol, SymbolTable, IsolatedFromAbove, NoTerminator, SingleBlock,
    DeclareOpInterfaceMethods<RegionKindInterface>]> {
  let summary = "A network: a graph of populations and projections with a time step.";
  let description = [{
    Holds every population, input, projection, plasticity rule and probe of
    one network, simulated with time step `dt`. The body is a graph region:
    values may be used before they are defined, so recurrent loops are
    written directly. Names (`@exc`, `@e2i`) are unique within the network.

    ```mlir
    snn.network @ring dt(0.5 ms) {
      %a = snn.population @a if<v_th = 1.0 mV, v_reset = 0.0 mV> : !snn.pop<1>
      %b = snn.population @b if<v_th = 1.0 mV, v_reset = 0.0 mV> : !snn.pop<1>
      %ab = snn.projection @ab %a -> %b all_to_all<weight = 1.0> : !snn.proj<1, 1>
      %ba = snn.projection @ba %b -> %a all_to_all<weight = 1.0> : !snn.proj<1, 1>
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, Snn_Quantity:$dt);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    $sym_name `dt` `(` custom<Quantity>($dt) `)` attr-dict-with-keyword $body
  }];
  let hasVerifier = 1;
  let skipDefaultBuilders = 1;
  let builders = [OpBuilder<(ins "::llvm::StringRef":$name,
                                 "::mlir::snn::QuantityAttr":$dt)>];
  let extraClassDeclaration = [{
    /// The time step in milliseconds.
    double getDtMs() { return getDt().getIn(::mlir::snn::Unit::ms); }
  }];
}

//===----------------------------------------------------------------------===//
// Populations and inputs
//===----------------------------------------------------------------------===//

def Snn_PopulationOp : Snn_Op<"population", [Pure, NamedResultOp,
    HasParent<"NetworkOp">, Symbol]> {
  let summary = "A population of neurons sharing one model.";
  let description = [{
    `size` neurons (the result type's size) with the dynamics of a neuron
    model attribute (`#snn.lif`, `#snn.cuba_lif`, `#snn.if`, `#snn.li`,
    `#snn.rate`). The optional sign states Dale's law: every outgoing weight
    of an `excitatory` population is >= 0, of an `inhibitory` one <= 0, and
    plasticity must keep it so.

    `overrides` gives per-neuron values for some of the model's parameters,
    as arrays of `size` numbers in the unit the model writes that parameter in
    (so the model must write it; rate units take none).

    ```mlir
    %inh = snn.population @inh inhibitory
        lif<tau_m = 10.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV>
        overrides {v_th = array<f64: -50.0, -51.0, -52.0>} : !snn.pop<3>
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                       OptionalAttr<Snn_SignAttr>:$sign,
                       Snn_NeuronModel:$model,
                       OptionalAttr<DictionaryAttr>:$overrides);
  let results = (outs Snn_PopType:$result);
  let assemblyFormat = [{
    $sym_name custom<SignAndModel>($sign, $model) (`overrides` $overrides^)?
    attr-dict `:` qualified(type($result))
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
  let extraClassDeclaration = [{
    int64_t getSize() { return getResult().getType().getSize(); }
    ::mlir::snn::Sign getSignOrMixed() {
      return getSign().value_or(::mlir::snn::Sign::mixed);
    }
    ::mlir::LogicalResult verifyResetBelowThreshold(::mlir::DictionaryAttr overrides);
  }];
}

def Snn_PoissonSourceOp : Snn_Op<"poisson_source", [Pure, NamedResultOp,
    HasParent<"NetworkOp">, Symbol]> {
  let summary = "Independent Poisson spike trains.";
  let description = [{
    Each channel spikes in a step with probability `rate * dt`, drawn from the
    counter-based generator of docs/semantics.md keyed by `seed`, the step and
    the channel, so every execution sees the same spikes.

    ```mlir
    %in = snn.poisson_source @in rate(15.0 Hz) seed(42) : !snn.pop<1000>
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, Snn_Quantity:$rate,
                       I64Attr:$seed);
  let results = (outs Snn_PopType:$result);
  let assemblyFormat = [{
    $sym_name `rate` `(` custom<Quantity>($rate) `)` `seed` `(` $seed `)`
    attr-dict `:` qualified(type($result))
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Snn_SpikeSourceOp : Snn_Op<"spike_source", [Pure, NamedResultOp,
    HasParent<"NetworkOp">, Symbol]> {
  let summary = "Given spike times, inline or from a file.";
  let description = [{
    Either a file (`file(...)`, one `time_ms channel` pair per line, see
    docs/formats.md) or an inline list of `(channel, time)` pairs. A spike at
    time `t` is emitted in step `round(t / dt)`.

    ```mlir
    %cue = snn.spike_source @cue spikes [(0, 1.0 ms), (1, 2.5 ms)] : !snn.pop<2>
    %rec = snn.spike_source @rec file(#snn.file<"input.txt">) : !snn.pop<64>
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                       OptionalAttr<Snn_FileAttr>:$file,
                       OptionalAttr<DenseI32ArrayAttr>:$channels,
                       OptionalAttr<DenseF64ArrayAttr>:$times_ms);
  let results = (outs Snn_PopType:$result);
  let assemblyFormat = [{
    $sym_name custom<SpikeInput>($file, $channels, $times_ms) attr-dict `:` qualified(type($result))
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Snn_SignalSourceOp : Snn_Op<"signal_source", [Pure, NamedResultOp,
    HasParent<"NetworkOp">, Symbol]> {
  let summary = "A piecewise-constant scalar signal (reward, dopamine).";
  let description = [{
    Holds `values[k]` from time `times[k]` until the next time; 0 before the
    first. From a file (`time_ms value` per line) or inline.

    ```mlir
    %reward = snn.signal_source @reward steps [0.0 ms = 0.0, 500.0 ms = 1.0]
        : !snn.signal
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                       OptionalAttr<Snn_FileAttr>:$file,
                       OptionalAttr<DenseF64ArrayAttr>:$times_ms,
                       OptionalAttr<DenseF64ArrayAttr>:$values);
  let results = (outs Snn_SignalType:$result);
  let assemblyFormat = [{
    $sym_name custom<SignalInput>($file, $times_ms, $values) attr-dict `:` qualified(type($result))
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Snn_CurrentSourceOp : Snn_Op<"current_source", [HasParent<"NetworkOp">,
    Symbol]> {
  let summary = "A constant or stepped current injected into a population.";
  let description = [{
    Every neuron of the target receives current `amplitudes[k]` from time
    `times[k]` until the next time (0 before the first). A constant current is
    one step at 0 ms. The neuron model turns it into volts through `r_m`.

    ```mlir
    snn.current_source @bias %exc constant(0.5 nA) : !snn.pop<100>
    snn.current_source @pulse %exc steps [0.0 ms = 0.0 nA, 10.0 ms = 1.5 nA,
                                          20.0 ms = 0.0 nA] : !snn.pop<100>
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, Snn_PopType:$target,
                       Snn_QuantityArray:$times, Snn_QuantityArray:$amplitudes);
  let assemblyFormat = [{
    $sym_name $target custom<CurrentSteps>($times, $amplitudes) attr-dict
    `:` qualified(type($target))
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Projections, plasticity, probes
//===----------------------------------------------------------------------===//

def Snn_ProjectionOp : Snn_Op<"projection", [ NamedResultOp,HasParent<"NetworkOp">, Symbol,
    TypesMatchWith<"pre type matches the projection type", "result", "pre",
        "::mlir::snn::PopType::get($_ctxt, ::llvm::cast<::mlir::snn::ProjType>($_self).getPre())">,
    TypesMatchWith<"post type matches the projection type", "result", "post",
        "::mlir::snn::PopType::get($_ctxt, ::llvm::cast<::mlir::snn::ProjType>($_self).getPost())">]> {
  let summary = "Synapses from one population to another.";
  let description = [{
    Spikes of `pre` reach `post` after `delay` (default one step; a positive
    multiple of `dt`) through the synapses of a connectivity attribute:
    `#snn.dense`, `#snn.sparse`, `#snn.one_to_one`, `#snn.all_to_all`,
    `#snn.fixed_probability` or `#snn.conv2d`. The target must be a
    population, not an input source. Weights obey the pre population's sign.

    ```mlir
    %ee = snn.projection @ee %exc -> %exc
        fixed_probability<p = 0.02, seed = 1, weight = 1.62>
        delay(0.1 ms) : !snn.proj<3200, 3200>
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, Snn_PopType:$pre,
                       Snn_PopType:$post, Snn_Connectivity:$connectivity,
                       OptionalAttr<Snn_Quantity>:$delay);
  let results = (outs Snn_ProjType:$result);
  let assemblyFormat = [{
    $sym_name $pre `->` $post custom<UntypedAttr>($connectivity)
    (`delay` `(` custom<Quantity>($delay)^ `)`)? attr-dict `:` qualified(type($result))
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
  let extraClassDeclaration = [{
    /// The delay in whole time steps (at least 1).
    int64_t getDelaySteps();
  }];
}

def Snn_PlasticityOp : Snn_Op<"plasticity", [HasParent<"NetworkOp">]> {
  let summary = "A learning rule acting on a projection's weights.";
  let description = [{
    Attaches a rule (`#snn.stdp`, `#snn.hebbian`, `#snn.oja`, `#snn.bcm`,
    `#snn.three_factor`, `#snn.miconi`, `#snn.structural`, `#snn.sop`) to a
    projection. Rules that need a modulator (three-factor; optionally Miconi
    and sum-of-products rules) name it: a spiking population or spike source,
    whose spike count one step earlier is the modulator, or a signal source.
    Rules of one projection apply in the order they are written
    (structural plasticity after all others).

    ```mlir
    snn.plasticity %w three_factor<a_plus = 1.0, a_minus = 1.0,
        tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 200.0 ms, eta = 0.01,
        w_min = 0.0, w_max = 1.0> modulator(%reward : !snn.signal)
        : !snn.proj<10, 2>
    ```
  }];
  let arguments = (ins Snn_ProjType:$projection, Snn_PlasticityRule:$rule,
                       Optional<AnyTypeOf<[Snn_PopType, Snn_SignalType]>>:$modulator);
  let assemblyFormat = [{
    $projection custom<UntypedAttr>($rule) (`modulator` `(` $modulator^ `:` qualified(type($modulator)) `)`)?
    attr-dict `:` qualified(type($projection))
  }];
  let hasVerifier = 1;
}

def Snn_ProbeOp : Snn_Op<"probe", [HasParent<"NetworkOp">, Symbol]> {
  let summary = "Records spikes, voltages, traces or weights.";
  let description = [{
    `spikes` and `voltage` probe a population (`spikes` also a spike source);
    `weights` and `traces` probe a projection (`traces` needs a plasticity
    rule on it). `every(n)` samples once every `n` steps (default 1).

    ```mlir
    snn.probe @raster spikes %exc : !snn.pop<3200>
    snn.probe @w weights %ff every(100) : !snn.proj<1000, 1>
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, Snn_ProbeKindAttr:$kind,
                       AnyTypeOf<[Snn_PopType, Snn_ProjType]>:$target,
                       OptionalAttr<I64Attr>:$every);
  let assemblyFormat = [{
    $sym_name custom<ProbeKind>($kind) $target (`every` `(` $every^ `)`)? attr-dict `:` qualified(type($target))
  }];
  let hasVerifier = 1;
}

#endif // SNN_OPS_TD
