// plasticc learning core: one-read one-write synchronous RAM.
//
// Written in the shape yosys maps to iCE40 block RAM (SB_RAM40_4K): one
// write port, one registered read port, no reset. The core never reads an
// address in the cycle it writes it (docs/core.md schedules), or forwards
// around it, so the read-during-write behaviour does not matter.

module plasticc_core_ebr #(
  // Word width in bits.
  parameter int unsigned Width = 16,
  // Number of words.
  parameter int unsigned Depth = 256
) (
  input  logic                     clk_i,
  input  logic                     we_i,
  input  logic [$clog2(Depth)-1:0] waddr_i,
  input  logic [Width-1:0]         wdata_i,
  input  logic [$clog2(Depth)-1:0] raddr_i,
  output logic [Width-1:0]         rdata_o
);

  logic [Width-1:0] mem [Depth];
  logic [Width-1:0] rdata_q;

  always_ff @(posedge clk_i) begin
    if (we_i) mem[waddr_i] <= wdata_i;
    rdata_q <= mem[raddr_i];
  end

  assign rdata_o = rdata_q;

endmodule
