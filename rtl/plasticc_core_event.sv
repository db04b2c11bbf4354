// plasticc learning core: axon bitmap and active-axon scan.
//
// Holds x0 (axon active in this step, docs/core.md §3.1). The event phase
// walks the set axons in ascending order without consuming them: first_o is
// the lowest set axon above the last one taken (or the lowest overall at the
// start of the phase), found by a two-level find-first-set (16-bit groups,
// then the bit within a group); take_i moves past it. x0 stays intact for the
// pre traces of the neuron phase, read through x0_addr_i. Walking instead of
// clearing a working copy saves M flip-flops and their set/clear decoders.

module plasticc_core_event #(
  // Number of axons M.
  parameter int unsigned NumAxons = 256,
  // Index width (at least 1).
  parameter int unsigned AxonWidth = 8,
  // Slot index width of the x0 read port.
  parameter int unsigned SlotWidth = 8
) (
  input  logic                 clk_i,
  input  logic                 rst_ni,
  input  logic                 clear_i,      // tick accepted: new step
  input  logic                 set_i,        // gather pop
  input  logic [AxonWidth-1:0] set_axon_i,
  input  logic                 take_i,       // event phase starts row first_o
  output logic [AxonWidth-1:0] first_o,
  output logic                 any_o,        // set axons remain above the last taken
  input  logic [SlotWidth-1:0] x0_addr_i,
  output logic                 x0_o
);

  localparam int unsigned GroupBits = 16;
  localparam int unsigned NumGroups = (NumAxons + GroupBits - 1) / GroupBits;
  localparam int unsigned PadBits   = NumGroups * GroupBits;
  localparam int unsigned GroupIdxW = (NumGroups > 1) ? $clog2(NumGroups) : 1;

  logic [NumAxons-1:0]  x0_q, x0_d;
  logic                 taken_q, taken_d;
  logic [AxonWidth-1:0] cur_q, cur_d;
  logic [PadBits-1:0]   x0_pad;
  logic [NumGroups-1:0] grp_any;
  logic [31:0]          cur_grp, cur_bit;
  logic [GroupIdxW-1:0] grp_sel;
  logic                 grp_found, same_found;
  logic [3:0]           same_bit, low_bit;
  logic [GroupBits-1:0] cur_bits, sel_bits;

  assign x0_pad  = PadBits'(x0_q);
  assign cur_grp = 32'(cur_q) / GroupBits;
  assign cur_bit = 32'(cur_q) % GroupBits;

  for (genvar g = 0; g < NumGroups; g++) begin : gen_group_any
    assign grp_any[g] = |x0_pad[g*GroupBits +: GroupBits];
  end

  // Lowest non-empty group above the current one (any group before the
  // first take).
  always_comb begin
    grp_sel   = '0;
    grp_found = 1'b0;
    for (int g = NumGroups - 1; g >= 0; g--) begin
      if (grp_any[g] && (!taken_q || 32'(g) > cur_grp)) begin
        grp_sel   = GroupIdxW'(g);
        grp_found = 1'b1;
      end
    end
  end

  // Lowest set bit above the current one within the current group.
  assign cur_bits = x0_pad[cur_grp * GroupBits +: GroupBits];
  always_comb begin
    same_bit   = '0;
    same_found = 1'b0;
    for (int b = GroupBits - 1; b >= 0; b--) begin
      if (cur_bits[b] && (32'(b) > cur_bit)) begin
        same_bit   = 4'(b);
        same_found = 1'b1;
      end
    end
  end

  assign sel_bits = x0_pad[32'(grp_sel) * GroupBits +: GroupBits];
  always_comb begin
    low_bit = '0;
    for (int b = GroupBits - 1; b >= 0; b--) begin
      if (sel_bits[b]) low_bit = 4'(b);
    end
  end

  always_comb begin
    if (taken_q && same_found) begin
      first_o = AxonWidth'(cur_grp * GroupBits + 32'(same_bit));
    end else begin
      first_o = AxonWidth'(32'(grp_sel) * GroupBits + 32'(low_bit));
    end
  end
  assign any_o = (taken_q && same_found) || grp_found;

  always_comb begin
    x0_d    = x0_q;
    taken_d = taken_q;
    cur_d   = cur_q;
    if (clear_i) begin
      x0_d    = '0;
      taken_d = 1'b0;
    end
    if (take_i) begin
      taken_d = 1'b1;
      cur_d   = first_o;
    end
    if (set_i) x0_d[set_axon_i] = 1'b1;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      x0_q    <= '0;
      taken_q <= 1'b0;
      cur_q   <= '0;
    end else begin
      x0_q    <= x0_d;
      taken_q <= taken_d;
      cur_q   <= cur_d;
    end
  end

  assign x0_o = (32'(x0_addr_i) < NumAxons) ? x0_q[AxonWidth'(x0_addr_i)] : 1'b0;

  // Assertions
`ifndef SYNTHESIS
  EventSetInRange: assert property (@(posedge clk_i) disable iff (!rst_ni)
      set_i |-> 32'(set_axon_i) < NumAxons);
  EventTakeOnlyPending: assert property (@(posedge clk_i) disable iff (!rst_ni)
      take_i |-> any_o);
  EventNoSetAndClear: assert property (@(posedge clk_i) disable iff (!rst_ni)
      !(set_i && clear_i));
  EventNoSetWhileWalking: assert property (@(posedge clk_i) disable iff (!rst_ni)
      !(set_i && taken_q));
`endif

endmodule
