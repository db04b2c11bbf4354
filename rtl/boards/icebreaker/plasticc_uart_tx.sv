// plasticc iCEBreaker board: UART transmitter (8N1), valid/ready byte input.

module plasticc_uart_tx #(
  // Clock cycles per bit: clock frequency / baud rate.
  parameter int unsigned ClksPerBit = 104
) (
  input  logic       clk_i,
  input  logic       rst_ni,
  input  logic       valid_i,
  output logic       ready_o,
  input  logic [7:0] data_i,
  output logic       tx_o
);

  localparam int unsigned CntWidth = $clog2(ClksPerBit);

  logic [9:0]          frame_q, frame_d;   // {stop, data, start}, LSB first
  logic [3:0]          bits_q, bits_d;     // bits left to send
  logic [CntWidth-1:0] cnt_q, cnt_d;

  assign ready_o = (bits_q == '0);

  always_comb begin
    frame_d = frame_q;
    bits_d  = bits_q;
    cnt_d   = cnt_q;
    if (bits_q == '0) begin
      if (valid_i) begin
        frame_d = {1'b1, data_i, 1'b0};
        bits_d  = 4'd10;
        cnt_d   = CntWidth'(ClksPerBit - 1);
      end
    end else if (cnt_q == '0) begin
      frame_d = {1'b1, frame_q[9:1]};
      bits_d  = bits_q - 1'b1;
      cnt_d   = CntWidth'(ClksPerBit - 1);
    end else begin
      cnt_d = cnt_q - 1'b1;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      frame_q <= 10'h3ff;
      bits_q  <= '0;
      cnt_q   <= '0;
    end else begin
      frame_q <= frame_d;
      bits_q  <= bits_d;
      cnt_q   <= cnt_d;
    end
  end

  assign tx_o = (bits_q == '0) ? 1'b1 : frame_q[0];

endmodule
