// plasticc learning core: Hebbian update of one synapse (one lane).
//
// Combinational; stage S2 of the sweep. Bit for bit semantics.md §15 and
// sim/golden/numerics/hebbian.h:
//   w' = clamp(w + R20(eta * x * y), w_min, w_max)
// with eta in Q8.8 and x, y Q2.6 traces (20 fractional bits), R20 rounding
// to nearest (ties up) or stochastically with an 8-bit draw. The product
// x * y comes registered from stage 1.

module plasticc_core_hebbian (
  input  logic signed [7:0] w_i,
  input  logic [15:0]       xy_i,       // x(t) * y(t)
  input  logic [15:0]       eta_i,
  input  logic              stoch_i,    // rounding = stochastic
  input  logic [7:0]        r8_i,
  input  logic signed [7:0] w_min_i,
  input  logic signed [7:0] w_max_i,
  output logic signed [7:0] w_o
);

  logic [31:0] q;
  logic [32:0] q_r;
  logic [12:0] d;
  logic signed [14:0] wn;

  assign q   = 32'(eta_i) * 32'(xy_i);
  // One adder before the shift: 2^19 (nearest) or r8 * 2^12.
  assign q_r = {1'b0, q} + (stoch_i ? {13'b0, r8_i, 12'b0} : 33'h8_0000);
  assign d   = 13'(q_r >> 20);
  assign wn  = 15'(w_i) + $signed({2'b0, d});

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
    // eta, x, y >= 0: the rule never lowers a weight that is in range.
    if (w_min_i <= w_max_i && w_i >= w_min_i && w_i <= w_max_i) begin
      FHebbianNeverLowers: assert (w_o >= w_i);
    end
  end
`endif

endmodule
