// plasticc learning core: top level (docs/core.md).
//
// One core: N neurons time-multiplexed through one update pipeline, M input
// axons, a dense M x N crossbar of 8-bit weights in two single-port banks,
// on-chip pair STDP, three-factor or Hebbian learning. A step (tick) runs
// its phases back to back with a schedule fixed once the gather phase has
// counted its work:
//
//   tick accept (1) | gather (G) | event + LTD (2 + K*N/2 + 3) |
//   neuron (max(N,M) + 4) | learning / LTP (C*M + 3, or 0) |
//   sweep, three-factor or Hebbian (M*N/2 + 3, or 0) |
//   prune, on a pruning step (P*N/2 + 3, or 0)
//
// The commit port reports every state and weight write in the cycle it is
// made, which is what the lockstep testbench compares with the golden model.

module plasticc_core_top #(
  // Neurons N: a power of two >= 4 (two neurons per synapse word, the banks
  // alternate per word, and the configuration index i*N + j splits by bits).
  parameter int unsigned NumNeurons = 256,
  // Axons M: even (column passes alternate banks), >= 2.
  parameter int unsigned NumAxons = 256,
  // Feature enables: features a network does not use are left out.
  parameter bit EnStdp = 1'b1,
  parameter bit EnCuba = 1'b1,
  parameter bit EnAdaptive = 1'b1,
  parameter bit EnMultiplicative = 1'b1,
  parameter bit EnRecurrent = 1'b1,
  // Separate inhibitory current i2 of cuba_lif (ACCN0/1 and I2 memories,
  // two more multipliers).
  parameter bit EnInhCurrent = 1'b1,
  // Three-factor rule: the eligibility memory E (as big as W), the sweep.
  parameter bit EnThreeFactor = 1'b1,
  // Hebbian rule on traces: the sweep without E.
  parameter bit EnHebbian = 1'b1,
  // Static rows (register 35, P; docs/core.md §10.4): learning writes rows
  // i < P only. 0 leaves the register and its compare out (every row is
  // plastic), which the STDP board needs to fit the UP5K.
  parameter bit EnStaticRows = 1'b1,
  // Oja's decay term of the Hebbian rule (register 43): K0/K1, one
  // eta_o * y^2 and two k * |w| products (three SB_MAC16). Only with
  // EnHebbian; 0 keeps a plain Hebbian core as small as before.
  parameter bit EnOja = 1'b1,
  // Structural pruning (registers 44..46, docs/core.md §11): the countdown
  // and a prune pass over the plastic rows after the sweep. 0 leaves both
  // out (the registers read 0).
  parameter bit EnPrune = 1'b1,
  // External spike queue; 512 x 8 is one EBR (and the golden model's depth).
  parameter int unsigned InFifoDepth = 512,
  // Recurrent spike queue {due tick, axon}; 512 is the golden model's depth.
  parameter int unsigned RecFifoDepth = 512,
  // Output spike queue; a step starts only with NumNeurons entries free, so
  // it never stalls on output backpressure. Power of two, >= NumNeurons.
  parameter int unsigned OutFifoDepth = NumNeurons,
  // 1: synapse banks are SB_SPRAM256KA primitives (iCE40 UP5K synthesis).
  parameter bit UseSpram = 1'b0,
  // 1: the neuron phase's two trace-decay multipliers also serve the synapse
  // pipeline's soft-bound amplitudes (8 SB_MAC16 for the full core instead
  // of 10, for ~100 more LUTs of operand muxes); 0 when DSPs are not short.
  parameter bit ShareMul = 1'b1,
  // Derived widths (not meant to be overridden).
  parameter int unsigned AxonWidth = (NumAxons > 2) ? $clog2(NumAxons) : 1,
  parameter int unsigned NeuronWidth = $clog2(NumNeurons),
  parameter int unsigned PairWidth = $clog2(NumNeurons / 2),
  parameter int unsigned SlotWidth = $clog2((NumNeurons > NumAxons) ? NumNeurons : NumAxons)
) (
  input  logic                   clk_i,
  input  logic                   rst_ni,

  // AER input.
  input  logic                   aer_in_valid_i,
  output logic                   aer_in_ready_o,
  input  logic [AxonWidth-1:0]   aer_in_axon_i,

  // AER output.
  output logic                   aer_out_valid_o,
  input  logic                   aer_out_ready_i,
  output logic [NeuronWidth-1:0] aer_out_neuron_o,
  output logic [3:0]             aer_out_tick_o,

  // Time step.
  input  logic                   tick_i,
  output logic                   tick_ready_o,
  output logic                   busy_o,
  output logic                   step_done_o,

  // Configuration / read-back.
  input  logic                   cfg_req_i,
  output logic                   cfg_gnt_o,
  input  logic                   cfg_we_i,
  input  logic [19:0]            cfg_addr_i,
  input  logic [15:0]            cfg_wdata_i,
  output logic                   cfg_rvalid_o,
  output logic [15:0]            cfg_rdata_o,
  output logic [7:0]             status_o,

  // Commit port: neuron phase (stage N4).
  output logic                   cmt_slot_valid_o,
  output logic [SlotWidth-1:0]   cmt_slot_o,
  output logic                   cmt_neuron_valid_o,
  output logic                   cmt_spike_o,
  output logic [15:0]            cmt_u_o,
  output logic [15:0]            cmt_i_o,
  output logic [15:0]            cmt_i2_o,
  output logic [15:0]            cmt_theta_o,
  output logic [7:0]             cmt_y_o,
  output logic                   cmt_axon_valid_o,
  output logic [7:0]             cmt_x_o,
  // Commit port: weight and eligibility writes (stages E3 / L3 / S3).
  output logic [1:0]             cmt_w_valid_o,
  output logic [1:0]             cmt_e_valid_o,
  output logic [AxonWidth-1:0]   cmt_w_axon_o,
  output logic [PairWidth-1:0]   cmt_w_pair_o,
  output logic [15:0]            cmt_w_data_o,
  output logic [15:0]            cmt_e_data_o,
  output logic [31:0]            cmt_tick_o
);

  // -----------------------------------------------------------------------
  // Derived constants
  // -----------------------------------------------------------------------
  localparam int unsigned NumPairs   = NumNeurons / 2;
  localparam int unsigned NumSlots   = (NumNeurons > NumAxons) ? NumNeurons : NumAxons;
  localparam int unsigned AccWidth   = 16 + $clog2(NumAxons);
  localparam int unsigned BankDepth  = NumAxons * NumNeurons / 4;
  localparam int unsigned BankAddrW  = $clog2(BankDepth);
  localparam int unsigned CntWidth   = SlotWidth + 1;
  localparam int unsigned RecWidth   = 4 + AxonWidth;
  localparam int unsigned OutWidth   = 4 + NeuronWidth;
  localparam int unsigned PairEntryW = 2 + PairWidth;
  localparam int unsigned InCountW   = $clog2(InFifoDepth) + 1;
  localparam int unsigned OutCountW  = $clog2(OutFifoDepth) + 1;
  // The sweep needs the spike bit y0 of every neuron: a ninth bit of Y.
  localparam bit          EnSweep    = EnThreeFactor || EnHebbian;
  localparam int unsigned YWidth     = EnThreeFactor ? 9 : 8;

  typedef enum logic [3:0] {
    StInit, StIdle, StGather, StScan, StRow, StEvDrain,
    StNeuron, StNDrain, StLearn, StLDrain, StSweep, StSDrain,
    StPrune, StRDrain
  } state_e;

  // -----------------------------------------------------------------------
  // Parameter registers
  // -----------------------------------------------------------------------
  logic        p_leak, p_spikes, p_cuba, p_adaptive, p_subtract, p_nearest;
  logic        p_stdp, p_mult, p_stoch, p_rec_en;
  logic [15:0] p_decay_v, p_decay_i, p_decay_th, p_gain_i, p_threshold;
  logic [15:0] p_v_reset, p_th_jump, p_bias, p_decay_pre, p_decay_post;
  logic [15:0] p_a_plus, p_a_minus;
  logic [6:0]  p_ref_steps;
  logic [2:0]  p_w_shift;
  logic [7:0]  p_impulse, p_w_min, p_w_max;
  logic [9:0]  p_rec_offset;
  logic [3:0]  p_rec_delay;
  logic        p_inh, p_tf, p_hebb, p_hebb_stoch;
  logic [15:0] p_decay_i_inh, p_gain_i_inh, p_decay_e, p_tf_a_plus, p_tf_a_minus;
  logic [15:0] p_tf_eta, p_hebb_eta, p_hebb_decay;
  logic [2:0]  p_e_frac;
  logic [7:0]  p_tf_w_min, p_tf_w_max, p_modulator, p_hebb_w_min, p_hebb_w_max;
  logic [10:0] p_plastic_axons;
  logic [7:0]  p_prune_threshold;
  logic        p_prune_now;

  logic        cfg_acc, cfg_wr, cfg_rd;
  logic [3:0]  cfg_region;
  logic [15:0] cfg_index;
  logic        reg_we;
  logic [15:0] reg_rdata;
  logic [31:0] lfsr_n_state, lfsr_l_state;
  logic        seed_n_lo, seed_n_hi, seed_l_lo, seed_l_hi;

  assign cfg_region = cfg_addr_i[19:16];
  assign cfg_index  = cfg_addr_i[15:0];
  assign reg_we     = cfg_wr && (cfg_region == plasticc_core_pkg::RegionParam) &&
                      (cfg_index < 16'(plasticc_core_pkg::NumRegs));

  plasticc_core_cfg #(
    .EnStdp          (EnStdp),
    .EnCuba          (EnCuba),
    .EnAdaptive      (EnAdaptive),
    .EnMultiplicative(EnMultiplicative),
    .EnRecurrent     (EnRecurrent),
    .EnInhCurrent    (EnInhCurrent),
    .EnThreeFactor   (EnThreeFactor),
    .EnHebbian       (EnHebbian),
    .EnStaticRows    (EnStaticRows),
    .EnOja           (EnOja),
    .EnPrune         (EnPrune),
    .NumAxons        (NumAxons)
  ) u_cfg (
    .clk_i, .rst_ni,
    .we_i            (reg_we),
    .waddr_i         (cfg_index[5:0]),
    .wdata_i         (cfg_wdata_i),
    .raddr_i         (cfg_index[5:0]),
    .rdata_o         (reg_rdata),
    .tick_i          (tick_acc),
    .lfsr_neuron_i   (lfsr_n_state),
    .lfsr_learn_i    (lfsr_l_state),
    .seed_neuron_lo_o(seed_n_lo),
    .seed_neuron_hi_o(seed_n_hi),
    .seed_learn_lo_o (seed_l_lo),
    .seed_learn_hi_o (seed_l_hi),
    .leak_o          (p_leak),
    .spikes_o        (p_spikes),
    .cuba_o          (p_cuba),
    .adaptive_o      (p_adaptive),
    .reset_subtract_o(p_subtract),
    .decay_v_o       (p_decay_v),
    .decay_i_o       (p_decay_i),
    .decay_th_o      (p_decay_th),
    .gain_i_o        (p_gain_i),
    .threshold_o     (p_threshold),
    .v_reset_o       (p_v_reset),
    .th_jump_o       (p_th_jump),
    .bias_o          (p_bias),
    .ref_steps_o     (p_ref_steps),
    .w_shift_o       (p_w_shift),
    .nearest_o       (p_nearest),
    .decay_pre_o     (p_decay_pre),
    .decay_post_o    (p_decay_post),
    .impulse_o       (p_impulse),
    .stdp_en_o       (p_stdp),
    .mult_o          (p_mult),
    .stoch_o         (p_stoch),
    .a_plus_o        (p_a_plus),
    .a_minus_o       (p_a_minus),
    .w_min_o         (p_w_min),
    .w_max_o         (p_w_max),
    .rec_en_o        (p_rec_en),
    .rec_offset_o    (p_rec_offset),
    .rec_delay_o     (p_rec_delay),
    .inh_o           (p_inh),
    .decay_i_inh_o   (p_decay_i_inh),
    .gain_i_inh_o    (p_gain_i_inh),
    .tf_en_o         (p_tf),
    .decay_e_o       (p_decay_e),
    .tf_a_plus_o     (p_tf_a_plus),
    .tf_a_minus_o    (p_tf_a_minus),
    .e_frac_o        (p_e_frac),
    .tf_eta_o        (p_tf_eta),
    .tf_w_min_o      (p_tf_w_min),
    .tf_w_max_o      (p_tf_w_max),
    .modulator_o     (p_modulator),
    .hebb_en_o       (p_hebb),
    .hebb_stoch_o    (p_hebb_stoch),
    .hebb_eta_o      (p_hebb_eta),
    .hebb_w_min_o    (p_hebb_w_min),
    .hebb_w_max_o    (p_hebb_w_max),
    .hebb_decay_o    (p_hebb_decay),
    .plastic_axons_o (p_plastic_axons),
    .prune_threshold_o(p_prune_threshold),
    .prune_now_o     (p_prune_now)
  );

  // -----------------------------------------------------------------------
  // Control state
  // -----------------------------------------------------------------------
  state_e state_q, state_d;
  logic [CntWidth-1:0]  cnt_q, cnt_d;
  logic [AxonWidth-1:0] row_axon_q, row_axon_d;
  logic [InCountW-1:0]  in_rem_q, in_rem_d;
  logic                 rec_phase_q, rec_phase_d;
  logic [31:0]          tick_q, tick_d, step_cyc_q, step_cyc_d, last_cyc_q, last_cyc_d;
  logic [1:0]           status_q, status_d;
  logic                 prev_spike_q;

  logic tick_acc, step_done, learn_go, sweep_go, prune_go;
  logic ev0, ln0, nr0, sw0, pr0;        // stage 0 of row pass, column pass, slot, sweep, prune
  // This step prunes (decided at its tick accept, docs/core.md §11); the
  // prune pass covers rows i < P, P = register 35 clamped to M.
  logic        prune_step_q;
  logic [10:0] prune_rows;
  logic ev_take, ev_set, ev_any, ev_x0;
  logic [AxonWidth-1:0] ev_first, ev_set_axon;

  // FIFOs
  logic in_push, in_pop, in_empty, in_full;
  logic [AxonWidth-1:0] in_head;
  logic [InCountW-1:0]  in_count;
  logic rec_push, rec_pop, rec_empty, rec_full;
  logic [RecWidth-1:0]  rec_head, rec_wdata;
  logic out_push, out_pop, out_empty, out_full;
  logic [OutWidth-1:0]  out_head, out_wdata;
  logic [OutCountW-1:0] out_count;
  logic pair_push, pair_pop, pair_empty, pair_full;
  logic [PairEntryW-1:0] pair_head, pair_wdata;
  logic [$clog2(NumPairs):0] pair_count;

  logic rec_due, pop_rec, pop_in, g_zero;

  // Neuron pipeline N4 outputs.
  logic n4_nv, n4_av, n4_spike;
  logic [SlotWidth-1:0] n4_slot;
  logic [15:0] n4_u, n4_i, n4_i2, n4_th;
  logic [6:0]  n4_ref;
  logic [7:0]  n4_y, n4_x;

  // Synapse pipeline stage 3 outputs.
  logic s3_valid, s3_acc_we, s3_bank;
  logic [AxonWidth-1:0] s3_axon;
  logic [PairWidth-1:0] s3_pair;
  logic [15:0] s3_word, s3_eword;
  logic [1:0]  s3_wmask, s3_emask;
  logic [AccWidth-1:0] s3_acc0, s3_acc1, s3_accn0, s3_accn1;

  assign rec_due = EnRecurrent && !rec_empty && (rec_head[RecWidth-1 -: 4] == tick_q[3:0]);
  assign pop_rec = (state_q == StGather) && rec_phase_q && rec_due;
  assign pop_in  = (state_q == StGather) && !pop_rec && (in_rem_q != '0);
  assign g_zero  = !rec_due && (in_count == '0);

  assign ev0 = (state_q == StRow);
  assign ln0 = (state_q == StLearn);
  assign nr0 = (state_q == StNeuron);
  assign sw0 = EnSweep && (state_q == StSweep);
  assign pr0 = EnPrune && (state_q == StPrune);

  assign learn_go  = p_stdp && (!pair_empty || pair_push);
  assign sweep_go  = EnSweep && (p_tf || p_hebb);
  assign prune_rows = (p_plastic_axons > 11'(NumAxons)) ? 11'(NumAxons) : p_plastic_axons;
  assign prune_go  = EnPrune && prune_step_q && (prune_rows != 11'd0);
  assign step_done = ((state_q == StNDrain) && (cnt_q == CntWidth'(3)) && !learn_go &&
                      !sweep_go && !prune_go) ||
                     ((state_q == StLDrain) && (cnt_q == CntWidth'(2)) && !sweep_go &&
                      !prune_go) ||
                     ((state_q == StSDrain) && (cnt_q == CntWidth'(2)) && !prune_go) ||
                     ((state_q == StRDrain) && (cnt_q == CntWidth'(2)));

  always_comb begin
    state_d     = state_q;
    cnt_d       = cnt_q;
    row_axon_d  = row_axon_q;
    in_rem_d    = in_rem_q;
    rec_phase_d = rec_phase_q;
    tick_d      = tick_q;
    step_cyc_d  = step_cyc_q + 32'd1;
    last_cyc_d  = last_cyc_q;
    ev_take     = 1'b0;
    pair_pop    = 1'b0;

    unique case (state_q)
      StInit: begin
        // Clear the accumulators once after reset (they are not addressable).
        cnt_d = cnt_q + 1'b1;
        if (cnt_q == CntWidth'(NumPairs - 1)) begin
          state_d = StIdle;
          cnt_d   = '0;
        end
      end
      StIdle: begin
        if (tick_acc) begin
          in_rem_d    = in_count;
          rec_phase_d = 1'b1;
          step_cyc_d  = 32'd1;
          cnt_d       = '0;
          state_d     = g_zero ? StNeuron : StGather;
        end
      end
      StGather: begin
        if (pop_in) in_rem_d = in_rem_q - 1'b1;
        rec_phase_d = rec_phase_q && pop_rec;
        // A cycle without a pop is the first cycle of the event phase.
        if (!pop_rec && !pop_in) state_d = StScan;
      end
      StScan: begin
        ev_take    = 1'b1;
        row_axon_d = ev_first;
        cnt_d      = '0;
        state_d    = StRow;
      end
      StRow: begin
        cnt_d = cnt_q + 1'b1;
        if (cnt_q == CntWidth'(NumPairs - 1)) begin
          cnt_d = '0;
          if (ev_any) begin
            ev_take    = 1'b1;
            row_axon_d = ev_first;
          end else begin
            state_d = StEvDrain;
          end
        end
      end
      StEvDrain: begin
        cnt_d = cnt_q + 1'b1;
        if (cnt_q == CntWidth'(2)) begin
          cnt_d   = '0;
          state_d = StNeuron;
        end
      end
      StNeuron: begin
        cnt_d = cnt_q + 1'b1;
        if (cnt_q == CntWidth'(NumSlots - 1)) begin
          cnt_d   = '0;
          state_d = StNDrain;
        end
      end
      StNDrain: begin
        cnt_d = cnt_q + 1'b1;
        if (cnt_q == CntWidth'(3)) begin
          cnt_d      = '0;
          row_axon_d = '0;
          state_d    = learn_go ? StLearn : sweep_go ? StSweep :
                       prune_go ? StPrune : StIdle;
        end
      end
      StLearn: begin
        cnt_d = cnt_q + 1'b1;
        if (cnt_q == CntWidth'(NumAxons - 1)) begin
          cnt_d    = '0;
          pair_pop = 1'b1;
          if (pair_count == 1) state_d = StLDrain;
        end
      end
      StLDrain: begin
        cnt_d = cnt_q + 1'b1;
        if (cnt_q == CntWidth'(2)) begin
          cnt_d      = '0;
          row_axon_d = '0;
          state_d    = sweep_go ? StSweep : prune_go ? StPrune : StIdle;
        end
      end
      // Every word of W (and E), rows ascending, addressed like row passes.
      StSweep: begin
        cnt_d = cnt_q + 1'b1;
        if (cnt_q == CntWidth'(NumPairs - 1)) begin
          cnt_d      = '0;
          row_axon_d = row_axon_q + 1'b1;
          if (32'(row_axon_q) == NumAxons - 1) state_d = StSDrain;
        end
      end
      StSDrain: begin
        cnt_d = cnt_q + 1'b1;
        if (cnt_q == CntWidth'(2)) begin
          cnt_d      = '0;
          row_axon_d = '0;
          state_d    = prune_go ? StPrune : StIdle;
        end
      end
      // The sweep's order over rows i < P only; starts after the sweep's
      // last write, so the two passes never meet on a bank.
      StPrune: begin
        cnt_d = cnt_q + 1'b1;
        if (cnt_q == CntWidth'(NumPairs - 1)) begin
          cnt_d      = '0;
          row_axon_d = row_axon_q + 1'b1;
          if (11'(row_axon_q) == prune_rows - 11'd1) state_d = StRDrain;
        end
      end
      StRDrain: begin
        cnt_d = cnt_q + 1'b1;
        if (cnt_q == CntWidth'(2)) begin
          cnt_d   = '0;
          state_d = StIdle;
        end
      end
      default: state_d = StIdle;
    endcase

    if (step_done) begin
      tick_d     = tick_q + 32'd1;
      last_cyc_d = step_cyc_q + 32'd1;
    end
    // The host may set the step counter while idle (continuing a run).
    // Region 7 decodes index[2:0] only (see the read-back below).
    if (cfg_wr && (cfg_region == plasticc_core_pkg::RegionCount)) begin
      if (cfg_index[2:0] == 3'd0) tick_d[15:0]  = cfg_wdata_i;
      if (cfg_index[2:0] == 3'd1) tick_d[31:16] = cfg_wdata_i;
    end
  end

  always_comb begin
    status_d = status_q;
    if (rec_push && rec_full) status_d[0] = 1'b1;
    if (aer_in_valid_i && !aer_in_ready_o) status_d[1] = 1'b1;
    if (cfg_wr && (cfg_region == plasticc_core_pkg::RegionCount) &&
        (cfg_index[2:0] == 3'd4)) begin
      status_d = status_d & ~cfg_wdata_i[1:0];
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q      <= StInit;
      cnt_q        <= '0;
      row_axon_q   <= '0;
      in_rem_q     <= '0;
      rec_phase_q  <= 1'b0;
      tick_q       <= '0;
      step_cyc_q   <= '0;
      last_cyc_q   <= '0;
      status_q     <= '0;
      prev_spike_q <= 1'b0;
      prune_step_q <= 1'b0;
    end else begin
      state_q      <= state_d;
      cnt_q        <= cnt_d;
      row_axon_q   <= row_axon_d;
      in_rem_q     <= in_rem_d;
      rec_phase_q  <= rec_phase_d;
      tick_q       <= tick_d;
      step_cyc_q   <= step_cyc_d;
      last_cyc_q   <= last_cyc_d;
      status_q     <= status_d;
      prev_spike_q <= n4_nv && n4_spike;
      if (tick_acc) prune_step_q <= p_prune_now;
    end
  end

  // -----------------------------------------------------------------------
  // Interfaces: tick, AER, configuration handshake
  // -----------------------------------------------------------------------
  logic cfg_rd1_q;

  assign tick_ready_o = (state_q == StIdle) && !cfg_req_i && !cfg_rd1_q &&
                        ((OutCountW + 1)'(OutFifoDepth) - (OutCountW + 1)'(out_count) >=
                         (OutCountW + 1)'(NumNeurons));
  assign tick_acc     = tick_i && tick_ready_o;
  assign busy_o       = (state_q != StIdle);
  assign step_done_o  = step_done;

  assign cfg_gnt_o = cfg_req_i && (state_q == StIdle);
  assign cfg_acc   = cfg_req_i && cfg_gnt_o;
  assign cfg_wr    = cfg_acc && cfg_we_i;
  assign cfg_rd    = cfg_acc && !cfg_we_i;

  assign aer_in_ready_o = !in_full;
  assign in_push = aer_in_valid_i && !in_full && (32'(aer_in_axon_i) < NumAxons);
  assign in_pop  = pop_in;

  assign out_pop          = aer_out_ready_i && !out_empty;
  assign aer_out_valid_o  = !out_empty;
  assign aer_out_neuron_o = out_head[NeuronWidth-1:0];
  assign aer_out_tick_o   = out_head[OutWidth-1 -: 4];
  assign status_o         = {6'b0, status_q};

  // -----------------------------------------------------------------------
  // FIFOs
  // -----------------------------------------------------------------------
  plasticc_core_fifo #(.Width(AxonWidth), .Depth(InFifoDepth)) u_in_fifo (
    .clk_i, .rst_ni,
    .push_i(in_push), .wdata_i(aer_in_axon_i), .pop_i(in_pop),
    .head_o(in_head), .empty_o(in_empty), .full_o(in_full), .count_o(in_count)
  );

  if (EnRecurrent) begin : gen_rec_fifo
    logic [$clog2(RecFifoDepth):0] rec_count;
    plasticc_core_fifo #(.Width(RecWidth), .Depth(RecFifoDepth)) u_rec_fifo (
      .clk_i, .rst_ni,
      .push_i(rec_push), .wdata_i(rec_wdata), .pop_i(rec_pop),
      .head_o(rec_head), .empty_o(rec_empty), .full_o(rec_full), .count_o(rec_count)
    );
    logic unused_rec_count;
    assign unused_rec_count = ^rec_count;
  end else begin : gen_no_rec_fifo
    logic unused_rec;
    assign unused_rec = ^{rec_pop, rec_wdata};
    assign rec_head  = '0;
    assign rec_empty = 1'b1;
    assign rec_full  = 1'b0;
  end

  plasticc_core_fifo #(.Width(OutWidth), .Depth(OutFifoDepth)) u_out_fifo (
    .clk_i, .rst_ni,
    .push_i(out_push), .wdata_i(out_wdata), .pop_i(out_pop),
    .head_o(out_head), .empty_o(out_empty), .full_o(out_full), .count_o(out_count)
  );

  plasticc_core_fifo #(.Width(PairEntryW), .Depth(NumPairs)) u_pair_fifo (
    .clk_i, .rst_ni,
    .push_i(pair_push), .wdata_i(pair_wdata), .pop_i(pair_pop),
    .head_o(pair_head), .empty_o(pair_empty), .full_o(pair_full), .count_o(pair_count)
  );

  assign rec_pop = pop_rec;

  // Neuron-phase pushes (stage N4).
  logic [10:0] rec_target;
  assign rec_target = 11'(n4_slot) + 11'(p_rec_offset);
  assign rec_push   = EnRecurrent && n4_nv && n4_spike && p_rec_en &&
                      (32'(rec_target) < NumAxons);
  assign rec_wdata  = {tick_q[3:0] + p_rec_delay, rec_target[AxonWidth-1:0]};
  assign out_push   = n4_nv && n4_spike;
  assign out_wdata  = {tick_q[3:0], n4_slot[NeuronWidth-1:0]};
  assign pair_push  = p_stdp && n4_nv && n4_slot[0] && (n4_spike || prev_spike_q);
  assign pair_wdata = {n4_spike, prev_spike_q, PairWidth'(n4_slot >> 1)};

  // -----------------------------------------------------------------------
  // Axon bitmap and scan
  // -----------------------------------------------------------------------
  logic [SlotWidth-1:0] slot0;
  assign slot0       = cnt_q[SlotWidth-1:0];
  assign ev_set      = pop_rec || pop_in;
  assign ev_set_axon = pop_rec ? rec_head[AxonWidth-1:0] : in_head;

  plasticc_core_event #(
    .NumAxons (NumAxons),
    .AxonWidth(AxonWidth),
    .SlotWidth(SlotWidth)
  ) u_event (
    .clk_i, .rst_ni,
    .clear_i   (tick_acc),
    .set_i     (ev_set),
    .set_axon_i(ev_set_axon),
    .take_i    (ev_take),
    .first_o   (ev_first),
    .any_o     (ev_any),
    .x0_addr_i (slot0),
    .x0_o      (ev_x0)
  );

  // -----------------------------------------------------------------------
  // LFSRs
  // -----------------------------------------------------------------------
  // The learning LFSR advances once per word of the row passes whenever a
  // learning rule is on, once per word of the column passes (STDP), and
  // twice per word of the sweep (semantics.md §14, §15).
  logic [15:0] draw_n, draw_l, draw_l2, draw_n2;
  logic        adv_l;
  assign adv_l = (ev0 && (p_stdp || p_tf || p_hebb)) || (ln0 && p_stdp);

  plasticc_core_lfsr u_lfsr_neuron (
    .clk_i, .rst_ni,
    .advance_i(nr0), .advance2_i(1'b0), .load_lo_i(seed_n_lo), .load_hi_i(seed_n_hi),
    .load_data_i(cfg_wdata_i), .draw_o(draw_n), .draw2_o(draw_n2),
    .state_o(lfsr_n_state)
  );
  // The neuron phase draws once per slot.
  logic unused_draw_n2;
  assign unused_draw_n2 = ^draw_n2;

  plasticc_core_lfsr #(.EnDoubleAdvance(EnSweep)) u_lfsr_learn (
    .clk_i, .rst_ni,
    .advance_i(adv_l), .advance2_i(sw0), .load_lo_i(seed_l_lo), .load_hi_i(seed_l_hi),
    .load_data_i(cfg_wdata_i), .draw_o(draw_l), .draw2_o(draw_l2),
    .state_o(lfsr_l_state)
  );

  // -----------------------------------------------------------------------
  // Stage 0: addresses of the synapse passes and the neuron slot
  // -----------------------------------------------------------------------
  logic [AxonWidth-1:0] w_axon0;
  logic [PairWidth-1:0] w_pair0;
  logic                 w_bank0;
  logic [1:0]           w_lanes0;
  logic [PairWidth-1:0] pair_head_c;

  assign pair_head_c = pair_head[PairWidth-1:0];

  always_comb begin
    if (ln0) begin
      w_pair0  = pair_head_c;
      w_axon0  = cnt_q[AxonWidth-1:0] ^ AxonWidth'(pair_head_c[0]);
      w_lanes0 = pair_head[PairEntryW-1 -: 2];
    end else begin
      w_pair0  = cnt_q[PairWidth-1:0] ^ PairWidth'(row_axon_q[0]);
      w_axon0  = row_axon_q;
      w_lanes0 = 2'b11;
    end
    w_bank0 = cnt_q[0];
  end

  function automatic logic [BankAddrW-1:0] bank_addr(input logic [AxonWidth-1:0] i,
                                                     input logic [PairWidth-1:0] c);
    bank_addr = BankAddrW'(32'(i) * (NumNeurons / 4) + (32'(c) >> 1));
  endfunction

  // Stage 0 -> 1 control registers.
  logic s1_valid_q, s1_learn_q, s1_sweep_q, s1_prune_q, s1_bank_q;
  logic [AxonWidth-1:0] s1_axon_q;
  logic [PairWidth-1:0] s1_pair_q;
  logic [1:0]  s1_lanes_q;
  logic [15:0] s1_r_q, s1_re_q;
  logic n1_nv_q, n1_av_q, n1_x0_q;
  logic [SlotWidth-1:0] n1_slot_q;
  logic [15:0] n1_r_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      s1_valid_q <= 1'b0;
      n1_nv_q    <= 1'b0;
      n1_av_q    <= 1'b0;
    end else begin
      s1_valid_q <= ev0 || ln0 || sw0 || pr0;
      n1_nv_q    <= nr0 && (32'(slot0) < NumNeurons);
      n1_av_q    <= nr0 && (32'(slot0) < NumAxons);
    end
  end

  always_ff @(posedge clk_i) begin
    s1_learn_q <= ln0;
    s1_sweep_q <= sw0;
    s1_prune_q <= pr0;
    // Sweep: rE is the first of the two draws, rW (s1_r) the second.
    s1_re_q    <= draw_l;
    s1_r_q     <= sw0 ? draw_l2 : draw_l;
    s1_bank_q  <= w_bank0;
    s1_axon_q  <= w_axon0;
    s1_pair_q  <= w_pair0;
    s1_lanes_q <= w_lanes0;
    n1_slot_q  <= slot0;
    n1_r_q     <= draw_n;
    n1_x0_q    <= ev_x0;
  end

  // -----------------------------------------------------------------------
  // Memories
  // -----------------------------------------------------------------------
  // Configuration addressing: weights by (i, j); per-neuron by j.
  logic [NeuronWidth-1:0] cfg_j;
  logic [AxonWidth-1:0]   cfg_i;
  logic [PairWidth-1:0]   cfg_c;
  logic                   cfg_bank;
  assign cfg_j    = cfg_index[NeuronWidth-1:0];
  assign cfg_i    = AxonWidth'(cfg_index >> NeuronWidth);
  assign cfg_c    = PairWidth'(cfg_j >> 1);
  assign cfg_bank = cfg_i[0] ^ cfg_c[0];

  // Synapse banks.
  logic [15:0] bank_rdata [2];
  logic        s3_wr;
  assign s3_wr = s3_valid && (s3_wmask != 2'b00);

  for (genvar b = 0; b < 2; b++) begin : gen_bank
    logic                 en, we;
    logic [BankAddrW-1:0] addr;
    logic [15:0]          wdata;
    logic [1:0]           wmask;
    always_comb begin
      en    = 1'b0;
      we    = 1'b0;
      addr  = '0;
      wdata = s3_word;
      wmask = s3_wmask;
      if (s3_wr && (s3_bank == 1'(b))) begin
        en   = 1'b1;
        we   = 1'b1;
        addr = bank_addr(s3_axon, s3_pair);
      end else if ((ev0 || ln0 || sw0 || pr0) && (w_bank0 == 1'(b))) begin
        en   = 1'b1;
        addr = bank_addr(w_axon0, w_pair0);
      end else if (cfg_acc && (cfg_region == plasticc_core_pkg::RegionWeight) &&
                   (cfg_bank == 1'(b))) begin
        en    = 1'b1;
        we    = cfg_we_i;
        addr  = bank_addr(cfg_i, cfg_c);
        wdata = {cfg_wdata_i[7:0], cfg_wdata_i[7:0]};
        wmask = cfg_j[0] ? 2'b10 : 2'b01;
      end
    end
    plasticc_core_spram_bank #(.Depth(BankDepth), .UseSpram(UseSpram)) u_bank (
      .clk_i, .en_i(en), .we_i(we), .addr_i(addr), .wdata_i(wdata),
      .wmask_i(wmask), .rdata_o(bank_rdata[b])
    );
  end

  // Eligibility banks (three-factor): the layout of W, moving in lock step
  // with it (the other two SPRAMs of the UP5K; docs/decisions/0002).
  logic [15:0] ebank_rdata [2];
  logic        s3_ewr;
  assign s3_ewr = s3_valid && (s3_emask != 2'b00);

  if (EnThreeFactor) begin : gen_ebank
    for (genvar b = 0; b < 2; b++) begin : gen_eb
      logic                 en, we;
      logic [BankAddrW-1:0] addr;
      logic [15:0]          wdata;
      logic [1:0]           wmask;
      always_comb begin
        en    = 1'b0;
        we    = 1'b0;
        addr  = '0;
        wdata = s3_eword;
        wmask = s3_emask;
        if (s3_ewr && (s3_bank == 1'(b))) begin
          en   = 1'b1;
          we   = 1'b1;
          addr = bank_addr(s3_axon, s3_pair);
        end else if ((ev0 || sw0) && (w_bank0 == 1'(b))) begin
          en   = 1'b1;
          addr = bank_addr(w_axon0, w_pair0);
        end else if (cfg_acc && (cfg_region == plasticc_core_pkg::RegionElig) &&
                     (cfg_bank == 1'(b))) begin
          en    = 1'b1;
          we    = cfg_we_i;
          addr  = bank_addr(cfg_i, cfg_c);
          wdata = {cfg_wdata_i[7:0], cfg_wdata_i[7:0]};
          wmask = cfg_j[0] ? 2'b10 : 2'b01;
        end
      end
      plasticc_core_spram_bank #(.Depth(BankDepth), .UseSpram(UseSpram)) u_ebank (
        .clk_i, .en_i(en), .we_i(we), .addr_i(addr), .wdata_i(wdata),
        .wmask_i(wmask), .rdata_o(ebank_rdata[b])
      );
    end
  end else begin : gen_no_ebank
    logic unused_ebank;
    assign unused_ebank = ^{s3_ewr, s3_eword};
    assign ebank_rdata[0] = '0;
    assign ebank_rdata[1] = '0;
  end

  // Accumulators (ACC0 even neurons, ACC1 odd; ACCN0/1 for negative
  // weights with EnInhCurrent), post traces (Y0, Y1; with three-factor the
  // ninth bit is the neuron's spike of this step, y0 of docs/core.md §2,
  // written by the neuron phase and read by the sweep).
  logic [AccWidth-1:0] acc_rdata [2];
  logic [AccWidth-1:0] accn_rdata [2];
  logic [YWidth-1:0]   y_rdata [2];
  logic [15:0]         k_rdata [2];
  logic [PairWidth-1:0] n0_pair, n4_pair;
  // Oja's k_j = min(2^16 - 1, eta_o * y_j(t)^2 / 2^12) depends on the
  // neuron only, so it is formed once per neuron, as y(t) is written in N4
  // (one multiplier for all lanes), and kept next to y in K0/K1, which the
  // sweep reads with Y0/Y1. A config write of y zeroes k: the next neuron
  // phase rewrites both before any sweep reads them.
  logic [15:0]         n4_k;
  if (EnHebbian && EnOja) begin : gen_oja_k
    assign n4_k = plasticc_core_pkg::oja_decay_factor(p_hebb_decay, n4_y);
  end else begin : gen_no_oja_k
    logic unused_hebb_decay;
    assign unused_hebb_decay = ^p_hebb_decay;
    assign n4_k = '0;
  end
  assign n0_pair = PairWidth'(slot0 >> 1);
  assign n4_pair = PairWidth'(n4_slot >> 1);

  for (genvar b = 0; b < 2; b++) begin : gen_half
    logic                 acc_we, y_we;
    logic [PairWidth-1:0] acc_waddr, acc_raddr, y_waddr, y_raddr;
    logic [AccWidth-1:0]  acc_wdata, accn_wdata;
    logic [YWidth-1:0]    y_wdata;
    logic [15:0]          k_wdata;
    always_comb begin
      acc_we     = 1'b0;
      acc_waddr  = n4_pair;
      acc_wdata  = '0;
      accn_wdata = '0;
      if (state_q == StInit) begin
        acc_we    = 1'b1;
        acc_waddr = PairWidth'(cnt_q);
      end else if (s3_acc_we) begin
        acc_we     = 1'b1;
        acc_waddr  = s3_pair;
        acc_wdata  = (b == 0) ? s3_acc0 : s3_acc1;
        accn_wdata = (b == 0) ? s3_accn0 : s3_accn1;
      end else if (n4_nv && (n4_slot[0] == 1'(b))) begin
        acc_we = 1'b1;
      end
      acc_raddr = ev0 ? w_pair0 : n0_pair;

      y_we    = 1'b0;
      y_waddr = n4_pair;
      y_wdata = YWidth'({n4_spike, n4_y});
      k_wdata = n4_k;
      if (n4_nv && (n4_slot[0] == 1'(b))) begin
        y_we = 1'b1;
      end else if (cfg_wr && (cfg_region == plasticc_core_pkg::RegionMisc) &&
                   (cfg_j[0] == 1'(b))) begin
        y_we    = 1'b1;
        y_waddr = cfg_c;
        y_wdata = YWidth'(cfg_wdata_i[15:8]);
        k_wdata = '0;
      end
      y_raddr = (ev0 || sw0) ? w_pair0 : nr0 ? n0_pair : cfg_c;
    end
    plasticc_core_ebr #(.Width(AccWidth), .Depth(NumPairs)) u_acc (
      .clk_i, .we_i(acc_we), .waddr_i(acc_waddr), .wdata_i(acc_wdata),
      .raddr_i(acc_raddr), .rdata_o(acc_rdata[b])
    );
    // ACCN shares ACC's addresses and write strobes.
    if (EnInhCurrent) begin : gen_accn
      plasticc_core_ebr #(.Width(AccWidth), .Depth(NumPairs)) u_accn (
        .clk_i, .we_i(acc_we), .waddr_i(acc_waddr), .wdata_i(accn_wdata),
        .raddr_i(acc_raddr), .rdata_o(accn_rdata[b])
      );
    end else begin : gen_no_accn
      logic unused_accn;
      assign unused_accn = ^accn_wdata;
      assign accn_rdata[b] = '0;
    end
    plasticc_core_ebr #(.Width(YWidth), .Depth(NumPairs)) u_y (
      .clk_i, .we_i(y_we), .waddr_i(y_waddr), .wdata_i(y_wdata),
      .raddr_i(y_raddr), .rdata_o(y_rdata[b])
    );
    // K shares Y's addresses and write strobes.
    if (EnHebbian && EnOja) begin : gen_k
      plasticc_core_ebr #(.Width(16), .Depth(NumPairs)) u_k (
        .clk_i, .we_i(y_we), .waddr_i(y_waddr), .wdata_i(k_wdata),
        .raddr_i(y_raddr), .rdata_o(k_rdata[b])
      );
    end else begin : gen_no_k
      logic unused_k;
      assign unused_k = ^k_wdata;
      assign k_rdata[b] = '0;
    end
  end

  // Per-neuron state: U, I, TH, REF; per-axon pre trace X.
  logic [NeuronWidth-1:0] st_raddr, st_waddr;
  logic                   st_we_n4;
  logic [AxonWidth-1:0]   x_raddr, x_waddr;
  logic                   x_we;
  logic [7:0]             x_wdata, x_rdata;
  logic [15:0]            u_rdata, i_rdata, i2_rdata, th_rdata;
  logic [6:0]             ref_rdata;

  assign st_raddr = nr0 ? NeuronWidth'(slot0) : cfg_j;
  assign st_we_n4 = n4_nv;
  assign st_waddr = n4_nv ? NeuronWidth'(n4_slot) : cfg_j;

  function automatic logic cfg_wr_region(input logic [3:0] r);
    cfg_wr_region = cfg_wr && (cfg_region == r);
  endfunction

  plasticc_core_ebr #(.Width(16), .Depth(NumNeurons)) u_mem_u (
    .clk_i, .we_i(st_we_n4 || cfg_wr_region(plasticc_core_pkg::RegionU)),
    .waddr_i(st_waddr), .wdata_i(n4_nv ? n4_u : cfg_wdata_i),
    .raddr_i(st_raddr), .rdata_o(u_rdata)
  );

  if (EnCuba) begin : gen_mem_i
    plasticc_core_ebr #(.Width(16), .Depth(NumNeurons)) u_mem_i (
      .clk_i, .we_i(st_we_n4 || cfg_wr_region(plasticc_core_pkg::RegionI)),
      .waddr_i(st_waddr), .wdata_i(n4_nv ? n4_i : cfg_wdata_i),
      .raddr_i(st_raddr), .rdata_o(i_rdata)
    );
  end else begin : gen_no_mem_i
    assign i_rdata = '0;
  end

  if (EnCuba && EnInhCurrent) begin : gen_mem_i2
    plasticc_core_ebr #(.Width(16), .Depth(NumNeurons)) u_mem_i2 (
      .clk_i, .we_i(st_we_n4 || cfg_wr_region(plasticc_core_pkg::RegionI2)),
      .waddr_i(st_waddr), .wdata_i(n4_nv ? n4_i2 : cfg_wdata_i),
      .raddr_i(st_raddr), .rdata_o(i2_rdata)
    );
  end else begin : gen_no_mem_i2
    logic unused_i2;
    assign unused_i2 = ^n4_i2;
    assign i2_rdata = '0;
  end

  if (EnAdaptive) begin : gen_mem_th
    plasticc_core_ebr #(.Width(16), .Depth(NumNeurons)) u_mem_th (
      .clk_i, .we_i(st_we_n4 || cfg_wr_region(plasticc_core_pkg::RegionTheta)),
      .waddr_i(st_waddr), .wdata_i(n4_nv ? n4_th : cfg_wdata_i),
      .raddr_i(st_raddr), .rdata_o(th_rdata)
    );
  end else begin : gen_no_mem_th
    assign th_rdata = '0;
  end

  plasticc_core_ebr #(.Width(7), .Depth(NumNeurons)) u_mem_ref (
    .clk_i, .we_i(st_we_n4 || cfg_wr_region(plasticc_core_pkg::RegionMisc)),
    .waddr_i(st_waddr), .wdata_i(n4_nv ? n4_ref : cfg_wdata_i[6:0]),
    .raddr_i(st_raddr), .rdata_o(ref_rdata)
  );

  assign x_raddr = (ln0 || sw0) ? w_axon0 : nr0 ? AxonWidth'(slot0) : AxonWidth'(cfg_index);
  assign x_we    = n4_av || cfg_wr_region(plasticc_core_pkg::RegionX);
  assign x_waddr = n4_av ? AxonWidth'(n4_slot) : AxonWidth'(cfg_index);
  assign x_wdata = n4_av ? n4_x : cfg_wdata_i[7:0];

  plasticc_core_ebr #(.Width(8), .Depth(NumAxons)) u_mem_x (
    .clk_i, .we_i(x_we), .waddr_i(x_waddr), .wdata_i(x_wdata),
    .raddr_i(x_raddr), .rdata_o(x_rdata)
  );

  // -----------------------------------------------------------------------
  // Shared 8 x 16 multipliers
  // -----------------------------------------------------------------------
  // The neuron pipeline's trace decays (y in N2, x in N3) and the synapse
  // pipeline's soft-bound amplitudes (stage 1) never run in the same cycle:
  // the event and learning passes drain before and start after the neuron
  // phase. Sharing them keeps the full core at 8 SB_MAC16.
  logic [7:0]  syn_t0, syn_t1, nr_y_a, nr_x_a;
  logic [15:0] syn_amp, nr_y_b, nr_x_b;
  logic [23:0] syn_p0, syn_p1, nr_y_p, nr_x_p;

  if (ShareMul) begin : gen_share_mul
    logic [7:0]  mul_a0, mul_a1;
    logic [15:0] mul_b0, mul_b1;
    logic [23:0] mul_p0, mul_p1;
    assign mul_a0 = s1_valid_q ? syn_t0 : nr_y_a;
    assign mul_b0 = s1_valid_q ? syn_amp : nr_y_b;
    assign mul_a1 = s1_valid_q ? syn_t1 : nr_x_a;
    assign mul_b1 = s1_valid_q ? syn_amp : nr_x_b;
    assign mul_p0 = 24'(mul_a0) * 24'(mul_b0);
    assign mul_p1 = 24'(mul_a1) * 24'(mul_b1);
    assign syn_p0 = mul_p0;
    assign nr_y_p = mul_p0;
    assign syn_p1 = mul_p1;
    assign nr_x_p = mul_p1;
  end else begin : gen_own_mul
    assign syn_p0 = 24'(syn_t0) * 24'(syn_amp);
    assign syn_p1 = 24'(syn_t1) * 24'(syn_amp);
    assign nr_y_p = 24'(nr_y_a) * 24'(nr_y_b);
    assign nr_x_p = 24'(nr_x_a) * 24'(nr_x_b);
  end

  // -----------------------------------------------------------------------
  // Datapaths
  // -----------------------------------------------------------------------
  // eta * M of the three-factor rule: one product per step (docs/core.md
  // §3.5), registered; the registers only change while the core is idle.
  logic signed [24:0] eta_m_q;
  logic [7:0] y_lo [2];
  logic [1:0] y_spiked;
  if (EnThreeFactor) begin : gen_eta_m
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) eta_m_q <= '0;
      else         eta_m_q <= 25'($signed({1'b0, p_tf_eta})) * 25'($signed(p_modulator));
    end
    assign y_spiked = {y_rdata[1][YWidth-1], y_rdata[0][YWidth-1]};
  end else begin : gen_no_eta_m
    logic unused_eta_m;
    assign unused_eta_m = ^{p_tf_eta, p_modulator};
    assign eta_m_q  = '0;
    assign y_spiked = 2'b00;
  end
  assign y_lo[0] = y_rdata[0][7:0];
  assign y_lo[1] = y_rdata[1][7:0];

  plasticc_core_synapse #(
    .NumNeurons      (NumNeurons),
    .AccWidth        (AccWidth),
    .AxonWidth       (AxonWidth),
    .PairWidth       (PairWidth),
    .EnStdp          (EnStdp),
    .EnMultiplicative(EnMultiplicative),
    .EnInhCurrent    (EnCuba && EnInhCurrent),
    .EnThreeFactor   (EnThreeFactor),
    .EnHebbian       (EnHebbian),
    .EnPrune         (EnPrune)
  ) u_synapse (
    .clk_i, .rst_ni,
    .stdp_en_i (p_stdp),
    .mult_i    (p_mult),
    .stoch_i   (p_stoch),
    .a_plus_i  (p_a_plus),
    .a_minus_i (p_a_minus),
    .w_min_i   (p_w_min),
    .w_max_i   (p_w_max),
    .w_shift_i (p_w_shift),
    .split_inh_i(p_cuba && p_inh),
    .tf_en_i     (p_tf),
    .decay_e_i   (p_decay_e),
    .tf_a_plus_i (p_tf_a_plus),
    .tf_a_minus_i(p_tf_a_minus),
    .e_frac_i    (p_e_frac),
    .eta_m_i     (eta_m_q),
    .tf_w_min_i  (p_tf_w_min),
    .tf_w_max_i  (p_tf_w_max),
    .hebb_en_i   (p_hebb),
    .hebb_stoch_i(p_hebb_stoch),
    .hebb_eta_i  (p_hebb_eta),
    .hebb_w_min_i(p_hebb_w_min),
    .hebb_w_max_i(p_hebb_w_max),
    .plastic_axons_i(p_plastic_axons),
    .prune_threshold_i(p_prune_threshold),
    .s1_valid_i(s1_valid_q),
    .s1_learn_i(s1_learn_q),
    .s1_sweep_i(s1_sweep_q),
    .s1_prune_i(s1_prune_q),
    .s1_axon_i (s1_axon_q),
    .s1_pair_i (s1_pair_q),
    .s1_bank_i (s1_bank_q),
    .s1_lanes_i(s1_lanes_q),
    .s1_r_i    (s1_r_q),
    .s1_re_i   (s1_re_q),
    .s1_word0_i(bank_rdata[0]),
    .s1_word1_i(bank_rdata[1]),
    .s1_eword0_i(ebank_rdata[0]),
    .s1_eword1_i(ebank_rdata[1]),
    .s1_acc0_i (acc_rdata[0]),
    .s1_acc1_i (acc_rdata[1]),
    .s1_accn0_i(accn_rdata[0]),
    .s1_accn1_i(accn_rdata[1]),
    .s1_y0_i   (y_lo[0]),
    .s1_y1_i   (y_lo[1]),
    .s1_k0_i   (k_rdata[0]),
    .s1_k1_i   (k_rdata[1]),
    .s1_spiked_i(y_spiked),
    .s1_x_i    (x_rdata),
    .mul_t0_o  (syn_t0),
    .mul_t1_o  (syn_t1),
    .mul_amp_o (syn_amp),
    .mul_p0_i  (syn_p0),
    .mul_p1_i  (syn_p1),
    .s3_valid_o(s3_valid),
    .s3_acc_we_o(s3_acc_we),
    .s3_axon_o (s3_axon),
    .s3_pair_o (s3_pair),
    .s3_bank_o (s3_bank),
    .s3_word_o (s3_word),
    .s3_wmask_o(s3_wmask),
    .s3_eword_o(s3_eword),
    .s3_emask_o(s3_emask),
    .s3_acc0_o (s3_acc0),
    .s3_acc1_o (s3_acc1),
    .s3_accn0_o(s3_accn0),
    .s3_accn1_o(s3_accn1)
  );

  plasticc_core_neuron #(
    .AccWidth  (AccWidth),
    .SlotWidth (SlotWidth),
    .EnCuba    (EnCuba),
    .EnAdaptive(EnAdaptive),
    .EnInhCurrent(EnInhCurrent)
  ) u_neuron (
    .clk_i, .rst_ni,
    .leak_i           (p_leak),
    .spikes_i         (p_spikes),
    .cuba_i           (p_cuba),
    .adaptive_i       (p_adaptive),
    .reset_subtract_i (p_subtract),
    .decay_v_i        (p_decay_v),
    .decay_i_i        (p_decay_i),
    .decay_th_i       (p_decay_th),
    .gain_i_i         (p_gain_i),
    .threshold_i      (p_threshold),
    .v_reset_i        (p_v_reset),
    .th_jump_i        (p_th_jump),
    .bias_i           (p_bias),
    .ref_steps_i      (p_ref_steps),
    .nearest_i        (p_nearest),
    .impulse_i        (p_impulse),
    .decay_pre_i      (p_decay_pre),
    .decay_post_i     (p_decay_post),
    .inh_i            (p_inh),
    .decay_i_inh_i    (p_decay_i_inh),
    .gain_i_inh_i     (p_gain_i_inh),
    .n1_neuron_valid_i(n1_nv_q),
    .n1_axon_valid_i  (n1_av_q),
    .n1_slot_i        (n1_slot_q),
    .n1_r_i           (n1_r_q),
    .n1_x0_i          (n1_x0_q),
    .n1_u_i           (u_rdata),
    .n1_i_i           (i_rdata),
    .n1_theta_i       (th_rdata),
    .n1_ref_i         (ref_rdata),
    .n1_y_i           (n1_slot_q[0] ? y_lo[1] : y_lo[0]),
    .n1_x_i           (x_rdata),
    .n1_acc_i         (n1_slot_q[0] ? acc_rdata[1] : acc_rdata[0]),
    .n1_i2_i          (i2_rdata),
    .n1_acc2_i        (n1_slot_q[0] ? accn_rdata[1] : accn_rdata[0]),
    .mul_y_a_o        (nr_y_a),
    .mul_y_b_o        (nr_y_b),
    .mul_y_p_i        (nr_y_p),
    .mul_x_a_o        (nr_x_a),
    .mul_x_b_o        (nr_x_b),
    .mul_x_p_i        (nr_x_p),
    .n4_neuron_valid_o(n4_nv),
    .n4_axon_valid_o  (n4_av),
    .n4_slot_o        (n4_slot),
    .n4_spike_o       (n4_spike),
    .n4_u_o           (n4_u),
    .n4_i_o           (n4_i),
    .n4_i2_o          (n4_i2),
    .n4_theta_o       (n4_th),
    .n4_ref_o         (n4_ref),
    .n4_y_o           (n4_y),
    .n4_x_o           (n4_x)
  );

  // -----------------------------------------------------------------------
  // Configuration read-back: data 2 cycles after the grant
  // -----------------------------------------------------------------------
  logic [3:0]  cfg_rd_region_q;
  logic        cfg_rd_byte_q, cfg_rd_bank_q, cfg_rd_half_q;
  logic [15:0] cfg_rd_small_q;
  logic        cfg_rvalid_q;
  logic [15:0] cfg_rdata_q, cfg_rdata_d;

  always_comb begin
    cfg_rdata_d = '0;
    unique case (cfg_rd_region_q)
      plasticc_core_pkg::RegionWeight:
        cfg_rdata_d = 16'($signed(cfg_rd_byte_q ? bank_rdata[cfg_rd_bank_q][15:8]
                                                : bank_rdata[cfg_rd_bank_q][7:0]));
      plasticc_core_pkg::RegionU:     cfg_rdata_d = u_rdata;
      plasticc_core_pkg::RegionI:     cfg_rdata_d = i_rdata;
      plasticc_core_pkg::RegionI2:    cfg_rdata_d = i2_rdata;
      plasticc_core_pkg::RegionElig:
        cfg_rdata_d = 16'($signed(cfg_rd_byte_q ? ebank_rdata[cfg_rd_bank_q][15:8]
                                                : ebank_rdata[cfg_rd_bank_q][7:0]));
      plasticc_core_pkg::RegionTheta: cfg_rdata_d = th_rdata;
      plasticc_core_pkg::RegionMisc:
        cfg_rdata_d = {y_lo[cfg_rd_half_q], 1'b0, ref_rdata};
      plasticc_core_pkg::RegionX:     cfg_rdata_d = {8'h0, x_rdata};
      default:                        cfg_rdata_d = cfg_rd_small_q;
    endcase
  end

  // Capability words (region 7, indices 5..7, read-only): the build's size
  // and elaboration flags, so a host can refuse an image this core cannot
  // run (docs/core.md §4). Constants: the read mux only gains three terms.
  localparam logic [15:0] CapNeurons  = 16'(NumNeurons);
  localparam logic [15:0] CapAxons    = 16'(NumAxons);
  // Bit 9 is Oja's datapath, which exists only beside the Hebbian one.
  localparam logic [15:0] CapFeatures = {5'h0, EnPrune, EnHebbian && EnOja, EnStaticRows,
                                         EnRecurrent, EnHebbian, EnThreeFactor,
                                         EnMultiplicative, EnStdp, EnAdaptive,
                                         EnInhCurrent, EnCuba};

  logic [15:0] small_rdata;
  always_comb begin
    small_rdata = '0;
    if (cfg_region == plasticc_core_pkg::RegionParam) begin
      small_rdata = reg_rdata;
    end else if (cfg_region == plasticc_core_pkg::RegionCount) begin
      // Only index[2:0] is decoded, for reads and writes (indices alias
      // modulo 8): the narrowest decode, as the iCEBreaker board has
      // almost no logic cells to spare.
      case (cfg_index[2:0])
        3'd0: small_rdata = tick_q[15:0];
        3'd1: small_rdata = tick_q[31:16];
        3'd2: small_rdata = last_cyc_q[15:0];
        3'd3: small_rdata = last_cyc_q[31:16];
        3'd4: small_rdata = {14'h0, status_q};
        3'd5: small_rdata = CapNeurons;
        3'd6: small_rdata = CapAxons;
        3'd7: small_rdata = CapFeatures;
      endcase
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cfg_rd1_q    <= 1'b0;
      cfg_rvalid_q <= 1'b0;
    end else begin
      cfg_rd1_q    <= cfg_rd;
      cfg_rvalid_q <= cfg_rd1_q;
    end
  end

  always_ff @(posedge clk_i) begin
    if (cfg_rd) begin
      cfg_rd_region_q <= cfg_region;
      cfg_rd_byte_q   <= cfg_j[0];
      cfg_rd_bank_q   <= cfg_bank;
      cfg_rd_half_q   <= cfg_j[0];
      cfg_rd_small_q  <= small_rdata;
    end
    if (cfg_rd1_q) cfg_rdata_q <= cfg_rdata_d;
  end

  assign cfg_rvalid_o = cfg_rvalid_q;
  assign cfg_rdata_o  = cfg_rdata_q;

  // -----------------------------------------------------------------------
  // Commit port
  // -----------------------------------------------------------------------
  assign cmt_slot_valid_o   = n4_nv || n4_av;
  assign cmt_slot_o         = n4_slot;
  assign cmt_neuron_valid_o = n4_nv;
  assign cmt_spike_o        = n4_spike;
  assign cmt_u_o            = n4_u;
  assign cmt_i_o            = n4_i;
  assign cmt_i2_o           = n4_i2;
  assign cmt_theta_o        = n4_th;
  assign cmt_y_o            = n4_y;
  assign cmt_axon_valid_o   = n4_av;
  assign cmt_x_o            = n4_x;
  assign cmt_w_valid_o      = s3_wmask;
  assign cmt_w_axon_o       = s3_axon;
  assign cmt_w_pair_o       = s3_pair;
  assign cmt_w_data_o       = s3_word;
  assign cmt_e_valid_o      = s3_emask;
  assign cmt_e_data_o       = s3_eword;
  assign cmt_tick_o         = tick_q;

  // -----------------------------------------------------------------------
  // Assertions
  // -----------------------------------------------------------------------
`ifndef SYNTHESIS
  // Elaboration-time shape checks.
  TopNeuronsPow2: assert property (@(posedge clk_i)
      (NumNeurons >= 4) && ((NumNeurons & (NumNeurons - 1)) == 0));
  TopAxonsEven: assert property (@(posedge clk_i) (NumAxons >= 2) && (NumAxons % 2 == 0));
  TopOutFifoBigEnough: assert property (@(posedge clk_i) OutFifoDepth >= NumNeurons);

  // A write-back never collides with a read on the same single-port bank.
  TopBankNoConflict: assert property (@(posedge clk_i) disable iff (!rst_ni)
      (s3_wr && (ev0 || ln0 || sw0 || pr0)) |-> (s3_bank != w_bank0));
  TopEBankNoConflict: assert property (@(posedge clk_i) disable iff (!rst_ni)
      (s3_ewr && (ev0 || sw0)) |-> (s3_bank != w_bank0));
  // Only the three-factor rule writes the eligibility memory.
  TopEOnlyThreeFactor: assert property (@(posedge clk_i) disable iff (!rst_ni)
      s3_ewr |-> p_tf);
  // Learning never writes a static row (axon >= P, docs/core.md §10.4); P
  // only changes while the core is idle.
  TopStaticRowsKept: assert property (@(posedge clk_i) disable iff (!rst_ni)
      ((s3_wmask != 2'b00) || (s3_emask != 2'b00)) |-> (11'(s3_axon) < p_plastic_axons));
  // The sweep runs only for a rule that needs it, and never with a neuron
  // slot in flight.
  TopSweepNeedsRule: assert property (@(posedge clk_i) disable iff (!rst_ni)
      sw0 |-> (p_tf || p_hebb) && !n4_nv && !n4_av);
  // The configuration bus only touches memories while the core is idle.
  TopCfgOnlyIdle: assert property (@(posedge clk_i) disable iff (!rst_ni)
      cfg_acc |-> (state_q == StIdle) && !s3_valid && !n4_nv && !n4_av);
  // Output, pair and recurrent queues never drop an entry silently: the
  // output and pair queues are sized so they cannot overflow, a recurrent
  // overflow is flagged in status_o[0].
  TopOutNoOverflow: assert property (@(posedge clk_i) disable iff (!rst_ni)
      out_push |-> !out_full);
  TopPairNoOverflow: assert property (@(posedge clk_i) disable iff (!rst_ni)
      pair_push |-> !pair_full);
  TopRecOverflowFlagged: assert property (@(posedge clk_i) disable iff (!rst_ni)
      (rec_push && rec_full) |=> status_q[0]);
  // Neuron and weight commit bundles are never valid in the same cycle.
  TopCommitExclusive: assert property (@(posedge clk_i) disable iff (!rst_ni)
      !((n4_nv || n4_av) && s3_valid));
  // Gather pops only what the FIFOs hold.
  TopGatherPopInValid: assert property (@(posedge clk_i) disable iff (!rst_ni)
      pop_in |-> !in_empty);
  TopGatherPopRecValid: assert property (@(posedge clk_i) disable iff (!rst_ni)
      pop_rec |-> !rec_empty);
  // The shared multipliers serve one pipeline at a time.
  TopSharedMulExclusive: assert property (@(posedge clk_i) disable iff (!rst_ni)
      s1_valid_q |-> !(u_neuron.n2_nv_q || u_neuron.n2_av_q ||
                       u_neuron.n3_nv_q || u_neuron.n3_av_q));
  // The prune pass runs only on a pruning step, over rows below P, and
  // draws no random numbers.
  TopPruneOnlyPlasticRows: assert property (@(posedge clk_i) disable iff (!rst_ni)
      pr0 |-> prune_step_q && (11'(w_axon0) < prune_rows) && !adv_l);
  // The column pass only runs with a pair queued.
  TopLearnHasPair: assert property (@(posedge clk_i) disable iff (!rst_ni)
      ln0 |-> !pair_empty);
`endif

endmodule
