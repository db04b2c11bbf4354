"""Hand simulation of models.mlir (docs/semantics.md §2-§4)."""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import npy  # noqa: E402

STEPS = 14
# The spike file, with duplicates in one step merged.
inputs = {}
with open(os.path.join(os.path.dirname(__file__), "img_spikes.txt")) as f:
    for line in f:
        line = line.split("#")[0].split()
        if line:
            inputs.setdefault(round(float(line[0])), set()).add(int(line[1]))
# conv2d, stride 2, 2x2 kernel: output (y, x) sees input (2y + ky, 2x + kx).
kernel = [[1.0, 0.5], [0.25, 0.125]]
syn = []
for y in range(2):
    for x in range(2):
        for ky in range(2):
            for kx in range(2):
                syn.append(((2 * y + ky) * 4 + 2 * x + kx, y * 2 + x,
                            kernel[ky][kx]))
syn.sort()
a = math.exp(-1.0 / 5.0)
u_if, ref, u_li = [0.0] * 4, [0] * 4, [0.0] * 4
fm_fired = {}
spikes, fm_v, ro_v = [], [], []
for t in range(STEPS):
    acc_if, acc_li = [0.0] * 4, [0.0] * 4
    for i in sorted(inputs.get(t - 1, [])):
        for pre, post, w in syn:
            if pre == i:
                acc_if[post] += w
    for i in fm_fired.get(t - 1, []):
        acc_li[i] += [1.0, 2.0, 3.0, 4.0][i]
    fired = []
    for j in range(4):
        refractory = ref[j] > 0
        u1 = u_if[j] if refractory else u_if[j] + acc_if[j]
        fire = not refractory and u1 >= 1.5
        u_if[j] = 0.0 if fire else u1
        ref[j] = 1 if fire else (ref[j] - 1 if refractory else 0)
        if fire:
            fired.append(j)
    fm_fired[t] = fired
    current = 2.0 if 5 <= t < 10 else 0.0
    for j in range(4):
        u_li[j] = a * (u_li[j] + acc_li[j])
        if current:
            u_li[j] = u_li[j] + (1 - a) * 1.0 * current
    spikes += [(t, j) for j in fired]
    fm_v.append(list(u_if))
    ro_v.append([u - 10.0 for u in u_li])

out = sys.argv[1]
shape, flat = npy.load(os.path.join(out, "fm_spikes.npy"))
got = [(flat[2 * k], flat[2 * k + 1]) for k in range(shape[0])]
assert got == spikes, (got, spikes)
for name, want in (("fm_v", fm_v), ("ro_v", ro_v)):
    shape, v = npy.load(os.path.join(out, name + ".npy"))
    assert shape == (STEPS, 4), shape
    flat_want = [x for row in want for x in row]
    assert max(abs(p - q) for p, q in zip(v, flat_want)) < 1e-12, name
_, pairs = npy.load(os.path.join(out, "conv_w_synapses.npy"))
_, w = npy.load(os.path.join(out, "conv_w.npy"))
assert [(pairs[2 * k], pairs[2 * k + 1], w[k]) for k in range(len(w))] == syn
assert spikes and any(abs(v) > 1e-9 for row in ro_v for v in row)
print("models: %d spikes: ok" % len(spikes))
