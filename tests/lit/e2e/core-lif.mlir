// A network goes from the dialect through quantization and core mapping to a
// core image, and the golden model runs it. One LIF neuron (tau_m = 10 ms,
// dt = 1 ms, threshold 15 mV above rest, t_ref = 2 ms) receives 6 mV per
// input spike; docs/semantics.md's LIF example by hand, with the formats §9
// picks here (F = 10: 1 mV = 1024 LSB; D_m = 59299; acc = 6144 per spike):
//   step 1: u = roundShift(6144 * 59299, 16)  = 5559
//   step 2: (5559 + 6144) * D_m              -> 10589
//   step 3: (10589 + 6144) * D_m             -> 15141 (< 15360)
//   step 4: (15141 + 6144) * D_m             -> 19259 >= 15360: spike, reset
//   steps 5, 6: refractory (step 6's input is lost)
//   step 7: u = 5559
// RUN: rm -rf %t && mkdir -p %t
// RUN: plasticc-opt %s --convert-snn-to-core="report=%t/report.txt" --emit-core-image="out-dir=%t steps=8" -o %t/core.mlir
// RUN: FileCheck %s --check-prefix=REPORT --input-file=%t/report.txt
// RUN: FileCheck %s --check-prefix=INPUTS --input-file=%t/neuron.core/inputs.txt
// RUN: plasticc-sim --model=golden %t/neuron.core %t/neuron.core/inputs.txt -o %t/out --steps=8
// --stats splits the step's cycles by phase (docs/core.md §3): 6 input
// spikes gathered (1 cycle each); 6 event passes of 2 scan + 2 words + 3
// row latency = 42; 8 neuron phases of 4 slots + 4 latency = 64; plus one
// tick cycle per step: 8 + 6 + 42 + 64 = 120.
// RUN: plasticc-sim --model=golden %t/neuron.core %t/neuron.core/inputs.txt -o %t/out2 --steps=8 --stats | FileCheck %s --check-prefix=STATS
// STATS: plasticc-sim: 8 steps, 1 output spikes, 6 synaptic ops, 120 core cycles
// STATS-NEXT: plasticc-sim: cycles by phase: gather 6, event 42, neuron 64, learn 0, sweep 0, prune 0; event phase 0.143 synaptic ops/cycle
// STATS-NEXT: plasticc-sim: {{[0-9.]+}} s for the steps: {{[0-9]+}} steps/s, {{[0-9]+}} core cycles/s
// RUN: FileCheck %s --check-prefix=SPIKES --input-file=%t/out/spikes.txt
// RUN: FileCheck %s --check-prefix=STATE --input-file=%t/out/state.txt

snn.network @lif_example dt(1.0 ms) {
  %drive = snn.spike_source @drive spikes [(0, 0.0 ms), (0, 1.0 ms), (0, 2.0 ms),
      (0, 3.0 ms), (0, 5.0 ms), (0, 6.0 ms)] : !snn.pop<1>
  %neuron = snn.population @neuron lif<tau_m = 10.0 ms, v_rest = -65.0 mV,
      v_th = -50.0 mV, t_ref = 2.0 ms> : !snn.pop<1>
  %in = snn.projection @in %drive -> %neuron all_to_all<weight = 6.0>
      delay(1.0 ms) : !snn.proj<1, 1>
  snn.probe @spikes spikes %neuron : !snn.pop<1>
}

// REPORT: core @neuron: 1 neurons on 4, 1 axons on 2
// REPORT: v LSB = 2^-10 mV
// REPORT: w LSB = 0.0625 mV (w_shift 6)
// REPORT: threshold{{ +}}15{{ +}}15360
// REPORT: decay_v{{ +}}0.904837{{ +}}59299

// INPUTS: 1 0
// INPUTS-NEXT: 2 0
// INPUTS-NEXT: 3 0
// INPUTS-NEXT: 4 0
// INPUTS-NEXT: 6 0
// INPUTS-NEXT: 7 0

// SPIKES-NOT: {{^[0-35-9] }}
// SPIKES: {{^}}4 0
// SPIKES-NOT: {{^[0-9]+ }}

// STATE: n 0 5559 0 0 0
