// plasticc learning core: three-factor update of one synapse (one lane).
//
// Combinational; stage 2 of the event pass (E2: the pre spike depresses the
// eligibility) and of the sweep (S2: decay, post-spike charge, weight move).
// Bit for bit semantics.md §15 and sim/golden/numerics/three_factor.h:
//   event  e' = sat8(e - roundShift(A- * y, 14 - E))
//   sweep  e' = sat8(stochasticShift(e * D_e, 16, rE)
//                    + (spiked ? roundShift(A+ * x, 14 - E) : 0))
//          w' = clamp(w + stochasticShift(etaM * e', 23 + E, rW))
// The products A * trace and e * D_e come registered from stage 1 (they
// read memory outputs); etaM = eta * M is one register product per step.
// The caller never presents an absent synapse (-128) as one to write.

module plasticc_core_three_factor (
  input  logic               sweep_i,      // 1 sweep (S2), 0 event (E2)
  input  logic signed [7:0]  e_i,
  input  logic signed [7:0]  w_i,
  input  logic [23:0]        amp_trace_i,  // A- * y(t-1) or A+ * x(t)
  input  logic signed [24:0] e_decay_p_i,  // e * D_e
  input  logic               spiked_i,     // post neuron fired this step
  input  logic [2:0]         e_frac_i,     // E
  input  logic signed [24:0] eta_m_i,      // eta * M
  input  logic signed [7:0]  w_min_i,
  input  logic signed [7:0]  w_max_i,
  input  logic [7:0]         r_e_i,        // draw for the decay
  input  logic [7:0]         r_w_i,        // draw for the weight
  output logic signed [7:0]  e_o,
  output logic signed [7:0]  w_o
);

  function automatic logic signed [7:0] sat8(input logic signed [19:0] x);
    logic signed [7:0] r;
    if (x > 20'sd127) r = 8'sd127;
    else if (x < -20'sd128) r = -8'sd128;
    else r = x[7:0];
    sat8 = r;
  endfunction

  // roundShift(A * trace, 14 - E): one adder before the shift.
  logic [24:0] amp_r;
  logic [17:0] inc;
  assign amp_r = {1'b0, amp_trace_i} + (25'd1 << (5'd13 - {2'b0, e_frac_i}));
  assign inc   = 18'(amp_r >> (5'd14 - {2'b0, e_frac_i}));

  // stochasticShift(e * D_e, 16, rE) lies in [-128, 127].
  logic signed [25:0] dec_r;
  logic signed [9:0]  dec;
  assign dec_r = 26'(e_decay_p_i) + $signed({10'b0, r_e_i, 8'b0});
  assign dec   = 10'(dec_r >>> 16);

  logic signed [19:0] e_sum;
  assign e_sum = sweep_i ? (20'(dec) + (spiked_i ? $signed({2'b0, inc}) : 20'sd0))
                         : (20'(e_i) - $signed({2'b0, inc}));
  assign e_o = sat8(e_sum);

  // |eta * M * e'| <= 65535 * 128 * 128 < 2^30; the draw adds < 2^30.
  logic signed [33:0] q, q_r, r_term;
  logic signed [11:0] d;
  logic signed [12:0] wn;
  assign q      = 34'(eta_m_i) * 34'(e_o);
  assign r_term = $signed({26'b0, r_w_i}) <<< (5'd15 + {2'b0, e_frac_i});
  assign q_r    = q + r_term;
  assign d      = 12'(q_r >>> (6'd23 + {3'b0, e_frac_i}));
  assign wn     = 13'(w_i) + 13'(d);

  assign w_o = plasticc_core_pkg::clip_weight(16'(wn), w_min_i, w_max_i);

  // Assertions
`ifndef SYNTHESIS
  always_comb begin
    if (sweep_i && (w_min_i <= w_max_i)) begin
      ThreeFactorWeightInBounds: assert (w_o >= w_min_i && w_o <= w_max_i);
    end
  end
`endif
`ifdef FORMAL
  always_comb begin
    if (w_min_i <= w_max_i) begin
      FThreeFactorWeightInBounds: assert (w_o >= w_min_i && w_o <= w_max_i);
    end
    // A pre spike only ever depresses the eligibility.
    if (!sweep_i) begin
      FThreeFactorPreDepresses: assert (e_o <= e_i);
    end
  end
`endif

endmodule
