# The iCEBreaker board top on the core (rtl/sources.f first), relative to
# this directory: read by CMake (lint, the Verilated board tests) and
# scripts/build-ice40. One file per line; '#' starts a comment.
plasticc_uart_rx.sv
plasticc_uart_tx.sv
plasticc_uart_bridge.sv
plasticc_icebreaker_top.sv
