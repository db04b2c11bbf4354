// plasticc learning core: Hebbian / Oja update of one synapse (one lane).
//
// Combinational; stage S2 of the sweep. Bit for bit semantics.md §15 and
// sim/golden/numerics/hebbian.h:
//   w' = clamp(w + R20(eta * x * y - 2^4 * k * w), w_min, w_max)
// with eta in Q8.8, x, y Q2.6 traces (20 fractional bits), Oja's factor
// k = min(2^16 - 1, floor(eta_o * y^2 / 2^12)) in Q0.16 (0 for plain
// Hebbian), and one rounding R20: to nearest (ties up) or stochastically
// with an 8-bit draw. x * y and k come registered from stage 1.

module plasticc_core_hebbian (
  input  logic signed [7:0] w_i,
  input  logic [15:0]       xy_i,       // x(t) * y(t)
  input  logic [15:0]       k_i,        // Oja's k_j of this lane's neuron
  input  logic [15:0]       eta_i,
  input  logic              stoch_i,    // rounding = stochastic
  input  logic [7:0]        r8_i,
  input  logic signed [7:0] w_min_i,
  input  logic signed [7:0] w_max_i,
  output logic signed [7:0] w_o
);

  // |eta * x * y| < 2^32 and |2^4 * k * w| <= 2^27: 34 bits signed hold
  // the sum and the rounding constant.
  logic signed [33:0] hebb, decay, q, q_r;
  logic signed [13:0] d;
  logic signed [14:0] wn;
  logic [7:0]         w_abs;
  logic [23:0]        kw_abs;

  assign hebb   = $signed({2'b0, 32'(eta_i) * 32'(xy_i)});
  // k * |w| as one unsigned 16 x 8 product (one SB_MAC16), then the sign.
  assign w_abs  = w_i[7] ? 8'(-w_i) : 8'(w_i);
  assign kw_abs = 24'(k_i) * 24'(w_abs);
  assign decay  = w_i[7] ? -$signed({6'b0, kw_abs, 4'b0})
                         :  $signed({6'b0, kw_abs, 4'b0});
  assign q     = hebb - decay;
  // One adder before the shift: 2^19 (nearest) or r8 * 2^12.
  assign q_r   = q + (stoch_i ? $signed({14'b0, r8_i, 12'b0}) : 34'sh8_0000);
  assign d     = 14'(q_r >>> 20);
  assign wn    = 15'(w_i) + 15'(d);

  assign w_o = plasticc_core_pkg::clip_weight(16'(wn), w_min_i, w_max_i);

  // Assertions
`ifndef SYNTHESIS
  always_comb begin
    if (w_min_i <= w_max_i) begin
      HebbianResultInBounds: assert (w_o >= w_min_i && w_o <= w_max_i);
    end
  end
`endif
`ifdef FORMAL
  always_comb begin
    if (w_min_i <= w_max_i) begin
      FHebbianResultInBounds: assert (w_o >= w_min_i && w_o <= w_max_i);
    end
    // Plain Hebbian (k = 0; eta, x, y >= 0) never lowers a weight in range.
    if (k_i == 16'd0 && w_min_i <= w_max_i && w_i >= w_min_i &&
        w_i <= w_max_i) begin
      FHebbianNeverLowers: assert (w_o >= w_i);
    end
    // Oja without the Hebbian term (eta * x * y = 0) only decays: k < 1,
    // so the weight moves toward zero and never crosses it.
    if ((eta_i == 16'd0 || xy_i == 16'd0) && w_min_i <= 8'sd0 &&
        w_max_i >= 8'sd0 && w_i >= w_min_i && w_i <= w_max_i) begin
      FOjaDecayTowardZero: assert (w_i >= 0 ? (w_o >= 0 && w_o <= w_i)
                                             : (w_o <= 0 && w_o >= w_i));
    end
  end
`endif

endmodule
