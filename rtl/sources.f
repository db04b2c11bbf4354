# The core's RTL files in dependency order (the package first), relative to
# this directory: the one list that CMake (rtl/, sim/), scripts/build-ice40
# and plasticc --target=verilog read. One file per line; '#' starts a comment.
plasticc_core_pkg.sv
plasticc_core_lfsr.sv
plasticc_core_fifo.sv
plasticc_core_ebr.sv
plasticc_core_spram_bank.sv
plasticc_core_cfg.sv
plasticc_core_event.sv
plasticc_core_stdp.sv
plasticc_core_three_factor.sv
plasticc_core_hebbian.sv
plasticc_core_prune.sv
plasticc_core_synapse.sv
plasticc_core_neuron.sv
plasticc_core_top.sv
plasticc_router.sv
