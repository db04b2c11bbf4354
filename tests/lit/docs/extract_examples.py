#!/usr/bin/env python3
"""Collects the ```mlir examples from the snn dialect's ODS descriptions and
writes them as one --split-input-file stream, so that documentation examples
are parsed and verified like any other input and cannot rot.

A complete `snn.network` example is emitted as is; an example that is a
standalone attribute (`#snn.lif<...>`) is wrapped as a network attribute.
Op snippets that need surrounding values are skipped (they are covered by
tests/lit/snn/basic.mlir)."""
import re
import sys

blocks = []
for path in sys.argv[1:]:
    text = open(path).read()
    for block in re.findall(r"```mlir\n(.*?)```", text, re.S):
        lines = [l.strip() for l in block.strip().splitlines()]
        body = "\n".join(lines)
        if body.startswith("snn.network"):
            blocks.append(f"// from {path}\n{body}")
        elif body.startswith("#snn."):
            # One attribute per example, possibly over several lines.
            blocks.append(f"// from {path}\nsnn.network @doc dt(1.0 ms) "
                          f"attributes {{example = {' '.join(lines)}}} {{\n}}")
if not blocks:
    sys.exit("no examples found")
print("\n// -----\n".join(blocks))
