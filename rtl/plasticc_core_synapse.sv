// plasticc learning core: synapse word pipeline, stages 1..3.
//
// One 16-bit synapse word (two neurons 2c, 2c+1 of axon i) per cycle, for
// both passes over the synapse memory:
//   row pass (event phase, docs/core.md §3.2)    E1 E2 E3: accumulate
//     acc + (w << s_w) per existing synapse and, with STDP, depress it with
//     the post trace y(t-1);
//     (with a separate inhibitory current, negative weights go to acc2);
//     with three-factor learning it depresses the eligibility instead;
//   column pass (learning phase, §3.4)           L1 L2 L3: potentiate the
//     spiking lanes with the pre trace x(t);
//   sweep (sweep phase, §3.5)                    S1 S2 S3: every synapse,
//     three-factor (eligibility decay and charge, weight move) or Hebbian;
//   prune pass (prune phase, §11)                R1 R2 R3: every synapse of
//     the plastic rows with |w| < T becomes absent (-128).
// Stage 1 registers the memory words and forms the products that read
// memory outputs (soft-bound amplitudes m = floor(trace * A / 2^8), A * trace
// and e * D_e of the three-factor rule, x * y of the Hebbian rule); stage 2
// computes; stage 3 holds the write-back words (W and E), the accumulators
// and the commit bundle.

