#!/usr/bin/env python3
"""Writes a seeded random network of 2 to 4 populations that maps onto a
system of cores (docs/core.md §10: one core per population, routes between
them): lif, cuba_lif and adaptive lif populations, Poisson inputs on some,
a feed-forward chain so that every population hears another one, extra
routes forward and backward (fan-out from one source, loops between cores),
a population's own delayed recurrence on some, and per population one
learning rule (none, stdp, three_factor with a signal modulator, hebbian)
on a random part of its incoming projections, the rest static (register 35,
§10.4). Routed projections have the routes' one-step delay. Used by
three_way.py --system.

usage: random_system.py SEED > net.mlir"""
import hashlib
import random
import sys


def derived_seed(*parts):
    digest = hashlib.sha256(repr(parts).encode()).digest()
    return int.from_bytes(digest[:4], "little")


seed = int(sys.argv[1])
rng = random.Random(seed)
dt = 1.0
count = rng.randint(2, 4)
lines = [f"// random system, seed {seed}", f"snn.network @system_{seed} dt({dt} ms) {{"]
pops = []
for k in range(count):
    n = rng.choice([3, 5, 8, 12])
    model = rng.choice(["lif", "lif", "cuba_lif"])
    tau_m = rng.choice([10.0, 20.0])
    threshold = rng.choice([10.0, 15.0])
    params = (f"tau_m = {tau_m} ms, v_rest = -65.0 mV, v_th = {-65.0 + threshold} mV, "
              f"v_reset = -65.0 mV, t_ref = {rng.choice([0.0, 2.0])} ms, "
              f"reset = {rng.choice(['value', 'subtract'])}")
    gain = 1.0
    if model == "cuba_lif":
        params = params.replace("ms, v_rest", "ms, tau_syn = 5.0 ms, v_rest", 1)
        gain = 5.0 / tau_m
    elif rng.random() < 0.3:
        params += f", tau_th = 50.0 ms, th_jump = {rng.choice([0.5, 2.0])} mV"
    lines.append(f"  %q{k} = snn.population @q{k} {model}<{params}> : !snn.pop<{n}>")
    pops.append({"n": n, "threshold": threshold, "gain": gain, "into": []})

modulated = False
projections = 0


def project(pre, pre_size, post, w, delay, kind):
    """Adds projection pre -> population post; returns its name."""
    global projections
    name = f"pr{projections}"
    projections += 1
    p = rng.choice([0.5, 1.0])
    n = pops[post]["n"]
    lines.append(f"  %{name} = snn.projection @{name} %{pre} -> %q{post} "
                 f"fixed_probability<p = {p}, seed = {derived_seed(seed, name)}, "
                 f"weight = {w}> delay({delay} ms) : !snn.proj<{pre_size}, {n}>")
    pops[post]["into"].append((name, pre_size, w, kind))


for k, pop in enumerate(pops):
    # Population 0 always has inputs, the others sometimes.
    if k == 0 or rng.random() < 0.5:
        m = rng.choice([8, 16])
        rate = rng.choice([20.0, 40.0])
        lines.append(f"  %in{k} = snn.poisson_source @in{k} rate({rate} Hz) "
                     f"seed({derived_seed(seed, 'in', k)}) : !snn.pop<{m}>")
        w = round(min(pop["threshold"] / (m * rate * 1e-3 * 10.0) / pop["gain"] * 1.5,
                      0.5 * pop["threshold"]), 3)
        project(f"in{k}", m, k, w, dt, "input")
# A chain so that every population hears the one before, then extra routes
# (backward ones close loops between cores; two from one source fan out).
edges = [(k - 1, k) for k in range(1, count)]
for _ in range(rng.randint(0, count)):
    a, b = rng.sample(range(count), 2)
    if (a, b) not in edges:
        edges.append((a, b))
for a, b in edges:
    w = round(0.6 * pops[b]["threshold"] / pops[b]["gain"] * rng.uniform(0.5, 1.0), 3)
    if rng.random() < 0.25:
        w = -w  # an inhibitory route
    project(f"q{a}", pops[a]["n"], b, w, dt, "route")
for k, pop in enumerate(pops):
    if rng.random() < 0.4:
        w = round(0.1 * pop["threshold"] / pop["gain"], 3)
        project(f"q{k}", pop["n"], k, w, dt * rng.choice([1, 2, 3]), "recurrent")

for k, pop in enumerate(pops):
    kind = rng.choice(["none", "stdp", "three_factor", "hebbian"])
    if kind == "none":
        continue
    scale = max(abs(w) for _, _, w, _ in pop["into"])
    low = 0.0 if all(w >= 0 for _, _, w, _ in pop["into"]) else round(-1.5 * scale, 3)
    high = round(1.5 * scale, 3)
    modulator = ""
    if kind == "stdp":
        rule = (f"stdp<a_plus = {round(scale * 0.05, 5)}, a_minus = {round(scale * 0.055, 5)}, "
                f"tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = {low}, w_max = {high}, "
                f"rounding = {rng.choice(['stochastic', 'nearest'])}>")
    elif kind == "three_factor":
        if not modulated:
            changes = ", ".join(f"{t}.0 ms = {rng.choice([-1.0, -0.4, 0.3, 1.0])}"
                                for t in sorted(rng.sample(range(0, 200), 3)))
            lines.append(f"  %mod = snn.signal_source @mod steps [{changes}] : !snn.signal")
            modulated = True
        rule = (f"three_factor<a_plus = {round(scale * 0.2, 5)}, a_minus = {round(scale * 0.21, 5)}, "
                f"tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = 100.0 ms, eta = 0.1, "
                f"w_min = {low}, w_max = {high}>")
        modulator = " modulator(%mod : !snn.signal)"
    else:
        rule = (f"hebbian<eta = {round(scale * 0.02, 5)}, tau = 20.0 ms, "
                f"w_min = {low}, w_max = {high}>")
    chosen = [p for p in pop["into"] if rng.random() < 0.6] or pop["into"][:1]
    for name, m, _, _ in chosen:
        lines.append(f"  snn.plasticity %{name} {rule}{modulator} : !snn.proj<{m}, {pop['n']}>")
for k, pop in enumerate(pops):
    lines.append(f"  snn.probe @s{k} spikes %q{k} : !snn.pop<{pop['n']}>")
lines.append("}")
print("\n".join(lines))
