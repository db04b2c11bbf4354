// plasticc iCEBreaker board: UART receiver (8N1).
//
// Samples the line in the middle of each bit; one byte per valid_o pulse.

module plasticc_uart_rx #(
  // Clock cycles per bit: clock frequency / baud rate.
  parameter int unsigned ClksPerBit = 104
) (
  input  logic       clk_i,
  input  logic       rst_ni,
  input  logic       rx_i,
  output logic       valid_o,
  output logic [7:0] data_o
);

  localparam int unsigned CntWidth = $clog2(ClksPerBit * 3 / 2 + 1);

  typedef enum logic [1:0] {RxIdle, RxStart, RxData, RxStop} rx_state_e;

  rx_state_e            state_q, state_d;
  logic [CntWidth-1:0]  cnt_q, cnt_d;
  logic [2:0]           bit_q, bit_d;
  logic [7:0]           shift_q, shift_d;
  logic                 valid_q, valid_d;
  logic [1:0]           sync_q;   // two-flop synchroniser

  always_comb begin
    state_d = state_q;
    cnt_d   = cnt_q;
    bit_d   = bit_q;
    shift_d = shift_q;
    valid_d = 1'b0;
    unique case (state_q)
      RxIdle: begin
        if (!sync_q[1]) begin
          state_d = RxStart;
          cnt_d   = CntWidth'(ClksPerBit / 2);
        end
      end
      RxStart: begin
        if (cnt_q == '0) begin
          // Middle of the start bit: a glitch returns to idle.
          state_d = sync_q[1] ? RxIdle : RxData;
          cnt_d   = CntWidth'(ClksPerBit - 1);
          bit_d   = '0;
        end else begin
          cnt_d = cnt_q - 1'b1;
        end
      end
      RxData: begin
        if (cnt_q == '0) begin
          shift_d = {sync_q[1], shift_q[7:1]};
          cnt_d   = CntWidth'(ClksPerBit - 1);
          bit_d   = bit_q + 1'b1;
          if (bit_q == 3'd7) state_d = RxStop;
        end else begin
          cnt_d = cnt_q - 1'b1;
        end
      end
      RxStop: begin
        if (cnt_q == '0) begin
          state_d = RxIdle;
          valid_d = sync_q[1]; // framing error: drop the byte
        end else begin
          cnt_d = cnt_q - 1'b1;
        end
      end
      default: state_d = RxIdle;
    endcase
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= RxIdle;
      cnt_q   <= '0;
      bit_q   <= '0;
      shift_q <= '0;
      valid_q <= 1'b0;
      sync_q  <= 2'b11;
    end else begin
      state_q <= state_d;
      cnt_q   <= cnt_d;
      bit_q   <= bit_d;
      shift_q <= shift_d;
      valid_q <= valid_d;
      sync_q  <= {sync_q[0], rx_i};
    end
  end

  assign valid_o = valid_q;
  assign data_o  = shift_q;

endmodule
