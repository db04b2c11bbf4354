// plasticc learning core: pair-STDP update of one weight (one lane).
//
// Combinational; used in stage 2 of both synapse passes (docs/core.md §3.2
// E2: depression with the post trace, §3.4 L2: potentiation with the pre
// trace). Bit for bit semantics.md §13:
//   additive        q = A * trace
//   multiplicative  q = (w - w_min) * m   (LTD)  |  (w_max - w) * m   (LTP)
//                   with m = floor(trace * A / 2^8) computed upstream
//   d = R(q) = roundShift(q, 14) | stochasticShift(q, 14, r8)
//   w' = clamp(w -/+ d, w_min, w_max)
// The caller never presents an absent synapse (-128) as one to write.

module plasticc_core_stdp #(
  // 0 leaves the multiplicative (soft-bound) datapath out.
  parameter bit EnMultiplicative = 1'b1
) (
  input  logic              ltp_i,        // 1 potentiate, 0 depress
  input  logic signed [7:0] w_i,
  input  logic [7:0]        trace_i,
  input  logic [15:0]       amp_i,        // A+ or A-
  input  logic [15:0]       m_i,          // floor(trace * A / 2^8)
  input  logic signed [7:0] w_min_i,
  input  logic signed [7:0] w_max_i,
  input  logic              mult_i,       // bounds = multiplicative
  input  logic              stoch_i,      // rounding = stochastic
  input  logic [7:0]        r8_i,
  output logic signed [7:0] w_o
);

  logic signed [26:0] q, q_r;
  logic signed [9:0]  op_a;   // trace (additive) or weight distance (soft)
  logic        [15:0] op_b;   // A (additive) or m (soft)
  logic signed [12:0] d;
  logic signed [13:0] wn;

  // One multiplier (one SB_MAC16) per lane serves both bound types.
  if (EnMultiplicative) begin : gen_mult
    logic signed [9:0] f;
    assign f    = ltp_i ? (10'(w_max_i) - 10'(w_i)) : (10'(w_i) - 10'(w_min_i));
    assign op_a = mult_i ? f : $signed({2'b0, trace_i});
    assign op_b = mult_i ? m_i : amp_i;
  end else begin : gen_no_mult
    logic unused_mult;
    assign unused_mult = ^{m_i, mult_i};
    assign op_a = $signed({2'b0, trace_i});
    assign op_b = amp_i;
  end

  assign q = 27'(op_a) * $signed({11'b0, op_b});
  // One adder before the shift: 2^13 (nearest, ties up) or r8 * 2^6.
  assign q_r = q + (stoch_i ? $signed({13'b0, r8_i, 6'b0}) : 27'sd8192);
  assign d   = 13'(q_r >>> 14);
  assign wn  = ltp_i ? (14'(w_i) + 14'(d)) : (14'(w_i) - 14'(d));

  assign w_o = plasticc_core_pkg::clip_weight(16'(wn), w_min_i, w_max_i);

  // Assertions
`ifndef SYNTHESIS
  // The result always lies in [w_min, w_max] when the bounds are ordered.
  always_comb begin
    if (w_min_i <= w_max_i) begin
      StdpResultInBounds: assert (w_o >= w_min_i && w_o <= w_max_i);
    end
  end
`endif
`ifdef FORMAL
  always_comb begin
    if (w_min_i <= w_max_i) begin
      FStdpResultInBounds: assert (w_o >= w_min_i && w_o <= w_max_i);
    end
    if (w_min_i <= w_max_i && w_i >= w_min_i && w_i <= w_max_i) begin
      // LTP never lowers, LTD never raises a weight that is in range.
      FStdpDirection: assert (ltp_i ? (w_o >= w_i) : (w_o <= w_i));
    end
  end
`endif

endmodule
