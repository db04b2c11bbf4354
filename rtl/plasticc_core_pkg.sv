// plasticc learning core: shared constants and fixed-point helpers.
//
// The widths below are fixed by docs/semantics.md Part 2 (8-bit weights,
// 16-bit state, 8-bit Q2.6 traces); they are constants rather than module
// parameters because changing one changes the arithmetic the golden model
// defines. Functions follow the primitives of semantics.md §10 one to one.
//
// Written for yosys 0.23 as well as Verilator: no `return`, no package import
// (callers use plasticc_core_pkg::name), no packed structs.

package plasticc_core_pkg;

  // Configuration bus regions (docs/core.md §4): cfg_addr_i[19:16].
  localparam logic [3:0] RegionParam  = 4'd0;
  localparam logic [3:0] RegionWeight = 4'd1;
  localparam logic [3:0] RegionU      = 4'd2;
  localparam logic [3:0] RegionI      = 4'd3;
  localparam logic [3:0] RegionTheta  = 4'd4;
  localparam logic [3:0] RegionMisc   = 4'd5;
  localparam logic [3:0] RegionX      = 4'd6;
  localparam logic [3:0] RegionCount  = 4'd7;
  localparam logic [3:0] RegionElig   = 4'd8;
  localparam logic [3:0] RegionI2     = 4'd9;

  // Parameter register numbers (docs/core.md §6).
  // {inh_current, model[1:0], reset, adaptive}
  localparam int unsigned RegNeuronFlags = 0;
  localparam int unsigned RegDecayV      = 1;
  localparam int unsigned RegDecayI      = 2;
  localparam int unsigned RegDecayTh     = 3;
  localparam int unsigned RegGainI       = 4;
  localparam int unsigned RegThreshold   = 5;
  localparam int unsigned RegVReset      = 6;
  localparam int unsigned RegThJump      = 7;
  localparam int unsigned RegBias        = 8;
  localparam int unsigned RegRefSteps    = 9;
  localparam int unsigned RegWShift      = 10;
  localparam int unsigned RegPairing     = 11; // 0 all_to_all, 1 nearest
  localparam int unsigned RegDecayPre    = 12;
  localparam int unsigned RegDecayPost   = 13;
  localparam int unsigned RegImpulse     = 14;
  localparam int unsigned RegStdpFlags   = 15; // {enabled, bounds, rounding}
  localparam int unsigned RegAPlus       = 16;
  localparam int unsigned RegAMinus      = 17;
  localparam int unsigned RegWMin        = 18;
  localparam int unsigned RegWMax        = 19;
  localparam int unsigned RegSeedNeuronLo = 20;
  localparam int unsigned RegSeedNeuronHi = 21;
  localparam int unsigned RegSeedLearnLo  = 22;
  localparam int unsigned RegSeedLearnHi  = 23;
  localparam int unsigned RegRecEnable   = 24;
  localparam int unsigned RegRecOffset   = 25;
  localparam int unsigned RegRecDelay    = 26;
  localparam int unsigned RegTfEnable    = 27;
  localparam int unsigned RegDecayE      = 28;
  localparam int unsigned RegTfAPlus     = 29;
  localparam int unsigned RegTfAMinus    = 30;
  localparam int unsigned RegEFracBits   = 31;
  localparam int unsigned RegTfEta       = 32;
  localparam int unsigned RegTfWMin      = 33;
  localparam int unsigned RegTfWMax      = 34;
  localparam int unsigned RegPlasticAxons = 35; // P: rows >= P are static
  localparam int unsigned RegModulator   = 36; // M, Q1.7
  localparam int unsigned RegHebbFlags   = 37; // {enabled, rounding}
  localparam int unsigned RegHebbEta     = 38;
  localparam int unsigned RegHebbWMin    = 39;
  localparam int unsigned RegHebbWMax    = 40;
  localparam int unsigned RegDecayIInh   = 41;
  localparam int unsigned RegGainIInh    = 42;
  localparam int unsigned RegHebbDecay   = 43; // eta_o, Oja's decay term
  localparam int unsigned RegPruneThreshold = 44; // T: |w| < T is pruned
  localparam int unsigned RegPruneEvery  = 45; // E: prune every E steps, 0 never
  localparam int unsigned RegPruneCount  = 46; // countdown C to the next prune
  localparam int unsigned NumRegs        = 47;

  // neuron.model encoding in RegNeuronFlags[3:2] (order of the image loader).
  // lif is 2'd0: the default datapath (leak on, spikes on, no current).
  localparam logic [1:0] ModelCubaLif = 2'd1;
  localparam logic [1:0] ModelIf      = 2'd2;
  localparam logic [1:0] ModelLi      = 2'd3;

  // Galois LFSR x^32 + x^22 + x^2 + x + 1, shifting right (semantics.md §14).
  localparam logic [31:0] LfsrTaps = 32'h8020_0003;

  // The clip every learning rule ends with (semantics.md §13, §15): an
  // updated weight, sign-extended to 16 bits, into [w_min, w_max].
  function automatic logic signed [7:0] clip_weight(
      input logic signed [15:0] w, input logic signed [7:0] w_min,
      input logic signed [7:0] w_max);
    logic signed [7:0] r;
    if (w < 16'(w_min)) r = w_min;
    else if (w > 16'(w_max)) r = w_max;
    else r = w[7:0];
    clip_weight = r;
  endfunction

  // Oja's k_j = min(2^16 - 1, floor(eta_o * y^2 / 2^12)) (semantics.md §15):
  // Q0.16 times a Q4.12 square, saturated just below 1.
  function automatic logic [15:0] oja_decay_factor(
      input logic [15:0] eta_o, input logic [7:0] y);
    logic [15:0] y2;
    logic [19:0] k;
    y2 = 16'(y) * 16'(y);
    k  = 20'((32'(eta_o) * 32'(y2)) >> 12);
    oja_decay_factor = (k[19:16] != 4'b0) ? 16'hffff : k[15:0];
  endfunction

  // sat16 of semantics.md §10 for a 20-bit signed intermediate.
  function automatic logic [15:0] sat16_20(input logic signed [19:0] x);
    logic [15:0] r;
    if (x > 20'sh07fff) r = 16'h7fff;
    else if (x < -20'sh08000) r = 16'h8000;
    else r = x[15:0];
    sat16_20 = r;
  endfunction

  // mulQ16(x, D) = roundShift(x * D, 16): 16-bit signed x, Q0.16 unsigned D.
  // |result| <= |x| + 1, so 17 bits hold it.
  function automatic logic signed [16:0] mul_q16(input logic signed [15:0] x,
                                                 input logic [15:0] d);
    logic signed [33:0] p;
    p = 34'(x) * $signed({18'b0, d}) + 34'sh8000;
    mul_q16 = 17'(p >>> 16);
  endfunction

  // traceDecay = stochasticShift(x * D, 16, r8) = floor((x*D + r8*2^8) / 2^16),
  // given the product x * D (computed on a multiplier the top level shares).
  function automatic logic [7:0] trace_round(input logic [23:0] p_in,
                                             input logic [7:0] r8);
    logic [24:0] p;
    p = 25'(p_in) + {9'b0, r8, 8'b0};
    trace_round = 8'(p >> 16);
  endfunction

  // traceJump: nearest resets to the impulse, all_to_all adds it and
  // saturates at 255.
  function automatic logic [7:0] trace_jump(input logic [7:0] x,
                                            input logic spiked,
                                            input logic nearest,
                                            input logic [7:0] impulse);
    logic [8:0] s;
    logic [7:0] r;
    s = {1'b0, x} + {1'b0, impulse};
    if (!spiked) r = x;
    else if (nearest) r = impulse;
    else if (s[8]) r = 8'hff;
    else r = s[7:0];
    trace_jump = r;
  endfunction

  // One LFSR advance = 16 single right shifts (semantics.md §14).
  function automatic logic [31:0] lfsr_advance(input logic [31:0] s_in);
    logic [31:0] s;
    s = s_in;
    for (int k = 0; k < 16; k++) begin
      s = {1'b0, s[31:1]} ^ (s[0] ? LfsrTaps : 32'h0);
    end
    lfsr_advance = s;
  endfunction

endpackage
