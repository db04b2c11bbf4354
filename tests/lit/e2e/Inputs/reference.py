"""A straightforward float reference for float-reference.mlir.

Implements docs/semantics.md Part 1 with plain loops over every synapse, in
the step order of §1, for exactly the network of float-reference.mlir, and
compares the compiled program's outputs (directory argv[1]) with it.
"""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import npy  # noqa: E402
from hashes import fixed_probability, h, threshold  # noqa: E402

DT = 0.5
STEPS = 400
N_IN, N_EXC, N_INH = 30, 20, 10


class Stdp:
    def __init__(self, a_plus, a_minus, tau_plus, tau_minus, w_min, w_max,
                 nearest, multiplicative, pre, post):
        self.__dict__.update(locals())
        self.ap = math.exp(-DT / tau_plus)
        self.am = math.exp(-DT / tau_minus)
        self.x = [0.0] * pre
        self.y = [0.0] * post

    def clip(self, w):
        return max(min(w, self.w_max), self.w_min)

    def depress(self, w, j):
        amp = self.a_minus
        if self.multiplicative:
            amp = amp * ((w - self.w_min) / (self.w_max - self.w_min))
        return self.clip(w - amp * self.y[j])

    def potentiate(self, w, i):
        amp = self.a_plus
        if self.multiplicative:
            amp = amp * ((self.w_max - w) / (self.w_max - self.w_min))
        return self.clip(w + amp * self.x[i])


# Projections in the order of the .mlir: (pre, post, delay steps, W, rule).
projections = [
    ("in", "exc", 2, fixed_probability(0.3, 5, 2.0, N_IN, N_EXC, False),
     Stdp(0.2, 0.25, 10.0, 15.0, 0.0, 4.0, True, True, N_IN, N_EXC)),
    ("exc", "exc", 4, [[0.2] * N_EXC for _ in range(N_EXC)],
     Stdp(0.05, 0.06, 20.0, 20.0, 0.0, 1.0, False, False, N_EXC, N_EXC)),
    ("exc", "inh", 1, fixed_probability(0.5, 6, 1.5, N_EXC, N_INH, False),
     None),
    ("inh", "exc", 3, fixed_probability(0.4, 7, -3.0, N_INH, N_EXC, False),
     None),
    ("inh", "inh", 1, fixed_probability(0.3, 8, -1.0, N_INH, N_INH, True),
     None),
]
sign = {"in": "mixed", "exc": "excitatory", "inh": "inhibitory"}

# exc: lif with adaptive threshold and per-neuron v_th (relative to rest).
exc_thv = [v + 60.0 for v in [-52.0, -52.5, -53.0, -53.5, -54.0] * 4]
exc_am = math.exp(-DT / 15.0)
exc_ath = math.exp(-DT / 50.0)
exc_ureset, exc_nref, exc_jump = -2.0, 3, 1.0
# inh: cuba_lif with two currents, subtract reset, stepped current.
inh_am = math.exp(-DT / 10.0)


def coupling(tau_s, tau_m):
    a_s, a_m = math.exp(-DT / tau_s), math.exp(-DT / tau_m)
    return tau_s / (tau_s - tau_m) * (a_s - a_m)


inh_as, inh_c = math.exp(-DT / 5.0), coupling(5.0, 10.0)
inh_asi, inh_ci = math.exp(-DT / 8.0), coupling(8.0, 10.0)
inh_thv, inh_nref = 5.0, 2
inh_kdrive = (1 - inh_am) * 1.0

u = {"exc": [0.0] * N_EXC, "inh": [0.0] * N_INH}
ref = {"exc": [0] * N_EXC, "inh": [0] * N_INH}
theta = [0.0] * N_EXC
i_exc, i_inh = [0.0] * N_INH, [0.0] * N_INH
fired = {"in": {}, "exc": {}, "inh": {}}
rec_spikes = {"exc": [], "inh": []}
rec_v, rec_w = [], {0: [], 1: []}
p_in = threshold(min(1.0, 40.0 * DT * 1e-3))

