#!/usr/bin/env python3
"""Writes a seeded random network that one v1 core can run: one LIF or
cuba_lif population, one to three Poisson sources with random rates,
fixed-probability or dense random weights, optionally a recurrent
projection and pair STDP with stochastic rounding. Used to compare the
golden model with the float reference on networks nobody hand-picked.

With --fixed the network also draws, from a second generator (so the
networks without it stay as they were), what else the core runs: the if
and li models, an adaptive threshold, a constant current, an initial
voltage, given input spikes, a second (inhibitory) current, nearest
pairing, multiplicative bounds, rounding to nearest, three_factor with a
signal modulator, hebbian and oja -- the random networks of the CPU's fixed mode against
the golden model (compare_fixed_golden.py).

With --prune as well, a third generator (so that the --fixed networks stay
as they were) sometimes adds structural pruning with regrow = 0 (docs/core.md
§11): on every projection beside the weight rule, or alone on the first
projection (the others static, rows >= P); threshold and period drawn.

usage: random_network.py [--fixed [--prune]] SEED > net.mlir"""
import hashlib
import random
import sys


def derived_seed(*parts):
    """Independent seeds for the network's sources and connections."""
    digest = hashlib.sha256(repr(parts).encode()).digest()
    return int.from_bytes(digest[:4], "little")


fixed = "--fixed" in sys.argv[1:]
prune = fixed and "--prune" in sys.argv[1:]
seed = int([a for a in sys.argv[1:] if not a.startswith("--")][0])
rng = random.Random(seed)
extra = random.Random(seed * 7919 + 17)
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
if fixed:
    variant = extra.choice(["same", "same", "if", "li", "adaptive"])
    if variant == "if":
        model = "if"
        params = (f"tau_m = {tau_m} ms, v_th = {v_th - v_rest} mV, v_reset = {v_reset - v_rest} mV, "
                  f"t_ref = {t_ref} ms, reset = {reset}")
    elif variant == "li":
        model = "li"
        params = f"tau_m = {tau_m} ms, v_rest = {v_rest} mV"
    elif variant == "adaptive":
        params += f", tau_th = {extra.choice([30.0, 100.0])} ms, th_jump = {extra.choice([0.5, 2.0])} mV"
    if extra.random() < 0.3 and model != "if":
        params += f", v_init = {v_rest + extra.choice([-3.0, 4.0])} mV"
inhibitory = fixed and model == "cuba_lif" and extra.random() < 0.5
if inhibitory:
    # A second synaptic current for the negative weights.
    params += f", tau_syn_inh = {extra.choice([3.0, 10.0])} ms"

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
    if fixed and model == "cuba_lif":
        # The quantized current leaks a little faster; keep the rates up.
        w = round(min(2 * w, 0.5 * threshold), 3)
    delay = round(dt * rng.choice([1, 2]), 3)
    lines.append(f"  %in{k} = snn.poisson_source @in{k} rate({rate} Hz) seed({derived_seed(seed, 'in', k)}) : !snn.pop<{m}>")
    lines.append(f"  %p{k} = snn.projection @p{k} %in{k} -> %pop "
                 f"fixed_probability<p = {p}, seed = {derived_seed(seed, 'p', k)}, weight = {w}> "
                 f"delay({delay} ms) : !snn.proj<{m}, {n}>")
    projections.append((f"%p{k}", m, w))
if inhibitory:
    m = extra.choice([10, 30])
    w = -round(0.08 * threshold / gain, 3)
    lines.append(f"  %inh = snn.poisson_source @inh rate({extra.choice([10.0, 30.0])} Hz) seed({derived_seed(seed, 'inh')}) : !snn.pop<{m}>")
    lines.append(f"  %pi = snn.projection @pi %inh -> %pop fixed_probability<p = 0.5, seed = {derived_seed(seed, 'pi')}, weight = {w}> "
                 f": !snn.proj<{m}, {n}>")
    projections.append(("%pi", m, w))
given = fixed and extra.random() < 0.4
if given:
    # Inline spikes, some on the same step (merged or FIFO-ordered).
    m = extra.choice([3, 8])
    times = sorted(round(extra.uniform(0, 200) / dt) * dt for _ in range(3 * m))
    spikes = ", ".join(f"({extra.randrange(m)}, {round(t, 3)} ms)" for t in times)
    w = round(0.4 * threshold, 3)
    lines.append(f"  %given = snn.spike_source @given spikes [{spikes}] : !snn.pop<{m}>")
    lines.append(f"  %pg = snn.projection @pg %given -> %pop all_to_all<weight = {w}> "
                 f"delay({round(dt * extra.choice([1, 4]), 3)} ms) : !snn.proj<{m}, {n}>")
    projections.append(("%pg", m, w))
