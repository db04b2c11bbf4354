// plasticc system router (docs/core.md §10): K cores, one tick, one drain.
//
// The system accepts a tick only when every core and the router are idle,
// and then ticks every core in that cycle. Once every core has finished its
// step, the router drains the cores' output FIFOs, source cores ascending,
// each core's spikes in FIFO order: one cycle offering spike (k, j) on the
// system output (held while the output is not ready), then one cycle per
// route of core k in table order, pushing axon first + j into the
// destination core's input FIFO when j < count. A push into a full FIFO is
// dropped and sets the sticky status bit (the destination cannot drain
// before the next tick, so waiting would deadlock). The cycle after the
// last spike finds every FIFO empty and returns to idle, so with the output
// always ready the next tick comes kRouterOverhead = 2 cycles after the
// drain's R cycles.
//
// The system configuration bus widens the core address to 24 bits:
// addr[23:20] selects core k (< NumCores) or the router (15). Router
// registers (rtl/README.md): region 0 holds the route table, grouped by
// source core (routes of one source in table order) and the per-source
// index; region 7 index 4 the status, 5 and 6 the build (NumCores,
// RouteDepth; read-only, where a core reports its N and M), 8 the count of
// dropped pushes.

module plasticc_router #(
  // Cores in the system. Target 15 of the system bus is the router itself,
  // so a system has at most 15 cores.
  parameter int unsigned NumCores = 3,
  // Route table entries (docs/core.md §10.1: at most 64 routes).
  parameter int unsigned RouteDepth = 64,
  // Widest neuron and axon index over the cores (N, M <= 1024).
  parameter int unsigned NeuronWidth = 10,
  parameter int unsigned AxonWidth = 10,
  // Derived widths (not meant to be overridden).
  parameter int unsigned RouteWidth = (RouteDepth > 1) ? $clog2(RouteDepth) : 1,
  parameter int unsigned CountWidth = NeuronWidth + 1
) (
  input  logic                            clk_i,
  input  logic                            rst_ni,

  // Cores' output AER (core k at [k*W +: W]).
  input  logic [NumCores-1:0]             core_out_valid_i,
  output logic [NumCores-1:0]             core_out_ready_o,
  input  logic [NumCores*NeuronWidth-1:0] core_out_neuron_i,
  input  logic [NumCores*4-1:0]           core_out_tick_i,

  // Cores' input AER: one axon bus, one valid per core.
  output logic [NumCores-1:0]             core_in_valid_o,
  input  logic [NumCores-1:0]             core_in_ready_i,
  output logic [AxonWidth-1:0]            core_in_axon_o,

  // Cores' tick handshake.
  output logic                            core_tick_o,
  input  logic [NumCores-1:0]             core_tick_ready_i,
  input  logic [NumCores-1:0]             core_busy_i,

  // Cores' configuration buses: shared address/data, one request each.
  output logic [NumCores-1:0]             core_cfg_req_o,
  input  logic [NumCores-1:0]             core_cfg_gnt_i,
  output logic                            core_cfg_we_o,
  output logic [19:0]                     core_cfg_addr_o,
  output logic [15:0]                     core_cfg_wdata_o,
  input  logic [NumCores-1:0]             core_cfg_rvalid_i,
  input  logic [NumCores*16-1:0]          core_cfg_rdata_i,

  // System time step.
  input  logic                            tick_i,
  output logic                            tick_ready_o,
  output logic                            busy_o,

  // System input: axon of a core, accepted only while idle.
  input  logic                            in_valid_i,
  output logic                            in_ready_o,
  input  logic [3:0]                      in_core_i,
  input  logic [AxonWidth-1:0]            in_axon_i,

  // System output: every spike of every core, drain order.
  output logic                            out_valid_o,
  input  logic                            out_ready_i,
  output logic [3:0]                      out_core_o,
  output logic [NeuronWidth-1:0]          out_neuron_o,
  output logic [3:0]                      out_tick_o,

  // System configuration bus (24-bit address, read data 2 cycles after
  // the grant, as the core's).
  input  logic                            cfg_req_i,
  output logic                            cfg_gnt_o,
  input  logic                            cfg_we_i,
  input  logic [23:0]                     cfg_addr_i,
  input  logic [15:0]                     cfg_wdata_i,
  output logic                            cfg_rvalid_o,
  output logic [15:0]                     cfg_rdata_o,

  output logic [7:0]                      status_o
);

  localparam int unsigned CoreWidth  = (NumCores > 1) ? $clog2(NumCores) : 1;
  localparam int unsigned NumWidth   = RouteWidth + 1;
  localparam logic [3:0]  TargetSelf = 4'd15;
  localparam logic [3:0]  RegionTable = 4'd0;
  localparam logic [3:0]  RegionCount = 4'd7;
  // Region 0: route r field f at 4r + f; the per-source index from 1024.
  localparam int unsigned IndexBase  = 1024;

  typedef enum logic [1:0] {StIdle, StWait, StOffer, StRoute} state_e;

  state_e state_q, state_d;
  logic   idle;
  assign idle = (state_q == StIdle);

  // -----------------------------------------------------------------------
  // Configuration decode
  // -----------------------------------------------------------------------
  logic [3:0]  cfg_target, cfg_region;
  logic [15:0] cfg_index;
  logic        cfg_to_core, cfg_to_self, cfg_acc, self_wr, self_rd;
  logic        rd1_q, rd2_q;

  assign cfg_target  = cfg_addr_i[23:20];
  assign cfg_region  = cfg_addr_i[19:16];
  assign cfg_index   = cfg_addr_i[15:0];
  assign cfg_to_core = 32'(cfg_target) < NumCores;
  assign cfg_to_self = !cfg_to_core;   // the router, or a target that is not there

  // A core is configured only while the system is idle (a drain must not
  // see its route table or a core's registers change).
  always_comb begin
    core_cfg_req_o = '0;
    if (cfg_req_i && idle && cfg_to_core) core_cfg_req_o[CoreWidth'(cfg_target)] = 1'b1;
  end
  assign core_cfg_we_o    = cfg_we_i;
  assign core_cfg_addr_o  = cfg_addr_i[19:0];
  assign core_cfg_wdata_o = cfg_wdata_i;

  assign cfg_gnt_o = cfg_req_i && idle &&
                     (cfg_to_self || core_cfg_gnt_i[CoreWidth'(cfg_target)]);
  assign cfg_acc   = cfg_gnt_o && cfg_to_self;
  // Writes to a target that is neither a core nor the router are dropped.
  assign self_wr   = cfg_acc && cfg_we_i && (cfg_target == TargetSelf);
  assign self_rd   = cfg_acc && !cfg_we_i;

  logic        tbl_we_dst, tbl_we_first, tbl_we_count, idx_we;
  logic [RouteWidth-1:0] tbl_waddr;
  logic        in_table;
  assign in_table     = (cfg_region == RegionTable) &&
                        (32'(cfg_index) < 4 * RouteDepth);
  assign tbl_waddr    = RouteWidth'(cfg_index >> 2);
  assign tbl_we_dst   = self_wr && in_table && (cfg_index[1:0] == 2'd0);
  assign tbl_we_first = self_wr && in_table && (cfg_index[1:0] == 2'd1);
  assign tbl_we_count = self_wr && in_table && (cfg_index[1:0] == 2'd2);
  assign idx_we       = self_wr && (cfg_region == RegionTable) &&
                        (32'(cfg_index) >= IndexBase) &&
                        (32'(cfg_index) < IndexBase + 2 * NumCores);

  // -----------------------------------------------------------------------
  // Route table (block RAM) and per-source index (flip-flops)
  // -----------------------------------------------------------------------
  logic [RouteWidth-1:0]  tbl_raddr;
  logic [3:0]             rt_dst;
  logic [AxonWidth-1:0]   rt_first;
  logic [CountWidth-1:0]  rt_count;

  plasticc_core_ebr #(.Width(4), .Depth(RouteDepth)) u_tbl_dst (
    .clk_i, .we_i(tbl_we_dst), .waddr_i(tbl_waddr), .wdata_i(cfg_wdata_i[3:0]),
    .raddr_i(tbl_raddr), .rdata_o(rt_dst)
  );
  plasticc_core_ebr #(.Width(AxonWidth), .Depth(RouteDepth)) u_tbl_first (
    .clk_i, .we_i(tbl_we_first), .waddr_i(tbl_waddr),
    .wdata_i(cfg_wdata_i[AxonWidth-1:0]), .raddr_i(tbl_raddr), .rdata_o(rt_first)
  );
  plasticc_core_ebr #(.Width(CountWidth), .Depth(RouteDepth)) u_tbl_count (
    .clk_i, .we_i(tbl_we_count), .waddr_i(tbl_waddr),
    .wdata_i(cfg_wdata_i[CountWidth-1:0]), .raddr_i(tbl_raddr), .rdata_o(rt_count)
  );

  logic [RouteWidth-1:0] src_start_q [NumCores];
  logic [NumWidth-1:0]   src_num_q [NumCores];

  for (genvar k = 0; k < NumCores; k++) begin : gen_src_index
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        src_start_q[k] <= '0;
        src_num_q[k]   <= '0;
      end else if (idx_we && (32'(cfg_index) == IndexBase + 2 * k)) begin
        src_start_q[k] <= cfg_wdata_i[RouteWidth-1:0];
      end else if (idx_we && (32'(cfg_index) == IndexBase + 2 * k + 1)) begin
        src_num_q[k] <= cfg_wdata_i[NumWidth-1:0];
      end
    end
  end

  // -----------------------------------------------------------------------
  // Drain
  // -----------------------------------------------------------------------
  // The lowest core with an output spike is the current source: cores do
  // not fire during the drain, so this visits sources in ascending order.
  logic                 any_out;
  logic [CoreWidth-1:0] sel;
  always_comb begin
    any_out = 1'b0;
    sel     = '0;
    for (int k = NumCores - 1; k >= 0; k--) begin
      if (core_out_valid_i[k]) begin
        any_out = 1'b1;
        sel     = CoreWidth'(k);
      end
    end
  end

  logic [NeuronWidth-1:0] sel_neuron;
  logic [3:0]             sel_tick;
  assign sel_neuron = core_out_neuron_i[32'(sel) * NeuronWidth +: NeuronWidth];
  assign sel_tick   = core_out_tick_i[32'(sel) * 4 +: 4];

  logic [NeuronWidth-1:0] spike_q, spike_d;
  logic [RouteWidth-1:0]  ridx_q, ridx_d;
  logic [NumWidth-1:0]    rleft_q, rleft_d;
  logic                   offer_take, route_match, route_push, route_drop;
  logic [AxonWidth:0]     route_axon;

  assign offer_take  = (state_q == StOffer) && any_out && out_ready_i;
  assign route_match = (state_q == StRoute) &&
                       ({1'b0, spike_q} < CountWidth'(rt_count));
  // A destination outside the system (never written by a valid image)
  // receives nothing.
  assign route_push  = route_match && (32'(rt_dst) < NumCores);
  assign route_drop  = route_push && !core_in_ready_i[CoreWidth'(rt_dst)];
  assign route_axon  = (AxonWidth + 1)'(rt_first) + (AxonWidth + 1)'(spike_q);

  always_comb begin
    state_d   = state_q;
    spike_d   = spike_q;
    ridx_d    = ridx_q;
    rleft_d   = rleft_q;
    tbl_raddr = ridx_q + 1'b1;
    unique case (state_q)
      StIdle: begin
        tbl_raddr = tbl_waddr;   // configuration read-back
        if (tick_i && tick_ready_o) state_d = StWait;
      end
      StWait: begin
        if (core_busy_i == '0) state_d = StOffer;
      end
      StOffer: begin
        tbl_raddr = src_start_q[sel];
        if (!any_out) begin
          state_d = StIdle;
        end else if (out_ready_i) begin
          spike_d = sel_neuron;
          ridx_d  = src_start_q[sel];
          rleft_d = src_num_q[sel];
          if (src_num_q[sel] != '0) state_d = StRoute;
        end
      end
      StRoute: begin
        ridx_d  = ridx_q + 1'b1;
        rleft_d = rleft_q - 1'b1;
        if (rleft_q == NumWidth'(1)) state_d = StOffer;
      end
      default: state_d = StIdle;
    endcase
  end

  // -----------------------------------------------------------------------
  // Status: sticky drop flag and a saturating count of dropped pushes
  // -----------------------------------------------------------------------
  logic        drop_flag_q, drop_flag_d;
  logic [15:0] drop_cnt_q, drop_cnt_d;
  logic        clr_status;
  assign clr_status = self_wr && (cfg_region == RegionCount) && (cfg_index == 16'd4);

  always_comb begin
    drop_flag_d = drop_flag_q;
    drop_cnt_d  = drop_cnt_q;
    if (clr_status && cfg_wdata_i[0]) begin
      drop_flag_d = 1'b0;
      drop_cnt_d  = '0;
    end
    if (route_drop) begin
      drop_flag_d = 1'b1;
      if (drop_cnt_q != 16'hffff) drop_cnt_d = drop_cnt_q + 16'd1;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q     <= StIdle;
      spike_q     <= '0;
      ridx_q      <= '0;
      rleft_q     <= '0;
      drop_flag_q <= 1'b0;
      drop_cnt_q  <= '0;
    end else begin
      state_q     <= state_d;
      spike_q     <= spike_d;
      ridx_q      <= ridx_d;
      rleft_q     <= rleft_d;
      drop_flag_q <= drop_flag_d;
      drop_cnt_q  <= drop_cnt_d;
    end
  end

  // -----------------------------------------------------------------------
  // System interfaces
  // -----------------------------------------------------------------------
  assign tick_ready_o = idle && (core_tick_ready_i == '1) && (core_busy_i == '0) &&
                        !cfg_req_i && !rd1_q;
  assign core_tick_o  = tick_i && tick_ready_o;
  assign busy_o       = !idle;

  assign out_valid_o  = (state_q == StOffer) && any_out;
  assign out_core_o   = 4'(sel);
  assign out_neuron_o = sel_neuron;
  assign out_tick_o   = sel_tick;
  always_comb begin
    core_out_ready_o = '0;
    if (offer_take) core_out_ready_o[sel] = 1'b1;
  end

  // External inputs for a core that is not there are accepted and dropped,
  // as the core drops an axon it does not have.
  logic in_to_core;
  assign in_to_core = 32'(in_core_i) < NumCores;
  assign in_ready_o = idle && (!in_to_core || core_in_ready_i[CoreWidth'(in_core_i)]);

  always_comb begin
    core_in_valid_o = '0;
    if (route_push) begin
      core_in_valid_o[CoreWidth'(rt_dst)] = 1'b1;
    end else if (in_valid_i && idle && in_to_core) begin
      core_in_valid_o[CoreWidth'(in_core_i)] = 1'b1;
    end
  end
  assign core_in_axon_o = idle ? in_axon_i : route_axon[AxonWidth-1:0];

  assign status_o = {7'b0, drop_flag_q};

  // -----------------------------------------------------------------------
  // Configuration read-back: the router's own words, or the granted core's
  // -----------------------------------------------------------------------
  logic [15:0] self_rdata_q, small_q, small_d;
  logic [1:0]  rd_field_q;
  logic        rd_table_q;

  always_comb begin
    small_d = '0;
    if (cfg_target == TargetSelf) begin
      if ((cfg_region == RegionTable) && (32'(cfg_index) >= IndexBase) &&
          (32'(cfg_index) < IndexBase + 2 * NumCores)) begin
        small_d = cfg_index[0] ? 16'(src_num_q[(32'(cfg_index) - IndexBase) / 2])
                               : 16'(src_start_q[(32'(cfg_index) - IndexBase) / 2]);
      end else if ((cfg_region == RegionCount) && (cfg_index == 16'd4)) begin
        small_d = {15'b0, drop_flag_q};
      end else if ((cfg_region == RegionCount) && (cfg_index == 16'd5)) begin
        small_d = 16'(NumCores);
      end else if ((cfg_region == RegionCount) && (cfg_index == 16'd6)) begin
        small_d = 16'(RouteDepth);
      end else if ((cfg_region == RegionCount) && (cfg_index == 16'd8)) begin
        small_d = drop_cnt_q;
      end
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rd1_q <= 1'b0;
      rd2_q <= 1'b0;
    end else begin
      rd1_q <= self_rd;
      rd2_q <= rd1_q;
    end
  end

  always_ff @(posedge clk_i) begin
    if (self_rd) begin
      rd_field_q <= cfg_index[1:0];
      rd_table_q <= (cfg_target == TargetSelf) && in_table && (cfg_index[1:0] != 2'd3);
      small_q    <= small_d;
    end
    if (rd1_q) begin
      if (!rd_table_q)              self_rdata_q <= small_q;
      else if (rd_field_q == 2'd0)  self_rdata_q <= 16'(rt_dst);
      else if (rd_field_q == 2'd1)  self_rdata_q <= 16'(rt_first);
      else                          self_rdata_q <= 16'(rt_count);
    end
  end

  always_comb begin
    cfg_rvalid_o = rd2_q || (core_cfg_rvalid_i != '0);
    cfg_rdata_o  = rd2_q ? self_rdata_q : '0;
    for (int k = 0; k < NumCores; k++) begin
      if (core_cfg_rvalid_i[k]) cfg_rdata_o = cfg_rdata_o | core_cfg_rdata_i[k * 16 +: 16];
    end
  end

  // -----------------------------------------------------------------------
  // Assertions
  // -----------------------------------------------------------------------
`ifndef SYNTHESIS
  RouterCoresFitBus: assert property (@(posedge clk_i) (NumCores >= 1) && (NumCores <= 15));
  RouterDepthPow2: assert property (@(posedge clk_i)
      (RouteDepth >= 2) && ((RouteDepth & (RouteDepth - 1)) == 0));
  // Every core takes the tick in the cycle the system does.
  RouterTickAllIdle: assert property (@(posedge clk_i) disable iff (!rst_ni)
      core_tick_o |-> (core_tick_ready_i == '1) && (core_busy_i == '0));
  // The router pops a core's output only while offering it on the system
  // output and the output takes it.
  RouterPopOnlyOffered: assert property (@(posedge clk_i) disable iff (!rst_ni)
      (core_out_ready_o != '0) |-> out_valid_o && out_ready_i);
  // A routed push into a full FIFO is never lost silently.
  RouterDropFlagged: assert property (@(posedge clk_i) disable iff (!rst_ni)
      route_drop |=> status_o[0]);
  // A valid table sends pushes to existing cores and axons that fit.
  RouterRouteInSystem: assert property (@(posedge clk_i) disable iff (!rst_ni)
      route_match |-> (32'(rt_dst) < NumCores) && !route_axon[AxonWidth]);
  // At most one read answers in a cycle.
  RouterOneReadData: assert property (@(posedge clk_i) disable iff (!rst_ni)
      $onehot0({rd2_q, core_cfg_rvalid_i}));
`endif
`ifdef FORMAL
  // Bounded proofs (rtl/formal/plasticc_router_fv.sv drives every input
  // freely): a push the table asks for is either offered to a ready core
  // or flagged, and a tick reaches the cores only when all are idle.
  always_comb begin
    if (rst_ni) begin
      FRoutePushOffered: assert (!route_push || core_in_valid_o[CoreWidth'(rt_dst)]);
      FTickOnlyIdle: assert (!core_tick_o || ((core_busy_i == '0) && idle));
      FNoInputWhileDraining: assert (idle || route_push || (core_in_valid_o == '0));
    end
  end
  always_ff @(posedge clk_i) begin
    if (rst_ni && $past(rst_ni) && $past(route_drop)) begin
      FDropSticky: assert (drop_flag_q);
    end
  end
`endif

endmodule