module plasticc_core_synapse #(
  // Neurons N; small cores need accumulator forwarding (see below).
  parameter int unsigned NumNeurons = 256,
  // Accumulator width.
  parameter int unsigned AccWidth = 24,
  // Axon index width.
  parameter int unsigned AxonWidth = 8,
  // Neuron-pair index width.
  parameter int unsigned PairWidth = 7,
  // 0 leaves out the STDP lanes (weights are then read-only).
  parameter bit EnStdp = 1'b1,
  // 0 leaves out soft-bound STDP.
  parameter bit EnMultiplicative = 1'b1,
  // 0 leaves out the second accumulator pair (negative weights).
  parameter bit EnInhCurrent = 1'b1,
  // 0 leaves out the eligibility lanes.
  parameter bit EnThreeFactor = 1'b1,
  // 0 leaves out the Hebbian lanes.
  parameter bit EnHebbian = 1'b1,
  // 0 leaves out the prune lanes.
  parameter bit EnPrune = 1'b1
) (
  input  logic                 clk_i,
  input  logic                 rst_ni,

  input  logic                 stdp_en_i,
  input  logic                 mult_i,
  input  logic                 stoch_i,
  input  logic [15:0]          a_plus_i,
  input  logic [15:0]          a_minus_i,
  input  logic signed [7:0]    w_min_i,
  input  logic signed [7:0]    w_max_i,
  input  logic [2:0]           w_shift_i,
  input  logic                 split_inh_i,  // negative weights feed acc2
  input  logic                 tf_en_i,
  input  logic [15:0]          decay_e_i,
  input  logic [15:0]          tf_a_plus_i,
  input  logic [15:0]          tf_a_minus_i,
  input  logic [2:0]           e_frac_i,
  input  logic signed [24:0]   eta_m_i,      // eta * M, registered
  input  logic signed [7:0]    tf_w_min_i,
  input  logic signed [7:0]    tf_w_max_i,
  input  logic                 hebb_en_i,
  input  logic                 hebb_stoch_i,
  input  logic [15:0]          hebb_eta_i,
  input  logic signed [7:0]    hebb_w_min_i,
  input  logic signed [7:0]    hebb_w_max_i,
  // P (docs/core.md §10.4): learning writes rows i < P only; the words of
  // the other rows still pass (accumulate) and still draw from the LFSR.
  input  logic [10:0]          plastic_axons_i,
  input  logic [7:0]           prune_threshold_i, // T, register 44

  // Stage 1: control registered at stage 0, memory read data.
  input  logic                 s1_valid_i,
  input  logic                 s1_learn_i,   // 1 column pass
  input  logic                 s1_sweep_i,   // 1 sweep (else row pass)
  input  logic                 s1_prune_i,   // 1 prune pass (W only)
  input  logic [AxonWidth-1:0] s1_axon_i,
  input  logic [PairWidth-1:0] s1_pair_i,
  input  logic                 s1_bank_i,
  input  logic [1:0]           s1_lanes_i,   // column pass: spiking lanes
  input  logic [15:0]          s1_r_i,       // learning LFSR draw (sweep: rW)
  input  logic [15:0]          s1_re_i,      // sweep: first draw rE
  input  logic [15:0]          s1_word0_i,   // W bank 0 read data
  input  logic [15:0]          s1_word1_i,   // W bank 1 read data
  input  logic [15:0]          s1_eword0_i,  // E bank 0 read data
  input  logic [15:0]          s1_eword1_i,  // E bank 1 read data
  input  logic [AccWidth-1:0]  s1_acc0_i,
  input  logic [AccWidth-1:0]  s1_acc1_i,
  input  logic [AccWidth-1:0]  s1_accn0_i,
  input  logic [AccWidth-1:0]  s1_accn1_i,
  input  logic [7:0]           s1_y0_i,
  input  logic [7:0]           s1_y1_i,
  input  logic [15:0]          s1_k0_i,      // Oja's k of neurons 2c, 2c+1
  input  logic [15:0]          s1_k1_i,
  input  logic [1:0]           s1_spiked_i,  // y0 bits of neurons 2c, 2c+1
  input  logic [7:0]           s1_x_i,

  // m = floor(trace * A / 2^8) for the two lanes, computed on the
  // multipliers the top level shares with the neuron pipeline.
  output logic [7:0]           mul_t0_o,
  output logic [7:0]           mul_t1_o,
  output logic [15:0]          mul_amp_o,
  input  logic [23:0]          mul_p0_i,
  input  logic [23:0]          mul_p1_i,

  // Stage 3: write-back and commit.
  output logic                 s3_valid_o,
  output logic                 s3_acc_we_o,  // row pass: write ACC (ACCN)
  output logic [AxonWidth-1:0] s3_axon_o,
  output logic [PairWidth-1:0] s3_pair_o,
  output logic                 s3_bank_o,
  output logic [15:0]          s3_word_o,
  output logic [1:0]           s3_wmask_o,   // weight bytes written
  output logic [15:0]          s3_eword_o,
  output logic [1:0]           s3_emask_o,   // eligibility bytes written
  output logic [AccWidth-1:0]  s3_acc0_o,
  output logic [AccWidth-1:0]  s3_acc1_o,
  output logic [AccWidth-1:0]  s3_accn0_o,
  output logic [AccWidth-1:0]  s3_accn1_o
);

  // ---------------------------------------------------------------------
  // Stage 1 -> 2
  // ---------------------------------------------------------------------
  logic [15:0] word_s1;
  logic [15:0] m0_s1, m1_s1;
  logic [7:0]  t0_s1, t1_s1;
  logic [15:0] amp_s1;

  assign word_s1 = s1_bank_i ? s1_word1_i : s1_word0_i;
  // The two 8 x 16 products per word (the multipliers the top level shares
  // with the neuron phase) serve whichever rule runs, so no rule needs
  // multipliers of its own for them:
  //   STDP soft bounds   y_l * A- (row pass), x * A+ (column pass)
  //   three-factor       y_l * A- (row pass), x * A+ (sweep)
  //   Hebbian            y_l * x  (sweep)
  // The trace of each lane is y of its neuron, or x of the row's axon.
  logic hebb_s1, tf_amp_s1;
  assign hebb_s1   = EnHebbian && hebb_en_i && s1_sweep_i;
  assign tf_amp_s1 = EnThreeFactor && tf_en_i && (s1_sweep_i || !(EnStdp && stdp_en_i));
  assign t0_s1  = (s1_learn_i || (s1_sweep_i && !hebb_s1)) ? s1_x_i : s1_y0_i;
  assign t1_s1  = (s1_learn_i || (s1_sweep_i && !hebb_s1)) ? s1_x_i : s1_y1_i;
  assign amp_s1 = hebb_s1   ? {8'b0, s1_x_i} :
                  tf_amp_s1 ? (s1_sweep_i ? tf_a_plus_i : tf_a_minus_i) :
                  s1_learn_i ? a_plus_i : a_minus_i;

  assign mul_t0_o  = t0_s1;
  assign mul_t1_o  = t1_s1;
  assign mul_amp_o = amp_s1;

  // Three-factor products: A- * y (row pass) or A+ * x (sweep) on the
  // shared multipliers, e * D_e here.
  logic [15:0] eword_s1;
  logic [23:0] tf_p0_s1, tf_p1_s1;
  logic signed [24:0] ed0_s1, ed1_s1;
  if (EnThreeFactor) begin : gen_tf_s1
    assign eword_s1 = s1_bank_i ? s1_eword1_i : s1_eword0_i;
    assign tf_p0_s1 = mul_p0_i;
    assign tf_p1_s1 = mul_p1_i;
    assign ed0_s1   = 25'($signed(eword_s1[7:0])) * 25'($signed({1'b0, decay_e_i}));
    assign ed1_s1   = 25'($signed(eword_s1[15:8])) * 25'($signed({1'b0, decay_e_i}));
  end else begin : gen_no_tf_s1
    logic unused_tf_s1;
    assign unused_tf_s1 = ^{s1_eword0_i, s1_eword1_i, decay_e_i, tf_a_plus_i,
                            tf_a_minus_i};
    assign eword_s1 = '0;
    assign tf_p0_s1 = '0;
    assign tf_p1_s1 = '0;
    assign ed0_s1   = '0;
    assign ed1_s1   = '0;
  end

  // Hebbian products x(t) * y(t), on the shared multipliers; Oja's k of
  // each lane's neuron comes from K (the top level forms it in N4).
  logic [15:0] xy0_s1, xy1_s1, k0_s1, k1_s1;
  if (EnHebbian) begin : gen_hebb_s1
    assign xy0_s1 = mul_p0_i[15:0];
    assign xy1_s1 = mul_p1_i[15:0];
    assign k0_s1  = s1_k0_i;
    assign k1_s1  = s1_k1_i;
  end else begin : gen_no_hebb_s1
    assign xy0_s1 = '0;
    assign xy1_s1 = '0;
    assign k0_s1  = '0;
    assign k1_s1  = '0;
  end

  if (EnStdp && EnMultiplicative) begin : gen_soft_amp
    assign m0_s1 = 16'(mul_p0_i >> 8);
    assign m1_s1 = 16'(mul_p1_i >> 8);
  end else begin : gen_no_soft_amp
    logic unused_amp;
    assign unused_amp = ^{amp_s1, mul_p0_i, mul_p1_i};
    assign m0_s1 = '0;
    assign m1_s1 = '0;
  end

  logic s2_valid_q, s2_learn_q, s2_sweep_q, s2_prune_q, s2_bank_q, s2_plastic_q;
  logic [AxonWidth-1:0] s2_axon_q;
  logic [PairWidth-1:0] s2_pair_q;
  logic [1:0]  s2_lanes_q;
  logic [15:0] s2_r_q, s2_word_q, s2_m0_q, s2_m1_q;
  logic [7:0]  s2_t0_q, s2_t1_q;
  logic [AccWidth-1:0] s2_acc0_q, s2_acc1_q, s2_accn0_q, s2_accn1_q;
  logic [15:0] s2_re_q, s2_eword_q, s2_xy0_q, s2_xy1_q, s2_k0_q, s2_k1_q;
  logic [1:0]  s2_spiked_q;
  logic [23:0] s2_tfp0_q, s2_tfp1_q;
  logic signed [24:0] s2_ed0_q, s2_ed1_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) s2_valid_q <= 1'b0;
    else         s2_valid_q <= s1_valid_i;
  end

  always_ff @(posedge clk_i) begin
    s2_learn_q <= s1_learn_i;
    s2_sweep_q <= s1_sweep_i;
    s2_prune_q <= EnPrune && s1_prune_i;
    s2_re_q    <= s1_re_i;
    s2_eword_q <= eword_s1;
    s2_spiked_q <= s1_spiked_i;
    s2_tfp0_q  <= tf_p0_s1;
    s2_tfp1_q  <= tf_p1_s1;
    s2_ed0_q   <= ed0_s1;
    s2_ed1_q   <= ed1_s1;
    s2_xy0_q   <= xy0_s1;
    s2_xy1_q   <= xy1_s1;
    s2_k0_q    <= k0_s1;
    s2_k1_q    <= k1_s1;
    s2_accn0_q <= s1_accn0_i;
    s2_accn1_q <= s1_accn1_i;
    s2_bank_q  <= s1_bank_i;
    s2_axon_q  <= s1_axon_i;
    s2_pair_q  <= s1_pair_i;
    s2_lanes_q <= s1_lanes_i;
    s2_plastic_q <= 11'(s1_axon_i) < plastic_axons_i;
    s2_r_q     <= s1_r_i;
    s2_word_q  <= word_s1;
    s2_m0_q    <= m0_s1;
    s2_m1_q    <= m1_s1;
    s2_t0_q    <= t0_s1;
    s2_t1_q    <= t1_s1;
    s2_acc0_q  <= s1_acc0_i;
    s2_acc1_q  <= s1_acc1_i;
  end

  // ---------------------------------------------------------------------
  // Stage 2: accumulate and update
  // ---------------------------------------------------------------------
  logic s3_valid_q, s3_acc_we_q, s3_bank_q;
  logic [AxonWidth-1:0] s3_axon_q;
  logic [PairWidth-1:0] s3_pair_q;
  logic [15:0] s3_word_q, s3_eword_q;
  logic [1:0]  s3_wmask_q, s3_emask_q;
  logic [AccWidth-1:0] s3_acc0_q, s3_acc1_q, s3_accn0_q, s3_accn1_q;

  // Accumulator forwarding. A row pass reads acc[c] in E0 and writes it in
  // E3. Rows alternate their word order (c = p ^ (i & 1)), so one
  // accumulator is touched again after N/2 - 1 words at the least; for
  // N <= 8 that is within the 3-cycle read->write distance and the value
  // read is stale. The newest of the three writes in flight is forwarded:
  // the word in stage 3 now, and the words written one and two cycles ago.
  logic [AccWidth-1:0] acc0_s2, acc1_s2, accn0_s2, accn1_s2;

  if (NumNeurons <= 8) begin : gen_acc_forward
    logic h1_valid_q, h2_valid_q;
    logic [PairWidth-1:0] h1_pair_q, h2_pair_q;
    logic [AccWidth-1:0] h1_acc0_q, h1_acc1_q, h2_acc0_q, h2_acc1_q;
    logic [AccWidth-1:0] h1_accn0_q, h1_accn1_q, h2_accn0_q, h2_accn1_q;
    logic hit3, hit1, hit2;

    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        h1_valid_q <= 1'b0;
        h2_valid_q <= 1'b0;
      end else begin
        h1_valid_q <= s3_acc_we_q;
        h2_valid_q <= h1_valid_q;
      end
    end
    always_ff @(posedge clk_i) begin
      h1_pair_q <= s3_pair_q;
      h1_acc0_q <= s3_acc0_q;
      h1_acc1_q <= s3_acc1_q;
      h2_pair_q <= h1_pair_q;
      h2_acc0_q <= h1_acc0_q;
      h2_acc1_q <= h1_acc1_q;
      h1_accn0_q <= s3_accn0_q;
      h1_accn1_q <= s3_accn1_q;
      h2_accn0_q <= h1_accn0_q;
      h2_accn1_q <= h1_accn1_q;
    end

    assign hit3 = s3_acc_we_q && (s3_pair_q == s2_pair_q);
    assign hit1 = h1_valid_q && (h1_pair_q == s2_pair_q);
    assign hit2 = h2_valid_q && (h2_pair_q == s2_pair_q);
    assign acc0_s2 = hit3 ? s3_acc0_q : hit1 ? h1_acc0_q : hit2 ? h2_acc0_q : s2_acc0_q;
    assign acc1_s2 = hit3 ? s3_acc1_q : hit1 ? h1_acc1_q : hit2 ? h2_acc1_q : s2_acc1_q;
    assign accn0_s2 = hit3 ? s3_accn0_q : hit1 ? h1_accn0_q : hit2 ? h2_accn0_q : s2_accn0_q;
    assign accn1_s2 = hit3 ? s3_accn1_q : hit1 ? h1_accn1_q : hit2 ? h2_accn1_q : s2_accn1_q;
  end else begin : gen_no_acc_forward
    assign acc0_s2 = s2_acc0_q;
    assign acc1_s2 = s2_acc1_q;
    assign accn0_s2 = s2_accn0_q;
    assign accn1_s2 = s2_accn1_q;
  end

  logic signed [7:0] w_lane [2];
  logic signed [7:0] w_new  [2];
  logic signed [7:0] w_stdp [2];
  logic signed [7:0] w_tf   [2];
  logic signed [7:0] w_hebb [2];
  logic signed [7:0] e_lane [2];
  logic signed [7:0] e_new  [2];
  logic [1:0]        exists, write_lane, write_rule, write_e, prune_lane;
  logic [AccWidth-1:0] acc_in [2];
  logic [AccWidth-1:0] acc_out [2];
  logic [AccWidth-1:0] accn_in [2];
  logic [AccWidth-1:0] accn_out [2];
  logic [7:0]  t_lane [2];
  logic [15:0] m_lane [2];
  logic [23:0] tfp_lane [2];
  logic signed [24:0] ed_lane [2];
  logic [15:0] xy_lane [2];
  logic [15:0] k_lane [2];
  logic        row_pass;
  // Which rule writes W in the sweep: Hebbian takes precedence, as in the
  // golden model (the image loader makes the rules exclusive anyway).
  logic        sweep_hebb, sweep_tf;

  assign row_pass   = !s2_learn_q && !s2_sweep_q && !s2_prune_q;
  assign sweep_hebb = EnHebbian && hebb_en_i;
  assign sweep_tf   = EnThreeFactor && tf_en_i && !sweep_hebb;
  assign e_lane[0]  = s2_eword_q[7:0];
  assign e_lane[1]  = s2_eword_q[15:8];
  assign accn_in[0] = accn0_s2;
  assign accn_in[1] = accn1_s2;
  assign tfp_lane[0] = s2_tfp0_q;
  assign tfp_lane[1] = s2_tfp1_q;
  assign ed_lane[0] = s2_ed0_q;
  assign ed_lane[1] = s2_ed1_q;
  assign xy_lane[0] = s2_xy0_q;
  assign xy_lane[1] = s2_xy1_q;
  assign k_lane[0]  = s2_k0_q;
  assign k_lane[1]  = s2_k1_q;

  assign w_lane[0] = s2_word_q[7:0];
  assign w_lane[1] = s2_word_q[15:8];
  assign acc_in[0] = acc0_s2;
  assign acc_in[1] = acc1_s2;
  assign t_lane[0] = s2_t0_q;
  assign t_lane[1] = s2_t1_q;
  assign m_lane[0] = s2_m0_q;
  assign m_lane[1] = s2_m1_q;

  for (genvar l = 0; l < 2; l++) begin : gen_lane
    logic signed [AccWidth-1:0] w_scaled;
    logic to_inh;
    assign exists[l]  = (w_lane[l] != -8'sd128);
    assign w_scaled   = AccWidth'(w_lane[l]) <<< w_shift_i;
    assign to_inh     = EnInhCurrent && split_inh_i && w_lane[l][7];
    assign acc_out[l] = (exists[l] && row_pass && !to_inh) ? acc_in[l] + w_scaled
                                                           : acc_in[l];
    assign accn_out[l] = (exists[l] && row_pass && to_inh) ? accn_in[l] + w_scaled
                                                           : accn_in[l];
    assign write_rule[l] = exists[l] && s2_plastic_q &&
        (s2_sweep_q ? (sweep_hebb || sweep_tf)
                    : (EnStdp && stdp_en_i && (!s2_learn_q || s2_lanes_q[l])));
    // The prune pass visits plastic rows only (the top's row counter stops
    // at P), and writes nothing but the pruned lanes.
    assign write_lane[l] = s2_prune_q ? prune_lane[l] : write_rule[l];
    // Eligibility: charged down by the row pass (three-factor without
    // STDP, as the golden model), rewritten by the three-factor sweep.
    assign write_e[l] = exists[l] && s2_plastic_q &&
        (s2_sweep_q ? sweep_tf
                    : (EnThreeFactor && tf_en_i && !(EnStdp && stdp_en_i) && row_pass));
    assign w_new[l] = s2_prune_q ? -8'sd128 :
                      !s2_sweep_q ? w_stdp[l] : sweep_hebb ? w_hebb[l] : w_tf[l];

    if (EnPrune) begin : gen_prune
      plasticc_core_prune u_prune (
        .w_i        (w_lane[l]),
        .threshold_i(prune_threshold_i),
        .prune_o    (prune_lane[l])
      );
    end else begin : gen_no_prune
      assign prune_lane[l] = 1'b0;
    end

    if (EnThreeFactor) begin : gen_tf
      plasticc_core_three_factor u_tf (
        .sweep_i    (s2_sweep_q),
        .e_i        (e_lane[l]),
        .w_i        (w_lane[l]),
        .amp_trace_i(tfp_lane[l]),
        .e_decay_p_i(ed_lane[l]),
        .spiked_i   (s2_spiked_q[l]),
        .e_frac_i   (e_frac_i),
        .eta_m_i    (eta_m_i),
        .w_min_i    (tf_w_min_i),
        .w_max_i    (tf_w_max_i),
        .r_e_i      (l == 0 ? s2_re_q[7:0] : s2_re_q[15:8]),
        .r_w_i      (l == 0 ? s2_r_q[7:0] : s2_r_q[15:8]),
        .e_o        (e_new[l]),
        .w_o        (w_tf[l])
      );
    end else begin : gen_no_tf
      assign e_new[l] = e_lane[l];
      assign w_tf[l]  = w_lane[l];
    end

    if (EnHebbian) begin : gen_hebb
      plasticc_core_hebbian u_hebb (
        .w_i    (w_lane[l]),
        .xy_i   (xy_lane[l]),
        .k_i    (k_lane[l]),
        .eta_i  (hebb_eta_i),
        .stoch_i(hebb_stoch_i),
        .r8_i   (l == 0 ? s2_r_q[7:0] : s2_r_q[15:8]),
        .w_min_i(hebb_w_min_i),
        .w_max_i(hebb_w_max_i),
        .w_o    (w_hebb[l])
      );
    end else begin : gen_no_hebb
      assign w_hebb[l] = w_lane[l];
    end

    if (EnStdp) begin : gen_stdp
      plasticc_core_stdp #(
        .EnMultiplicative(EnMultiplicative)
      ) u_stdp (
        .ltp_i   (s2_learn_q),
        .w_i     (w_lane[l]),
        .trace_i (t_lane[l]),
        .amp_i   (s2_learn_q ? a_plus_i : a_minus_i),
        .m_i     (m_lane[l]),
        .w_min_i (w_min_i),
        .w_max_i (w_max_i),
        .mult_i  (mult_i),
        .stoch_i (stoch_i),
        .r8_i    (l == 0 ? s2_r_q[7:0] : s2_r_q[15:8]),
        .w_o     (w_stdp[l])
      );
    end else begin : gen_no_stdp
      assign w_stdp[l] = w_lane[l];
    end
  end

  if (!EnThreeFactor) begin : gen_unused_tf
    logic unused_tf;
    assign unused_tf = ^{tf_en_i, e_frac_i, eta_m_i, tf_w_min_i, tf_w_max_i,
                         s2_re_q, s2_spiked_q, e_new[0], e_new[1], w_tf[0], w_tf[1],
                         s1_re_i, s1_spiked_i, tfp_lane[0], tfp_lane[1],
                         ed_lane[0], ed_lane[1]};
  end
  if (!EnHebbian) begin : gen_unused_hebb
    logic unused_hebb;
    assign unused_hebb = ^{hebb_en_i, hebb_stoch_i, hebb_eta_i, hebb_w_min_i,
                           hebb_w_max_i, xy_lane[0], xy_lane[1],
                           k_lane[0], k_lane[1], s1_k0_i, s1_k1_i};
  end
  if (!EnPrune) begin : gen_unused_prune
    logic unused_prune;
    assign unused_prune = ^{prune_threshold_i, s1_prune_i};
  end
  if (!EnInhCurrent) begin : gen_unused_inh
    logic unused_inh;
    assign unused_inh = ^{split_inh_i, accn_out[0], accn_out[1]};
  end

  if (!EnStdp) begin : gen_unused_stdp
    logic unused_stdp;
    assign unused_stdp = ^{mult_i, stoch_i, w_min_i, w_max_i, amp_s1, s2_r_q,
                           t_lane[0], t_lane[1], m_lane[0], m_lane[1]};
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      s3_valid_q  <= 1'b0;
      s3_acc_we_q <= 1'b0;
      s3_wmask_q  <= 2'b00;
      s3_emask_q  <= 2'b00;
    end else begin
      s3_valid_q  <= s2_valid_q;
      s3_acc_we_q <= s2_valid_q && row_pass;
      s3_wmask_q  <= s2_valid_q ? write_lane : 2'b00;
      s3_emask_q  <= s2_valid_q ? write_e : 2'b00;
    end
  end

  always_ff @(posedge clk_i) begin
    s3_bank_q  <= s2_bank_q;
    s3_axon_q  <= s2_axon_q;
    s3_pair_q  <= s2_pair_q;
    s3_word_q  <= {write_lane[1] ? w_new[1] : w_lane[1],
                   write_lane[0] ? w_new[0] : w_lane[0]};
    s3_acc0_q  <= acc_out[0];
    s3_acc1_q  <= acc_out[1];
    s3_accn0_q <= accn_out[0];
    s3_accn1_q <= accn_out[1];
    s3_eword_q <= {write_e[1] ? e_new[1] : e_lane[1],
                   write_e[0] ? e_new[0] : e_lane[0]};
  end

  assign s3_valid_o = s3_valid_q;
  assign s3_acc_we_o = s3_acc_we_q;
  assign s3_axon_o  = s3_axon_q;
  assign s3_pair_o  = s3_pair_q;
  assign s3_bank_o  = s3_bank_q;
  assign s3_word_o  = s3_word_q;
  assign s3_wmask_o = s3_wmask_q;
  assign s3_acc0_o  = s3_acc0_q;
  assign s3_acc1_o  = s3_acc1_q;
  assign s3_accn0_o = s3_accn0_q;
  assign s3_accn1_o = s3_accn1_q;
  assign s3_eword_o = s3_eword_q;
  assign s3_emask_o = s3_emask_q;

  // Assertions
`ifndef SYNTHESIS
  SynapseMaskOnlyWhenValid: assert property (@(posedge clk_i) disable iff (!rst_ni)
      (s3_wmask_q != 2'b00) |-> s3_valid_q);
  SynapseEMaskOnlyWhenValid: assert property (@(posedge clk_i) disable iff (!rst_ni)
      (s3_emask_q != 2'b00) |-> s3_valid_q);
  // The prune pass writes -128 into the pruned lanes and nothing else: no
  // eligibility, no accumulator.
  SynapsePruneWritesAbsent: assert property (@(posedge clk_i) disable iff (!rst_ni)
      (s2_valid_q && s2_prune_q) |=> (s3_emask_q == 2'b00) && !s3_acc_we_q &&
      (!s3_wmask_q[0] || s3_word_q[7:0] == 8'h80) &&
      (!s3_wmask_q[1] || s3_word_q[15:8] == 8'h80));
`endif

endmodule
