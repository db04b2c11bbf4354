// Formal harness for plasticc_router (yosys-smtbmc, bounded).
//
// Every input is free: cores, the system ports and the configuration bus
// (so the route table is any table the bus can write). The properties are
// the router's own (its FORMAL section): a push the table asks for is
// always offered to its destination core, a push into a full FIFO sets the
// sticky status bit, a tick reaches the cores only when every one is idle,
// and nothing but a routed push reaches a core while the router drains.

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

  // The outputs are checked inside the router; nothing here reads them.
  logic unused_outputs;
  assign unused_outputs = ^{core_out_ready, core_in_valid, core_cfg_req, core_in_axon,
                            core_tick, tick_ready, busy, in_ready, out_valid,
                            core_cfg_we, cfg_gnt, cfg_rvalid, core_cfg_addr,
                            core_cfg_wdata, cfg_rdata, out_core, out_tick, out_neuron,
                            status};

  // Start in reset, then stay out of it.
  logic init_q = 1'b1;
  always_ff @(posedge clk_i) init_q <= 1'b0;
  always_comb begin
    if (init_q) assume (!rst_ni);
    if (!init_q) assume (rst_ni);
  end

endmodule
