// Sixteen populations: one core each, one more than the system bus addresses
// (driver-verilog-system.mlir).
snn.network @sixteen dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(5) : !snn.pop<2>
  %p0 = snn.population @p0 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p1 = snn.population @p1 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p2 = snn.population @p2 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p3 = snn.population @p3 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p4 = snn.population @p4 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p5 = snn.population @p5 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p6 = snn.population @p6 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p7 = snn.population @p7 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p8 = snn.population @p8 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p9 = snn.population @p9 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p10 = snn.population @p10 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p11 = snn.population @p11 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p12 = snn.population @p12 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p13 = snn.population @p13 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p14 = snn.population @p14 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %p15 = snn.population @p15 lif<tau_m = 16.0 ms, v_rest = -65.0 mV, v_th = -50.0 mV> : !snn.pop<2>
  %f0 = snn.projection @f0 %in -> %p0 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f1 = snn.projection @f1 %in -> %p1 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f2 = snn.projection @f2 %in -> %p2 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f3 = snn.projection @f3 %in -> %p3 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f4 = snn.projection @f4 %in -> %p4 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f5 = snn.projection @f5 %in -> %p5 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f6 = snn.projection @f6 %in -> %p6 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f7 = snn.projection @f7 %in -> %p7 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f8 = snn.projection @f8 %in -> %p8 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f9 = snn.projection @f9 %in -> %p9 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f10 = snn.projection @f10 %in -> %p10 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f11 = snn.projection @f11 %in -> %p11 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f12 = snn.projection @f12 %in -> %p12 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f13 = snn.projection @f13 %in -> %p13 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f14 = snn.projection @f14 %in -> %p14 all_to_all<weight = 2.0> : !snn.proj<2, 2>
  %f15 = snn.projection @f15 %in -> %p15 all_to_all<weight = 2.0> : !snn.proj<2, 2>
}
