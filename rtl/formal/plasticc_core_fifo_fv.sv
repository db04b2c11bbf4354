// Formal harness for plasticc_core_fifo (yosys-smtbmc, bounded).
//
// All inputs are free. A shadow queue of the same depth gives the reference
// behaviour; the properties are that the FIFO never overflows silently
// (count <= Depth, full_o exactly when Depth entries are held, a push into a
// full FIFO changes nothing) and that the show-ahead head is always the
// oldest entry, including the same-cycle write bypass.

module plasticc_core_fifo_fv (
  input logic       clk_i,
  input logic       rst_ni,
  input logic       push_i,
  input logic [3:0] wdata_i,
  input logic       pop_i
);

  localparam int unsigned Depth = 4;

  logic [3:0] head;
  logic       empty, full;
  logic [2:0] count;

  plasticc_core_fifo #(.Width(4), .Depth(Depth)) u_dut (
    .clk_i, .rst_ni,
    .push_i, .wdata_i, .pop_i,
    .head_o(head), .empty_o(empty), .full_o(full), .count_o(count)
  );

  // Start in reset.
  logic init_q = 1'b1;
  always_ff @(posedge clk_i) init_q <= 1'b0;
  always_comb begin
    if (init_q) assume (!rst_ni);
  end

  // Shadow queue.
  logic [3:0] sh_q [Depth];
  logic [2:0] sh_cnt_q;
  logic       acc_push, acc_pop;
  assign acc_push = push_i && (sh_cnt_q < 3'(Depth));
  assign acc_pop  = pop_i && (sh_cnt_q != 3'd0);

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      sh_cnt_q <= '0;
    end else begin
      for (int k = 0; k < Depth; k++) begin
        // Shift out on pop, then append at the (new) tail.
        if (acc_pop) sh_q[k] <= (k + 1 < Depth) ? sh_q[k + 1] : sh_q[k];
      end
      if (acc_push) sh_q[2'(acc_pop ? sh_cnt_q - 3'd1 : sh_cnt_q)] <= wdata_i;
      sh_cnt_q <= sh_cnt_q + 3'(acc_push) - 3'(acc_pop);
    end
  end

  // A push into a full FIFO (without a pop) must leave it unchanged.
  logic       full_push_q;
  logic [3:0] head_before_q;
  always_ff @(posedge clk_i) begin
    full_push_q   <= rst_ni && full && push_i && !pop_i;
    head_before_q <= head;
  end

  always_ff @(posedge clk_i) begin
    if (rst_ni && !init_q) begin
      FvCountMatches: assert (count == sh_cnt_q);
      FvCountBounded: assert (count <= 3'(Depth));
      FvFullFlag: assert (full == (count == 3'(Depth)));
      FvEmptyFlag: assert (empty == (count == 3'd0));
      if (!empty) FvHeadIsOldest: assert (head == sh_q[0]);
      if (full_push_q) FvFullPushIgnored: assert (full && head == head_before_q);
    end
  end

endmodule
