//===- SnnAttrs.td - snn attributes ------------------------*- tablegen -*-===//
//
// Part of plasticc. Quantities with units, neuron models, connectivities and
// plasticity rules.
//
//===----------------------------------------------------------------------===//

#ifndef SNN_ATTRS_TD
#define SNN_ATTRS_TD

include "SnnDialect.td"
include "SnnInterfaces.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"

class Snn_Attr<string name, string mnemonicName, list<Trait> traits = []>
    : AttrDef<Snn_Dialect, name, traits> {
  let mnemonic = mnemonicName;
}

/// A quantity written `20.0 ms` inside a model or rule: the number, then the
/// unit keyword.
class Snn_QuantityParam<string desc>
    : AttrParameter<"::mlir::snn::QuantityAttr", desc> {
  let parser = [{ ::mlir::snn::parseQuantityBody($_parser) }];
  let printer = [{ ::mlir::snn::printQuantityBody($_printer, $_self) }];
}
class Snn_OptQuantityParam<string desc> : Snn_QuantityParam<desc> {
  let defaultValue = "::mlir::snn::QuantityAttr()";
}
def Snn_F64Param : AttrParameter<"::mlir::snn::Real", "a real number"> {
  let parser = [{ ::mlir::snn::parseRealParam($_parser) }];
  let printer = [{ ::mlir::snn::printReal($_printer, $_self) }];
}
class Snn_DefaultF64Param<string value>
    : AttrParameter<"::mlir::snn::Real", "a real number"> {
  let parser = [{ ::mlir::snn::parseRealParam($_parser) }];
  let printer = [{ ::mlir::snn::printReal($_printer, $_self) }];
  let defaultValue = "::mlir::snn::Real(" # value # ")";
}

//===----------------------------------------------------------------------===//
// Quantity and file reference
//===----------------------------------------------------------------------===//

def Snn_QuantityAttr : Snn_Attr<"Quantity", "q"> {
  let summary = "A number with a physical unit.";
  let description = [{
    A real value and its unit. Times are in `s`, `ms` or `us`; voltages in `V`,
    `mV` or `uV`; currents in `uA`, `nA` or `pA`; resistances in `GOhm` or
    `MOhm`; rates in `kHz` or `Hz`. Verifiers check the dimension a parameter
    needs; `getIn(Unit)` converts between units of one dimension.

    ```mlir
    #snn.q<0.1 ms>
    ```
    Inside models, rules and op syntax a quantity is written without the
    wrapper: `tau_m = 20.0 ms`, `dt(0.1 ms)`.
  }];
  let parameters = (ins APFloatParameter<"value">:$value,
                        EnumParameter<Snn_Unit>:$unit);
  let hasCustomAssemblyFormat = 1;
  let builders = [
    AttrBuilder<(ins "double":$value, "::mlir::snn::Unit":$unit), [{
      return $_get($_ctxt, ::llvm::APFloat(value), unit);
    }]>
  ];
  let extraClassDeclaration = [{
    /// The value as a double in its own unit.
    double getNumber() const { return getValue().convertToDouble(); }
    /// The value converted to `target`, which must have the same dimension.
    double getIn(::mlir::snn::Unit target) const;
    ::mlir::snn::Dimension getDimension() const;
  }];
}

def Snn_FileAttr : Snn_Attr<"File", "file"> {
  let summary = "Values kept in an external file.";
  let description = [{
    A path, relative to the directory of the `.mlir` file that names it, to a
    NumPy `.npy` array or a whitespace-separated text file (`.txt`). Shapes are
    checked when the file is loaded, with file:line diagnostics.

    ```mlir
    #snn.dense<weights = #snn.file<"weights/exc_exc.npy">>
    ```
  }];
  let parameters = (ins StringRefParameter<"path">:$path);
  let assemblyFormat = "`<` $path `>`";
  let genVerifyDecl = 1;
}

