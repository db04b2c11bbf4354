// plasticc iCEBreaker board: UART command bridge to one learning core.
//
// Host -> board, one command per message, multi-byte fields big-endian:
//   'W' a2 a1 a0 d1 d0   configuration write: cfg_addr = a[19:0], data d
//   'R' a2 a1 a0         configuration read; answered by 'r' d1 d0
//   'S' x1 x0            input spike on axon x (queued for the next step)
//   'T'                  tick: start a step (waits until the core is ready)
// Board -> host:
//   'r' d1 d0            read data
//   's' t n1 n0          output spike of neuron n in the step with tick t[3:0]
//   'd'                  a step finished, after all of its 's' messages (one
//                        'd' may stand for several steps)
// Unknown command bytes are ignored. Commands wait for the core (config
// grant, AER ready, tick ready); the receive FIFO in front of the bridge
// absorbs the bytes that arrive meanwhile.

module plasticc_uart_bridge #(
  // Core axon / neuron index widths.
  parameter int unsigned AxonWidth = 8,
  parameter int unsigned NeuronWidth = 8
) (
  input  logic                   clk_i,
  input  logic                   rst_ni,

  // Received bytes (show-ahead FIFO).
  input  logic                   rx_valid_i,
  input  logic [7:0]             rx_data_i,
  output logic                   rx_pop_o,

  // Bytes to send (FIFO with at least 4 free entries when tx_room_i).
  input  logic                   tx_room_i,
  output logic                   tx_push_o,
  output logic [7:0]             tx_data_o,

  // Core.
  output logic                   aer_in_valid_o,
  input  logic                   aer_in_ready_i,
  output logic [AxonWidth-1:0]   aer_in_axon_o,
  input  logic                   aer_out_valid_i,
  output logic                   aer_out_ready_o,
  input  logic [NeuronWidth-1:0] aer_out_neuron_i,
  input  logic [3:0]             aer_out_tick_i,
  output logic                   tick_o,
  input  logic                   tick_ready_i,
  input  logic                   step_done_i,
  output logic                   cfg_req_o,
  input  logic                   cfg_gnt_i,
  output logic                   cfg_we_o,
  output logic [19:0]            cfg_addr_o,
  output logic [15:0]            cfg_wdata_o,
  input  logic                   cfg_rvalid_i,
  input  logic [15:0]            cfg_rdata_i
);

  localparam logic [7:0] CmdWrite = 8'h57; // 'W'
  localparam logic [7:0] CmdRead  = 8'h52; // 'R'
  localparam logic [7:0] CmdSpike = 8'h53; // 'S'
  localparam logic [7:0] CmdTick  = 8'h54; // 'T'

  // ---------------------------------------------------------------------
  // Command parser
  // ---------------------------------------------------------------------
  typedef enum logic [1:0] {PIdle, PArgs, PExec, PReadWait} parse_e;

  parse_e      pstate_q, pstate_d;
  logic [7:0]  cmd_q, cmd_d;
  logic [2:0]  need_q, need_d;
  logic [39:0] args_q, args_d;
  logic        rd_pend_q, rd_pend_d;
  logic [15:0] rd_data_q, rd_data_d;

  function automatic logic [2:0] arg_bytes(input logic [7:0] c);
    logic [2:0] n;
    unique case (c)
      CmdWrite: n = 3'd5;
      CmdRead:  n = 3'd3;
      CmdSpike: n = 3'd2;
      default:  n = 3'd0;
    endcase
    arg_bytes = n;
  endfunction

  function automatic logic known(input logic [7:0] c);
    known = (c == CmdWrite) || (c == CmdRead) || (c == CmdSpike) || (c == CmdTick);
  endfunction

  always_comb begin
    pstate_d       = pstate_q;
    cmd_d          = cmd_q;
    need_d         = need_q;
    args_d         = args_q;
    rd_pend_d      = rd_pend_q;
    rd_data_d      = rd_data_q;
    rx_pop_o       = 1'b0;
    unique case (pstate_q)
      PIdle: begin
        if (rx_valid_i) begin
          rx_pop_o = 1'b1;
          cmd_d    = rx_data_i;
          need_d   = arg_bytes(rx_data_i);
          if (known(rx_data_i)) pstate_d = (arg_bytes(rx_data_i) == 3'd0) ? PExec : PArgs;
        end
      end
      PArgs: begin
        if (rx_valid_i) begin
          rx_pop_o = 1'b1;
          args_d   = {args_q[31:0], rx_data_i};
          need_d   = need_q - 1'b1;
          if (need_q == 3'd1) pstate_d = PExec;
        end
      end
      PExec: begin
        unique case (cmd_q)
          CmdWrite: if (cfg_gnt_i) pstate_d = PIdle;
          CmdRead:  if (!rd_pend_q && cfg_gnt_i) pstate_d = PReadWait;
          CmdSpike: if (aer_in_ready_i) pstate_d = PIdle;
          default:  if (tick_ready_i) pstate_d = PIdle; // CmdTick
        endcase
      end
      PReadWait: begin
        if (cfg_rvalid_i) begin
          rd_pend_d = 1'b1;
          rd_data_d = cfg_rdata_i;
          pstate_d  = PIdle;
        end
      end
      default: pstate_d = PIdle;
    endcase
    if (rd_clear) rd_pend_d = 1'b0;
  end

  // Requests depend on the parser state only (never on the core's answers,
  // which themselves depend on the requests).
  logic exec;
  assign exec           = (pstate_q == PExec);
  assign cfg_req_o      = exec && ((cmd_q == CmdWrite) ||
                                   // one read in flight: wait for the reply
                                   ((cmd_q == CmdRead) && !rd_pend_q));
  assign cfg_we_o       = (cmd_q == CmdWrite);
  assign cfg_addr_o     = (cmd_q == CmdWrite) ? args_q[35:16] : args_q[19:0];
  assign cfg_wdata_o    = args_q[15:0];
  assign aer_in_valid_o = exec && (cmd_q == CmdSpike);
  assign tick_o         = exec && (cmd_q == CmdTick);
  assign aer_in_axon_o  = AxonWidth'(args_q[15:0]);

  // ---------------------------------------------------------------------
  // Message generator
  // ---------------------------------------------------------------------
  logic        rd_clear, done_pend_q, done_pend_d;
  logic [31:0] msg_q, msg_d;   // bytes to send, first in [31:24]
  logic [2:0]  left_q, left_d;

  always_comb begin
    msg_d           = msg_q;
    left_d          = left_q;
    done_pend_d     = done_pend_q || step_done_i;
    rd_clear        = 1'b0;
    aer_out_ready_o = 1'b0;
    tx_push_o       = 1'b0;
    tx_data_o       = msg_q[31:24];
    if (left_q != '0) begin
      tx_push_o = 1'b1;
      msg_d     = {msg_q[23:0], 8'h00};
      left_d    = left_q - 1'b1;
    end else if (tx_room_i) begin
      if (rd_pend_q) begin
        msg_d    = {8'h72, rd_data_q, 8'h00};           // 'r'
        left_d   = 3'd3;
        rd_clear = 1'b1;
      end else if (aer_out_valid_i) begin
        aer_out_ready_o = 1'b1;
        msg_d  = {8'h73, 4'h0, aer_out_tick_i, 16'(aer_out_neuron_i)}; // 's'
        left_d = 3'd4;
      end else if (done_pend_q) begin
        // After the step's spikes: the output queue is empty here.
        msg_d       = {8'h64, 24'h0};                    // 'd'
        left_d      = 3'd1;
        done_pend_d = step_done_i;
      end
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      pstate_q    <= PIdle;
      cmd_q       <= '0;
      need_q      <= '0;
      args_q      <= '0;
      rd_pend_q   <= 1'b0;
      rd_data_q   <= '0;
      msg_q       <= '0;
      left_q      <= '0;
      done_pend_q <= 1'b0;
    end else begin
      pstate_q    <= pstate_d;
      cmd_q       <= cmd_d;
      need_q      <= need_d;
      args_q      <= args_d;
      rd_pend_q   <= rd_pend_d;
      rd_data_q   <= rd_data_d;
      msg_q       <= msg_d;
      left_q      <= left_d;
      done_pend_q <= done_pend_d;
    end
  end

endmodule
