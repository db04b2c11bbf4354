//===- CoreDialect.td - the hardware-mapped core dialect ---*- tablegen -*-===//
//
// Part of plasticc. A network as the learning core sees it: quantised
// parameters, memory contents and the host's input/output wiring.
//
//===----------------------------------------------------------------------===//

#ifndef CORE_DIALECT_TD
#define CORE_DIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/IR/RegionKindInterface.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"

def Core_Dialect : Dialect {
  let name = "core";
  let cppNamespace = "::mlir::core";
  let summary = "A network mapped onto plasticc learning cores.";
  let description = [{
    The target of `--convert-snn-to-core`: every number is the quantised
    integer of docs/semantics.md §9 that a core's parameter registers and
    memories hold, and the ops say which host-side input feeds which axons.
    A `core.core` is exactly one core image (docs/core.md §6); the emitter
    writes it without further decisions.

    ```mlir
    core.design @net dt_ms(1.0) {
      core.core @c0 {neurons = 4 : i64, axons = 2 : i64, ...}
      core.poisson_input @in to @c0 axons(0, 2) threshold(9007199254741) seed(7) delay(1)
    }
    ```
  }];
}

class Core_Op<string mnemonic, list<Trait> traits = []>
    : Op<Core_Dialect, mnemonic, traits>;

