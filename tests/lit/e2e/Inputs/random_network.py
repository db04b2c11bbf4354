#!/usr/bin/env python3
"""Writes a seeded random network that one v1 core can run: one LIF or
cuba_lif population, one to three Poisson sources with random rates,
fixed-probability or dense random weights, optionally a recurrent
projection and pair STDP with stochastic rounding. Used to compare the
golden model with the float reference on networks nobody hand-picked.

usage: random_network.py SEED > net.mlir"""
import hashlib
import random
import sys


def derived_seed(*parts):
    """Independent seeds for the network's sources and connections."""
    digest = hashlib.sha256(repr(parts).encode()).digest()
    return int.from_bytes(digest[:4], "little")


seed = int(sys.argv[1])
rng = random.Random(seed)
dt = rng.choice([0.1, 0.5, 1.0])
n = rng.choice([4, 10, 25, 60])
model = rng.choice(["lif", "cuba_lif"])
tau_m = rng.choice([10.0, 20.0])
v_rest, v_th = -65.0, -65.0 + rng.choice([10.0, 15.0, 20.0])
v_reset = v_rest + rng.choice([0.0, -5.0])
t_ref = rng.choice([0.0, 2.0])
reset = rng.choice(["value", "subtract"])
params = (f"tau_m = {tau_m} ms, v_rest = {v_rest} mV, v_th = {v_th} mV, "
          f"v_reset = {v_reset} mV, t_ref = {t_ref} ms, reset = {reset}")
tau_syn = rng.choice([2.0, 5.0])
if model == "cuba_lif":
    params = params.replace("ms, v_rest", f"ms, tau_syn = {tau_syn} ms, v_rest", 1)

plastic = rng.random() < 0.5
lines = [f"// random network, seed {seed}", f"snn.network @random_{seed} dt({dt} ms) {{"]
lines.append(f"  %pop = snn.population @pop excitatory {model}<{params}> : !snn.pop<{n}>")
# Scale the drive so that the population fires at a few to tens of Hz: a
# spike moves u by w (lif) or by about w tau_syn / tau_m (cuba_lif).
threshold = v_th - v_rest
gain = tau_syn / tau_m if model == "cuba_lif" else 1.0
projections = []
for k in range(rng.randint(1, 3)):
    m = rng.choice([20, 50, 100])
    rate = rng.choice([5.0, 10.0, 20.0, 40.0])
    p = rng.choice([0.2, 0.5, 1.0])
    inputs_per_tau = m * p * rate * 1e-3 * tau_m
    # Single inputs stay below half the threshold: a network driven by a
    # few huge weights measures saturation, not rounding.
    w = round(min(threshold / inputs_per_tau / gain * rng.uniform(0.9, 1.6),
                  0.5 * threshold), 3)
    delay = round(dt * rng.choice([1, 2]), 3)
    lines.append(f"  %in{k} = snn.poisson_source @in{k} rate({rate} Hz) seed({derived_seed(seed, 'in', k)}) : !snn.pop<{m}>")
    lines.append(f"  %p{k} = snn.projection @p{k} %in{k} -> %pop "
                 f"fixed_probability<p = {p}, seed = {derived_seed(seed, 'p', k)}, weight = {w}> "
                 f"delay({delay} ms) : !snn.proj<{m}, {n}>")
    projections.append((f"%p{k}", m, w))
if rng.random() < 0.5:
    w = round(threshold * 0.05 / gain, 3)
    lines.append(f"  %rec = snn.projection @rec %pop -> %pop fixed_probability<p = 0.2, seed = {derived_seed(seed, 'rec')}, weight = {w}> "
                 f"delay({round(dt * rng.choice([1, 3]), 3)} ms) : !snn.proj<{n}, {n}>")
    projections.append(("%rec", n, w))
if plastic:
    # The v1 core applies one STDP rule to all its synapses.
    scale = max(w for _, _, w in projections)
    rule = (f"stdp<a_plus = {round(scale * 0.02, 5)}, a_minus = {round(scale * 0.021, 5)}, "
            f"tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = {round(1.5 * scale, 3)}, "
            f"rounding = stochastic>")
    for name, m, _ in projections:
        lines.append(f"  snn.plasticity {name} {rule} : !snn.proj<{m}, {n}>")
lines.append(f"  snn.probe @spikes spikes %pop : !snn.pop<{n}>")
lines.append("}")
print("\n".join(lines))
