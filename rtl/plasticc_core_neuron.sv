// plasticc learning core: neuron-phase datapath, stages N1..N4.
//
// Slot k (docs/core.md §3.3) enters in N1 with the words read in N0 (state
// of neuron k, accumulator, post trace, pre trace of axon k, x0[k], the
// neuron LFSR draw) and leaves in N4 as the values to write back, which are
// also what the commit port reports. Arithmetic: semantics.md §11 (neuron),
// §12 (traces).
//   N1  z = sat16(u + acc), i' = sat16(i + acc), i2' = sat16(i2 + acc2)
//   N2  decays (mulQ16), bias, saturation; y decay; x jump
//   N3  refractory, threshold compare, reset, theta jump; y jump; x decay

module plasticc_core_neuron #(
  // Accumulator width (sum of up to NumAxons shifted weights).
  parameter int unsigned AccWidth = 24,
  // Slot index width.
  parameter int unsigned SlotWidth = 8,
  // 0 leaves out the cuba current i and its two multipliers.
  parameter bit EnCuba = 1'b1,
  // 0 leaves out the adaptive threshold theta and its multiplier.
  parameter bit EnAdaptive = 1'b1,
  // 0 leaves out the inhibitory current i2 and its two multipliers
  // (semantics.md §11; only meaningful with EnCuba).
  parameter bit EnInhCurrent = 1'b1
) (
  input  logic                 clk_i,
  input  logic                 rst_ni,

  // Parameters (run time).
  input  logic                 leak_i,
  input  logic                 spikes_i,
  input  logic                 cuba_i,
  input  logic                 adaptive_i,
  input  logic                 reset_subtract_i,
  input  logic [15:0]          decay_v_i,
  input  logic [15:0]          decay_i_i,
  input  logic [15:0]          decay_th_i,
  input  logic [15:0]          gain_i_i,
  input  logic signed [15:0]   threshold_i,
  input  logic signed [15:0]   v_reset_i,
  input  logic signed [15:0]   th_jump_i,
  input  logic signed [15:0]   bias_i,
  input  logic [6:0]           ref_steps_i,
  input  logic                 nearest_i,
  input  logic [7:0]           impulse_i,
  input  logic [15:0]          decay_pre_i,
  input  logic [15:0]          decay_post_i,
  input  logic                 inh_i,        // cuba with separate i2
  input  logic [15:0]          decay_i_inh_i,
  input  logic [15:0]          gain_i_inh_i,

  // N1: slot control (registered in N0) and memory read data.
  input  logic                 n1_neuron_valid_i,
  input  logic                 n1_axon_valid_i,
  input  logic [SlotWidth-1:0] n1_slot_i,
  input  logic [15:0]          n1_r_i,
  input  logic                 n1_x0_i,
  input  logic signed [15:0]   n1_u_i,
  input  logic signed [15:0]   n1_i_i,
  input  logic signed [15:0]   n1_theta_i,
  input  logic [6:0]           n1_ref_i,
  input  logic [7:0]           n1_y_i,
  input  logic [7:0]           n1_x_i,
  input  logic signed [AccWidth-1:0] n1_acc_i,
  input  logic signed [15:0]   n1_i2_i,
  input  logic signed [AccWidth-1:0] n1_acc2_i,   // negative weights

  // The two 8x16 trace-decay products are computed on multipliers the top
  // level shares with the synapse pipeline (the phases never overlap):
  // y * D_post in N2, x' * D_pre in N3.
  output logic [7:0]           mul_y_a_o,
  output logic [15:0]          mul_y_b_o,
  input  logic [23:0]          mul_y_p_i,
  output logic [7:0]           mul_x_a_o,
  output logic [15:0]          mul_x_b_o,
  input  logic [23:0]          mul_x_p_i,

  // N4: values written back and committed.
  output logic                 n4_neuron_valid_o,
  output logic                 n4_axon_valid_o,
  output logic [SlotWidth-1:0] n4_slot_o,
  output logic                 n4_spike_o,
  output logic [15:0]          n4_u_o,
  output logic [15:0]          n4_i_o,
  output logic [15:0]          n4_i2_o,
  output logic [15:0]          n4_theta_o,
  output logic [6:0]           n4_ref_o,
  output logic [7:0]           n4_y_o,
  output logic [7:0]           n4_x_o
);

  localparam int unsigned SumWidth = AccWidth + 2;

  // ---------------------------------------------------------------------
  // N1 -> N2
  // ---------------------------------------------------------------------
  logic signed [SumWidth-1:0] z_wide, iw_wide;
  logic signed [15:0] z_n1, inow_n1, i2now_n1;

  function automatic logic [15:0] sat16_acc(input logic signed [SumWidth-1:0] x);
    logic [15:0] r;
    if (x > SumWidth'(32767)) r = 16'h7fff;
    else if (x < -SumWidth'(32768)) r = 16'h8000;
    else r = x[15:0];
    sat16_acc = r;
  endfunction

  assign z_wide  = SumWidth'(n1_u_i) + SumWidth'(n1_acc_i);
  assign iw_wide = SumWidth'(n1_i_i) + SumWidth'(n1_acc_i);
  assign z_n1    = sat16_acc(z_wide);
  assign inow_n1 = sat16_acc(iw_wide);

  if (EnCuba && EnInhCurrent) begin : gen_i2_sum
    logic signed [SumWidth-1:0] i2w_wide;
    assign i2w_wide = SumWidth'(n1_i2_i) + SumWidth'(n1_acc2_i);
    assign i2now_n1 = sat16_acc(i2w_wide);
  end else begin : gen_no_i2_sum
    logic unused_i2_in;
    assign unused_i2_in = ^{n1_i2_i, n1_acc2_i};
    assign i2now_n1 = '0;
  end

  logic n2_nv_q, n2_av_q, n2_x0_q;
  logic [SlotWidth-1:0] n2_slot_q;
  logic [15:0] n2_r_q;
  logic signed [15:0] n2_u_q, n2_z_q, n2_inow_q, n2_i_q, n2_th_q;
  logic signed [15:0] n2_i2now_q, n2_i2_q;
  logic [6:0] n2_ref_q;
  logic [7:0] n2_y_q, n2_x_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      n2_nv_q <= 1'b0;
      n2_av_q <= 1'b0;
    end else begin
      n2_nv_q <= n1_neuron_valid_i;
      n2_av_q <= n1_axon_valid_i;
    end
  end

  always_ff @(posedge clk_i) begin
    n2_x0_q   <= n1_x0_i;
    n2_slot_q <= n1_slot_i;
    n2_r_q    <= n1_r_i;
    n2_u_q    <= n1_u_i;
    n2_z_q    <= z_n1;
    n2_inow_q <= inow_n1;
    n2_i_q    <= n1_i_i;
    n2_i2now_q <= i2now_n1;
    n2_i2_q   <= n1_i2_i;
    n2_th_q   <= n1_theta_i;
    n2_ref_q  <= n1_ref_i;
    n2_y_q    <= n1_y_i;
    n2_x_q    <= n1_x_i;
  end

  // ---------------------------------------------------------------------
  // N2 -> N3: products, rounding, bias, saturation
  // ---------------------------------------------------------------------
  logic signed [15:0] leak_in;
  logic signed [16:0] leak_out, gi_out, gi2_out;
  logic signed [15:0] i_new_n2, i2_new_n2, th_dec_n2, u_upd_n2;
  logic signed [19:0] u_sum;
  logic [7:0] y_dec_n2, x_jump_n2;

  // One membrane multiplier: u for cuba (the current carries the input), z
  // otherwise.
  assign leak_in  = (EnCuba && cuba_i) ? n2_u_q : n2_z_q;
  assign leak_out = leak_i ? plasticc_core_pkg::mul_q16(leak_in, decay_v_i)
                           : 17'(leak_in);

  if (EnCuba) begin : gen_cuba
    logic signed [16:0] i_dec;
    assign i_dec    = plasticc_core_pkg::mul_q16(n2_inow_q, decay_i_i);
    assign gi_out   = plasticc_core_pkg::mul_q16(n2_inow_q, gain_i_i);
    assign i_new_n2 = cuba_i ? plasticc_core_pkg::sat16_20(20'(i_dec)) : n2_i_q;
  end else begin : gen_no_cuba
    logic unused_cuba;
    assign unused_cuba = ^{n2_inow_q, n2_i_q, decay_i_i, gain_i_i, cuba_i};
    assign gi_out   = '0;
    assign i_new_n2 = '0;
  end

  // The inhibitory current: its own decay and coupling into u, active only
  // for cuba_lif with inh_current set.
  if (EnCuba && EnInhCurrent) begin : gen_inh
    logic signed [16:0] i2_dec;
    assign i2_dec    = plasticc_core_pkg::mul_q16(n2_i2now_q, decay_i_inh_i);
    assign gi2_out   = plasticc_core_pkg::mul_q16(n2_i2now_q, gain_i_inh_i);
    assign i2_new_n2 = (cuba_i && inh_i) ? plasticc_core_pkg::sat16_20(20'(i2_dec))
                                         : n2_i2_q;
  end else begin : gen_no_inh
    logic unused_inh;
    assign unused_inh = ^{n2_i2now_q, n2_i2_q, decay_i_inh_i, gain_i_inh_i, inh_i};
    assign gi2_out   = '0;
    assign i2_new_n2 = '0;
  end

  if (EnAdaptive) begin : gen_adaptive
    logic signed [16:0] th_dec;
    assign th_dec    = plasticc_core_pkg::mul_q16(n2_th_q, decay_th_i);
    assign th_dec_n2 = adaptive_i ? plasticc_core_pkg::sat16_20(20'(th_dec)) : n2_th_q;
  end else begin : gen_no_adaptive
    logic unused_adaptive;
    assign unused_adaptive = ^{n2_th_q, decay_th_i};
    assign th_dec_n2 = '0;
  end

  assign u_sum = 20'(leak_out) + ((EnCuba && cuba_i) ? 20'(gi_out) : 20'sd0) +
                 ((EnCuba && EnInhCurrent && cuba_i && inh_i) ? 20'(gi2_out) : 20'sd0) +
                 20'(bias_i);
  assign u_upd_n2 = plasticc_core_pkg::sat16_20(u_sum);

  assign mul_y_a_o = n2_y_q;
  assign mul_y_b_o = decay_post_i;
  assign y_dec_n2  = plasticc_core_pkg::trace_round(mul_y_p_i, n2_r_q[7:0]);
  assign x_jump_n2 = plasticc_core_pkg::trace_jump(n2_x_q, n2_x0_q, nearest_i, impulse_i);

  logic n3_nv_q, n3_av_q;
  logic [SlotWidth-1:0] n3_slot_q;
  logic [7:0] n3_rhi_q;
  logic signed [15:0] n3_u_q, n3_uupd_q, n3_i_q, n3_i2_q, n3_th_q;
  logic [6:0] n3_ref_q;
  logic [7:0] n3_y_q, n3_x_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      n3_nv_q <= 1'b0;
      n3_av_q <= 1'b0;
    end else begin
      n3_nv_q <= n2_nv_q;
      n3_av_q <= n2_av_q;
    end
  end

  always_ff @(posedge clk_i) begin
    n3_slot_q <= n2_slot_q;
    n3_rhi_q  <= n2_r_q[15:8];
    n3_u_q    <= n2_u_q;
    n3_uupd_q <= u_upd_n2;
    n3_i_q    <= i_new_n2;
    n3_i2_q   <= i2_new_n2;
    n3_th_q   <= th_dec_n2;
    n3_ref_q  <= n2_ref_q;
    n3_y_q    <= y_dec_n2;
    n3_x_q    <= x_jump_n2;
  end

  // ---------------------------------------------------------------------
  // N3 -> N4: refractory, threshold, reset, jumps
  // ---------------------------------------------------------------------
  logic signed [19:0] eff_th, sub_u;
  logic spike_n3;
  logic signed [15:0] u_n3, th_n3;
  logic [6:0] ref_n3;

  assign mul_x_a_o = n3_x_q;
  assign mul_x_b_o = decay_pre_i;

  assign eff_th = 20'(threshold_i) + 20'(n3_th_q);
  assign sub_u  = 20'(n3_uupd_q) - (eff_th - 20'(v_reset_i));

  always_comb begin
    spike_n3 = 1'b0;
    u_n3     = n3_uupd_q;
    th_n3    = n3_th_q;
    ref_n3   = n3_ref_q;
    if (n3_ref_q != 7'd0) begin
      // Refractory: u frozen, input discarded, no spike.
      ref_n3 = n3_ref_q - 7'd1;
      u_n3   = n3_u_q;
    end else if (spikes_i && (20'(n3_uupd_q) >= eff_th)) begin
      spike_n3 = 1'b1;
      u_n3     = reset_subtract_i ? plasticc_core_pkg::sat16_20(sub_u) : v_reset_i;
      if (EnAdaptive && adaptive_i) begin
        th_n3 = plasticc_core_pkg::sat16_20(20'(n3_th_q) + 20'(th_jump_i));
      end
      ref_n3 = ref_steps_i;
    end
  end

  logic n4_nv_q, n4_av_q, n4_spike_q;
  logic [SlotWidth-1:0] n4_slot_q;
  logic [15:0] n4_u_q, n4_i_q, n4_i2_q, n4_th_q;
  logic [6:0] n4_ref_q;
  logic [7:0] n4_y_q, n4_x_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      n4_nv_q    <= 1'b0;
      n4_av_q    <= 1'b0;
      n4_spike_q <= 1'b0;
    end else begin
      n4_nv_q    <= n3_nv_q;
      n4_av_q    <= n3_av_q;
      n4_spike_q <= n3_nv_q && spike_n3;
    end
  end

  always_ff @(posedge clk_i) begin
    n4_slot_q <= n3_slot_q;
    n4_u_q    <= u_n3;
    n4_i_q    <= n3_i_q;
    n4_i2_q   <= n3_i2_q;
    n4_th_q   <= th_n3;
    n4_ref_q  <= ref_n3;
    n4_y_q    <= plasticc_core_pkg::trace_jump(n3_y_q, spike_n3, nearest_i, impulse_i);
    n4_x_q    <= plasticc_core_pkg::trace_round(mul_x_p_i, n3_rhi_q);
  end

  assign n4_neuron_valid_o = n4_nv_q;
  assign n4_axon_valid_o   = n4_av_q;
  assign n4_slot_o         = n4_slot_q;
  assign n4_spike_o        = n4_spike_q;
  assign n4_u_o            = n4_u_q;
  assign n4_i_o            = n4_i_q;
  assign n4_i2_o           = n4_i2_q;
  assign n4_theta_o        = n4_th_q;
  assign n4_ref_o          = n4_ref_q;
  assign n4_y_o            = n4_y_q;
  assign n4_x_o            = n4_x_q;

  // Assertions
`ifndef SYNTHESIS
  NeuronSpikeOnlyWhenValid: assert property (@(posedge clk_i) disable iff (!rst_ni)
      n4_spike_q |-> n4_nv_q);
`endif

endmodule
