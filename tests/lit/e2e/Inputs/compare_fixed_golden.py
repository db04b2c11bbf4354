#!/usr/bin/env python3
"""The CPU backend's fixed mode against the golden model, bit for bit.

Compiles a network with `plasticc --target=cpu --numerics=fixed`, runs it
with --core-out, writes the core image and inputs with `plasticc
--target=core-image`, runs `plasticc-sim --model=golden` on them, and
compares every file plasticc-sim writes (given the host's modulator
writes when the image has them): output spikes, state.txt and the
memories (weights, eligibility, neuron state, traces). The first
difference of each file is reported with where it is (step and neuron for
spikes; neuron/axon/synapse and field for the final state) and the run
fails.

A network of several populations maps onto a system of cores
(docs/core.md §10): the image is <net>.system/, and the comparison covers
the system's spikes.txt (<step> <core> <neuron>) and every core's directory.

usage: compare_fixed_golden.py PLASTICC PLASTICC_SIM NET.mlir STEPS WORKDIR
       compare_fixed_golden.py --random PLASTICC PLASTICC_SIM FIRST LAST STEPS
           (seeded networks from random_network.py --fixed, in the cwd)
       compare_fixed_golden.py --random-system PLASTICC PLASTICC_SIM FIRST LAST STEPS
           (seeded 2-4 population networks from random_system.py, in the cwd)
       compare_fixed_golden.py --compare GOLDEN_DIR CPU_DIR NEURONS
A leading --core-neurons=N is passed to both compilations (a population
above N neurons runs as slices over several cores, docs/core.md §10.7); with
--random-system it also makes every recurrence delay one step, which a
split population needs.
       compare_fixed_golden.py --compare-system GOLDEN_DIR CPU_DIR SYSTEM_IMAGE"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATE_FIELDS = ["u", "i", "i2", "theta", "ref", "y"]
CORE_NEURONS = []  # the driver flag, when given
HEX_FILES = {  # file: (what one line is, bits of a signed value or 0)
    "weights.hex": ("synapse", 8),
    "eligibility.hex": ("eligibility", 8),
    "state_u.hex": ("u of neuron", 16),
    "state_i.hex": ("i of neuron", 16),
    "state_theta.hex": ("theta of neuron", 16),
    "state_i_inh.hex": ("i2 of neuron", 16),
    "state_misc.hex": ("y<<8|ref of neuron", 0),
    "trace_pre.hex": ("x of axon", 0),
}


def lines(path):
    with open(path) as f:
        return [l.split() for l in f if l.strip() and not l.startswith("#")]


def signed(text, bits):
    v = int(text, 16)
    return v - (1 << bits) if bits and v >= 1 << (bits - 1) else v


def compare(golden, cpu, neurons):
    """Returns a list of mismatch messages (empty when bit-identical)."""
    problems = []
    gs = {}
    for step, j in lines(os.path.join(golden, "spikes.txt")):
        gs.setdefault(int(step), set()).add(int(j))
    cs = {}
    for step, j in lines(os.path.join(cpu, "spikes.txt")):
        cs.setdefault(int(step), set()).add(int(j))
    for step in sorted(set(gs) | set(cs)):
        exp, got = gs.get(step, set()), cs.get(step, set())
        if exp != got:
            j = min(exp ^ got)
            problems.append(
                f"spikes.txt: first difference at step {step}, neuron {j}: "
                f"expected {'a spike' if j in exp else 'no spike'}, got "
                f"{'a spike' if j in got else 'no spike'}")
            break
    g, c = lines(os.path.join(golden, "state.txt")), lines(os.path.join(cpu, "state.txt"))
    if len(g) != len(c):
        problems.append(f"state.txt: {len(c)} entries, expected {len(g)}")
    for a, b in zip(g, c):
        if a != b:
            what = f"neuron {a[1]}" if a[0] == "n" else f"axon {a[1]}"
            fields = STATE_FIELDS if a[0] == "n" else ["x"]
            k = next((k for k in range(2, len(a)) if k >= len(b) or a[k] != b[k]), 2)
            problems.append(f"state.txt: {what}, {fields[k - 2]}: expected {a[k]}, "
                            f"got {b[k] if k < len(b) else 'nothing'}")
            break
    for name, (what, bits) in HEX_FILES.items():
        g = [l[0] for l in lines(os.path.join(golden, name))]
        c = [l[0] for l in lines(os.path.join(cpu, name))]
        if len(g) != len(c):
            problems.append(f"{name}: {len(c)} entries, expected {len(g)}")
            continue
        for k, (a, b) in enumerate(zip(g, c)):
            if a != b:
                where = (f"axon {k // neurons}, neuron {k % neurons}" if bits == 8
                         else f"{what} {k}")
                problems.append(f"{name}: {where}: expected "
                                f"{signed(a, bits)}, got {signed(b, bits)}")
                break
    return problems


def system_cores(image):
    """The core names of a system image, in core order."""
    return [l[1] for l in lines(os.path.join(image, "system.txt")) if l[0] == "core"]


def compare_system(golden, cpu, image):
    """The system's spikes (step, core, neuron), then each core's files."""
    problems = []
    names = system_cores(image)
    gs, cs = {}, {}
    for path, into in ((golden, gs), (cpu, cs)):
        for step, core, j in lines(os.path.join(path, "spikes.txt")):
            into.setdefault(int(step), set()).add((int(core), int(j)))
    for step in sorted(set(gs) | set(cs)):
        exp, got = gs.get(step, set()), cs.get(step, set())
        if exp != got:
            core, j = min(exp ^ got)
            problems.append(
                f"spikes.txt: first difference at step {step}, core {core} "
                f"(@{names[core] if core < len(names) else '?'}), neuron {j}: expected "
                f"{'a spike' if (core, j) in exp else 'no spike'}, got "
                f"{'a spike' if (core, j) in got else 'no spike'}")
            break
    for name in names:
        for p in compare(os.path.join(golden, name), os.path.join(cpu, name),
                         manifest_neurons(os.path.join(image, name))):
            problems.append(f"@{name}: {p}")
    return problems


def manifest_neurons(image):
    with open(os.path.join(image, "manifest.txt")) as f:
        for line in f:
            if line.startswith("core.neurons"):
                return int(line.split("=")[1])
    raise SystemExit(f"{image}/manifest.txt: no core.neurons")


def run(plasticc, sim, net, steps, work):
    """Runs both sides; returns (problems, number of spikes, image dir)."""
    os.makedirs(work, exist_ok=True)
    exe = os.path.join(work, "net")
    subprocess.run([plasticc, net, "--target=cpu", "--numerics=fixed", "-o", exe] + CORE_NEURONS,
                   check=True)
    subprocess.run([exe, f"--steps={steps}", "--core-out", os.path.join(work, "cpu"), "--quiet"],
                   check=True)
    images = os.path.join(work, "image")
    subprocess.run([plasticc, net, "--target=core-image", f"--steps={steps}", "-o", images]
                   + CORE_NEURONS, check=True, stdout=subprocess.DEVNULL)
    image = next(os.path.join(images, d) for d in sorted(os.listdir(images))
                 if d.endswith(".core") or d.endswith(".system"))
    modulator = os.path.join(image, "modulator.txt")
    extra = ["--modulator", modulator] if os.path.exists(modulator) else []
    subprocess.run([sim, "--model=golden", image, os.path.join(image, "inputs.txt"),
                    f"--steps={steps}", "-o", os.path.join(work, "golden")] + extra,
                   check=True, stdout=subprocess.DEVNULL)
    if image.endswith(".system"):
        problems = compare_system(os.path.join(work, "golden"), os.path.join(work, "cpu"), image)
    else:
        problems = compare(os.path.join(work, "golden"), os.path.join(work, "cpu"),
                           manifest_neurons(image))
    return problems, len(lines(os.path.join(work, "golden", "spikes.txt")))


def report(name, steps, problems, spikes):
    if problems:
        print(f"{name}: MISMATCH after {steps} steps")
        for p in problems:
            print(f"  {p}")
    else:
        print(f"{name}: bit-identical, {steps} steps, {spikes} spikes, final weights and state")


def random_networks(first, last, system=False, prune=False):
    """Writes random_network.py --fixed SEED (or random_system.py SEED) to
    random_SEED.mlir (random_system_SEED.mlir) in the cwd for each seed;
    yields (seed, path). prune: the networks draw pruning too (--prune)."""
    for seed in range(first, last + 1):
        generator = ((["random_system.py"] + (["--recurrent-delay-1"] if CORE_NEURONS else [])
                      if system else ["random_network.py", "--fixed"])
                     + (["--prune"] if prune else []))
        net = subprocess.run([sys.executable, os.path.join(HERE, generator[0])] + generator[1:]
                             + [str(seed)],
                             check=True, capture_output=True, text=True).stdout
        path = f"random_system_{seed}.mlir" if system else f"random_{seed}.mlir"
        with open(path, "w") as f:
            f.write(net)
        yield seed, path


def main(argv):
    if argv and argv[0].startswith("--core-neurons="):
        CORE_NEURONS.append(argv[0])
        argv = argv[1:]
    if argv[:1] == ["--compare"]:
        problems = compare(argv[1], argv[2], int(argv[3]))
        report(argv[2], "all", problems, len(lines(os.path.join(argv[1], "spikes.txt"))))
        return 1 if problems else 0
    if argv[:1] == ["--compare-system"]:
        problems = compare_system(argv[1], argv[2], argv[3])
        report(argv[2], "all", problems, len(lines(os.path.join(argv[1], "spikes.txt"))))
        return 1 if problems else 0
    if argv[:1] in (["--random"], ["--random-system"]):
        system = argv[0] == "--random-system"
        plasticc, sim, first, last, steps = argv[1], argv[2], int(argv[3]), int(argv[4]), int(argv[5])
        failed = 0
        for seed, path in random_networks(first, last, system, prune=True):
            problems, spikes = run(plasticc, sim, path, steps, os.path.splitext(path)[0])
            report(f"seed {seed}", steps, problems, spikes)
            failed += bool(problems)
        print(f"{last - first + 1 - failed} bit-identical, {failed} differ")
        return 1 if failed else 0
    plasticc, sim, net, steps, work = argv[0], argv[1], argv[2], int(argv[3]), argv[4]
    problems, spikes = run(plasticc, sim, net, steps, work)
    report(os.path.basename(net), steps, problems, spikes)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