if fixed and extra.random() < 0.3:
    lines.append(f"  snn.current_source @bias %pop constant({extra.choice([0.05, 0.2])} nA) : !snn.pop<{n}>")
if rng.random() < 0.5 and model != "li":
    w = round(threshold * 0.05 / gain, 3)
    lines.append(f"  %rec = snn.projection @rec %pop -> %pop fixed_probability<p = 0.2, seed = {derived_seed(seed, 'rec')}, weight = {w}> "
                 f"delay({round(dt * rng.choice([1, 3]), 3)} ms) : !snn.proj<{n}, {n}>")
    projections.append(("%rec", n, w))
if plastic and model != "li":  # li never spikes: nothing to pair
    # The v1 core applies one STDP rule to all its synapses.
    scale = max(abs(w) for _, _, w in projections)
    rule = (f"stdp<a_plus = {round(scale * 0.02, 5)}, a_minus = {round(scale * 0.021, 5)}, "
            f"tau_plus = 20.0 ms, tau_minus = 20.0 ms, w_min = 0.0, w_max = {round(1.5 * scale, 3)}, "
            f"rounding = stochastic>")
    if fixed:
        rule = rule.replace("rounding = stochastic", ", ".join([
            f"rounding = {extra.choice(['stochastic', 'nearest'])}",
            f"pairing = {extra.choice(['all_to_all', 'nearest'])}",
            f"bounds = {extra.choice(['additive', 'multiplicative'])}"]))
    modulator = ""
    # Dale's law: the recurrent (excitatory) weights stay non-negative.
    w_low = 0.0 if any(name == "%rec" for name, _, _ in projections) else round(-1.5 * scale, 3)
    kind = extra.choice(["stdp", "stdp", "three_factor", "hebbian"]) if fixed else "stdp"
    if kind == "three_factor":
        changes = ", ".join(f"{t}.0 ms = {extra.choice([-1.0, -0.4, 0.0, 0.3, 1.0])}"
                            for t in sorted(extra.sample(range(0, 400), 4)))
        lines.append(f"  %mod = snn.signal_source @mod steps [{changes}] : !snn.signal")
        rule = (f"three_factor<a_plus = {round(scale * 0.2, 5)}, a_minus = {round(scale * 0.21, 5)}, "
                f"tau_plus = 20.0 ms, tau_minus = 20.0 ms, tau_e = {extra.choice([50.0, 200.0])} ms, "
                f"eta = {extra.choice([0.01, 0.1])}, w_min = {w_low}, "
                f"w_max = {round(1.5 * scale, 3)}>")
        modulator = " modulator(%mod : !snn.signal)"
    elif kind == "hebbian":
        rule = (f"hebbian<eta = {round(scale * extra.choice([0.005, 0.05]), 5)}, tau = 20.0 ms, "
                f"w_min = {w_low}, w_max = {round(1.5 * scale, 3)}>")
        # Half of them Oja's rule, on the same unit (eta < 1: the decay term
        # takes it as a pure number).
        if extra.random() < 0.5:
            rule = (f"oja<eta = {extra.choice([0.01, 0.1, 0.3])}, tau = 20.0 ms, "
                    f"w_min = {w_low}, w_max = {round(1.5 * scale, 3)}>")
    for name, m, _ in projections:
        lines.append(f"  snn.plasticity {name} {rule}{modulator} : !snn.proj<{m}, {n}>")
pruner = random.Random(derived_seed(seed, "prune"))
if prune and pruner.random() < 0.4:
    # A weight rule applies to every projection, so pruning does too (the
    # core's plastic group shares both); without one it makes the first
    # projection plastic on its own.
    learned = plastic and model != "li"
    targets = projections if learned else projections[:1]
    scale = max(abs(w) for _, _, w in projections)
    structural = (f"structural<threshold = {round(scale * pruner.choice([0.3, 0.6, 0.9]), 5)}, "
                  f"every = {pruner.choice([1, 7, 50, 200])}, regrow = 0>")
    for name, m, _ in targets:
        lines.append(f"  snn.plasticity {name} {structural} : !snn.proj<{m}, {n}>")
if model == "li":
    lines.append(f"  snn.probe @v voltage %pop : !snn.pop<{n}>")
else:
    lines.append(f"  snn.probe @spikes spikes %pop : !snn.pop<{n}>")
lines.append("}")
print("\n".join(lines))
