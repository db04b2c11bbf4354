// rtl/sources.f is the one list of the core's RTL files: plasticc
// --target=verilog reads it at run time from PLASTICC_RTL_DIR (default this
// checkout's rtl/) and writes OUTDIR/sources.f with absolute paths;
// scripts/build-ice40 reads the same list. A missing list, or one naming a
// file that does not exist, is a located error and nothing is written.
// RUN: rm -rf %t && mkdir -p %t
// RUN: plasticc %s --target=verilog -o %t/default > /dev/null
// RUN: sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' -e 's|^|%plasticc_src/rtl/|' %plasticc_src/rtl/sources.f > %t/want.f
// RUN: diff %t/want.f %t/default/sources.f
// Another rtl/ tree: its list, comments and blank lines skipped.
// RUN: cp -r %plasticc_src/rtl %t/myrtl
// RUN: printf '# mine\nplasticc_core_pkg.sv\n\n  plasticc_core_lfsr.sv  # trailing\n' > %t/myrtl/sources.f
// RUN: env PLASTICC_RTL_DIR=%t/myrtl plasticc %s --target=verilog -o %t/mine > /dev/null
// RUN: FileCheck %s --check-prefix=MINE --input-file=%t/mine/sources.f
// RUN: not env PLASTICC_RTL_DIR=%t/nowhere plasticc %s --target=verilog -o %t/nolist 2>&1 | FileCheck %s --check-prefix=NOLIST
// RUN: test ! -e %t/nolist
// RUN: printf 'plasticc_core_pkg.sv\n# gone:\nplasticc_core_gone.sv\n' > %t/myrtl/sources.f
// RUN: not env PLASTICC_RTL_DIR=%t/myrtl plasticc %s --target=verilog -o %t/badline 2>&1 | FileCheck %s --check-prefix=BADLINE
// RUN: test ! -e %t/badline
// RUN: printf '# nothing\n\n' > %t/myrtl/sources.f
// RUN: not env PLASTICC_RTL_DIR=%t/myrtl plasticc %s --target=verilog -o %t/empty 2>&1 | FileCheck %s --check-prefix=EMPTY
// scripts/build-ice40 checks the lists before it runs any tool.
// RUN: printf 'plasticc_core_pkg.sv\n# gone:\nplasticc_core_gone.sv\n' > %t/myrtl/sources.f
// RUN: not env PLASTICC_RTL_DIR=%t/myrtl %plasticc_src/scripts/build-ice40 %t/ice 2>&1 | FileCheck %s --check-prefix=ICE-BADLINE
// RUN: cp %plasticc_src/rtl/sources.f %t/myrtl/sources.f && rm %t/myrtl/boards/icebreaker/sources.f
// RUN: not env PLASTICC_RTL_DIR=%t/myrtl %plasticc_src/scripts/build-ice40 %t/ice 2>&1 | FileCheck %s --check-prefix=ICE-NOLIST

// MINE: {{^}}/{{.*}}/myrtl/plasticc_core_pkg.sv{{$}}
// MINE-NEXT: {{^}}/{{.*}}/myrtl/plasticc_core_lfsr.sv{{$}}
// MINE-NOT: {{.}}
// NOLIST: driver-rtl-sources.mlir:{{[0-9]+}}:{{[0-9]+}}: error: cannot read the RTL source list '{{.*}}/nowhere/sources.f': No such file or directory
// BADLINE: {{.*}}/myrtl/sources.f:3:1: error: no such RTL source '{{.*}}/myrtl/plasticc_core_gone.sv'
// EMPTY: {{.*}}/myrtl/sources.f:1:1: error: the RTL source list names no files
// ICE-BADLINE: build-ice40: error: {{.*}}/myrtl/sources.f:3: no such file '{{.*}}/myrtl/plasticc_core_gone.sv'
// ICE-NOLIST: build-ice40: error: cannot read the RTL source list '{{.*}}/myrtl/boards/icebreaker/sources.f'

snn.network @tiny dt(1.0 ms) {
  %in = snn.poisson_source @in rate(20.0 Hz) seed(3) : !snn.pop<4>
  %c = snn.population @c lif<tau_m = 20.0 ms, v_rest = -65.0 mV,
      v_th = -50.0 mV> : !snn.pop<4>
  %ff = snn.projection @ff %in -> %c all_to_all<weight = 3.0> : !snn.proj<4, 4>
}
