#!/usr/bin/env python3
"""Three executions of one network, bit for bit (issue 6): the CPU binary in
fixed mode (`plasticc --target=cpu --numerics=fixed`, run with --core-out),
the golden model (`plasticc-sim --model=golden` on the image of
`plasticc --target=verilator`) and the Verilated RTL of that same compiled
design (its `<core>-sim`). Every file plasticc-sim writes must be identical
in all three (output spikes, final weights, eligibility, neuron state and
traces; compare_fixed_golden.compare reports where they first differ), and
the RTL must take exactly the golden model's number of core cycles (measured
on the RTL; its synaptic ops are derived from the image and the spikes, so
they agree whenever the spikes do).

A network of several populations runs as a system (docs/core.md §10): the
image is OUTDIR/<design>.system, the RTL is the system top's simulator
OUTDIR/<design>-sim, and the files are spikes.txt (`<step> <core>
<neuron>`) plus one directory per core; every core's files are compared as
above, and the RTL's system cycles (tick to the next tick's acceptance,
measured) must equal the golden model's SystemStepStats::totalCycles().

usage: three_way.py [--core-neurons=N] PLASTICC PLASTICC_SIM NET.mlir STEPS WORKDIR
       three_way.py --random PLASTICC PLASTICC_SIM FIRST LAST STEPS
           (seeded networks from random_network.py --fixed, in the cwd)
       three_way.py --random-system PLASTICC PLASTICC_SIM FIRST LAST STEPS
           (seeded systems from random_system.py, in the cwd)"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from compare_fixed_golden import (compare, compare_system, manifest_neurons,  # noqa: E402
                                  random_networks)

SUMMARY = re.compile(r"(\d+) steps, (\d+) output spikes, (\d+) synaptic ops, (\d+) core cycles")
SYSTEM_SUMMARY = re.compile(
    r"(\d+) steps, (\d+) cores, (\d+) output spikes, (\d+) synaptic ops, "
    r"(\d+) system cycles(.*)")
CORE_NEURONS = []  # --core-neurons=N for both compilations, when given


def summary(text, pattern=SUMMARY):
    m = pattern.search(text)
    if not m:
        raise SystemExit("no summary line in:\n" + text)
    return tuple(int(g) if g.isdigit() else g for g in m.groups())


def run(plasticc, sim, net, steps, work):
    """Returns (problems, spikes, cycles); a tool that fails is a problem."""
    try:
        return run_tools(plasticc, sim, net, steps, work)
    except subprocess.CalledProcessError as e:
        said = (e.stderr or "").strip().splitlines()
        said = [l for l in said if "error" in l] or said[-1:]
        return [f"{' '.join(map(str, e.cmd))} exited {e.returncode}: "
                f"{said[0] if said else ''}"], 0, 0


def run_tools(plasticc, sim, net, steps, work):
    os.makedirs(work, exist_ok=True)
    hw = os.path.join(work, "hw")
    subprocess.run([plasticc, net, "--target=verilator", f"--steps={steps}", "-o", hw] + CORE_NEURONS,
                   check=True, capture_output=True, text=True)
    systems = [d for d in sorted(os.listdir(hw)) if d.endswith(".system")]
    if systems:
        return run_system(plasticc, sim, net, steps, work, os.path.join(hw, systems[0]))
    image = next(os.path.join(hw, d) for d in sorted(os.listdir(hw)) if d.endswith(".core"))
    golden, rtl = run_three(plasticc, sim, net, steps, work, image, ".core")

    neurons = manifest_neurons(image)
    problems = [f"rtl {p}" for p in compare(os.path.join(work, "golden"),
                                             os.path.join(work, "rtl"), neurons)]
    problems += [f"cpu {p}" for p in compare(os.path.join(work, "golden"),
                                              os.path.join(work, "cpu"), neurons)]
    g, r = summary(golden), summary(rtl)
    if g != r:
        problems.append(f"rtl summary (steps, spikes, synaptic ops, cycles) {r}, "
                        f"golden {g}")
    return problems, g[1], g[3]


def run_three(plasticc, sim, net, steps, work, image, suffix):
    """Runs the golden model and the Verilated design on the compiled image
    (a .core or .system directory) and the fixed-mode CPU binary; writes
    work/{golden,rtl,cpu} and returns the golden and RTL summary output."""
    rtl_sim = image[:-len(suffix)] + "-sim"
    inputs = os.path.join(image, "inputs.txt")
    modulator = os.path.join(image, "modulator.txt")
    extra = ["--modulator", modulator] if os.path.exists(modulator) else []
    golden = subprocess.run([sim, "--model=golden", image, inputs, f"--steps={steps}",
                             "-o", os.path.join(work, "golden")] + extra,
                            check=True, capture_output=True, text=True).stdout
    rtl = subprocess.run([rtl_sim, "--image", image, inputs, f"--steps={steps}",
                          "-o", os.path.join(work, "rtl")] + extra,
                         check=True, capture_output=True, text=True).stdout
    exe = os.path.join(work, "net")
    subprocess.run([plasticc, net, "--target=cpu", "--numerics=fixed", "-o", exe] + CORE_NEURONS,
                   check=True, capture_output=True, text=True)
    subprocess.run([exe, f"--steps={steps}", "--core-out", os.path.join(work, "cpu"), "--quiet"],
                   check=True, capture_output=True, text=True)
    return golden, rtl


def run_system(plasticc, sim, net, steps, work, image):
    golden, rtl = run_three(plasticc, sim, net, steps, work, image, ".system")

    problems = []
    for side in ("rtl", "cpu"):
        problems += [f"{side} {p}" for p in compare_system(
            os.path.join(work, "golden"), os.path.join(work, side), image)]
    g = summary(golden, SYSTEM_SUMMARY)
    r = summary(rtl, SYSTEM_SUMMARY)
    if g != r:
        problems.append(f"rtl summary (steps, cores, spikes, synaptic ops, system cycles, "
                        f"overflows) {r}, golden {g}")
    return problems, g[2], g[4], g[1]


def report(name, steps, problems, spikes, cycles, cores=None):
    if problems:
        print(f"{name}: MISMATCH after {steps} steps")
        for p in problems:
            print(f"  {p}")
    else:
        print(f"{name}: three-way identical, {steps} steps, {spikes} spikes, "
              + (f"{cores} cores, {cycles} system cycles" if cores else f"{cycles} core cycles"))


def main(argv):
    if argv and argv[0].startswith("--core-neurons="):
        CORE_NEURONS.append(argv[0])
        argv = argv[1:]
    if argv[:1] == ["--random-system"]:
        plasticc, sim, first, last, steps = argv[1], argv[2], int(argv[3]), int(argv[4]), int(argv[5])
        failed = 0
        for seed, path in random_networks(first, last, system=True):
            result = run(plasticc, sim, path, steps, os.path.splitext(path)[0])
            report(f"system seed {seed}", steps, *result)
            failed += bool(result[0])
        print(f"{last - first + 1 - failed} systems three-way identical, {failed} differ")
        return 1 if failed else 0
    if argv[:1] == ["--random"]:
        plasticc, sim, first, last, steps = argv[1], argv[2], int(argv[3]), int(argv[4]), int(argv[5])
        failed = 0
        for seed, path in random_networks(first, last):
            result = run(plasticc, sim, path, steps, f"random_{seed}")
            report(f"seed {seed}", steps, *result)
            failed += bool(result[0])
        print(f"{last - first + 1 - failed} three-way identical, {failed} differ")
        return 1 if failed else 0
    plasticc, sim, net, steps, work = argv[0], argv[1], argv[2], int(argv[3]), argv[4]
    result = run(plasticc, sim, net, steps, work)
    report(os.path.basename(net), steps, *result)
    return 1 if result[0] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
