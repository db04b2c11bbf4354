// A flood through the router (driver-verilator-system.mlir): @kick fires all
// 64 neurons of @a at step 1, nine routes carry each to @b at step 2: 576
// pushes into a FIFO of 512, so 64 are dropped, and @late's three inputs
// for that step queue behind them and are dropped too.
snn.network @flood dt(1.0 ms) {
  %kick = snn.spike_source @kick spikes [(0, 0.0 ms), (0, 5.0 ms)] : !snn.pop<1>
  %late = snn.spike_source @late spikes [(0, 1.0 ms), (1, 1.0 ms), (2, 1.0 ms)] : !snn.pop<3>
  %a = snn.population @a lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -60.0 mV> : !snn.pop<64>
  %b = snn.population @b lif<tau_m = 20.0 ms, v_rest = -65.0 mV, v_th = -60.0 mV> : !snn.pop<4>
  %k = snn.projection @k %kick -> %a all_to_all<weight = 8.0> : !snn.proj<1, 64>
  %l = snn.projection @l %late -> %b all_to_all<weight = 1.0> : !snn.proj<3, 4>
  %r0 = snn.projection @r0 %a -> %b all_to_all<weight = 0.01> : !snn.proj<64, 4>
  %r1 = snn.projection @r1 %a -> %b all_to_all<weight = 0.01> : !snn.proj<64, 4>
  %r2 = snn.projection @r2 %a -> %b all_to_all<weight = 0.01> : !snn.proj<64, 4>
  %r3 = snn.projection @r3 %a -> %b all_to_all<weight = 0.01> : !snn.proj<64, 4>
  %r4 = snn.projection @r4 %a -> %b all_to_all<weight = 0.01> : !snn.proj<64, 4>
  %r5 = snn.projection @r5 %a -> %b all_to_all<weight = 0.01> : !snn.proj<64, 4>
  %r6 = snn.projection @r6 %a -> %b all_to_all<weight = 0.01> : !snn.proj<64, 4>
  %r7 = snn.projection @r7 %a -> %b all_to_all<weight = 0.01> : !snn.proj<64, 4>
  %r8 = snn.projection @r8 %a -> %b all_to_all<weight = 0.01> : !snn.proj<64, 4>
}
