// The four invalid networks named in the foundation issue fail with a
// file:line:column message and a non-zero exit, not a crash (`not` itself
// fails when the command crashes).
// RUN: not plasticc-opt %S/Inputs/unknown_parameter.mlir 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not plasticc-opt %S/Inputs/wrong_shape.mlir 2>&1 | FileCheck %s --check-prefix=SHAPE
// RUN: not plasticc-opt %S/Inputs/negative_time_constant.mlir 2>&1 | FileCheck %s --check-prefix=TAU
// RUN: not plasticc-opt %S/Inputs/stdp_without_spikes.mlir 2>&1 | FileCheck %s --check-prefix=STDP

// UNKNOWN: unknown_parameter.mlir:2:45: error: custom op 'snn.population' duplicate or unknown struct parameter name: tau_membrane
// SHAPE: wrong_shape.mlir:4:8: error: 'snn.projection' op 'weights' has shape [2, 2] but the projection needs [3, 2]
// TAU: negative_time_constant.mlir:2:29: error: custom op 'snn.population' time constant 'tau_m' must be positive, got -20.0 ms
// STDP: stdp_without_spikes.mlir:5:3: error: 'snn.plasticity' op 'stdp' needs a spiking pre-population, but 'snn.population' @a of projection @w does not spike
