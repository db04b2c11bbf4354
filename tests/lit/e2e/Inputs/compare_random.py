#!/usr/bin/env python3
"""Golden model against the float reference on seeded random networks.

For each seed: write the network (random_network.py), run
`plasticc-ref --compare-golden` for 500 ms of network time, and check the
population's rate error and spike-count correlation against the tolerances
documented in docs/quantization.md. Prints one row per seed and exits 1 if
any network is outside its tolerance.

usage: compare_random.py PLASTICC_REF FIRST_SEED LAST_SEED"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# docs/quantization.md: 500 ms, rate error and spike-count correlation.
TOLERANCE = {False: (0.10, 0.90), True: (0.25, 0.60)}  # plastic -> (rate, corr)
MIN_SPIKES_FOR_CORR = 20
# Networks known to fall outside, each explained in docs/quantization.md.
KNOWN_OUTLIERS = {150, 189}

tool, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
failures = 0
print(f"{'seed':>4} {'plastic':>7} {'float Hz':>9} {'fixed Hz':>9} {'rate err':>8} {'corr':>6}  verdict")
for seed in range(first, last + 1):
    net = subprocess.run([sys.executable, os.path.join(HERE, "random_network.py"), str(seed)],
                         check=True, capture_output=True, text=True).stdout
    dt = float(re.search(r"dt\(([0-9.]+) ms\)", net).group(1))
    plastic = "snn.plasticity" in net
    path = f"random_{seed}.mlir"
    with open(path, "w") as f:
        f.write(net)
    out = f"random_{seed}.out"
    run = subprocess.run([tool, path, f"--steps={round(500 / dt)}", "--compare-golden", "-o", out],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(f"{seed:>4} plasticc-ref failed:\n{run.stderr}")
        failures += 1
        continue
    row = next(l for l in run.stdout.splitlines() if l.startswith("@pop"))
    _, n, float_hz, fixed_hz, err, corr = row.split()
    float_hz, fixed_hz = float(float_hz), float(fixed_hz)
    err = float(err.rstrip("%")) / 100
    max_err, min_corr = TOLERANCE[plastic]
    spikes = float_hz * int(n) * 0.5
    ok = err <= max_err or (float_hz == 0 and fixed_hz == 0)
    # The correlation across neurons says something only when neurons differ:
    # it is skipped with few spikes or when counts vary by less than 15%.
    counts = [0] * int(n)
    for line in open(os.path.join(out, "pop.spikes.txt")):
        if not line.startswith("#"):
            counts[int(line.split()[1])] += 1
    mean = sum(counts) / len(counts)
    cv = (sum((c - mean) ** 2 for c in counts) / len(counts)) ** 0.5 / mean if mean else 0
    if corr != "n/a" and spikes >= MIN_SPIKES_FOR_CORR and cv >= 0.15:
        ok = ok and float(corr) >= min_corr
    verdict = "ok" if ok else "OUT OF TOLERANCE"
    if not ok and seed in KNOWN_OUTLIERS:
        verdict, ok = "known outlier (docs/quantization.md)", True
    failures += not ok
    print(f"{seed:>4} {str(plastic):>7} {float_hz:>9.2f} {fixed_hz:>9.2f} {100 * err:>7.2f}% {corr:>6}  "
          f"{verdict}")
print(f"{last - first + 1 - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
