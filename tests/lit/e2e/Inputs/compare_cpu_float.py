#!/usr/bin/env python3
"""The CPU backend's float mode against the Eigen float reference on seeded
random networks: both compute docs/semantics.md Part 1 in binary64, so their
spike trains should be identical; the test allows a different spike count of
at most 0.5% (a threshold crossing decided by the last bit of a sum taken in
another order) and reports how many trains are identical.

usage: compare_cpu_float.py PLASTICC PLASTICC_REF FIRST_SEED LAST_SEED"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def spikes(path):
    return [tuple(map(int, l.split())) for l in open(path) if l.strip() and not l.startswith("#")]


plasticc, ref, first, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
failures = identical = 0
for seed in range(first, last + 1):
    net = subprocess.run([sys.executable, os.path.join(HERE, "random_network.py"), str(seed)],
                         check=True, capture_output=True, text=True).stdout
    steps = round(500 / float(re.search(r"dt\(([0-9.]+) ms\)", net).group(1)))
    path = f"random_{seed}.mlir"
    with open(path, "w") as f:
        f.write(net)
    exe = f"./random_{seed}.exe"
    subprocess.run([plasticc, path, "--target=cpu", "-o", exe], check=True)
    subprocess.run([exe, f"--steps={steps}", "--out", f"cpu_{seed}", "--quiet"], check=True,
                   capture_output=True)
    subprocess.run([ref, path, f"--steps={steps}", "-o", f"ref_{seed}"], check=True,
                   capture_output=True)
    cpu = spikes(f"cpu_{seed}/spikes.txt")
    flt = spikes(f"ref_{seed}/pop.spikes.txt")
    same = cpu == flt
    identical += same
    ok = abs(len(cpu) - len(flt)) <= max(1, 0.005 * len(flt))
    failures += not ok
    print(f"seed {seed:>3}: cpu {len(cpu):>6} spikes, reference {len(flt):>6}, "
          f"{'identical' if same else 'differ'}{'' if ok else '  OUT OF TOLERANCE'}")
print(f"{identical} of {last - first + 1} spike trains identical")
print(f"{last - first + 1 - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
