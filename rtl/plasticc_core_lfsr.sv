// plasticc learning core: 32-bit Galois LFSR for stochastic rounding.
//
// One advance is 16 single shifts (an XOR network); the draw of an advance
// is the low 16 bits of the new state, presented on draw_o in the cycle the
// advance is requested so a pipeline can register it with its stage.
// The host writes the seed in two halves and can read the state back.
// The sweep phase draws twice per word (semantics.md §15): advance2_i
// advances twice in one cycle, draw_o is then the first draw and draw2_o the
// second.

module plasticc_core_lfsr #(
  // 0 leaves out the second XOR network (no sweep phase in the core).
  parameter bit EnDoubleAdvance = 1'b0
) (
  input  logic        clk_i,
  input  logic        rst_ni,
  input  logic        advance_i,
  input  logic        advance2_i,
  input  logic        load_lo_i,
  input  logic        load_hi_i,
  input  logic [15:0] load_data_i,
  output logic [15:0] draw_o,
  output logic [15:0] draw2_o,
  output logic [31:0] state_o
);

  logic [31:0] state_q, state_d, cur, adv, adv2;

  // An all-zero state would lock up; the golden model substitutes 1 for it.
  assign cur = (state_q == 32'h0) ? 32'h1 : state_q;
  assign adv = plasticc_core_pkg::lfsr_advance(cur);

  if (EnDoubleAdvance) begin : gen_double
    assign adv2 = plasticc_core_pkg::lfsr_advance(adv);
  end else begin : gen_no_double
    logic unused_advance2;
    assign unused_advance2 = advance2_i;
    assign adv2 = adv;
  end

  always_comb begin
    state_d = state_q;
    if (advance_i) state_d = adv;
    if (EnDoubleAdvance && advance2_i) state_d = adv2;
    if (load_lo_i) state_d[15:0] = load_data_i;
    if (load_hi_i) state_d[31:16] = load_data_i;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) state_q <= 32'h1;
    else         state_q <= state_d;
  end

  assign draw_o  = adv[15:0];
  assign draw2_o = adv2[15:0];
  assign state_o = state_q;

  // Assertions
`ifndef SYNTHESIS
  LfsrNoLoadWhileAdvancing: assert property (@(posedge clk_i) disable iff (!rst_ni)
      !((advance_i || advance2_i) && (load_lo_i || load_hi_i)));
  LfsrOneAdvanceKind: assert property (@(posedge clk_i) disable iff (!rst_ni)
      !(advance_i && advance2_i));
`endif

endmodule
