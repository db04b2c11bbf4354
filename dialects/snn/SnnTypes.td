//===- SnnTypes.td - snn types -----------------------------*- tablegen -*-===//
//
// Part of plasticc.
//
//===----------------------------------------------------------------------===//

#ifndef SNN_TYPES_TD
#define SNN_TYPES_TD

include "SnnDialect.td"

class Snn_Type<string name, string typeMnemonic> : TypeDef<Snn_Dialect, name> {
  let mnemonic = typeMnemonic;
}

def Snn_PopType : Snn_Type<"Pop", "pop"> {
  let summary = "A group of neurons, or of input channels, that emit activity.";
  let description = [{
    The value of a population or of a spike source: `size` neurons (or
    channels) whose spikes (or rates) projections read.

    ```mlir
    %exc = snn.population @exc excitatory
        lif<tau_m = 20.0 ms, v_rest = -60.0 mV, v_th = -50.0 mV>
        : !snn.pop<3200>
    ```
  }];
  let parameters = (ins "int64_t":$size);
  let assemblyFormat = "`<` $size `>`";
  let genVerifyDecl = 1;
}

def Snn_ProjType : Snn_Type<"Proj", "proj"> {
  let summary = "A projection's synapses, as a handle for plasticity and probes.";
  let description = [{
    The value of a projection from a population of `pre` neurons to one of
    `post` neurons.

    ```mlir
    %w = snn.projection @ff %in -> %out all_to_all<weight = 1.0>
        : !snn.proj<100, 10>
    ```
  }];
  let parameters = (ins "int64_t":$pre, "int64_t":$post);
  let assemblyFormat = "`<` $pre `,` $post `>`";
  let genVerifyDecl = 1;
}

def Snn_SignalType : Snn_Type<"Signal", "signal"> {
  let summary = "A scalar signal over time, such as a reward.";
  let description = [{
    A dimensionless value per time step, used as the modulator of a
    three-factor rule.

    ```mlir
    %reward = snn.signal_source @reward file(#snn.file<"reward.txt">)
        : !snn.signal
    ```
  }];
}

#endif // SNN_TYPES_TD
