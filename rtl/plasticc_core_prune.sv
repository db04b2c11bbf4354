// plasticc learning core: the prune decision of one synapse (one lane).
//
// Combinational; stage R2 of the prune phase (docs/core.md §11). An
// existing synapse (w != -128) whose magnitude is below the threshold T
// (0..128 weight LSBs, register 44) is pruned: stage R3 writes -128 in its
// byte. |w| of an existing synapse is at most 127, so the unsigned 8-bit
// compare with T needs no wider arithmetic (T = 128 prunes every synapse).

module plasticc_core_prune (
  input  logic signed [7:0] w_i,
  input  logic [7:0]        threshold_i,
  output logic              prune_o
);

  logic [7:0] w_abs;

  assign w_abs   = w_i[7] ? 8'(-w_i) : 8'(w_i);
  assign prune_o = (w_i != -8'sd128) && (w_abs < threshold_i);

  // Assertions
`ifdef FORMAL
  // The same rule in 10-bit signed arithmetic, -T < w < T: a pruned lane is
  // an existing synapse strictly inside the threshold, and every such lane
  // is pruned (for every w and every 8-bit T, including T > 128).
  logic signed [9:0] w_wide, t_wide;
  assign w_wide = 10'(w_i);
  assign t_wide = $signed({2'b0, threshold_i});
  always_comb begin
    if (prune_o) begin
      FPruneOnlyExisting: assert (w_i != -8'sd128);
      FPruneOnlyBelowThreshold: assert (w_wide < t_wide && w_wide > -t_wide);
    end
    if (w_i != -8'sd128 && w_wide < t_wide && w_wide > -t_wide) begin
      FPruneEveryBelowThreshold: assert (prune_o);
    end
    // T = 0 never prunes; T = 128 prunes every existing synapse.
    if (threshold_i == 8'd0) begin
      FPruneNothingAtZero: assert (!prune_o);
    end
    if (threshold_i == 8'd128) begin
      FPruneAllAt128: assert (prune_o == (w_i != -8'sd128));
    end
  end
`endif

endmodule
