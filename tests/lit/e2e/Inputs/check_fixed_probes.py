#!/usr/bin/env python3
"""Checks a fixed-mode weights probe: SAMPLES x PRE x POST doubles, every
present weight a multiple of the weight LSB (mV), absent synapses NaN, and
about the expected share of synapses present.

usage: check_fixed_probes.py WEIGHTS.npy SAMPLES PRE POST W_LSB_MV"""
import math
import sys

from npy import load

path, samples, pre, post, lsb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
shape, values = load(path)
assert tuple(shape) == (samples, pre, post), f"shape {shape}, expected {(samples, pre, post)}"
present = [v for v in values if not math.isnan(v)]
assert 0 < len(present) < len(values), "expected present and absent synapses"
bad = [v for v in present if abs(v / lsb - round(v / lsb)) > 1e-9]
assert not bad, f"weights not on the {lsb} mV grid: {bad[:3]}"
print(f"{len(present)} of {len(values)} synapses present, all on the weight grid")
