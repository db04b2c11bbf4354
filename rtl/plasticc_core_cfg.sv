// plasticc learning core: run-time parameter registers (config region 0).
//
// Registers are written by the host over the configuration bus while the
// core is idle (docs/core.md §4, §6) and decoded here into the fields the
// datapaths use. The seeds (registers 20..23) live in the LFSRs themselves;
// this unit only decodes their write strobes and muxes their read-back.

module plasticc_core_cfg #(
  // 0: the stdp flags read back as 0 and STDP never runs.
  parameter bit EnStdp = 1'b1,
  // 0: cuba_lif behaves as lif without the current (images must not use it).
  parameter bit EnCuba = 1'b1,
  // 0: the adaptive flag is ignored.
  parameter bit EnAdaptive = 1'b1,
  // 0: bounds are always additive.
  parameter bit EnMultiplicative = 1'b1,
  // 0: the recurrent path is disabled.
  parameter bit EnRecurrent = 1'b1,
  // 0: the inh_current flag is ignored and D_inh, G_inh are not stored.
  parameter bit EnInhCurrent = 1'b1,
  // 0: registers 27..36 are not stored and three-factor never runs.
  parameter bit EnThreeFactor = 1'b1,
  // 0: registers 37..40 are not stored and the Hebbian rule never runs.
  parameter bit EnHebbian = 1'b1,
  // 0: register 35 (P) is not stored and every row is plastic.
  parameter bit EnStaticRows = 1'b1,
  // 0: register 43 (Oja's eta_o) is not stored.
  parameter bit EnOja = 1'b1,
  // 0: registers 44..46 (pruning, docs/core.md §11) are not stored, read 0
  // and the core never prunes.
  parameter bit EnPrune = 1'b1,
  // Reset value of P (register 35): every row plastic, as an image that does
  // not set learn.plastic_axons expects.
  parameter int unsigned NumAxons = 256
) (
  input  logic        clk_i,
  input  logic        rst_ni,
  input  logic        we_i,
  input  logic [5:0]  waddr_i,
  input  logic [15:0] wdata_i,
  input  logic [5:0]  raddr_i,
  output logic [15:0] rdata_o,      // combinational
  input  logic        tick_i,       // a tick is accepted: count down
  input  logic [31:0] lfsr_neuron_i,
  input  logic [31:0] lfsr_learn_i,
  output logic        seed_neuron_lo_o,
  output logic        seed_neuron_hi_o,
  output logic        seed_learn_lo_o,
  output logic        seed_learn_hi_o,

  // Decoded fields.
  output logic        leak_o,
  output logic        spikes_o,
  output logic        cuba_o,
  output logic        adaptive_o,
  output logic        reset_subtract_o,
  output logic [15:0] decay_v_o,
  output logic [15:0] decay_i_o,
  output logic [15:0] decay_th_o,
  output logic [15:0] gain_i_o,
  output logic [15:0] threshold_o,
  output logic [15:0] v_reset_o,
  output logic [15:0] th_jump_o,
  output logic [15:0] bias_o,
  output logic [6:0]  ref_steps_o,
  output logic [2:0]  w_shift_o,
  output logic        nearest_o,
  output logic [15:0] decay_pre_o,
  output logic [15:0] decay_post_o,
  output logic [7:0]  impulse_o,
  output logic        stdp_en_o,
  output logic        mult_o,
  output logic        stoch_o,
  output logic [15:0] a_plus_o,
  output logic [15:0] a_minus_o,
  output logic [7:0]  w_min_o,
  output logic [7:0]  w_max_o,
  output logic        rec_en_o,
  output logic [9:0]  rec_offset_o,
  output logic [3:0]  rec_delay_o,
  output logic        inh_o,          // separate inhibitory current i2
  output logic [15:0] decay_i_inh_o,
  output logic [15:0] gain_i_inh_o,
  output logic        tf_en_o,        // three-factor rule
  output logic [15:0] decay_e_o,
  output logic [15:0] tf_a_plus_o,
  output logic [15:0] tf_a_minus_o,
  output logic [2:0]  e_frac_o,
  output logic [15:0] tf_eta_o,
  output logic [7:0]  tf_w_min_o,
  output logic [7:0]  tf_w_max_o,
  output logic [7:0]  modulator_o,
  output logic        hebb_en_o,      // Hebbian rule
  output logic        hebb_stoch_o,
  output logic [15:0] hebb_eta_o,
  output logic [7:0]  hebb_w_min_o,
  output logic [7:0]  hebb_w_max_o,
  output logic [15:0] hebb_decay_o,   // eta_o (Oja); 0 = plain Hebbian
  output logic [10:0] plastic_axons_o, // P: learning writes rows i < P only
  output logic [7:0]  prune_threshold_o, // T: a synapse with |w| < T is pruned
  output logic        prune_now_o      // the tick accepted now prunes (E != 0, C = 0)
);

  localparam int unsigned NumRegs = plasticc_core_pkg::NumRegs;

  logic [15:0] regs_q [NumRegs];

  // Bits each register implements (the rest read as 0 and cost nothing):
  // flags, counts and 8-bit weights are narrower than the 16-bit bus, and
  // the seeds live in the LFSRs.
  function automatic logic [15:0] reg_mask(input int unsigned r);
    logic [15:0] m;
    unique case (r)
      plasticc_core_pkg::RegNeuronFlags: m = EnInhCurrent ? 16'h001f : 16'h000f;
      plasticc_core_pkg::RegRefSteps:    m = 16'h007f;
      plasticc_core_pkg::RegWShift:      m = 16'h0007;
      plasticc_core_pkg::RegPairing:     m = 16'h0001;
      plasticc_core_pkg::RegImpulse:     m = 16'h00ff;
      plasticc_core_pkg::RegStdpFlags:   m = 16'h0007;
      plasticc_core_pkg::RegWMin:        m = 16'h00ff;
      plasticc_core_pkg::RegWMax:        m = 16'h00ff;
      plasticc_core_pkg::RegSeedNeuronLo, plasticc_core_pkg::RegSeedNeuronHi,
      plasticc_core_pkg::RegSeedLearnLo, plasticc_core_pkg::RegSeedLearnHi:
                                         m = 16'h0000;
      plasticc_core_pkg::RegRecEnable:   m = 16'h0001;
      plasticc_core_pkg::RegRecOffset:   m = 16'h03ff;
      plasticc_core_pkg::RegRecDelay:    m = 16'h000f;
      plasticc_core_pkg::RegTfEnable:    m = EnThreeFactor ? 16'h0001 : 16'h0000;
      plasticc_core_pkg::RegDecayE, plasticc_core_pkg::RegTfAPlus,
      plasticc_core_pkg::RegTfAMinus, plasticc_core_pkg::RegTfEta:
                                         m = EnThreeFactor ? 16'hffff : 16'h0000;
      plasticc_core_pkg::RegEFracBits:   m = EnThreeFactor ? 16'h0007 : 16'h0000;
      plasticc_core_pkg::RegTfWMin, plasticc_core_pkg::RegTfWMax,
      plasticc_core_pkg::RegModulator:   m = EnThreeFactor ? 16'h00ff : 16'h0000;
      plasticc_core_pkg::RegHebbFlags:   m = EnHebbian ? 16'h0003 : 16'h0000;
      plasticc_core_pkg::RegHebbEta:     m = EnHebbian ? 16'hffff : 16'h0000;
      plasticc_core_pkg::RegHebbDecay:   m = (EnHebbian && EnOja) ? 16'hffff : 16'h0000;
      plasticc_core_pkg::RegHebbWMin, plasticc_core_pkg::RegHebbWMax:
                                         m = EnHebbian ? 16'h00ff : 16'h0000;
      plasticc_core_pkg::RegDecayIInh, plasticc_core_pkg::RegGainIInh:
                                         m = EnInhCurrent ? 16'hffff : 16'h0000;
      // P <= M <= 1024.
      plasticc_core_pkg::RegPlasticAxons: m = EnStaticRows ? 16'h07ff : 16'h0000;
      // T <= 128; E is 16 bits; the countdown C is its own register below.
      plasticc_core_pkg::RegPruneThreshold: m = EnPrune ? 16'h00ff : 16'h0000;
      plasticc_core_pkg::RegPruneEvery:     m = EnPrune ? 16'hffff : 16'h0000;
      plasticc_core_pkg::RegPruneCount:     m = 16'h0000;
      default:                           m = 16'hffff;
    endcase
    reg_mask = m;
  endfunction

  for (genvar r = 0; r < NumRegs; r++) begin : gen_reg
    localparam logic [15:0] Mask = reg_mask(r);
    logic [15:0] q;
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        // The recurrent delay defaults to 1, the trace impulse to 64, P to M.
        q <= (r == plasticc_core_pkg::RegRecDelay) ? 16'd1 :
             (r == plasticc_core_pkg::RegImpulse) ? 16'd64 :
             (r == plasticc_core_pkg::RegPlasticAxons) ? 16'(NumAxons) : 16'd0;
      end else if (we_i && (32'(waddr_i) == r)) begin
        q <= wdata_i & Mask;
      end
    end
    assign regs_q[r] = q & Mask;
  end

  assign seed_neuron_lo_o = we_i && (waddr_i == 6'(plasticc_core_pkg::RegSeedNeuronLo));
  assign seed_neuron_hi_o = we_i && (waddr_i == 6'(plasticc_core_pkg::RegSeedNeuronHi));
  assign seed_learn_lo_o  = we_i && (waddr_i == 6'(plasticc_core_pkg::RegSeedLearnLo));
  assign seed_learn_hi_o  = we_i && (waddr_i == 6'(plasticc_core_pkg::RegSeedLearnHi));

  // Prune countdown C (register 46, docs/core.md §11): a tick accepted with
  // E != 0 and C = 0 prunes and reloads C = E - 1, any other tick with
  // E != 0 counts down; C holds while E = 0. A write of E (register 45)
  // loads C = max(E - 1, 0), so an image load starts the count.
  logic [15:0] prune_count_q, prune_every;
  assign prune_every = regs_q[plasticc_core_pkg::RegPruneEvery];

  if (EnPrune) begin : gen_prune_count
    logic [15:0] prune_count_d;
    always_comb begin
      prune_count_d = prune_count_q;
      if (we_i && (32'(waddr_i) == plasticc_core_pkg::RegPruneEvery)) begin
        prune_count_d = (wdata_i == 16'd0) ? 16'd0 : wdata_i - 16'd1;
      end else if (we_i && (32'(waddr_i) == plasticc_core_pkg::RegPruneCount)) begin
        prune_count_d = wdata_i;
      end else if (tick_i && (prune_every != 16'd0)) begin
        prune_count_d = prune_now_o ? prune_every - 16'd1 : prune_count_q - 16'd1;
      end
    end
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) prune_count_q <= 16'd0;
      else         prune_count_q <= prune_count_d;
    end
    assign prune_now_o = (prune_every != 16'd0) && (prune_count_q == 16'd0);
  end else begin : gen_no_prune_count
    logic unused_prune;
    assign unused_prune = ^{tick_i, prune_every};
    assign prune_count_q = 16'd0;
    assign prune_now_o   = 1'b0;
  end

  always_comb begin
    rdata_o = 16'h0;
    if (32'(raddr_i) < NumRegs) rdata_o = regs_q[raddr_i];
    case (32'(raddr_i))
      plasticc_core_pkg::RegPruneCount:   rdata_o = prune_count_q;
      plasticc_core_pkg::RegSeedNeuronLo: rdata_o = lfsr_neuron_i[15:0];
      plasticc_core_pkg::RegSeedNeuronHi: rdata_o = lfsr_neuron_i[31:16];
      plasticc_core_pkg::RegSeedLearnLo:  rdata_o = lfsr_learn_i[15:0];
      plasticc_core_pkg::RegSeedLearnHi:  rdata_o = lfsr_learn_i[31:16];
      default: ;
    endcase
  end

  logic [4:0] flags;
  logic [2:0] sflags;
  logic [1:0] hflags;
  assign flags  = regs_q[plasticc_core_pkg::RegNeuronFlags][4:0];
  assign hflags = regs_q[plasticc_core_pkg::RegHebbFlags][1:0];
  assign sflags = regs_q[plasticc_core_pkg::RegStdpFlags][2:0];

  assign leak_o           = flags[3:2] != plasticc_core_pkg::ModelIf;
  assign spikes_o         = flags[3:2] != plasticc_core_pkg::ModelLi;
  assign cuba_o           = EnCuba && (flags[3:2] == plasticc_core_pkg::ModelCubaLif);
  assign reset_subtract_o = flags[1];
  assign adaptive_o       = EnAdaptive && flags[0];
  assign decay_v_o        = regs_q[plasticc_core_pkg::RegDecayV];
  assign decay_i_o        = regs_q[plasticc_core_pkg::RegDecayI];
  assign decay_th_o       = regs_q[plasticc_core_pkg::RegDecayTh];
  assign gain_i_o         = regs_q[plasticc_core_pkg::RegGainI];
  assign threshold_o      = regs_q[plasticc_core_pkg::RegThreshold];
  assign v_reset_o        = regs_q[plasticc_core_pkg::RegVReset];
  assign th_jump_o        = regs_q[plasticc_core_pkg::RegThJump];
  assign bias_o           = regs_q[plasticc_core_pkg::RegBias];
  assign ref_steps_o      = regs_q[plasticc_core_pkg::RegRefSteps][6:0];
  assign w_shift_o        = regs_q[plasticc_core_pkg::RegWShift][2:0];
  assign nearest_o        = regs_q[plasticc_core_pkg::RegPairing][0];
  assign decay_pre_o      = regs_q[plasticc_core_pkg::RegDecayPre];
  assign decay_post_o     = regs_q[plasticc_core_pkg::RegDecayPost];
  assign impulse_o        = regs_q[plasticc_core_pkg::RegImpulse][7:0];
  assign stdp_en_o        = EnStdp && sflags[2];
  assign mult_o           = EnMultiplicative && sflags[1];
  assign stoch_o          = sflags[0];
  assign a_plus_o         = regs_q[plasticc_core_pkg::RegAPlus];
  assign a_minus_o        = regs_q[plasticc_core_pkg::RegAMinus];
  assign w_min_o          = regs_q[plasticc_core_pkg::RegWMin][7:0];
  assign w_max_o          = regs_q[plasticc_core_pkg::RegWMax][7:0];
  assign rec_en_o         = EnRecurrent && regs_q[plasticc_core_pkg::RegRecEnable][0];
  assign rec_offset_o     = regs_q[plasticc_core_pkg::RegRecOffset][9:0];
  assign rec_delay_o      = regs_q[plasticc_core_pkg::RegRecDelay][3:0];
  assign inh_o            = EnInhCurrent && flags[4];
  assign decay_i_inh_o    = regs_q[plasticc_core_pkg::RegDecayIInh];
  assign gain_i_inh_o     = regs_q[plasticc_core_pkg::RegGainIInh];
  assign tf_en_o          = EnThreeFactor && regs_q[plasticc_core_pkg::RegTfEnable][0];
  assign decay_e_o        = regs_q[plasticc_core_pkg::RegDecayE];
  assign tf_a_plus_o      = regs_q[plasticc_core_pkg::RegTfAPlus];
  assign tf_a_minus_o     = regs_q[plasticc_core_pkg::RegTfAMinus];
  assign e_frac_o         = regs_q[plasticc_core_pkg::RegEFracBits][2:0];
  assign tf_eta_o         = regs_q[plasticc_core_pkg::RegTfEta];
  assign tf_w_min_o       = regs_q[plasticc_core_pkg::RegTfWMin][7:0];
  assign tf_w_max_o       = regs_q[plasticc_core_pkg::RegTfWMax][7:0];
  assign modulator_o      = regs_q[plasticc_core_pkg::RegModulator][7:0];
  assign hebb_en_o        = EnHebbian && hflags[1];
  assign hebb_stoch_o     = hflags[0];
  assign hebb_eta_o       = regs_q[plasticc_core_pkg::RegHebbEta];
  assign hebb_w_min_o     = regs_q[plasticc_core_pkg::RegHebbWMin][7:0];
  assign hebb_w_max_o     = regs_q[plasticc_core_pkg::RegHebbWMax][7:0];
  assign hebb_decay_o     = regs_q[plasticc_core_pkg::RegHebbDecay];
  // Without static rows P is beyond every axon: the compare folds away.
  assign plastic_axons_o  = EnStaticRows ? regs_q[plasticc_core_pkg::RegPlasticAxons][10:0]
                                         : 11'h7ff;
  assign prune_threshold_o = regs_q[plasticc_core_pkg::RegPruneThreshold][7:0];

endmodule
