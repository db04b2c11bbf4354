#!/usr/bin/env python3
"""A split population's probes are one probe over the population
(docs/core.md §10.7): checks the fixed mode's probe files against its own
--core-out files of the slice cores after the run.

- spikes probe: exactly the slices' spikes (system spikes.txt, core k of
  the population's slices), neuron j of slice s as lo_s + j;
- weights probe: its last sample (taken at the last step) holds, for the
  projection's rows, every slice's final weights.hex columns (w * scale,
  NaN where no synapse) at the slice's offset;
- traces probe: its last sample holds the first slice's pre traces of the
  rows, then every slice's post traces y (state.txt), times 1/64.

usage: check_split_probes.py PROBE_DIR CORE_OUT SYSTEM_IMAGE POPULATION
           SPIKES_PROBE WEIGHTS_PROBE FIRST_ROW ROWS W_SCALE TRACES_PROBE"""
import math
import os
import sys


def rows(path):
    with open(path) as f:
        return [l.split() for l in f if l.strip() and not l.startswith("#")]


def main(probes, core_out, image, population, spikes_probe, weights_probe,
         first_row, count, w_scale, traces_probe):
    first_row, count, w_scale = int(first_row), int(count), float(w_scale)
    cores = [r[1] for r in rows(os.path.join(image, "system.txt")) if r[0] == "core"]
    slices = [k for k, name in enumerate(cores)
              if name == population or name.rsplit("_", 1)[0] == population]
    names = [cores[k] for k in slices]

    def manifest(name, key):
        for r in rows(os.path.join(image, name, "manifest.txt")):
            if r[0] == key:
                return int(r[2]) if r[1] == "=" else int(r[1])
        raise SystemExit(f"{name}: no {key}")

    neurons = [manifest(name, "core.neurons") for name in names]
    problems = []
    spikes = rows(os.path.join(probes, spikes_probe + ".txt"))
    # The population's size from the weights probe's width; lo_s of §10.7.
    total = int(open(os.path.join(probes, weights_probe + ".txt")).readline().split()[3]) // count
    bounds = [s * total // len(names) for s in range(len(names) + 1)]
    expected = []
    system = rows(os.path.join(core_out, "spikes.txt"))
    for step, core, j in system:
        if int(core) in slices:
            s = slices.index(int(core))
            expected.append((int(step), bounds[s] + int(j)))
    got = [(int(a), int(b)) for a, b in spikes]
    if sorted(expected) != got:
        problems.append(f"{spikes_probe}: {len(got)} spikes, the slices fired {len(expected)}"
                        f"; first difference {sorted(set(expected) ^ set(got))[:1]}")

    last = rows(os.path.join(probes, weights_probe + ".txt"))[-1]
    values = [float(v) for v in last[1:]]
    for s, name in enumerate(names):
        w = [int(l, 16) for l in open(os.path.join(core_out, name, "weights.hex")).read().split()]
        w = [v - 256 if v >= 128 else v for v in w]
        n = neurons[s]
        for a in range(count):
            for j in range(bounds[s + 1] - bounds[s]):
                q = w[(first_row + a) * n + j]
                want = math.nan if q == -128 else q * w_scale
                have = values[a * total + bounds[s] + j]
                if not (have == want or (math.isnan(have) and math.isnan(want))):
                    problems.append(f"{weights_probe}: row {a}, neuron {bounds[s] + j} "
                                    f"(@{name} neuron {j}): {have}, expected {want}")
                    break

    last = rows(os.path.join(probes, traces_probe + ".txt"))[-1]
    values = [float(v) for v in last[1:]]
    x = {int(r[1]): int(r[2]) for r in rows(os.path.join(core_out, names[0], "state.txt"))
         if r[0] == "a"}
    for a in range(count):
        if values[a] != x[first_row + a] / 64:
            problems.append(f"{traces_probe}: x of row {a}: {values[a]}, expected "
                            f"{x[first_row + a] / 64} (@{names[0]})")
            break
    for s, name in enumerate(names):
        y = {int(r[1]): int(r[7]) for r in rows(os.path.join(core_out, name, "state.txt"))
             if r[0] == "n"}
        for j in range(bounds[s + 1] - bounds[s]):
            if values[count + bounds[s] + j] != y[j] / 64:
                problems.append(f"{traces_probe}: y of neuron {bounds[s] + j}: "
                                f"{values[count + bounds[s] + j]}, expected {y[j] / 64} (@{name})")
                break
    if problems:
        print(f"@{population}: MISMATCH")
        for p in problems:
            print(f"  {p}")
        return 1
    print(f"@{population}: {len(names)} slices {[bounds[s + 1] - bounds[s] for s in range(len(names))]}"
          f" make one probe: {len(got)} spikes, {total} weight columns, {count} + {total} traces")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
