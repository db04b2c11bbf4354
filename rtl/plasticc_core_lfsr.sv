// plasticc learning core: 32-bit Galois LFSR for stochastic rounding.
//
// One advance is 16 single shifts (an XOR network); the draw of an advance
// is the low 16 bits of the new state, presented on draw_o in the cycle the
// advance is requested so a pipeline can register it with its stage.
// The host writes the seed in two halves and can read the state back.

module plasticc_core_lfsr (
  input  logic        clk_i,
  input  logic        rst_ni,
  input  logic        advance_i,
  input  logic        load_lo_i,
  input  logic        load_hi_i,
  input  logic [15:0] load_data_i,
  output logic [15:0] draw_o,
  output logic [31:0] state_o
);

  logic [31:0] state_q, state_d, cur, adv;

  // An all-zero state would lock up; the golden model substitutes 1 for it.
  assign cur = (state_q == 32'h0) ? 32'h1 : state_q;
  assign adv = plasticc_core_pkg::lfsr_advance(cur);

  always_comb begin
    state_d = state_q;
    if (advance_i) state_d = adv;
    if (load_lo_i) state_d[15:0] = load_data_i;
    if (load_hi_i) state_d[31:16] = load_data_i;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) state_q <= 32'h1;
    else         state_q <= state_d;
  end

  assign draw_o  = adv[15:0];
  assign state_o = state_q;

  // Assertions
`ifndef SYNTHESIS
  LfsrNoLoadWhileAdvancing: assert property (@(posedge clk_i) disable iff (!rst_ni)
      !(advance_i && (load_lo_i || load_hi_i)));
`endif

endmodule
