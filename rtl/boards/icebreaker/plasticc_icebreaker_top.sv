// plasticc iCEBreaker (iCE40 UP5K, sg48) board top: one learning core of
// docs/core.md behind a UART bridge (115200 baud 8N1 on the FTDI's second
// channel). Protocol: see plasticc_uart_bridge.sv. LEDs: green = step in
// progress, red = a sticky status bit (queue overflow) is set.

module plasticc_icebreaker_top #(
  // The design target of docs/core.md; the synapse memory is the UP5K's
  // SPRAM.
  parameter int unsigned NumNeurons = 256,
  parameter int unsigned NumAxons = 256,
  // cuba_lif and the adaptive threshold are left out on the board: with
  // them the core needs 10 SB_MAC16 and the UP5K has 8 (see the RTL report).
  parameter bit EnCuba = 1'b0,
  parameter bit EnAdaptive = 1'b0,
  // The other features of plasticc_core_top; plasticc --target=ice40-up5k
  // sets all of them to what the compiled network uses.
  parameter bit EnStdp = 1'b1,
  parameter bit EnMultiplicative = 1'b1,
  parameter bit EnRecurrent = 1'b1,
  // The inhibitory current (two more SB_MAC16), the three-factor rule (its
  // eligibility takes the last two SPRAMs, its lanes ~1k LUT4) and the
  // Hebbian rule do not fit next to STDP in the UP5K's 5280 logic cells
  // (rtl/README.md): off by default, the board core is an STDP core.
  parameter bit EnInhCurrent = 1'b0,
  parameter bit EnThreeFactor = 1'b0,
  parameter bit EnHebbian = 1'b0,
  // Static rows (register 35) cost ~20 logic cells the STDP board does not
  // have (5299 of 5280 with them): off by default, every row is plastic.
  parameter bit EnStaticRows = 1'b0,
  // Oja's decay term on the Hebbian unit (3 more SB_MAC16, K memories).
  parameter bit EnOja = 1'b0,
  // Structural pruning (registers 44..46, the prune pass; docs/core.md
  // §11): left out of the STDP board, which has no logic cells to spare
  // (rtl/README.md has the measured cost).
  parameter bit EnPrune = 1'b0,
  // 7 SB_MAC16 without cuba/adaptive: no need to share, save the LUTs; with
  // them, sharing keeps the core within the UP5K's 8.
  parameter bit ShareMul = 1'b0,
  // 1: synapse memory in SB_SPRAM256KA (0 only for lint and simulation).
  parameter bit UseSpram = 1'b1,
  // 12 MHz board oscillator / 115200 baud.
  parameter int unsigned ClksPerBit = 104
) (
  input  logic CLK,
  input  logic BTN_N,
  input  logic RX,
  output logic TX,
  output logic LEDR_N,
  output logic LEDG_N
);

  localparam int unsigned AxonWidth   = $clog2(NumAxons);
  localparam int unsigned NeuronWidth = $clog2(NumNeurons);
  // The commit port's slot walks max(N, M) (neurons and axons).
  localparam int unsigned SlotWidth   = $clog2((NumNeurons > NumAxons) ? NumNeurons : NumAxons);

  // Power-on reset (iCE40 flip-flops start at 0) and the button.
  logic [3:0] por_q = 4'd0;
  logic       rst_n;
  always_ff @(posedge CLK) begin
    if (por_q != 4'hf) por_q <= por_q + 4'd1;
  end
  assign rst_n = (por_q == 4'hf) && BTN_N;

  // UART and byte FIFOs.
  logic       rx_byte_valid;
  logic [7:0] rx_byte;
  logic       rxf_empty, rxf_full, rxf_pop;
  logic [7:0] rxf_head;
  logic       txf_empty, txf_full, txf_push, tx_ready;
  logic [7:0] txf_head, txf_wdata;
  logic [6:0] txf_count;
  logic [8:0] rxf_count;

  plasticc_uart_rx #(.ClksPerBit(ClksPerBit)) u_rx (
    .clk_i(CLK), .rst_ni(rst_n), .rx_i(RX), .valid_o(rx_byte_valid), .data_o(rx_byte)
  );

  plasticc_core_fifo #(.Width(8), .Depth(256)) u_rx_fifo (
    .clk_i(CLK), .rst_ni(rst_n),
    .push_i(rx_byte_valid), .wdata_i(rx_byte), .pop_i(rxf_pop),
    .head_o(rxf_head), .empty_o(rxf_empty), .full_o(rxf_full), .count_o(rxf_count)
  );

  plasticc_core_fifo #(.Width(8), .Depth(64)) u_tx_fifo (
    .clk_i(CLK), .rst_ni(rst_n),
    .push_i(txf_push), .wdata_i(txf_wdata), .pop_i(tx_ready && !txf_empty),
    .head_o(txf_head), .empty_o(txf_empty), .full_o(txf_full), .count_o(txf_count)
  );

  plasticc_uart_tx #(.ClksPerBit(ClksPerBit)) u_tx (
    .clk_i(CLK), .rst_ni(rst_n), .valid_i(!txf_empty), .ready_o(tx_ready),
    .data_i(txf_head), .tx_o(TX)
  );

  // Core.
  logic                   aer_in_valid, aer_in_ready, aer_out_valid, aer_out_ready;
  logic [AxonWidth-1:0]   aer_in_axon;
  logic [NeuronWidth-1:0] aer_out_neuron;
  logic [3:0]             aer_out_tick;
  logic                   tick, tick_ready, busy, step_done;
  logic                   cfg_req, cfg_gnt, cfg_we, cfg_rvalid;
  logic [19:0]            cfg_addr;
  logic [15:0]            cfg_wdata, cfg_rdata;
  logic [7:0]             status;

  plasticc_uart_bridge #(
    .AxonWidth  (AxonWidth),
    .NeuronWidth(NeuronWidth)
  ) u_bridge (
    .clk_i(CLK), .rst_ni(rst_n),
    .rx_valid_i(!rxf_empty), .rx_data_i(rxf_head), .rx_pop_o(rxf_pop),
    .tx_room_i(txf_count <= 7'd60), .tx_push_o(txf_push), .tx_data_o(txf_wdata),
    .aer_in_valid_o(aer_in_valid), .aer_in_ready_i(aer_in_ready),
    .aer_in_axon_o(aer_in_axon),
    .aer_out_valid_i(aer_out_valid), .aer_out_ready_o(aer_out_ready),
    .aer_out_neuron_i(aer_out_neuron), .aer_out_tick_i(aer_out_tick),
    .tick_o(tick), .tick_ready_i(tick_ready), .step_done_i(step_done),
    .cfg_req_o(cfg_req), .cfg_gnt_i(cfg_gnt), .cfg_we_o(cfg_we),
    .cfg_addr_o(cfg_addr), .cfg_wdata_o(cfg_wdata),
    .cfg_rvalid_i(cfg_rvalid), .cfg_rdata_i(cfg_rdata)
  );

  plasticc_core_top #(
    .NumNeurons(NumNeurons),
    .NumAxons  (NumAxons),
    .EnStdp    (EnStdp),
    .EnCuba    (EnCuba),
    .EnAdaptive(EnAdaptive),
    .EnMultiplicative(EnMultiplicative),
    .EnRecurrent(EnRecurrent),
    .EnInhCurrent(EnInhCurrent),
    .EnThreeFactor(EnThreeFactor),
    .EnHebbian (EnHebbian),
    .EnStaticRows(EnStaticRows),
    .EnOja     (EnOja),
    .EnPrune   (EnPrune),
    .UseSpram  (UseSpram),
    .ShareMul  (ShareMul)
  ) u_core (
    .clk_i(CLK), .rst_ni(rst_n),
    .aer_in_valid_i(aer_in_valid), .aer_in_ready_o(aer_in_ready),
    .aer_in_axon_i(aer_in_axon),
    .aer_out_valid_o(aer_out_valid), .aer_out_ready_i(aer_out_ready),
    .aer_out_neuron_o(aer_out_neuron), .aer_out_tick_o(aer_out_tick),
    .tick_i(tick), .tick_ready_o(tick_ready), .busy_o(busy),
    .step_done_o(step_done),
    .cfg_req_i(cfg_req), .cfg_gnt_o(cfg_gnt), .cfg_we_i(cfg_we),
    .cfg_addr_i(cfg_addr), .cfg_wdata_i(cfg_wdata),
    .cfg_rvalid_o(cfg_rvalid), .cfg_rdata_o(cfg_rdata), .status_o(status),
    // The commit port is for verification; unused on the board.
    .cmt_slot_valid_o(cmt_slot_valid), .cmt_slot_o(cmt_slot),
    .cmt_neuron_valid_o(cmt_neuron_valid), .cmt_spike_o(cmt_spike),
    .cmt_u_o(cmt_u), .cmt_i_o(cmt_i), .cmt_i2_o(cmt_i2), .cmt_theta_o(cmt_theta),
    .cmt_y_o(cmt_y),
    .cmt_axon_valid_o(cmt_axon_valid), .cmt_x_o(cmt_x),
    .cmt_w_valid_o(cmt_w_valid), .cmt_e_valid_o(cmt_e_valid), .cmt_w_axon_o(cmt_w_axon),
    .cmt_w_pair_o(cmt_w_pair), .cmt_w_data_o(cmt_w_data), .cmt_e_data_o(cmt_e_data),
    .cmt_tick_o(cmt_tick)
  );

  logic                   cmt_slot_valid, cmt_neuron_valid, cmt_spike, cmt_axon_valid;
  logic [SlotWidth-1:0]   cmt_slot;
  logic [15:0]            cmt_u, cmt_i, cmt_i2, cmt_theta, cmt_w_data, cmt_e_data;
  logic [7:0]             cmt_y, cmt_x;
  logic [1:0]             cmt_w_valid, cmt_e_valid;
  logic [AxonWidth-1:0]   cmt_w_axon;
  logic [NeuronWidth-2:0] cmt_w_pair;
  logic [31:0]            cmt_tick;
  logic unused_commit;
  assign unused_commit = ^{cmt_slot_valid, cmt_neuron_valid, cmt_spike, cmt_axon_valid,
                           cmt_slot, cmt_u, cmt_i, cmt_i2, cmt_theta, cmt_w_data,
                           cmt_e_data, cmt_e_valid, cmt_y, cmt_x,
                           cmt_w_valid, cmt_w_axon, cmt_w_pair, cmt_tick};

  assign LEDG_N = !busy;
  assign LEDR_N = !(|status);

  logic unused_board;
  assign unused_board = ^{rxf_full, txf_full, rxf_count};

endmodule