//===----------------------------------------------------------------------===//
// Neuron models
//===----------------------------------------------------------------------===//

def Snn_LifAttr : Snn_Attr<"Lif", "lif",
    [DeclareAttrInterfaceMethods<Snn_NeuronModelAttrInterface>]> {
  let summary = "Leaky integrate-and-fire neuron.";
  let description = [{
    `tau_m dv/dt = v_rest - v + r_m * I`; input spikes add their weight (mV)
    to `v`. When `v >= v_th + theta` the neuron spikes, and `v` is set to
    `v_reset` (`reset = value`, the default) or lowered by the threshold
    (`reset = subtract`); it then ignores input and holds `v` for `t_ref`.

    With `tau_th` and `th_jump` the threshold adapts (homeostasis): `theta`
    decays to 0 with `tau_th` and grows by `th_jump` at each spike.

    | parameter | unit | default |
    |---|---|---|
    | tau_m | time, > 0 | required |
    | v_rest, v_th | voltage | required |
    | v_reset | voltage | v_rest |
    | v_init | voltage | v_rest |
    | t_ref | time, >= 0 | 0 ms |
    | r_m | resistance, > 0 | 1 MOhm |
    | tau_th, th_jump | time > 0, voltage >= 0 | no adaptation |

    ```mlir
    #snn.lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV,
             v_reset = -70.0 mV, t_ref = 2.0 ms, reset = subtract>
    ```
  }];
  let parameters = (ins
    Snn_QuantityParam<"membrane time constant">:$tau_m,
    Snn_QuantityParam<"resting potential">:$v_rest,
    Snn_QuantityParam<"threshold">:$v_th,
    Snn_OptQuantityParam<"reset potential">:$v_reset,
    Snn_OptQuantityParam<"initial potential">:$v_init,
    Snn_OptQuantityParam<"refractory period">:$t_ref,
    Snn_OptQuantityParam<"membrane resistance">:$r_m,
    DefaultValuedParameter<"::mlir::snn::ResetMode",
        "::mlir::snn::ResetMode::value", "reset mode">:$reset,
    Snn_OptQuantityParam<"threshold adaptation time constant">:$tau_th,
    Snn_OptQuantityParam<"threshold jump per spike">:$th_jump);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Snn_CubaLifAttr : Snn_Attr<"CubaLif", "cuba_lif",
    [DeclareAttrInterfaceMethods<Snn_NeuronModelAttrInterface>]> {
  let summary = "Current-based leaky integrate-and-fire neuron.";
  let description = [{
    A LIF neuron whose input spikes add their weight (mV, i.e. `r_m` times a
    current) to a synaptic input `g` that decays with `tau_syn`:
    `tau_m dv/dt = v_rest - v + g + r_m * I`, `tau_syn dg/dt = -g`. This is
    the neuron of the Vogels–Abbott CUBA benchmark. Parameters are those of
    `#snn.lif` plus `tau_syn` (time, > 0, required) and `tau_syn_inh`: when
    given, negative weights feed a second input `g_inh` with that time
    constant (CUBA's separate excitatory and inhibitory currents).

    ```mlir
    #snn.cuba_lif<tau_m = 20.0 ms, tau_syn = 5.0 ms, v_rest = -49.0 mV,
                  v_th = -50.0 mV, v_reset = -60.0 mV, t_ref = 5.0 ms>
    ```
  }];
  let parameters = (ins
    Snn_QuantityParam<"membrane time constant">:$tau_m,
    Snn_QuantityParam<"synaptic time constant">:$tau_syn,
    Snn_OptQuantityParam<"inhibitory synaptic time constant">:$tau_syn_inh,
    Snn_QuantityParam<"resting potential">:$v_rest,
    Snn_QuantityParam<"threshold">:$v_th,
    Snn_OptQuantityParam<"reset potential">:$v_reset,
    Snn_OptQuantityParam<"initial potential">:$v_init,
    Snn_OptQuantityParam<"refractory period">:$t_ref,
    Snn_OptQuantityParam<"membrane resistance">:$r_m,
    DefaultValuedParameter<"::mlir::snn::ResetMode",
        "::mlir::snn::ResetMode::value", "reset mode">:$reset,
    Snn_OptQuantityParam<"threshold adaptation time constant">:$tau_th,
    Snn_OptQuantityParam<"threshold jump per spike">:$th_jump);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Snn_IfAttr : Snn_Attr<"If", "if",
    [DeclareAttrInterfaceMethods<Snn_NeuronModelAttrInterface>]> {
  let summary = "Integrate-and-fire neuron without leak.";
  let description = [{
    A perfect integrator: input spikes add their weight (mV) to `v`, and an
    injected current adds `r_m * I * dt / tau_m` per step, so `tau_m` is only
    needed when a current source drives the population. Spikes when
    `v >= v_th`, resets by `reset`, then is refractory for `t_ref`.

    | parameter | unit | default |
    |---|---|---|
    | v_th, v_reset | voltage | required |
    | v_init | voltage | v_reset |
    | t_ref | time, >= 0 | 0 ms |
    | r_m | resistance, > 0 | 1 MOhm |
    | tau_m | time, > 0 | none (needed with a current source) |

    ```mlir
    #snn.if<v_th = 1.0 mV, v_reset = 0.0 mV>
    ```
  }];
  let parameters = (ins
    Snn_QuantityParam<"threshold">:$v_th,
    Snn_QuantityParam<"reset potential">:$v_reset,
    Snn_OptQuantityParam<"initial potential">:$v_init,
    Snn_OptQuantityParam<"refractory period">:$t_ref,
    Snn_OptQuantityParam<"membrane resistance">:$r_m,
    Snn_OptQuantityParam<"current integration time scale">:$tau_m,
    DefaultValuedParameter<"::mlir::snn::ResetMode",
        "::mlir::snn::ResetMode::value", "reset mode">:$reset);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Snn_LiAttr : Snn_Attr<"Li", "li",
    [DeclareAttrInterfaceMethods<Snn_NeuronModelAttrInterface>]> {
  let summary = "Leaky integrator (no spikes), a readout.";
  let description = [{
    `tau_m dv/dt = v_rest - v + r_m * I`, input spikes add their weight to
    `v`; it never spikes. Used as a readout whose voltage is probed.

    ```mlir
    #snn.li<tau_m = 10.0 ms, v_rest = 0.0 mV>
    ```
  }];
  let parameters = (ins
    Snn_QuantityParam<"membrane time constant">:$tau_m,
    Snn_QuantityParam<"resting potential">:$v_rest,
    Snn_OptQuantityParam<"initial potential">:$v_init,
    Snn_OptQuantityParam<"membrane resistance">:$r_m);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Snn_RateAttr : Snn_Attr<"Rate", "rate",
    [DeclareAttrInterfaceMethods<Snn_NeuronModelAttrInterface>]> {
  let summary = "Rate unit (tanh, ReLU or sigmoid), optionally leaky.";
  let description = [{
    A non-spiking unit with activation `x` and output `y = fn(x)`. Without
    `tau`, `x` is the weighted sum of the inputs' outputs this step; with
    `tau`, `x += dt / tau * (-x + sum)`. This is the unit of the plastic
    recurrent networks of Miconi et al. (2018). Weights into rate units are
    dimensionless.

    ```mlir
    #snn.rate<fn = tanh, tau = 10.0 ms>
    ```
  }];
  let parameters = (ins
    EnumParameter<Snn_RateFn>:$fn,
    Snn_OptQuantityParam<"integration time constant">:$tau);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

//===----------------------------------------------------------------------===//
// Connectivity
//===----------------------------------------------------------------------===//

def Snn_DenseAttr : Snn_Attr<"Dense", "dense",
    [DeclareAttrInterfaceMethods<Snn_ConnectivityAttrInterface>]> {
  let summary = "Every pre neuron to every post neuron, one weight each.";
  let description = [{
    `weights` is a `pre x post` float tensor (row = presynaptic neuron, the
    layout of a crossbar's axon rows) or a `#snn.file`. Weights are in mV for
    spiking targets, dimensionless for rate units.

    ```mlir
    #snn.dense<weights = dense<[[1.0, 0.5], [0.0, 2.0]]> : tensor<2x2xf32>>
    ```
  }];
  let parameters = (ins "::mlir::Attribute":$weights);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Snn_SparseAttr : Snn_Attr<"Sparse", "sparse",
    [DeclareAttrInterfaceMethods<Snn_ConnectivityAttrInterface>]> {
  let summary = "An explicit list of synapses.";
  let description = [{
    Synapse `k` connects pre neuron `pre[k]` to post neuron `post[k]` with
    weight `weights[k]`. Indices must be in range; a pair may appear once.

    ```mlir
    #snn.sparse<pre = [0, 2], post = [1, 0],
                weights = dense<[1.5, -0.5]> : tensor<2xf32>>
    ```
  }];
  let parameters = (ins "::mlir::DenseI32ArrayAttr":$pre,
                        "::mlir::DenseI32ArrayAttr":$post,
                        "::mlir::Attribute":$weights);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Snn_OneToOneAttr : Snn_Attr<"OneToOne", "one_to_one",
    [DeclareAttrInterfaceMethods<Snn_ConnectivityAttrInterface>]> {
  let summary = "Neuron i to neuron i.";
  let description = [{
    Needs pre and post of equal size; `weights` is a float tensor of that
    size, or a file.

    ```mlir
    #snn.one_to_one<weights = dense<2.0> : tensor<8xf32>>
    ```
  }];
  let parameters = (ins "::mlir::Attribute":$weights);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Snn_AllToAllAttr : Snn_Attr<"AllToAll", "all_to_all",
    [DeclareAttrInterfaceMethods<Snn_ConnectivityAttrInterface>]> {
  let summary = "Every pre neuron to every post neuron, one shared initial weight.";
  let description = [{
    Like `#snn.dense` with every entry equal to `weight`; plasticity then lets
    the weights diverge.

    ```mlir
    #snn.all_to_all<weight = 0.5>
    ```
  }];
  let parameters = (ins Snn_F64Param:$weight);
  let assemblyFormat = "`<` struct(params) `>`";
}

def Snn_FixedProbabilityAttr : Snn_Attr<"FixedProbability", "fixed_probability",
    [DeclareAttrInterfaceMethods<Snn_ConnectivityAttrInterface>]> {
  let summary = "Each pre/post pair connected independently with probability p.";
  let description = [{
    Pair `(i, j)` exists when the counter-based generator of
    docs/semantics.md, keyed by `seed`, `i` and `j`, draws below `p`; so every
    execution builds the same synapses. `allow_self = false` (the default)
    drops `i == j` when pre and post are one population.

    ```mlir
    #snn.fixed_probability<p = 0.02, seed = 7, weight = 1.62>
    ```
  }];
  let parameters = (ins Snn_F64Param:$p,
                        "uint64_t":$seed,
                        Snn_F64Param:$weight,
                        DefaultValuedParameter<"bool", "false">:$allow_self);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Snn_Conv2dAttr : Snn_Attr<"Conv2d", "conv2d",
    [DeclareAttrInterfaceMethods<Snn_ConnectivityAttrInterface>]> {
  let summary = "A 2-D convolution between channel-height-width feature maps.";
  let description = [{
    The pre population is a `[c_in, h_in, w_in]` map and the post population a
    `[c_out, h_out, w_out]` map (row-major). `kernel` is a
    `c_out x c_in x kh x kw` float tensor; output pixel `(o, y, x)` receives
    from input `(c, y*sy + ky - py, x*sx + kx - px)` with weight
    `kernel[o, c, ky, kx]`. Output size must match
    `(h_in + 2 py - kh) / sy + 1`.

    ```mlir
    #snn.conv2d<in_shape = [1, 8, 8], out_shape = [2, 6, 6],
                stride = [1, 1], padding = [0, 0],
                kernel = dense<0.5> : tensor<2x1x3x3xf32>>
    ```
  }];
  let parameters = (ins "::mlir::DenseI64ArrayAttr":$in_shape,
                        "::mlir::DenseI64ArrayAttr":$out_shape,
                        "::mlir::DenseI64ArrayAttr":$stride,
                        "::mlir::DenseI64ArrayAttr":$padding,
                        "::mlir::Attribute":$kernel);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

//===----------------------------------------------------------------------===//
// Plasticity rules
//===----------------------------------------------------------------------===//

class Snn_RuleAttr<string name, string mnemonicName>
    : Snn_Attr<name, mnemonicName,
               [DeclareAttrInterfaceMethods<Snn_PlasticityRuleAttrInterface>]> {
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Snn_StdpAttr : Snn_RuleAttr<"Stdp", "stdp"> {
  let summary = "Pair-based spike-timing-dependent plasticity with traces.";
  let description = [{
    Each synapse sees a presynaptic trace `x` (decays with `tau_plus`, jumps
    at pre spikes) and a postsynaptic trace `y` (decays with `tau_minus`,
    jumps at post spikes). With `pairing = all_to_all` a spike adds 1 to its
    trace; with `pairing = nearest` it sets the trace to 1.

    | event | additive | multiplicative (soft bounds) |
    |---|---|---|
    | post spike | `w += a_plus * x` | `w += a_plus * x * (w_max - w) / (w_max - w_min)` |
    | pre spike  | `w -= a_minus * y` | `w -= a_minus * y * (w - w_min) / (w_max - w_min)` |

    and `w` is then clipped to `[w_min, w_max]`. So a pair with post `dt`
    steps after pre changes `w` by `a_plus * exp(-dt/tau_plus)` (additive).
    `a_plus`, `a_minus`, `w_min`, `w_max` are in the weight's unit.
    `rounding` says how the fixed-point semantics drops the fraction of each
    update: to `nearest` (default) or `stochastic`ally, unbiased, from the
    core's LFSR (docs/semantics.md §13); the float semantics ignores it.

    ```mlir
    #snn.stdp<a_plus = 0.01, a_minus = 0.0105, tau_plus = 20.0 ms,
              tau_minus = 20.0 ms, w_min = 0.0, w_max = 1.0,
              pairing = nearest, bounds = multiplicative,
              rounding = stochastic>
    ```
  }];
  let parameters = (ins
    Snn_F64Param:$a_plus, Snn_F64Param:$a_minus,
    Snn_QuantityParam<"pre trace time constant">:$tau_plus,
    Snn_QuantityParam<"post trace time constant">:$tau_minus,
    Snn_F64Param:$w_min, Snn_F64Param:$w_max,
    DefaultValuedParameter<"::mlir::snn::Pairing",
        "::mlir::snn::Pairing::all_to_all", "pairing">:$pairing,
    DefaultValuedParameter<"::mlir::snn::Bounds",
        "::mlir::snn::Bounds::additive", "bounds">:$bounds,
    DefaultValuedParameter<"::mlir::snn::Rounding",
        "::mlir::snn::Rounding::nearest", "rounding">:$rounding);
}

def Snn_HebbianAttr : Snn_RuleAttr<"Hebbian", "hebbian"> {
  let summary = "Plain Hebbian rule: dw = eta * pre * post.";
  let description = [{
    `pre` and `post` are the neurons' outputs for rate units, or their
    spike traces (time constant `tau`, required for spiking populations).
    Applied every step, then clipped to `[w_min, w_max]`.

    ```mlir
    #snn.hebbian<eta = 0.001, tau = 20.0 ms, w_min = 0.0, w_max = 1.0>
    ```
  }];
  let parameters = (ins Snn_F64Param:$eta,
                        Snn_OptQuantityParam<"trace time constant">:$tau,
                        Snn_F64Param:$w_min, Snn_F64Param:$w_max);
}

def Snn_OjaAttr : Snn_RuleAttr<"Oja", "oja"> {
  let summary = "Oja's rule: dw = eta * post * (pre - post * w).";
  let description = [{
    Hebbian growth with a decay that keeps each post neuron's weight vector
    near unit norm (Oja 1982). `pre`/`post` as in `#snn.hebbian`.

    ```mlir
    #snn.oja<eta = 0.005, w_min = -1.0, w_max = 1.0>
    ```
  }];
  let parameters = (ins Snn_F64Param:$eta,
                        Snn_OptQuantityParam<"trace time constant">:$tau,
                        Snn_F64Param:$w_min, Snn_F64Param:$w_max);
}

def Snn_BcmAttr : Snn_RuleAttr<"Bcm", "bcm"> {
  let summary = "BCM rule with a sliding threshold.";
  let description = [{
    `dw = eta * pre * post * (post - theta)`, where each post neuron's
    threshold `theta` tracks the mean of `post^2` with time constant
    `tau_theta` (Bienenstock, Cooper & Munro 1982).

    ```mlir
    #snn.bcm<eta = 0.0001, tau = 20.0 ms, tau_theta = 1000.0 ms,
             w_min = 0.0, w_max = 2.0>
    ```
  }];
  let parameters = (ins Snn_F64Param:$eta,
                        Snn_OptQuantityParam<"trace time constant">:$tau,
                        Snn_QuantityParam<"threshold time constant">:$tau_theta,
                        Snn_F64Param:$w_min, Snn_F64Param:$w_max);
}

def Snn_ThreeFactorAttr : Snn_RuleAttr<"ThreeFactor", "three_factor"> {
  let summary = "Neuromodulated STDP with an eligibility trace.";
  let description = [{
    STDP pairings do not change `w` directly; they accumulate in a per-synapse
    eligibility trace `e` that decays with `tau_e`. The weight follows the
    modulator `m` (reward, dopamine) given by the op's modulator operand:

    | event | effect |
    |---|---|
    | post spike | `e += a_plus * x` |
    | pre spike  | `e -= a_minus * y` |
    | every step | `w += eta * m * e`, clipped to `[w_min, w_max]` |

    ```mlir
    #snn.three_factor<a_plus = 1.0, a_minus = 1.0, tau_plus = 20.0 ms,
                      tau_minus = 20.0 ms, tau_e = 500.0 ms, eta = 0.01,
                      w_min = 0.0, w_max = 1.0>
    ```
  }];
  let parameters = (ins
    Snn_F64Param:$a_plus, Snn_F64Param:$a_minus,
    Snn_QuantityParam<"pre trace time constant">:$tau_plus,
    Snn_QuantityParam<"post trace time constant">:$tau_minus,
    Snn_QuantityParam<"eligibility time constant">:$tau_e,
    Snn_F64Param:$eta, Snn_F64Param:$w_min, Snn_F64Param:$w_max);
}

def Snn_MiconiAttr : Snn_RuleAttr<"Miconi", "miconi"> {
  let summary = "Differentiable-plasticity connection: w + alpha * Hebb.";
  let description = [{
    The effective weight is `w + alpha * hebb` (Miconi, Clune & Stanley 2018):
    `w` and `alpha` are fixed (trained offline), `hebb` is a per-synapse trace.

    | norm | update of hebb each step |
    |---|---|
    | decay | `hebb = (1 - eta) * hebb + eta * pre * post` |
    | oja | `hebb += eta * post * (pre - post * hebb)` |
    | clip | `hebb = clip(hebb + m * pre * post, -clip, clip)` |

    With a modulator operand (Backpropamine, Miconi et al. 2019) the Hebbian
    term is scaled by the modulator `m`; with `norm = clip` `eta` is unused.
    `alpha` is one number or a `pre x post` tensor.

    ```mlir
    #snn.miconi<alpha = 0.1, eta = 0.03, norm = decay>
    ```
  }];
  let parameters = (ins "::mlir::Attribute":$alpha,
                        Snn_F64Param:$eta,
                        EnumParameter<Snn_HebbNorm>:$norm,
                        Snn_DefaultF64Param<"1.0">:$clip);
}

def Snn_StructuralAttr : Snn_RuleAttr<"Structural", "structural"> {
  let summary = "Structural plasticity: pruning weak synapses and regrowing.";
  let description = [{
    Every `every` steps, synapses with `|w| < threshold` are removed; then
    `regrow` absent synapses per post neuron, chosen by the counter-based
    generator keyed by `seed`, are created with weight `w_init`.

    ```mlir
    #snn.structural<threshold = 0.01, every = 1000, regrow = 2, w_init = 0.05,
                    seed = 3>
    ```
  }];
  let parameters = (ins Snn_F64Param:$threshold,
                        "int64_t":$every,
                        DefaultValuedParameter<"int64_t", "0">:$regrow,
                        Snn_DefaultF64Param<"0.0">:$w_init,
                        DefaultValuedParameter<"uint64_t", "0">:$seed);
}

def Snn_SopTermAttr : Snn_Attr<"SopTerm", "term"> {
  let summary = "One product term of a sum-of-products learning rule.";
  let description = [{
    `scale * f1 * f2 * ...` where each factor is one of `x0` (pre spike this
    step), `x1` (pre trace), `y0` (post spike), `y1` (post trace), `r`
    (modulator), `e` (eligibility), `w` (current weight). No factor means a
    constant drift.

    ```mlir
    #snn.term<0.01 * x1 * y0>
    ```
  }];
  let parameters = (ins Snn_F64Param:$scale,
                        ArrayRefParameter<"::mlir::snn::SopFactor">:$factors);
  let hasCustomAssemblyFormat = 1;
}

def Snn_SopAttr : Snn_RuleAttr<"Sop", "sop"> {
  let summary = "General sum-of-products rule over pre/post/modulator traces.";
  let description = [{
    `dw = sum_i term_i` applied every step (the form of Loihi's learning
    engine, Davies et al. 2018), then clipped to `[w_min, w_max]`. With
    `e_terms` the products accumulate in an eligibility trace `e` (time
    constant `tau_e`) and `terms` may read `e`. The named rules are instances:

    | rule | terms |
    |---|---|
    | additive pair STDP | `a_plus * x1 * y0`, `-a_minus * x0 * y1` |
    | Hebbian on traces | `eta * x1 * y1` |
    | Oja on traces | `eta * x1 * y1`, `-eta * y1 * y1 * w` |
    | three-factor | e_terms: `a_plus * x1 * y0`, `-a_minus * x0 * y1`; terms: `eta * r * e` |

    ```mlir
    #snn.sop<terms = [#snn.term<0.01 * x1 * y0>, #snn.term<-0.0105 * x0 * y1>],
             tau_x = 20.0 ms, tau_y = 20.0 ms, w_min = 0.0, w_max = 1.0>
    ```
  }];
  let parameters = (ins "::mlir::ArrayAttr":$terms,
                        Snn_QuantityParam<"pre trace time constant">:$tau_x,
                        Snn_QuantityParam<"post trace time constant">:$tau_y,
                        Snn_F64Param:$w_min, Snn_F64Param:$w_max,
                        OptionalParameter<"::mlir::ArrayAttr">:$e_terms,
                        Snn_OptQuantityParam<"eligibility time constant">:$tau_e);
}

#endif // SNN_ATTRS_TD
