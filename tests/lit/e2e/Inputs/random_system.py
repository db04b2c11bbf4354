#!/usr/bin/env python3
"""Writes a seeded random network of 2 to 4 populations that maps onto a
system of cores (docs/core.md §10): one core per population, projections
between populations (delay one step) as routes, with fan-out, cycles
between populations, two projections from one population into another,
inhibitory (negative) populations, recurrence on a core, and per
population a learning rule (pair STDP, three_factor with a signal
modulator, hebbian, or none) on a random part of its projections while the
rest stay static (rows >= P). The CPU's fixed mode runs it against the
golden system model (compare_fixed_golden.py --random-system).

With --prune, a second generator (so that the networks without it stay as
they were) sometimes adds structural pruning with regrow = 0 (docs/core.md
§11) beside a population's rule, on the same projections.

With --recurrent-delay-1 every recurrence has a delay of one step (the
network is otherwise the same), as a population split over several cores
needs (docs/core.md §10.7; compare_fixed_golden.py --core-neurons=N).

usage: random_system.py [--prune] [--recurrent-delay-1] SEED > net.mlir"""
import hashlib
import random
import sys


def derived_seed(*parts):
    """Independent seeds for the network's sources and connections."""
    digest = hashlib.sha256(repr(parts).encode()).digest()
    return int.from_bytes(digest[:4], "little")


args = sys.argv[1:]
prune = "--prune" in args
recurrent_delay_1 = "--recurrent-delay-1" in args
seed = int([a for a in args if not a.startswith("--")][0])
rng = random.Random(seed)
pruner = random.Random(derived_seed(seed, "prune"))
dt = rng.choice([0.5, 1.0])
k_pops = rng.randint(2, 4)

pops = []
for k in range(k_pops):
    n = rng.choice([3, 8, 20, 40])
    model = rng.choice(["lif", "lif", "cuba_lif", "if", "adaptive"])
    tau_m = rng.choice([10.0, 20.0])
    v_rest = -65.0
    threshold = rng.choice([10.0, 15.0])
    reset = rng.choice(["value", "subtract"])
    t_ref = rng.choice([0.0, 2.0])
    tau_syn = rng.choice([2.0, 5.0])
    if model == "if":
        params = (f"tau_m = {tau_m} ms, v_th = {threshold} mV, v_reset = 0.0 mV, "
                  f"t_ref = {t_ref} ms, reset = {reset}")
    else:
        params = (f"tau_m = {tau_m} ms, v_rest = {v_rest} mV, v_th = {v_rest + threshold} mV, "
                  f"t_ref = {t_ref} ms, reset = {reset}")
        if model == "cuba_lif":
            params = f"tau_syn = {tau_syn} ms, " + params
        if model == "adaptive":
            params += f", tau_th = {rng.choice([30.0, 100.0])} ms, th_jump = 1.0 mV"
    name = "cuba_lif" if model == "cuba_lif" else ("if" if model == "if" else "lif")
    gain = tau_syn / tau_m if model == "cuba_lif" else 1.0
    pops.append(dict(n=n, model=name, params=params, threshold=threshold, gain=gain,
                     tau_m=tau_m, inhibitory=k > 0 and rng.random() < 0.3, incoming=[]))

lines = [f"// random system, seed {seed}", f"snn.network @random_system_{seed} dt({dt} ms) {{"]
for k, p in enumerate(pops):
    kind = "inhibitory" if p["inhibitory"] else "excitatory"
    lines.append(f"  %pop{k} = snn.population @pop{k} {kind} {p['model']}<{p['params']}> : !snn.pop<{p['n']}>")


def weight(post, m, rate, p_conn, sign=1.0):
    """A weight that drives `post` at a few to tens of Hz from m pre neurons."""
    inputs_per_tau = max(m * p_conn * rate * 1e-3 * post["tau_m"], 0.5)
    w = min(post["threshold"] / inputs_per_tau / post["gain"] * rng.uniform(0.9, 1.6),
            0.5 * post["threshold"])
    return round(sign * w, 3)


proj_id = 0
for k, p in enumerate(pops):
    # External drive: every population but an occasional routed-only one.
    if k == 0 or rng.random() < 0.7:
        for s in range(rng.randint(1, 2)):
            m = rng.choice([10, 30, 60])
            rate = rng.choice([10.0, 20.0, 40.0])
            p_conn = rng.choice([0.3, 1.0])
            src = f"in{k}_{s}"
            lines.append(f"  %{src} = snn.poisson_source @{src} rate({rate} Hz) "
                         f"seed({derived_seed(seed, 'in', k, s)}) : !snn.pop<{m}>")
            name = f"x{proj_id}"
            proj_id += 1
            lines.append(f"  %{name} = snn.projection @{name} %{src} -> %pop{k} "
                         f"fixed_probability<p = {p_conn}, seed = {derived_seed(seed, 'p', name)}, "
                         f"weight = {weight(p, m, rate, p_conn)}> "
                         f"delay({round(dt * rng.choice([1, 2]), 3)} ms) : !snn.proj<{m}, {p['n']}>")
            p["incoming"].append((name, m, False))