def Core_DesignOp : Core_Op<"design", [Symbol, SymbolTable, NoTerminator,
    SingleBlock, IsolatedFromAbove]> {
  let summary = "The cores and host wiring of one network.";
  let description = [{
    One per `snn.network`, holding its cores, inputs and outputs. `dt_ms` is
    the network's time step (informational for the cores, used by the host to
    turn times into steps). Core k is the k-th `core.core` in the body; more
    than one core make a system (docs/core.md §10) of at most 15 cores
    (target 15 of the system bus is the router), joined by `core.route`s.

    ```mlir
    core.design @net dt_ms(1.0) {
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, F64Attr:$dt_ms);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$sym_name `dt_ms` `(` $dt_ms `)` attr-dict-with-keyword $body";
  let hasVerifier = 1;
}

def Core_CoreOp : Core_Op<"core", [Symbol, HasParent<"DesignOp">]> {
  let summary = "One learning core: its parameter registers and memories.";
  let description = [{
    The fields of a core image manifest (docs/core.md §6) as typed
    attributes, and the initial weights as an `axons x neurons` i8 tensor
    (-128 = no synapse), and, when the population does not start at rest, the
    initial `u = v - v_rest` of every neuron (`initial_u`, i16). `population` names the `snn.population` whose neurons
    are this core's neurons `0 .. population_size - 1`; neurons beyond it are
    padding: no weight column, never probed or routed, but a bias makes them
    fire, and the core pushes their spikes to axon `recurrent_offset + k`
    like any neuron's, so the recurrent range reserves rows without synapses
    for them wherever other rows follow it (docs/core.md §10.4, §10.7).
    A population split over several
    cores (docs/core.md §10.7) is the consecutive cores naming it: each
    holds the next `population_size` of its neurons.

    Optional, for what pair STDP and one current do not cover (absent means
    off): `inh_current` with `decay_i_inh`/`gain_i_inh` (cuba_lif: negative
    weights feed a second current i2); `learning` = `"three_factor"` or
    `"hebbian"` instead of STDP, which then read `a_plus`/`a_minus` (Q8.8,
    three_factor), `w_min`/`w_max`, `rounding` (hebbian), `decay_pre`/
    `decay_post` (the traces) and: `decay_e` (Q0.16), `e_frac_bits` (E) and
    `eta` (three_factor: Q0.16; hebbian: Q8.8 weight LSBs per unit trace²);
    hebbian also reads `hebbian_decay` = η_o (Q0.16, register 43): Oja's
    term `−k_j·w` with `k_j = min(2^16 − 1, ⌊η_o·y_j²/2^12⌋)`
    (semantics.md §15); absent or 0 is plain Hebbian.
    `plastic_axons` is P of docs/core.md §10.4 (register 35): learning writes
    rows `0 .. P-1` only; absent means every row (P = axons).
    `prune_threshold` (T, 0 .. 128 weight LSBs) and `prune_every` (E,
    1 .. 65535 steps) are the core's pruning (docs/core.md §11, registers
    44/45): at steps with (t + 1) mod E = 0, after learning, synapses of rows
    below P with |w| < T become absent; both present or both absent.

    ```mlir
    core.core @c0 {population = "out", population_size = 4 : i64, ...}
    ```
  }];
  let arguments = (ins
    SymbolNameAttr:$sym_name,
    StrAttr:$population,
    I64Attr:$population_size,
    I64Attr:$neurons, I64Attr:$axons,
    F64Attr:$dt_ms, F64Attr:$v_lsb_mv,
    StrAttr:$model, StrAttr:$reset, BoolAttr:$adaptive,
    I64Attr:$decay_v, I64Attr:$decay_i, I64Attr:$decay_th, I64Attr:$gain_i,
    I64Attr:$threshold, I64Attr:$v_reset, I64Attr:$th_jump, I64Attr:$bias,
    I64Attr:$ref_steps, I64Attr:$w_shift,
    StrAttr:$pairing, I64Attr:$decay_pre, I64Attr:$decay_post,
    I64Attr:$impulse,
    BoolAttr:$stdp_enabled, StrAttr:$bounds, StrAttr:$rounding,
    I64Attr:$a_plus, I64Attr:$a_minus, I64Attr:$w_min, I64Attr:$w_max,
    I64Attr:$seed_neuron, I64Attr:$seed_learn,
    BoolAttr:$recurrent_enabled, I64Attr:$recurrent_offset,
    I64Attr:$recurrent_delay,
    ElementsAttr:$weights,
    OptionalAttr<ElementsAttr>:$initial_u,
    OptionalAttr<BoolAttr>:$inh_current,
    OptionalAttr<I64Attr>:$decay_i_inh, OptionalAttr<I64Attr>:$gain_i_inh,
    OptionalAttr<StrAttr>:$learning,
    OptionalAttr<I64Attr>:$decay_e, OptionalAttr<I64Attr>:$e_frac_bits,
    OptionalAttr<I64Attr>:$eta,
    OptionalAttr<I64Attr>:$plastic_axons,
    OptionalAttr<I64Attr>:$hebbian_decay,
    OptionalAttr<I64Attr>:$prune_threshold,
    OptionalAttr<I64Attr>:$prune_every);
  let assemblyFormat = "$sym_name attr-dict";
  let hasVerifier = 1;
}

def Core_RouteOp : Core_Op<"route", [Symbol, HasParent<"DesignOp">]> {
  let summary = "Output spikes of one core onto axons of another (one step later).";
  let description = [{
    Output spike `j` of core `src` at step `t`, for `j < count`, arrives at
    axon `first + j` of core `dst` at step `t + 1` (docs/core.md §10.1).
    Routes keep their order in the design (the router's table order, which
    decides the order of pushes into a destination's input FIFO). A system
    holds at most 64 routes, at most 16 per source core; a core's own
    recurrence is not a route.

    | field | range |
    |---|---|
    | `src`, `dst` | cores of the design, `src != dst` |
    | `count` | 1 .. population size of `src` |
    | `first + count` | at most the axons of `dst` |

    ```mlir
    core.route @excite from @actions to @interneuron axons(0, 2)
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, FlatSymbolRefAttr:$src,
                       FlatSymbolRefAttr:$dst, I64Attr:$first,
                       I64Attr:$count);
  let assemblyFormat = [{
    $sym_name `from` $src `to` $dst `axons` `(` $first `,` $count `)` attr-dict
  }];
  let hasVerifier = 1;
}

