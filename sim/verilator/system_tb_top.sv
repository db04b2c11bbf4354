// Lockstep regression system: three cores and the router (docs/core.md §10).
//
// Cores of a system have their own elaboration parameters, so the compiler
// will generate system tops; this fixed one is the Verilator harness's
// (sim/verilator/system_cosim.cpp): core 0 is 32 neurons x 16 axons, core 1
// 8 x 8, core 2 4 x 32 (enough fan-in to overflow its 512-entry input FIFO
// in one drain: 16 routes x 32 spikes from core 0), every feature built in so that a random system image
// can give each core any neuron model and learning rule. Each core's commit
// port is flattened into 32-bit slots (core k at [32k +: 32]) so the harness
// reads one word per core.

module system_tb_top (
  input  logic        clk_i,
  input  logic        rst_ni,

  // System ports (plasticc_router).
  input  logic        tick_i,
  output logic        tick_ready_o,
  output logic        busy_o,
  input  logic        in_valid_i,
  output logic        in_ready_o,
  input  logic [3:0]  in_core_i,
  input  logic [9:0]  in_axon_i,
  output logic        out_valid_o,
  input  logic        out_ready_i,
  output logic [3:0]  out_core_o,
  output logic [9:0]  out_neuron_o,
  output logic [3:0]  out_tick_o,
  input  logic        cfg_req_i,
  output logic        cfg_gnt_o,
  input  logic        cfg_we_i,
  input  logic [23:0] cfg_addr_i,
  input  logic [15:0] cfg_wdata_i,
  output logic        cfg_rvalid_o,
  output logic [15:0] cfg_rdata_o,
  output logic [7:0]  status_o,

  // Per core: busy, status and the commit port (docs/core.md §5).
  output logic [2:0]  core_busy_o,
  // The router's pushes into the cores (drain and system input).
  output logic [2:0]  core_in_valid_o,
  output logic [2:0]  core_in_ready_o,
  output logic [9:0]  core_in_axon_o,
  output logic [23:0] core_status_o,
  output logic [2:0]  cmt_slot_valid_o,
  output logic [95:0] cmt_slot_o,
  output logic [2:0]  cmt_neuron_valid_o,
  output logic [2:0]  cmt_spike_o,
  output logic [95:0] cmt_u_o,
  output logic [95:0] cmt_i_o,
  output logic [95:0] cmt_i2_o,
  output logic [95:0] cmt_theta_o,
  output logic [95:0] cmt_y_o,
  output logic [2:0]  cmt_axon_valid_o,
  output logic [95:0] cmt_x_o,
  output logic [5:0]  cmt_w_valid_o,
  output logic [5:0]  cmt_e_valid_o,
  output logic [95:0] cmt_w_axon_o,
  output logic [95:0] cmt_w_pair_o,
  output logic [95:0] cmt_w_data_o,
  output logic [95:0] cmt_e_data_o,
  output logic [95:0] cmt_tick_o
);

  localparam int unsigned NumCores = 3;

  logic [NumCores-1:0]    out_valid, out_ready, in_valid, in_ready;
  logic [NumCores-1:0]    tick_ready, busy, cfg_req, cfg_gnt, cfg_rvalid;
  logic [NumCores*10-1:0] out_neuron;
  logic [NumCores*4-1:0]  out_tick;
  logic [NumCores*16-1:0] cfg_rdata;
  logic [9:0]             in_axon;
  logic                   core_tick, core_cfg_we;
  logic [19:0]            core_cfg_addr;
  logic [15:0]            core_cfg_wdata;

  plasticc_router #(
    .NumCores   (NumCores),
    .RouteDepth (64),
    .NeuronWidth(10),
    .AxonWidth  (10)
  ) u_router (
    .clk_i, .rst_ni,
    .core_out_valid_i (out_valid),
    .core_out_ready_o (out_ready),
    .core_out_neuron_i(out_neuron),
    .core_out_tick_i  (out_tick),
    .core_in_valid_o  (in_valid),
    .core_in_ready_i  (in_ready),
    .core_in_axon_o   (in_axon),
    .core_tick_o      (core_tick),
    .core_tick_ready_i(tick_ready),
    .core_busy_i      (busy),
    .core_cfg_req_o   (cfg_req),
    .core_cfg_gnt_i   (cfg_gnt),
    .core_cfg_we_o    (core_cfg_we),
    .core_cfg_addr_o  (core_cfg_addr),
    .core_cfg_wdata_o (core_cfg_wdata),
    .core_cfg_rvalid_i(cfg_rvalid),
    .core_cfg_rdata_i (cfg_rdata),
    .tick_i, .tick_ready_o, .busy_o,
    .in_valid_i, .in_ready_o, .in_core_i, .in_axon_i,
    .out_valid_o, .out_ready_i, .out_core_o, .out_neuron_o, .out_tick_o,
    .cfg_req_i, .cfg_gnt_o, .cfg_we_i, .cfg_addr_i, .cfg_wdata_i,
    .cfg_rvalid_o, .cfg_rdata_o, .status_o
  );

  assign core_busy_o     = busy;
  assign core_in_valid_o = in_valid;
  assign core_in_ready_o = in_ready;
  assign core_in_axon_o  = in_axon;

  // Core 0: 32 neurons x 16 axons.
  logic [4:0] c0_out_neuron;
  logic [7:0] c0_status;
  logic [4:0] c0_slot;
  logic [3:0] c0_w_axon;
  logic [3:0] c0_w_pair;
  logic [15:0] c0_u, c0_i, c0_i2, c0_theta, c0_w_data, c0_e_data;
  logic [7:0]  c0_y, c0_x;
  logic [31:0] c0_tick;
  logic [1:0]  c0_w_valid, c0_e_valid;
  logic        c0_step_done;

  plasticc_core_top #(
    .NumNeurons(32),
    .NumAxons  (16)
  ) u_core0 (
    .clk_i, .rst_ni,
    .aer_in_valid_i    (in_valid[0]),
    .aer_in_ready_o    (in_ready[0]),
    .aer_in_axon_i     (in_axon[3:0]),
    .aer_out_valid_o   (out_valid[0]),
    .aer_out_ready_i   (out_ready[0]),
    .aer_out_neuron_o  (c0_out_neuron),
    .aer_out_tick_o    (out_tick[0 +: 4]),
    .tick_i            (core_tick),
    .tick_ready_o      (tick_ready[0]),
    .busy_o            (busy[0]),
    .step_done_o       (c0_step_done),
    .cfg_req_i         (cfg_req[0]),
    .cfg_gnt_o         (cfg_gnt[0]),
    .cfg_we_i          (core_cfg_we),
    .cfg_addr_i        (core_cfg_addr),
    .cfg_wdata_i       (core_cfg_wdata),
    .cfg_rvalid_o      (cfg_rvalid[0]),
    .cfg_rdata_o       (cfg_rdata[0 +: 16]),
    .status_o          (c0_status),
    .cmt_slot_valid_o  (cmt_slot_valid_o[0]),
    .cmt_slot_o        (c0_slot),
    .cmt_neuron_valid_o(cmt_neuron_valid_o[0]),
    .cmt_spike_o       (cmt_spike_o[0]),
    .cmt_u_o           (c0_u),
    .cmt_i_o           (c0_i),
    .cmt_i2_o          (c0_i2),
    .cmt_theta_o       (c0_theta),
    .cmt_y_o           (c0_y),
    .cmt_axon_valid_o  (cmt_axon_valid_o[0]),
    .cmt_x_o           (c0_x),
    .cmt_w_valid_o     (c0_w_valid),
    .cmt_e_valid_o     (c0_e_valid),
    .cmt_w_axon_o      (c0_w_axon),
    .cmt_w_pair_o      (c0_w_pair),
    .cmt_w_data_o      (c0_w_data),
    .cmt_e_data_o      (c0_e_data),
    .cmt_tick_o        (c0_tick)
  );

  assign out_neuron[0 +: 10]   = 10'(c0_out_neuron);
  assign core_status_o[0 +: 8]  = c0_status;
  assign cmt_slot_o[0 +: 32]   = 32'(c0_slot);
  assign cmt_u_o[0 +: 32]      = 32'(c0_u);
  assign cmt_i_o[0 +: 32]      = 32'(c0_i);
  assign cmt_i2_o[0 +: 32]     = 32'(c0_i2);
  assign cmt_theta_o[0 +: 32]  = 32'(c0_theta);
  assign cmt_y_o[0 +: 32]      = 32'(c0_y);
  assign cmt_x_o[0 +: 32]      = 32'(c0_x);
  assign cmt_w_valid_o[0 +: 2]  = c0_w_valid;
  assign cmt_e_valid_o[0 +: 2]  = c0_e_valid;
  assign cmt_w_axon_o[0 +: 32] = 32'(c0_w_axon);
  assign cmt_w_pair_o[0 +: 32] = 32'(c0_w_pair);
  assign cmt_w_data_o[0 +: 32] = 32'(c0_w_data);
  assign cmt_e_data_o[0 +: 32] = 32'(c0_e_data);
  assign cmt_tick_o[0 +: 32]   = c0_tick;

  // Core 1: 8 neurons x 8 axons.
  logic [2:0] c1_out_neuron;
  logic [7:0] c1_status;
  logic [2:0] c1_slot;
  logic [2:0] c1_w_axon;
  logic [1:0] c1_w_pair;
  logic [15:0] c1_u, c1_i, c1_i2, c1_theta, c1_w_data, c1_e_data;
  logic [7:0]  c1_y, c1_x;
  logic [31:0] c1_tick;
  logic [1:0]  c1_w_valid, c1_e_valid;
  logic        c1_step_done;

  plasticc_core_top #(
    .NumNeurons(8),
    .NumAxons  (8)
  ) u_core1 (
    .clk_i, .rst_ni,
    .aer_in_valid_i    (in_valid[1]),
    .aer_in_ready_o    (in_ready[1]),
    .aer_in_axon_i     (in_axon[2:0]),
    .aer_out_valid_o   (out_valid[1]),
    .aer_out_ready_i   (out_ready[1]),
    .aer_out_neuron_o  (c1_out_neuron),
    .aer_out_tick_o    (out_tick[4 +: 4]),
    .tick_i            (core_tick),
    .tick_ready_o      (tick_ready[1]),
    .busy_o            (busy[1]),
    .step_done_o       (c1_step_done),
    .cfg_req_i         (cfg_req[1]),
    .cfg_gnt_o         (cfg_gnt[1]),
    .cfg_we_i          (core_cfg_we),
    .cfg_addr_i        (core_cfg_addr),
    .cfg_wdata_i       (core_cfg_wdata),
    .cfg_rvalid_o      (cfg_rvalid[1]),
    .cfg_rdata_o       (cfg_rdata[16 +: 16]),
    .status_o          (c1_status),
    .cmt_slot_valid_o  (cmt_slot_valid_o[1]),
    .cmt_slot_o        (c1_slot),
    .cmt_neuron_valid_o(cmt_neuron_valid_o[1]),
    .cmt_spike_o       (cmt_spike_o[1]),
    .cmt_u_o           (c1_u),
    .cmt_i_o           (c1_i),
    .cmt_i2_o          (c1_i2),
    .cmt_theta_o       (c1_theta),
    .cmt_y_o           (c1_y),
    .cmt_axon_valid_o  (cmt_axon_valid_o[1]),
    .cmt_x_o           (c1_x),
    .cmt_w_valid_o     (c1_w_valid),
    .cmt_e_valid_o     (c1_e_valid),
    .cmt_w_axon_o      (c1_w_axon),
    .cmt_w_pair_o      (c1_w_pair),
    .cmt_w_data_o      (c1_w_data),
    .cmt_e_data_o      (c1_e_data),
    .cmt_tick_o        (c1_tick)
  );

  assign out_neuron[10 +: 10]   = 10'(c1_out_neuron);
  assign core_status_o[8 +: 8]  = c1_status;
  assign cmt_slot_o[32 +: 32]   = 32'(c1_slot);
  assign cmt_u_o[32 +: 32]      = 32'(c1_u);
  assign cmt_i_o[32 +: 32]      = 32'(c1_i);
  assign cmt_i2_o[32 +: 32]     = 32'(c1_i2);
  assign cmt_theta_o[32 +: 32]  = 32'(c1_theta);
  assign cmt_y_o[32 +: 32]      = 32'(c1_y);
  assign cmt_x_o[32 +: 32]      = 32'(c1_x);
  assign cmt_w_valid_o[2 +: 2]  = c1_w_valid;
  assign cmt_e_valid_o[2 +: 2]  = c1_e_valid;
  assign cmt_w_axon_o[32 +: 32] = 32'(c1_w_axon);
  assign cmt_w_pair_o[32 +: 32] = 32'(c1_w_pair);
  assign cmt_w_data_o[32 +: 32] = 32'(c1_w_data);
  assign cmt_e_data_o[32 +: 32] = 32'(c1_e_data);
  assign cmt_tick_o[32 +: 32]   = c1_tick;

  // Core 2: 4 neurons x 32 axons.
  logic [1:0] c2_out_neuron;
  logic [7:0] c2_status;
  logic [4:0] c2_slot;
  logic [4:0] c2_w_axon;
  logic [0:0] c2_w_pair;
  logic [15:0] c2_u, c2_i, c2_i2, c2_theta, c2_w_data, c2_e_data;
  logic [7:0]  c2_y, c2_x;
  logic [31:0] c2_tick;
  logic [1:0]  c2_w_valid, c2_e_valid;
  logic        c2_step_done;

  plasticc_core_top #(
    .NumNeurons(4),
    .NumAxons  (32)
  ) u_core2 (
    .clk_i, .rst_ni,
    .aer_in_valid_i    (in_valid[2]),
    .aer_in_ready_o    (in_ready[2]),
    .aer_in_axon_i     (in_axon[4:0]),
    .aer_out_valid_o   (out_valid[2]),
    .aer_out_ready_i   (out_ready[2]),
    .aer_out_neuron_o  (c2_out_neuron),
    .aer_out_tick_o    (out_tick[8 +: 4]),
    .tick_i            (core_tick),
    .tick_ready_o      (tick_ready[2]),
    .busy_o            (busy[2]),
    .step_done_o       (c2_step_done),
    .cfg_req_i         (cfg_req[2]),
    .cfg_gnt_o         (cfg_gnt[2]),
    .cfg_we_i          (core_cfg_we),
    .cfg_addr_i        (core_cfg_addr),
    .cfg_wdata_i       (core_cfg_wdata),
    .cfg_rvalid_o      (cfg_rvalid[2]),
    .cfg_rdata_o       (cfg_rdata[32 +: 16]),
    .status_o          (c2_status),
    .cmt_slot_valid_o  (cmt_slot_valid_o[2]),
    .cmt_slot_o        (c2_slot),
    .cmt_neuron_valid_o(cmt_neuron_valid_o[2]),
    .cmt_spike_o       (cmt_spike_o[2]),
    .cmt_u_o           (c2_u),
    .cmt_i_o           (c2_i),
    .cmt_i2_o          (c2_i2),
    .cmt_theta_o       (c2_theta),
    .cmt_y_o           (c2_y),
    .cmt_axon_valid_o  (cmt_axon_valid_o[2]),
    .cmt_x_o           (c2_x),
    .cmt_w_valid_o     (c2_w_valid),
    .cmt_e_valid_o     (c2_e_valid),
    .cmt_w_axon_o      (c2_w_axon),
    .cmt_w_pair_o      (c2_w_pair),
    .cmt_w_data_o      (c2_w_data),
    .cmt_e_data_o      (c2_e_data),
    .cmt_tick_o        (c2_tick)
  );

  assign out_neuron[20 +: 10]   = 10'(c2_out_neuron);
  assign core_status_o[16 +: 8]  = c2_status;
  assign cmt_slot_o[64 +: 32]   = 32'(c2_slot);
  assign cmt_u_o[64 +: 32]      = 32'(c2_u);
  assign cmt_i_o[64 +: 32]      = 32'(c2_i);
  assign cmt_i2_o[64 +: 32]     = 32'(c2_i2);
  assign cmt_theta_o[64 +: 32]  = 32'(c2_theta);
  assign cmt_y_o[64 +: 32]      = 32'(c2_y);
  assign cmt_x_o[64 +: 32]      = 32'(c2_x);
  assign cmt_w_valid_o[4 +: 2]  = c2_w_valid;
  assign cmt_e_valid_o[4 +: 2]  = c2_e_valid;
  assign cmt_w_axon_o[64 +: 32] = 32'(c2_w_axon);
  assign cmt_w_pair_o[64 +: 32] = 32'(c2_w_pair);
  assign cmt_w_data_o[64 +: 32] = 32'(c2_w_data);
  assign cmt_e_data_o[64 +: 32] = 32'(c2_e_data);
  assign cmt_tick_o[64 +: 32]   = c2_tick;

  // The cores' step_done pulses are not needed: the router watches busy.
  logic unused_step_done;
  assign unused_step_done = ^{c0_step_done, c1_step_done, c2_step_done};

endmodule
