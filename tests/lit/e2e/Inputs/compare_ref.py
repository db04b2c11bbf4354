"""Compares one probe of a compiled run (DIR NAME, docs/formats.md) with the
matching file of plasticc-ref (REFDIR FILE without .txt): spikes must be
identical, final weights equal within 1e-6 relative."""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import npy  # noqa: E402

out, name, ref_dir, ref_name = sys.argv[1:5]
with open(os.path.join(ref_dir, ref_name + ".txt")) as f:
    ref = [line.split() for line in f if not line.startswith("#")]
if ref_name.endswith(".spikes"):
    shape, flat = npy.load(os.path.join(out, name + ".npy"))
    ours = [(flat[2 * k], flat[2 * k + 1]) for k in range(shape[0])]
    theirs = [(int(a), int(b)) for a, b in ref]
    assert ours == theirs, "spikes differ: %d vs %d, first at %s" % (
        len(ours), len(theirs),
        next((p for p in zip(ours, theirs) if p[0] != p[1]), None))
    print("%s: %d spikes identical" % (name, len(ours)))
else:
    # plasticc-ref writes the weights after the last step: the run must end
    # with a sample (run a multiple of the probe's every(n) steps).
    shape, w = npy.load(os.path.join(out, name + ".npy"))
    _, syn = npy.load(os.path.join(out, name + "_synapses.npy"))
    assert shape[0] > 0, "no weight sample"
    final = w[-(len(syn) // 2):]
    theirs = {(int(i), int(j)): float(v) for i, j, v in ref}
    worst = 0.0
    for k, value in enumerate(final):
        want = theirs[(syn[2 * k], syn[2 * k + 1])]
        worst = max(worst, abs(value - want) / max(1.0, abs(want)))
    assert worst < 1e-6, worst
    print("%s: %d weights within 1e-6" % (name, len(final)))