def Core_PoissonInputOp : Core_Op<"poisson_input", [HasParent<"DesignOp">]> {
  let summary = "Host-generated Poisson spikes onto a range of axons.";
  let description = [{
    Channel `n` of the source fires at step `t` iff
    `(h(seed, t, n) >> 11) < threshold` (docs/semantics.md §4, §14); the host
    sends it to axon `first + n` of `core` for step `t + delay`.

    ```mlir
    core.poisson_input @in to @c0 axons(0, 1000) threshold(13510798882112) seed(42) delay(1)
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, FlatSymbolRefAttr:$core,
                       I64Attr:$first, I64Attr:$count, I64Attr:$threshold,
                       I64Attr:$seed, I64Attr:$delay);
  let assemblyFormat = [{
    $sym_name `to` $core `axons` `(` $first `,` $count `)`
    `threshold` `(` $threshold `)` `seed` `(` $seed `)` `delay` `(` $delay `)`
    attr-dict
  }];
  let hasVerifier = 1;
}

def Core_SpikeInputOp : Core_Op<"spike_input", [HasParent<"DesignOp">]> {
  let summary = "Given spikes (steps and channels) onto a range of axons.";
  let description = [{
    Channel `channels[k]` fires at step `steps[k]`; the host sends it to axon
    `first + channel` of `core` for step `steps[k] + delay`.

    ```mlir
    core.spike_input @cue to @c0 axons(0, 2) delay(1) steps [1, 3] channels [0, 1]
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, FlatSymbolRefAttr:$core,
                       I64Attr:$first, I64Attr:$count, I64Attr:$delay,
                       DenseI64ArrayAttr:$steps, DenseI32ArrayAttr:$channels);
  let assemblyFormat = [{
    $sym_name `to` $core `axons` `(` $first `,` $count `)`
    `delay` `(` $delay `)` `steps` $steps `channels` $channels attr-dict
  }];
  let hasVerifier = 1;
}

def Core_ModulatorInputOp : Core_Op<"modulator_input", [HasParent<"DesignOp">]> {
  let summary = "The three-factor modulator M the host writes between steps.";
  let description = [{
    From step `steps[k]` on the core's modulator register holds `values[k]`
    (Q1.7, -128..127 = [-1, 1)) until the next change; 0 before the first.
    Steps strictly ascending.

    ```mlir
    core.modulator_input @reward to @c0 steps [0, 500] values [0, 127]
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, FlatSymbolRefAttr:$core,
                       DenseI64ArrayAttr:$steps, DenseI32ArrayAttr:$values);
  let assemblyFormat = [{
    $sym_name `to` $core `steps` $steps `values` $values attr-dict
  }];
  let hasVerifier = 1;
}

def Core_ProbeOp : Core_Op<"probe", [HasParent<"DesignOp">]> {
  let summary = "An snn.probe of the mapped network, in core coordinates.";
  let description = [{
    Keeps what a compiled run records (`--numerics=fixed`) expressed on the
    core, so that probe names, shapes and units of the snn network survive
    the mapping. `kind` is the snn probe kind; the range selects:

    | kind | range | one sample |
    |---|---|---|
    | `spikes` | neurons `first .. first+count-1` | the spiking neurons (every step) |
    | `voltage` | neurons | `u * scale + offset` (mV: scale = v_lsb, offset = v_rest) |
    | `weights` | axons (rows of the projection) | `count x population_size` weights `w * scale` (mV), NaN where no synapse |
    | `traces` | axons | pre traces `x * scale` of the axons, then post traces `y * scale` of the population |

    A sample is taken after step `t` when `(t + 1) mod every = 0`.

    A population split over several cores (docs/core.md §10.7) is the cores
    whose `population` is its name, consecutive, each core's neurons
    following the previous core's. Its probe names the first of them and
    is over the whole population: neuron ranges count from the population's
    neuron 0, a weights sample is `count x` the population's size (every
    slice's columns), and a traces sample holds the first slice's pre traces
    (each slice rounds its own, semantics.md §14), then every slice's post
    traces.

    ```mlir
    core.probe @raster "spikes" of @c0 range(0, 100) every(1) scale(1.0) offset(0.0)
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, StrAttr:$kind,
                       FlatSymbolRefAttr:$core, I64Attr:$first,
                       I64Attr:$count, I64Attr:$every, F64Attr:$scale,
                       F64Attr:$offset);
  let assemblyFormat = [{
    $sym_name $kind `of` $core `range` `(` $first `,` $count `)`
    `every` `(` $every `)` `scale` `(` $scale `)` `offset` `(` $offset `)`
    attr-dict
  }];
  let hasVerifier = 1;
}

#endif // CORE_DIALECT_TD
