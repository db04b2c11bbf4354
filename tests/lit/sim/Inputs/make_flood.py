"""Writes the flood system of system-flood.test into sys.argv[1]: core a
(N = 64, M = 2; axon 0 fires every neuron) and core b (N = 4, M = 64, no
synapses), nine routes a -> b (first 0, count 64)."""
import os
import sys

out = sys.argv[1]
for name, n, m, row0 in (("a", 64, 2, "64"), ("b", 4, 64, "80")):
    os.makedirs(os.path.join(out, name), exist_ok=True)
    with open(os.path.join(out, name, "manifest.txt"), "w") as f:
        f.write("plasticc-core-image 1\n"
                f"core.neurons = {n}\ncore.axons = {m}\n"
                "neuron.decay_v = 32768\nneuron.threshold = 40\n"
                "mem.weights = weights.hex\n")
    with open(os.path.join(out, name, "weights.hex"), "w") as f:
        for i in range(m):
            for _ in range(n):
                f.write((row0 if i == 0 else "80") + "\n")
with open(os.path.join(out, "system.txt"), "w") as f:
    f.write("plasticc-system-image 1\ncore a a\ncore b b\n")
    f.write("route a b 0 64\n" * 9)
