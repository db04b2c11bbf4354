"""A straightforward reference for rules-reference.mlir (docs/semantics.md
§1, §2, §5, §7), compared with the compiled program's outputs in argv[1]."""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import npy  # noqa: E402
from hashes import fixed_probability, h, threshold  # noqa: E402

DT, STEPS, P, Q = 1.0, 200, 12, 4


def clip(w, lo, hi):
    return max(min(w, hi), lo)


class Proj:
    def __init__(self, W, delay, tau_x, tau_y, rule, lo, hi, **kw):
        self.W, self.delay, self.rule, self.lo, self.hi = W, delay, rule, lo, hi
        self.ax, self.ay = math.exp(-DT / tau_x), math.exp(-DT / tau_y)
        self.x, self.y = [0.0] * P, [0.0] * Q
        self.e = [[0.0] * Q for _ in range(P)]
        self.theta = [0.0] * Q
        self.pre_fired = [0] * P
        self.__dict__.update(kw)

    def synapses(self):
        for i in range(P):
            for j in range(Q):
                if self.W[i][j] is not None:
                    yield i, j


def dense(v):
    return [[v] * Q for _ in range(P)]


sparse = [[None] * Q for _ in range(P)]
for i, j in zip([0, 3, 5, 7, 11], [0, 1, 2, 3, 0]):
    sparse[i][j] = 0.5

projs = [
    Proj(dense(0.3), 1, 20.0, 20.0, "hebbian", 0.0, 1.0, eta=0.01),
    Proj(fixed_probability(0.5, 9, 0.4, P, Q, False), 2, 15.0, 15.0, "oja",
         -1.0, 1.0, eta=0.02),
    Proj(dense(0.2), 1, 10.0, 10.0, "bcm", 0.0, 1.0, eta=0.005,
         atheta=math.exp(-DT / 100.0)),
    Proj(dense(0.25), 1, 20.0, 20.0, "tf", 0.0, 1.0, a_plus=1.0,
         a_minus=1.05, ae=math.exp(-DT / 100.0), eta=0.01, mod="signal"),
    Proj(sparse, 1, 10.0, 30.0, "tf", 0.0, 2.0, a_plus=0.5, a_minus=0.6,
         ae=math.exp(-DT / 50.0), eta=0.02, mod="out"),
]

am, thv, nref = math.exp(-DT / 10.0), 3.0, 2
u, ref = [0.0] * Q, [0] * Q
fired_in, fired_out = {}, {}
p_in = threshold(min(1.0, 50.0 * DT * 1e-3))
rec_spikes, rec_w, rec_tr = [], [[] for _ in projs], []

for t in range(STEPS):
    acc = [0.0] * Q
    for p in projs:
        for i in fired_in.get(t - p.delay, []):
            for j in range(Q):
                if p.W[i][j] is not None:
                    acc[j] += p.W[i][j]
            p.x[i] += 1.0
            p.pre_fired[i] = 1
    fired_in[t] = [n for n in range(P) if (h(21, t, n) >> 11) < p_in]
    spikes = []
    for j in range(Q):
        refractory = ref[j] > 0
        u1 = u[j] if refractory else am * (u[j] + acc[j])
        fire = not refractory and u1 >= thv
        u[j] = 0.0 if fire else u1
        ref[j] = nref if fire else (ref[j] - 1 if refractory else 0)
        if fire:
            spikes.append(j)
    fired_out[t] = spikes
    for p in projs:
        p.y_prev = list(p.y)
        p.x = [p.ax * x for x in p.x]
        p.y = [p.ay * y for y in p.y]
        for j in spikes:
            p.y[j] += 1.0
    signal = -0.5 if t >= 120 else (1.0 if t >= 50 else 0.0)
    for p in projs:
        if p.rule == "bcm":
            p.theta = [p.atheta * th + (1 - p.atheta) * (y * y)
                       for th, y in zip(p.theta, p.y)]
        if p.rule == "tf":
            m = signal if p.mod == "signal" else float(len(fired_out.get(t - 1, [])))
        for i, j in p.synapses():
            w, x, y = p.W[i][j], p.x[i], p.y[j]
            if p.rule == "hebbian":
                w = w + p.eta * x * y
            elif p.rule == "oja":
                w = w + p.eta * y * (x - y * w)
            elif p.rule == "bcm":
                w = w + p.eta * x * y * (y - p.theta[j])
            else:
                s_post = 1.0 if j in spikes else 0.0
                # semantics.md §7: the pre-triggered change comes at the
                # start of the step and decays with it.
                el = p.e[i][j] - p.a_minus * p.y_prev[j] * float(p.pre_fired[i])
                el = p.ae * el + p.a_plus * x * s_post
                p.e[i][j] = el
                w = w + p.eta * m * el
            p.W[i][j] = clip(w, p.lo, p.hi)
        p.pre_fired = [0] * P
    rec_spikes += [(t, j) for j in spikes]
    if (t + 1) % 50 == 0:
        for k, p in enumerate(projs):
            rec_w[k] += [w for row in p.W for w in row if w is not None]
        tf = projs[3]
        rec_tr += tf.x + tf.y + [v for row in tf.e for v in row]

out = sys.argv[1]
shape, flat = npy.load(os.path.join(out, "spikes.npy"))
got = [(flat[2 * k], flat[2 * k + 1]) for k in range(shape[0])]
assert got == rec_spikes, "spikes differ"
for k, name in enumerate(["w_hebb", "w_oja", "w_bcm", "w_tf", "w_tf_pop"]):
    _, w = npy.load(os.path.join(out, name + ".npy"))
    assert len(w) == len(rec_w[k]), (name, len(w), len(rec_w[k]))
    worst = max(abs(a - b) for a, b in zip(w, rec_w[k]))
    assert worst < 1e-9, (name, worst)
    initial = [0.3, 0.4, 0.2, 0.25, 0.5][k]
    assert any(abs(a - initial) > 1e-6 for a in w), name + ": never changed"
shape, tr = npy.load(os.path.join(out, "tr_tf.npy"))
assert shape == (4, P + Q + P * Q), shape
assert max(abs(a - b) for a, b in zip(tr, rec_tr)) < 1e-9, "traces differ"
assert rec_spikes, "the test needs spikes"
print("rules: %d spikes: ok" % len(rec_spikes))
