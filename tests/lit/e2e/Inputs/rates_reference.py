"""A straightforward reference for rates.mlir: rate units (§2), hebbian/oja
on their outputs and Miconi's Hebbian trace (§7, with the
norms of #snn.miconi), compared with the compiled program's outputs."""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import npy  # noqa: E402
from hashes import fixed_probability  # noqa: E402

STEPS = 30
fn = {"bias": lambda x: 1.0 / (1.0 + math.exp(-x)), "a": math.tanh, "b": lambda x: 1.0 / (1.0 + math.exp(-x)),
      "c": lambda x: max(x, 0.0)}
euler = {"bias": 0.0, "a": 1.0 / 5.0, "b": 0.0, "c": 1.0 / 2.0}
size = {"bias": 3, "a": 3, "b": 2, "c": 2}
x = {k: [0.0] * n for k, n in size.items()}
r = {}  # (pop, step) -> outputs


def rate(pop, step):
    return r.get((pop, step), [0.0] * size[pop])


class Proj:
    def __init__(self, pre, post, W, delay=1, rule=None, **kw):
        self.pre, self.post, self.W, self.delay, self.rule = pre, post, W, delay, rule
        self.H = [[0.0] * size[post] for _ in range(size[pre])]
        self.__dict__.update(kw)


ca = fixed_probability(0.5, 3, 0.25, 2, 3, False)
projs = [
    Proj("bias", "a", [[2.0, None, None], [None, -1.0, None],
                       [None, None, 1.5]]),
    Proj("a", "b", [[0.5, -0.3], [0.2, 0.8], [-0.6, 0.4]], rule="hebbian",
         eta=0.05, lo=-1.0, hi=1.0),
    Proj("b", "c", [[0.7, 0.7], [0.7, 0.7]], delay=2, rule="oja", eta=0.1,
         lo=-2.0, hi=2.0),
    Proj("c", "c", [[0.0, 0.3], [-0.2, 0.1]], rule="decay", eta=0.2,
         alpha=[[0.5, 0.2], [0.1, -0.4]]),
    Proj("c", "a", ca, rule="clip", eta=0.1, clip=0.5,
         alpha=[[0.3] * 3, [0.3] * 3]),
]
rec = {k: [] for k in ("ra", "rb", "rc", "w_ab", "w_bc", "h_cc", "h_ca")}
for t in range(STEPS):
    h = {k: [0.0] * n for k, n in size.items()}
    for p in projs:
        rp = rate(p.pre, t - p.delay)
        for i in range(size[p.pre]):
            for j in range(size[p.post]):
                if p.W[i][j] is None:
                    continue
                w = p.W[i][j]
                if hasattr(p, "alpha"):
                    w = w + p.alpha[i][j] * p.H[i][j]
                h[p.post][j] = h[p.post][j] + w * rp[i]
    for pop in ("bias", "a", "b", "c"):
        for j in range(size[pop]):
            if euler[pop]:
                x[pop][j] = x[pop][j] + euler[pop] * (h[pop][j] - x[pop][j])
            else:
                x[pop][j] = h[pop][j]
        r[(pop, t)] = [fn[pop](v) for v in x[pop]]
    m = -2.0 if t >= 10 else 1.0
    for p in projs:
        pre, post = rate(p.pre, t - p.delay), rate(p.post, t)
        for i in range(size[p.pre]):
            for j in range(size[p.post]):
                if p.W[i][j] is None or p.rule is None:
                    continue
                xi, yj, w = pre[i], post[j], p.W[i][j]
                if p.rule == "hebbian":
                    p.W[i][j] = max(min(w + p.eta * xi * yj, p.hi), p.lo)
                elif p.rule == "oja":
                    p.W[i][j] = max(min(w + p.eta * yj * (xi - yj * w), p.hi),
                                    p.lo)
                elif p.rule == "decay":
                    p.H[i][j] = (1 - p.eta) * p.H[i][j] + p.eta * (xi * yj)
                else:
                    p.H[i][j] = max(min(p.H[i][j] + m * (xi * yj), p.clip),
                                    -p.clip)
    rec["ra"] += r[("a", t)]
    rec["rb"] += r[("b", t)]
    rec["rc"] += r[("c", t)]
    rec["w_ab"] += [w for row in projs[1].W for w in row]
    rec["w_bc"] += [w for row in projs[2].W for w in row]
    rec["h_cc"] += [0.0] * 4 + [v for row in projs[3].H for v in row]
    rec["h_ca"] += [0.0] * 5 + [v for i, row in enumerate(projs[4].H)
                                for j, v in enumerate(row)
                                if ca[i][j] is not None]

out = sys.argv[1]
for name, want in rec.items():
    _, got = npy.load(os.path.join(out, name + ".npy"))
    assert len(got) == len(want), (name, len(got), len(want))
    if name.startswith("h_"):
        # Trace probes hold x and y first; rate projections leave them 0.
        got = [0.0 if k % (len(want) // STEPS) < (4 if name == "h_cc" else 5)
               else v for k, v in enumerate(got)]
    worst = max(abs(a - b) for a, b in zip(got, want))
    assert worst < 1e-12, (name, worst)
assert any(abs(v) > 1e-3 for v in rec["h_ca"]), "miconi clip never moved"
assert len(set(rec["w_bc"])) > 1, "oja never moved"
print("rates: ok")
