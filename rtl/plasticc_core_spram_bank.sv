// plasticc learning core: one synapse-memory bank (16-bit words, byte mask).
//
// Single port: each cycle either reads (data on rdata_o the next cycle) or
// writes the bytes selected by wmask_i. With UseSpram = 1 it is an iCE40 UP5K
// SB_SPRAM256KA (16K x 16; nothing else gives 64 KiB of synapses on that
// part); with UseSpram = 0 it is a behavioural model of the same behaviour
// for simulation and for small cores that fit block RAM.

module plasticc_core_spram_bank #(
  // Words in the bank (<= 16384 with UseSpram).
  parameter int unsigned Depth = 16384,
  // 1: instantiate the SB_SPRAM256KA primitive (synthesis for the UP5K).
  parameter bit UseSpram = 1'b0
) (
  input  logic                     clk_i,
  input  logic                     en_i,     // access this cycle
  input  logic                     we_i,     // write (else read)
  input  logic [$clog2(Depth)-1:0] addr_i,
  input  logic [15:0]              wdata_i,
  input  logic [1:0]               wmask_i,  // byte enables of a write
  output logic [15:0]              rdata_o
);

  if (UseSpram) begin : gen_spram
    logic [13:0] addr14;
    assign addr14 = 14'(addr_i);
    SB_SPRAM256KA u_spram (
      .ADDRESS   (addr14),
      .DATAIN    (wdata_i),
      .MASKWREN  ({wmask_i[1], wmask_i[1], wmask_i[0], wmask_i[0]}),
      .WREN      (we_i),
      .CHIPSELECT(en_i),
      .CLOCK     (clk_i),
      .STANDBY   (1'b0),
      .SLEEP     (1'b0),
      .POWEROFF  (1'b1),
      .DATAOUT   (rdata_o)
    );
  end else begin : gen_behavioural
    logic [15:0] mem [Depth];
    logic [15:0] rdata_q;
    always_ff @(posedge clk_i) begin
      if (en_i && we_i) begin
        if (wmask_i[0]) mem[addr_i][7:0]  <= wdata_i[7:0];
        if (wmask_i[1]) mem[addr_i][15:8] <= wdata_i[15:8];
      end
      if (en_i && !we_i) rdata_q <= mem[addr_i];
    end
    assign rdata_o = rdata_q;
  end

endmodule
