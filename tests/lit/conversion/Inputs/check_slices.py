#!/usr/bin/env python3
"""Checks a split mapping (docs/core.md §10.7) against the unsplit one.

Both files are plasticc-opt --convert-snn-to-core outputs in generic form
with decimal tensors, one with core-neurons = 1024 (WHOLE) and one with a
smaller core-neurons (SPLIT). For every population that SPLIT maps onto
several cores, its slices must be lo_s = floor(s * size / S), each core N =
its size rounded up to a power of two (at least 4), and hold the unsplit
core's registers (everything but the seeds and its size), the unsplit
crossbar's columns lo_s .. lo_{s+1} - 1 (padding columns without synapses)
and its initial u. A recurrence is laid out at padded positions (§10.7):
slice s's block starts N_0 + ... + N_{s-1} rows after the unsplit
recurrence's first row and spans N_s rows (rows of padding neurons without
synapses), which is its recurrent_offset; the rows after the recurrence,
M and P move by the difference of the two recurrences' spans (the unsplit
one spans N rows when other rows follow it, §10.4, else its size).

usage: check_slices.py WHOLE SPLIT"""
import re
import sys

PER_SLICE = {"sym_name", "population_size", "neurons", "seed_neuron", "seed_learn",
             "recurrent_offset", "weights", "initial_u", "axons", "plastic_axons"}


def core_size(size):
    return max(4, 1 << (size - 1).bit_length())


def split_top(text):
    """Splits on commas outside brackets and quotes."""
    parts, depth, quoted, start = [], 0, False, 0
    for k, c in enumerate(text):
        if c == '"':
            quoted = not quoted
        elif not quoted and c in "[(<{":
            depth += 1
        elif not quoted and c in "])>}":
            depth -= 1
        elif not quoted and depth == 0 and c == ",":
            parts.append(text[start:k].strip())
            start = k + 1
    parts.append(text[start:].strip())
    return parts


def tensor(value):
    """dense<[[1, 2], ...]> : tensor<..> or dense<-5> : tensor<4xi16> -> list."""
    body = re.match(r"dense<(.*)> : tensor<([0-9]+(?:x[0-9]+)*)xi\d+>", value)
    data, shape = body.group(1), [int(d) for d in body.group(2).split("x")]
    if not data.startswith("["):
        count = 1
        for d in shape:
            count *= d
        return shape, [int(data)] * count
    return shape, [int(v) for v in re.findall(r"-?\d+", data)]


def designs(path):
    """{design: [core attrs in order]}"""
    out, current = {}, None
    for line in open(path):
        if '"core.design"' in line:
            current = re.search(r'sym_name = "([^"]+)"', line).group(1)
            out[current] = []
        elif '"core.core"' in line:
            body = re.search(r"<\{(.*)\}>", line).group(1)
            attrs = {}
            for part in split_top(body):
                key, value = part.split(" = ", 1)
                attrs[key.strip()] = value.strip()
            out[current].append(attrs)
    return out


def integer(value):
    return int(value.split(":")[0])


def main(whole_path, split_path):
    whole, split = designs(whole_path), designs(split_path)
    problems = 0
    for design, cores in split.items():
        populations = []
        for core in cores:
            pop = core["population"].strip('"')
            if not populations or populations[-1][0] != pop:
                populations.append((pop, []))
            populations[-1][1].append(core)
        for pop, slices in populations:
            if len(slices) == 1:
                continue
            unsplit = next(c for c in whole[design] if c["population"].strip('"') == pop)
            size = integer(unsplit["population_size"])
            count = len(slices)
            bounds = [s * size // count for s in range(count + 1)]
            (m, n_whole), w_whole = tensor(unsplit["weights"])
            errors = []
            sizes = [bounds[s + 1] - bounds[s] for s in range(count)]
            starts = [sum(core_size(z) for z in sizes[:s]) for s in range(count + 1)]
            recurrent = unsplit["recurrent_enabled"] == "true"
            first = integer(unsplit["recurrent_offset"]) if recurrent else m
            plastic = integer(unsplit["plastic_axons"]) if "plastic_axons" in unsplit else None
            span_whole = (core_size(size) if plastic is not None and first < plastic else size) \
                if recurrent else 0
            grow = starts[count] - span_whole if recurrent else 0

            def whole_row(i):
                """The unsplit row of split row i, or None for a padding row."""
                if i < first:
                    return i
                if i >= first + span_whole + grow:
                    return i - grow
                for t in range(count):
                    if i < first + starts[t + 1]:
                        j = i - first - starts[t]
                        return first + bounds[t] + j if j < sizes[t] else None
            # M is the axon count rounded up to even; the unsplit one's odd
            # count is not known, so an odd growth allows both neighbours.
            m_split = {m + grow} if grow % 2 == 0 else {m + grow - 1, m + grow + 1}
            for s, core in enumerate(slices):
                lo, hi = bounds[s], bounds[s + 1]
                name = core["sym_name"]
                if integer(core["population_size"]) != hi - lo:
                    errors.append(f"{name}: population_size {core['population_size']}, expected {hi - lo}")
                n = max(4, 1 << (hi - lo - 1).bit_length())
                if integer(core["neurons"]) != n:
                    errors.append(f"{name}: neurons {core['neurons']}, expected {n}")
                for key in set(unsplit) | set(core):
                    if key not in PER_SLICE and unsplit.get(key) != core.get(key):
                        errors.append(f"{name}: {key} = {core.get(key)}, unsplit {unsplit.get(key)}")
                if recurrent:
                    expected = first + starts[s]
                    if integer(core["recurrent_offset"]) != expected:
                        errors.append(f"{name}: recurrent_offset {core['recurrent_offset']}, expected {expected}")
                if plastic is not None:
                    expected = plastic + grow if first < plastic else plastic
                    if integer(core.get("plastic_axons", "-1")) != expected:
                        errors.append(f"{name}: plastic_axons {core.get('plastic_axons')}, expected {expected}")
                (rows, cols), w = tensor(core["weights"])
                if rows not in m_split or integer(core["axons"]) != rows or cols != n:
                    errors.append(f"{name}: weights {rows}x{cols}, expected {sorted(m_split)}x{n}")
                    continue
                for i in range(rows):
                    row = whole_row(i)
                    for j in range(n):
                        present = j < hi - lo and row is not None and row < m
                        want = w_whole[row * n_whole + lo + j] if present else -128
                        if w[i * n + j] != want:
                            errors.append(f"{name}: weight ({i}, {j}) = {w[i * n + j]}, expected {want}")
                if "initial_u" in unsplit:
                    u_whole = tensor(unsplit["initial_u"])[1]
                    u = tensor(core["initial_u"])[1]
                    want = u_whole[lo:hi] + [0] * (n - (hi - lo))
                    if u != want:
                        errors.append(f"{name}: initial_u {u}, expected {want}")
            if errors:
                problems += 1
                print(f"@{design}: population {pop}: MISMATCH")
                for e in errors[:10]:
                    print(f"  {e}")
            else:
                print(f"@{design}: population {pop}: {count} slices "
                      f"{[bounds[s + 1] - bounds[s] for s in range(count)]} match the unsplit core")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
