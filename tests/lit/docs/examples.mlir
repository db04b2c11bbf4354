// Every complete network and every attribute example in the dialect's
// documentation parses and verifies.
// RUN: %python %S/extract_examples.py %plasticc_src/dialects/snn/SnnDialect.td %plasticc_src/dialects/snn/SnnAttrs.td %plasticc_src/dialects/snn/SnnOps.td %plasticc_src/dialects/snn/SnnTypes.td > %t.mlir
// RUN: plasticc-opt --split-input-file %t.mlir | FileCheck %s
// CHECK-COUNT-24: snn.network
