// plasticc learning core: show-ahead (first-word-fall-through) FIFO.
//
// The head entry is visible on head_o whenever empty_o is low, so control
// logic can decide on it in the cycle it pops (the gather phase tests the
// recurrent FIFO's due tick; the learning phase reads the next pair). The
// storage is a synchronous-read memory (EBR on iCE40); the head is the
// registered read of the next read address, with a bypass for an entry
// written in the same cycle as it becomes the head.

module plasticc_core_fifo #(
  // Entry width in bits.
  parameter int unsigned Width = 8,
  // Number of entries; a power of two so the pointers wrap for free.
  parameter int unsigned Depth = 16
) (
  input  logic                     clk_i,
  input  logic                     rst_ni,
  input  logic                     push_i,   // ignored when full_o
  input  logic [Width-1:0]         wdata_i,
  input  logic                     pop_i,    // ignored when empty_o
  output logic [Width-1:0]         head_o,
  output logic                     empty_o,
  output logic                     full_o,
  output logic [$clog2(Depth):0]   count_o
);

  localparam int unsigned PtrWidth = (Depth > 1) ? $clog2(Depth) : 1;

  logic [Width-1:0]    mem [Depth];
  logic [PtrWidth-1:0] wptr_q, wptr_d, rptr_q, rptr_d, rd_addr;
  logic [$clog2(Depth):0] count_q, count_d;
  logic [Width-1:0]    rd_q, byp_data_q;
  logic                byp_q;
  logic                do_push, do_pop;

  assign do_push = push_i && !full_o;
  assign do_pop  = pop_i && !empty_o;
  assign rd_addr = do_pop ? rptr_q + 1'b1 : rptr_q;

  always_comb begin
    wptr_d  = do_push ? wptr_q + 1'b1 : wptr_q;
    rptr_d  = do_pop ? rptr_q + 1'b1 : rptr_q;
    count_d = count_q + {{$clog2(Depth){1'b0}}, do_push} -
              {{$clog2(Depth){1'b0}}, do_pop};
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      wptr_q  <= '0;
      rptr_q  <= '0;
      count_q <= '0;
      byp_q   <= 1'b0;
    end else begin
      wptr_q  <= wptr_d;
      rptr_q  <= rptr_d;
      count_q <= count_d;
      byp_q   <= do_push && (wptr_q == rd_addr);
    end
  end

  // Memory: written at wptr, read (registered) at the next head address.
  always_ff @(posedge clk_i) begin
    if (do_push) mem[wptr_q] <= wdata_i;
    rd_q       <= mem[rd_addr];
    byp_data_q <= wdata_i;
  end

  assign head_o  = byp_q ? byp_data_q : rd_q;
  assign empty_o = (count_q == '0);
  assign full_o  = (count_q == Depth[$clog2(Depth):0]);
  assign count_o = count_q;

  // Assertions
`ifndef SYNTHESIS
  FifoDepthPow2: assert property (@(posedge clk_i) (Depth & (Depth - 1)) == 0);
  FifoCountInRange: assert property (@(posedge clk_i) disable iff (!rst_ni)
      count_q <= Depth[$clog2(Depth):0]);
`endif
`ifdef FORMAL
  // Formal: the count never exceeds the depth and a push into a full FIFO
  // never changes its contents (rejected, not silently overwritten).
  always_ff @(posedge clk_i) begin
    if (rst_ni) begin
      FCountInRange: assert (count_q <= Depth[$clog2(Depth):0]);
      FPtrConsistent: assert (wptr_q - rptr_q == count_q[PtrWidth-1:0]);
    end
  end
`endif

endmodule