# Routes: each ordered pair with some probability, forward ones more often;
# a population nothing drives gets one from population 0.
for a, pre in enumerate(pops):
    for b, post in enumerate(pops):
        if a == b:
            continue
        copies = 0
        if rng.random() < (0.6 if a < b else 0.25):
            copies = 2 if rng.random() < 0.15 else 1
        if not post["incoming"] and a == 0 and copies == 0:
            copies = 1
        for _ in range(copies):
            sign = -1.0 if pre["inhibitory"] else 1.0
            p_conn = rng.choice([0.5, 1.0])
            name = f"r{proj_id}"
            proj_id += 1
            lines.append(f"  %{name} = snn.projection @{name} %pop{a} -> %pop{b} "
                         f"fixed_probability<p = {p_conn}, seed = {derived_seed(seed, 'p', name)}, "
                         f"weight = {weight(post, pre['n'], 20.0, p_conn, sign)}> "
                         f"delay({dt} ms) : !snn.proj<{pre['n']}, {post['n']}>")
            post["incoming"].append((name, pre["n"], pre["inhibitory"]))

for k, p in enumerate(pops):
    if rng.random() < 0.3:
        name = f"rec{k}"
        w = round((-1 if p["inhibitory"] else 1) * p["threshold"] * 0.05 / p["gain"], 3)
        rec_delay = rng.choice([1, 3])  # drawn either way: the rest stays the same
        if recurrent_delay_1:
            rec_delay = 1
        lines.append(f"  %{name} = snn.projection @{name} %pop{k} -> %pop{k} "
                     f"fixed_probability<p = 0.2, seed = {derived_seed(seed, 'rec', k)}, weight = {w}> "
                     f"delay({round(dt * rec_delay, 3)} ms) : !snn.proj<{p['n']}, {p['n']}>")
        p["incoming"].append((name, p["n"], p["inhibitory"]))

# One learning rule per population, on a random non-empty part of its
# excitatory projections (Dale's law keeps their weights >= 0); the others,
# inhibitory ones included, stay static.
shared_signal = None
for k, p in enumerate(pops):
    kind = rng.choice(["none", "stdp", "three_factor", "hebbian"])
    excitatory = [proj for proj in p["incoming"] if not proj[2]]
    if kind == "none" or not excitatory:
        continue
    plastic = [proj for proj in excitatory if rng.random() < 0.6] or [excitatory[0]]
    scale = p["threshold"] * 0.3
    lo = 0.0
    hi = round(1.5 * scale, 3)
    modulator = ""
    if kind == "stdp":
        rule = (f"stdp<a_plus = {round(scale * 0.02, 5)}, a_minus = {round(scale * 0.021, 5)}, "
                f"tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = {lo}, w_max = {hi}, "
                f"rounding = {rng.choice(['stochastic', 'nearest'])}, "
                f"pairing = {rng.choice(['all_to_all', 'nearest'])}>")
    elif kind == "three_factor":
        # Sometimes one signal modulates two cores (one register each).
        if shared_signal is None or rng.random() < 0.5:
            shared_signal = f"mod{k}"
            changes = ", ".join(f"{t}.0 ms = {rng.choice([-1.0, -0.4, 0.0, 0.3, 1.0])}"
                                for t in sorted(rng.sample(range(0, 400), 4)))
            lines.append(f"  %{shared_signal} = snn.signal_source @{shared_signal} steps [{changes}] : !snn.signal")
        rule = (f"three_factor<a_plus = {round(scale * 0.2, 5)}, a_minus = {round(scale * 0.21, 5)}, "
                f"tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = {rng.choice([50.0, 200.0])} ms, "
                f"eta = {rng.choice([0.01, 0.1])}, w_min = {lo}, w_max = {hi}>")
        modulator = f" modulator(%{shared_signal} : !snn.signal)"
    else:
        rule = (f"hebbian<eta = {round(scale * rng.choice([0.005, 0.05]), 5)}, tau = 20.0 ms, "
                f"w_min = {lo}, w_max = {hi}>")
    for name, m, _ in plastic:
        lines.append(f"  snn.plasticity %{name} {rule}{modulator} : !snn.proj<{m}, {p['n']}>")
    if prune and pruner.random() < 0.4:
        structural = (f"structural<threshold = {round(scale * pruner.choice([0.2, 0.5, 1.0]), 5)}, "
                      f"every = {pruner.choice([1, 7, 50])}, regrow = 0>")
        for name, m, _ in plastic:
            lines.append(f"  snn.plasticity %{name} {structural} : !snn.proj<{m}, {p['n']}>")

for k, p in enumerate(pops):
    lines.append(f"  snn.probe @spikes{k} spikes %pop{k} : !snn.pop<{p['n']}>")
lines.append("}")
print("\n".join(lines))
