"""Replays sop.mlir: the sum-of-products rule in the phases of
docs/semantics.md §7 (x0 terms at delivery with x1 = x_i(t), y0 terms for
post spikes, then e and the other terms every step; y1 = y_j(t - 1))."""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import npy  # noqa: E402
from hashes import fixed_probability, h, threshold  # noqa: E402

P, Q, STEPS = 10, 3, 200


def clip(w, lo, hi):
    return max(min(w, hi), lo)


def term_sum(terms, f):
    total = 0.0
    for scale, factors in terms:
        product = scale
        for name in factors:
            product = product * f[name]
        total = total + product
    return total


class Sop:
    def __init__(self, W, terms, tau_x, tau_y, lo, hi, e_terms=(), tau_e=None,
                 signal=None):
        self.W, self.lo, self.hi = W, lo, hi
        self.x0 = [t for t in terms if "x0" in t[1]]
        self.y0 = [t for t in terms if "y0" in t[1] and "x0" not in t[1]]
        self.other = [t for t in terms if "x0" not in t[1] and "y0" not in t[1]]
        self.e_terms, self.signal = list(e_terms), signal
        self.ax, self.ay = math.exp(-1 / tau_x), math.exp(-1 / tau_y)
        self.ae = math.exp(-1 / tau_e) if tau_e else None
        self.x, self.y = [0.0] * P, [0.0] * Q
        self.e = [[0.0] * Q for _ in range(P)]


general = Sop([[0.3] * Q for _ in range(P)],
              [(-0.02, ["x0", "y1"]), (0.01, ["x0", "w"]),
               (0.03, ["y0", "x1"]), (0.001, ["x1", "y1"]), (-0.0005, ["w"]),
               (0.02, ["r", "e"])], 15.0, 25.0, 0.0, 1.0,
              e_terms=[(0.5, ["y0", "x1"]), (-0.4, ["x0", "y1"])], tau_e=50.0,
              signal=lambda t: -1.0 if t >= 80 else 0.5)
as_stdp = Sop(fixed_probability(0.5, 2, 0.2, P, Q, False),
              [(-0.0105, ["x0", "y1"]), (0.01, ["y0", "x1"])], 20.0, 20.0,
              0.0, 0.5)
stdp = Sop(fixed_probability(0.5, 2, 0.2, P, Q, False),
           [(-0.0105, ["x0", "y1"]), (0.01, ["y0", "x1"])], 20.0, 20.0,
           0.0, 0.5)
rules = [general, as_stdp, stdp]

am = math.exp(-1 / 10.0)
u, ref = [0.0] * Q, [0] * Q
fired = {}
p_in = threshold(min(1.0, 60.0 * 1e-3))
rec_spikes, rec_w = [], [[], [], []]
for t in range(STEPS):
    acc = [0.0] * Q
    pre = fired.get(t - 1, [])
    for p in rules:
        m = p.signal(t) if p.signal else 0.0
        for i in pre:
            for j in range(Q):
                w = p.W[i][j]
                if w is None:
                    continue
                acc[j] += w
                if p.x0:
                    f = {"x0": 1.0, "x1": p.ax * (p.x[i] + 1.0), "y1": p.y[j],
                         "r": m, "e": p.e[i][j], "w": w}
                    p.W[i][j] = clip(w + term_sum(p.x0, f), p.lo, p.hi)
            p.x[i] += 1.0
    fired[t] = [n for n in range(P) if (h(8, t, n) >> 11) < p_in]
    spikes = []
    for j in range(Q):
        refractory = ref[j] > 0
        u1 = u[j] if refractory else am * (u[j] + acc[j])
        fire = not refractory and u1 >= 2.0
        u[j] = 0.0 if fire else u1
        ref[j] = 2 if fire else (ref[j] - 1 if refractory else 0)
        if fire:
            spikes.append(j)
    for p in rules:
        p.y_prev = list(p.y)
        p.x = [p.ax * v for v in p.x]
        p.y = [p.ay * v for v in p.y]
        for j in spikes:
            p.y[j] += 1.0
    for p in rules:
        m = p.signal(t) if p.signal else 0.0
        for j in spikes:
            for i in range(P):
                w = p.W[i][j]
                if w is None:
                    continue
                f = {"x0": 1.0 if i in pre else 0.0, "x1": p.x[i], "y0": 1.0,
                     "y1": p.y_prev[j], "r": m, "e": p.e[i][j], "w": w}
                p.W[i][j] = clip(w + term_sum(p.y0, f), p.lo, p.hi)
    for p in rules:
        m = p.signal(t) if p.signal else 0.0
        for i in range(P):
            for j in range(Q):
                w = p.W[i][j]
                if w is None:
                    continue
                f = {"x0": 1.0 if i in pre else 0.0, "x1": p.x[i],
                     "y0": 1.0 if j in spikes else 0.0, "y1": p.y_prev[j],
                     "r": m, "w": w}
                if p.ae is not None:
                    # semantics.md §7: x0 e_terms at the start of the step,
                    # decaying with it; the others at the end.
                    start = [t_ for t_ in p.e_terms if "x0" in t_[1]]
                    end = [t_ for t_ in p.e_terms if "x0" not in t_[1]]
                    p.e[i][j] = p.ae * (p.e[i][j] + term_sum(start, f)) + term_sum(end, f)
                f["e"] = p.e[i][j]
                if p.other:
                    p.W[i][j] = clip(w + term_sum(p.other, f), p.lo, p.hi)
    rec_spikes += [(t, j) for j in spikes]
    if (t + 1) % 50 == 0:
        for k, p in enumerate(rules):
            rec_w[k] += [w for row in p.W for w in row if w is not None]

out = sys.argv[1]
shape, flat = npy.load(os.path.join(out, "spikes.npy"))
assert [(flat[2 * k], flat[2 * k + 1]) for k in range(shape[0])] == rec_spikes
for k, name in enumerate(["w_general", "w_sop", "w_stdp"]):
    _, w = npy.load(os.path.join(out, name + ".npy"))
    assert len(w) == len(rec_w[k]), (name, len(w), len(rec_w[k]))
    assert max(abs(a - b) for a, b in zip(w, rec_w[k])) < 1e-12, name
_, a = npy.load(os.path.join(out, "w_sop.npy"))
_, b = npy.load(os.path.join(out, "w_stdp.npy"))
assert a == b, "sop written as STDP differs from stdp"
assert rec_spikes and len(set(rec_w[0])) > 1
print("sop: %d spikes: ok" % len(rec_spikes))