for t in range(STEPS):
    # 1-2. deliver with start-of-step weights, then depress.
    acc = {"exc": [0.0] * N_EXC, "inh": [0.0] * N_INH}
    acc_inh = [0.0] * N_INH
    for pre, post, d, W, rule in projections:
        for i in fired[pre].get(t - d, []):
            for j in range(len(W[i])):
                w = W[i][j]
                if w is None:
                    continue
                if post == "inh" and sign[pre] == "inhibitory":
                    acc_inh[j] += w
                else:
                    acc[post][j] += w
                if rule:
                    W[i][j] = rule.depress(w, j)
            if rule:
                rule.x[i] = 1.0 if rule.nearest else rule.x[i] + 1.0
    # 3. inputs and neurons.
    fired["in"][t] = [n for n in range(N_IN)
                      if (h(11, t, n) >> 11) < p_in]
    spikes = []
    for j in range(N_EXC):
        theta[j] = exc_ath * theta[j]
        refractory = ref["exc"][j] > 0
        u1 = u["exc"][j] if refractory else exc_am * (u["exc"][j] + acc["exc"][j])
        thr = exc_thv[j] + theta[j]
        fire = not refractory and u1 >= thr
        u["exc"][j] = exc_ureset if fire else u1
        ref["exc"][j] = exc_nref if fire else (ref["exc"][j] - 1 if refractory else 0)
        if fire:
            theta[j] = theta[j] + exc_jump
            spikes.append(j)
    fired["exc"][t] = spikes
    current = 1.0 if t >= 100 else 0.5
    spikes = []
    for j in range(N_INH):
        i_new = i_exc[j] + acc["inh"][j]
        i_exc[j] = inh_as * i_new
        ii_new = i_inh[j] + acc_inh[j]
        i_inh[j] = inh_asi * ii_new
        refractory = ref["inh"][j] > 0
        integ = inh_am * u["inh"][j] + inh_c * i_new
        integ = integ + inh_ci * ii_new
        integ = integ + inh_kdrive * current
        u1 = u["inh"][j] if refractory else integ
        fire = not refractory and u1 >= inh_thv
        u["inh"][j] = u1 - (inh_thv - 0.0) if fire else u1
        ref["inh"][j] = inh_nref if fire else (ref["inh"][j] - 1 if refractory else 0)
        if fire:
            spikes.append(j)
    fired["inh"][t] = spikes
    # 4. traces; 5. potentiation.
    for pre, post, d, W, rule in projections:
        if not rule:
            continue
        rule.x = [rule.ap * x for x in rule.x]
        rule.y = [rule.am * y for y in rule.y]
        for j in fired[post][t]:
            rule.y[j] = 1.0 if rule.nearest else rule.y[j] + 1.0
    for pre, post, d, W, rule in projections:
        if not rule:
            continue
        for j in fired[post][t]:
            for i in range(len(W)):
                if W[i][j] is not None:
                    W[i][j] = rule.potentiate(W[i][j], i)
    # 6. record.
    for name in ("exc", "inh"):
        rec_spikes[name] += [(t, j) for j in fired[name][t]]
    if (t + 1) % 4 == 0:
        rec_v.append([x - 60.0 for x in u["inh"]])
    if (t + 1) % 100 == 0:
        for k in (0, 1):
            W = projections[k][3]
            rec_w[k].append([w for row in W for w in row if w is not None])

out = sys.argv[1]


def pairs(name):
    shape, flat = npy.load(os.path.join(out, name + ".npy"))
    return [(flat[2 * k], flat[2 * k + 1]) for k in range(shape[0])]


def close(name, got, want, tol=1e-9):
    assert len(got) == len(want), (name, len(got), len(want))
    worst = max((abs(a - b) for a, b in zip(got, want)), default=0.0)
    assert worst <= tol, (name, worst)


assert pairs("exc_spikes") == rec_spikes["exc"], "exc spikes differ"
assert pairs("inh_spikes") == rec_spikes["inh"], "inh spikes differ"
shape, v = npy.load(os.path.join(out, "inh_v.npy"))
assert shape == (STEPS // 4, N_INH), shape
close("inh_v", v, [x for row in rec_v for x in row])
shape, w = npy.load(os.path.join(out, "w_ie.npy"))
close("w_ie", w, [x for row in rec_w[0] for x in row])
shape, w = npy.load(os.path.join(out, "w_ee.npy"))
assert shape == (4, N_EXC, N_EXC), shape
close("w_ee", w, [x for row in rec_w[1] for x in row])
assert rec_spikes["exc"] and rec_spikes["inh"], "the test needs spikes"
print("reference: %d exc spikes, %d inh spikes: ok"
      % (len(rec_spikes["exc"]), len(rec_spikes["inh"])))
