// Formal harness for plasticc_router (yosys-smtbmc, bounded).
//
// Every input is free: cores, the system ports and the configuration bus
// (so the route table is any table the bus can write). The router's own
// FORMAL section checks its internal invariants. The shadow properties here
// are independent of its logic: the harness rebuilds the route table, the
// per-source index and the drop count from the bus writes alone (register
// map of rtl/README.md) and, from the ports only, checks the drain of
// docs/core.md §10.2:
//   - after an accepted offer from source k exactly routes_k route cycles
//     follow (no offer, still busy), then the router offers again;
//   - every route cycle whose entry carries the spike (j < count) to a core
//     pulses exactly that core's input valid with axon first + j (or counts
//     one drop if the core is not ready); no other cycle of the drain
//     reaches a core;
//   - the drop count read back (region 7 index 8) equals the drops seen
//     since the last status clear, and the status bit is set iff it is
//     non-zero.

module plasticc_router_fv (
  input logic        clk_i,
  input logic        rst_ni,
  input logic [1:0]  core_out_valid_i,
  input logic [3:0]  core_out_neuron_i,
  input logic [7:0]  core_out_tick_i,
  input logic [1:0]  core_in_ready_i,
  input logic [1:0]  core_tick_ready_i,
  input logic [1:0]  core_busy_i,
  input logic [1:0]  core_cfg_gnt_i,
  input logic [1:0]  core_cfg_rvalid_i,
  input logic [31:0] core_cfg_rdata_i,
  input logic        tick_i,
  input logic        in_valid_i,
  input logic [3:0]  in_core_i,
  input logic [2:0]  in_axon_i,
  input logic        out_ready_i,
  input logic        cfg_req_i,
  input logic        cfg_we_i,
  input logic [23:0] cfg_addr_i,
  input logic [15:0] cfg_wdata_i
);

  logic [1:0]  core_out_ready, core_in_valid, core_cfg_req;
  logic [2:0]  core_in_axon;
  logic        core_tick, tick_ready, busy, in_ready, out_valid;
  logic        core_cfg_we, cfg_gnt, cfg_rvalid;
  logic [19:0] core_cfg_addr;
  logic [15:0] core_cfg_wdata, cfg_rdata;
  logic [3:0]  out_core, out_tick;
  logic [1:0]  out_neuron;
  logic [7:0]  status;

  plasticc_router #(
    .NumCores(2), .RouteDepth(4), .NeuronWidth(2), .AxonWidth(3)
  ) u_dut (
    .clk_i, .rst_ni,
    .core_out_valid_i, .core_out_ready_o(core_out_ready), .core_out_neuron_i,
    .core_out_tick_i,
    .core_in_valid_o(core_in_valid), .core_in_ready_i, .core_in_axon_o(core_in_axon),
    .core_tick_o(core_tick), .core_tick_ready_i, .core_busy_i,
    .core_cfg_req_o(core_cfg_req), .core_cfg_gnt_i, .core_cfg_we_o(core_cfg_we),
    .core_cfg_addr_o(core_cfg_addr), .core_cfg_wdata_o(core_cfg_wdata),
    .core_cfg_rvalid_i, .core_cfg_rdata_i,
    .tick_i, .tick_ready_o(tick_ready), .busy_o(busy),
    .in_valid_i, .in_ready_o(in_ready), .in_core_i, .in_axon_i,
    .out_valid_o(out_valid), .out_ready_i, .out_core_o(out_core),
    .out_neuron_o(out_neuron), .out_tick_o(out_tick),
    .cfg_req_i, .cfg_gnt_o(cfg_gnt), .cfg_we_i, .cfg_addr_i, .cfg_wdata_i,
    .cfg_rvalid_o(cfg_rvalid), .cfg_rdata_o(cfg_rdata),
    .status_o(status)
  );

  // Outputs the shadow properties do not read (the router checks them).
  logic unused_outputs;
  assign unused_outputs = ^{core_out_ready, core_cfg_req, core_tick, tick_ready,
                            in_ready, core_cfg_we, core_cfg_addr, core_cfg_wdata,
                            out_core[3:1], out_tick, status[7:1]};

  logic init_q = 1'b1;

  // -----------------------------------------------------------------------
  // Shadow of the bus-written state (rtl/README.md's register map)
  // -----------------------------------------------------------------------
  localparam int unsigned Cores = 2, Depth = 4;
  logic        wr, rd;
  logic [3:0]  wr_region;
  logic [15:0] wr_index;
  assign wr        = cfg_req_i && cfg_gnt && cfg_we_i && (cfg_addr_i[23:20] == 4'd15);
  assign rd        = cfg_req_i && cfg_gnt && !cfg_we_i && (cfg_addr_i[23:20] == 4'd15);
  assign wr_region = cfg_addr_i[19:16];
  assign wr_index  = cfg_addr_i[15:0];

  logic [3:0] sh_dst_q   [Depth];
  logic [2:0] sh_first_q [Depth];
  logic [2:0] sh_count_q [Depth];
  logic [2:0] sh_known_q [Depth];   // fields written since reset
  logic [1:0] sh_start_q [Cores];
  logic [2:0] sh_num_q   [Cores];

  for (genvar r = 0; r < Depth; r++) begin : gen_sh_table
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        sh_known_q[r] <= '0;
      end else if (wr && (wr_region == 4'd0) && (wr_index[15:2] == 14'(r))) begin
        if (wr_index[1:0] == 2'd0) begin
          sh_dst_q[r] <= cfg_wdata_i[3:0];
          sh_known_q[r][0] <= 1'b1;
        end
        if (wr_index[1:0] == 2'd1) begin
          sh_first_q[r] <= cfg_wdata_i[2:0];
          sh_known_q[r][1] <= 1'b1;
        end
        if (wr_index[1:0] == 2'd2) begin
          sh_count_q[r] <= cfg_wdata_i[2:0];
          sh_known_q[r][2] <= 1'b1;
        end
      end
    end
  end
  for (genvar k = 0; k < Cores; k++) begin : gen_sh_index
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        sh_start_q[k] <= '0;
        sh_num_q[k]   <= '0;
      end else if (wr && (wr_region == 4'd0) && (wr_index == 16'(1024 + 2 * k))) begin
        sh_start_q[k] <= cfg_wdata_i[1:0];
      end else if (wr && (wr_region == 4'd0) && (wr_index == 16'(1024 + 2 * k + 1))) begin
        sh_num_q[k] <= cfg_wdata_i[2:0];
      end
    end
  end

  // -----------------------------------------------------------------------
  // Shadow drain: route cycles left after the last accepted offer
  // -----------------------------------------------------------------------
  logic       offer_taken;
  logic       sh_offer_next_q;      // the router must offer in this cycle
  logic [2:0] sh_left_q;            // route cycles still owed
  logic [1:0] sh_ptr_q;             // table entry of this route cycle
  logic [1:0] sh_spike_q;           // neuron j being routed
  assign offer_taken = out_valid && out_ready_i;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      sh_left_q       <= '0;
      sh_offer_next_q <= 1'b0;
    end else if (offer_taken) begin
      sh_left_q       <= sh_num_q[out_core[0]];
      sh_ptr_q        <= sh_start_q[out_core[0]];
      sh_spike_q      <= out_neuron;
      sh_offer_next_q <= (sh_num_q[out_core[0]] == 3'd0);
    end else if (sh_left_q != 3'd0) begin
      sh_left_q       <= sh_left_q - 3'd1;
      sh_ptr_q        <= sh_ptr_q + 2'd1;
      sh_offer_next_q <= (sh_left_q == 3'd1);
    end else begin
      sh_offer_next_q <= 1'b0;
    end
  end

  // What this route cycle must do, from the shadow table. An entry not
  // written since reset holds whatever the block RAM powered up with, so
  // its cycle is checked only for its count of cycles.
  logic       route_cycle, known, carries, to_core, drop_seen;
  logic [3:0] r_dst;
  logic [2:0] r_axon;
  assign route_cycle = (sh_left_q != 3'd0);
  assign known       = &sh_known_q[sh_ptr_q];
  assign r_dst       = sh_dst_q[sh_ptr_q];
  assign carries     = route_cycle && ({1'b0, sh_spike_q} < sh_count_q[sh_ptr_q]);
  assign to_core     = carries && (r_dst < 4'(Cores));
  assign r_axon      = sh_first_q[sh_ptr_q] + {1'b0, sh_spike_q};
  assign drop_seen   = to_core && !core_in_ready_i[r_dst[0]];

  // Drops since the last status clear (a write of bit 0 to region 7 index
  // 4); unknown after a route cycle on an unwritten entry, until a clear.
  logic [15:0] sh_drops_q;
  logic        sh_drops_known_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      sh_drops_q       <= '0;
      sh_drops_known_q <= 1'b1;
    end else if (wr && (wr_region == 4'd7) && (wr_index == 16'd4) && cfg_wdata_i[0]) begin
      sh_drops_q       <= '0;
      sh_drops_known_q <= 1'b1;
    end else begin
      if (drop_seen && (sh_drops_q != 16'hffff)) sh_drops_q <= sh_drops_q + 16'd1;
      if (route_cycle && !known) sh_drops_known_q <= 1'b0;
    end
  end

  // A read of the drop count answers two cycles after its grant.
  logic        cnt_rd_q, cnt_rd2_q, cnt_known_q, cnt_known2_q;
  logic [15:0] cnt_expect_q, cnt_expect2_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cnt_rd_q  <= 1'b0;
      cnt_rd2_q <= 1'b0;
    end else begin
      cnt_rd_q  <= rd && (cfg_addr_i[19:16] == 4'd7) && (cfg_addr_i[15:0] == 16'd8);
      cnt_rd2_q <= cnt_rd_q;
    end
  end
  always_ff @(posedge clk_i) begin
    cnt_expect_q  <= sh_drops_q;
    cnt_expect2_q <= cnt_expect_q;
    cnt_known_q   <= sh_drops_known_q;
    cnt_known2_q  <= cnt_known_q;
  end

  always_comb begin
    if (rst_ni && !init_q) begin
      // routes_k route cycles: no offer and the router stays busy.
      if (route_cycle) ShRouteCycleNoOffer: assert (!out_valid && busy);
      // Then the router offers again (or finds every FIFO empty).
      if (sh_offer_next_q) ShOfferAfterRoutes: assert (busy && (out_valid == (core_out_valid_i != '0)));
      // A route cycle that carries the spike pushes into exactly its core.
      if (known && to_core) begin
        ShPushOne: assert (core_in_valid == (2'b01 << r_dst[0]));
        ShPushAxon: assert (core_in_axon == r_axon);
      end
      // Nothing else of the drain reaches a core.
      if (busy && (!route_cycle || (known && !to_core)))
        ShNoOtherPush: assert (core_in_valid == '0);
      // The drop count and its sticky flag.
      if (sh_drops_known_q) ShDropFlag: assert (status[0] == (sh_drops_q != 16'd0));
      if (cnt_rd2_q && cnt_known2_q && (core_cfg_rvalid_i == '0))
        ShDropCountRead: assert (cfg_rvalid && (cfg_rdata == cnt_expect2_q));
    end
  end

  // Start in reset, then stay out of it.
  always_ff @(posedge clk_i) init_q <= 1'b0;
  always_comb begin
    if (init_q) assume (!rst_ni);
    if (!init_q) assume (rst_ni);
  end

endmodule
