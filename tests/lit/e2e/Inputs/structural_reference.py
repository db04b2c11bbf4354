"""Replays structural.mlir: pair STDP on existing synapses, then pruning and
regrowth from the hash (docs/semantics.md §6, §7)."""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import npy  # noqa: E402
from hashes import fixed_probability, h, threshold  # noqa: E402

P, Q, STEPS = 20, 5, 300
W = fixed_probability(0.5, 4, 0.6, P, Q, False)
a = math.exp(-1.0 / 10.0)
am = math.exp(-1.0 / 10.0)
x, y = [0.0] * P, [0.0] * Q
u, ref = [0.0] * Q, [0] * Q
fired = {}
p_in = threshold(min(1.0, 40.0 * 1.0 * 1e-3))
rec_spikes, rec_w = [], []
pruned_total = regrown_total = 0
clip = lambda w: max(min(w, 1.0), 0.0)  # noqa: E731
for t in range(STEPS):
    acc = [0.0] * Q
    for i in fired.get(t - 1, []):
        for j in range(Q):
            if W[i][j] is not None:
                acc[j] += W[i][j]
                W[i][j] = clip(W[i][j] - 0.08 * y[j])
        x[i] += 1.0
    fired[t] = [n for n in range(P) if (h(17, t, n) >> 11) < p_in]
    spikes = []
    for j in range(Q):
        refractory = ref[j] > 0
        u1 = u[j] if refractory else am * (u[j] + acc[j])
        fire = not refractory and u1 >= 1.5
        u[j] = 0.0 if fire else u1
        ref[j] = 2 if fire else (ref[j] - 1 if refractory else 0)
        if fire:
            spikes.append(j)
    x = [a * v for v in x]
    y = [a * v for v in y]
    for j in spikes:
        y[j] += 1.0
    for j in spikes:
        for i in range(P):
            if W[i][j] is not None:
                W[i][j] = clip(W[i][j] + 0.05 * x[i])
    if (t + 1) % 50 == 0:
        pruned = set()
        for i in range(P):
            for j in range(Q):
                if W[i][j] is not None and abs(W[i][j]) < 0.3:
                    W[i][j] = None
                    pruned.add((i, j))
        # semantics.md §7: each post neuron j gains up to 3 synapses from
        # candidates i = h(seed, t, j 2^32 + r) mod P.
        created = 0
        for j in range(Q):
            grown = 0
            for r in range(16 * 3):
                i = h(5, t, (j << 32) + r) % P
                if grown < 3 and W[i][j] is None and (i, j) not in pruned:
                    W[i][j] = 0.5
                    grown += 1
            created += grown
        pruned_total += len(pruned)
        regrown_total += created
        rec_w += [w if w is not None else float("nan")
                  for row in W for w in row]
    rec_spikes += [(t, j) for j in spikes]

out = sys.argv[1]
shape, flat = npy.load(os.path.join(out, "spikes.npy"))
assert [(flat[2 * k], flat[2 * k + 1]) for k in range(shape[0])] == rec_spikes
shape, w = npy.load(os.path.join(out, "weights.npy"))
assert shape == (STEPS // 50, P, Q), shape
for got, want in zip(w, rec_w):
    assert (math.isnan(got) and math.isnan(want)) or abs(got - want) < 1e-12, \
        (got, want)
print("structural: %d pruned, %d regrown, %d spikes: ok"
      % (pruned_total, regrown_total, len(rec_spikes)))
