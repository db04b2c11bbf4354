"""Checks the float dw of a pair at dt = +5 and -5 steps to 1e-12."""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import npy  # noqa: E402

out = sys.argv[1]
plus = 0.5 * math.exp(-5 / 20)     # docs/semantics.md: +0.3894
minus = -0.525 * math.exp(-5 / 20)  # docs/semantics.md: -0.4089
assert abs(plus - 0.3894) < 5e-5 and abs(minus + 0.4089) < 5e-5

_, spikes = npy.load(os.path.join(out, "post_spikes.npy"))
assert spikes == [1, 1, 5, 0, 5, 2], spikes

# Sparse (CSR) projection: one weight per synapse, in CSR order.
shape, w = npy.load(os.path.join(out, "w_final.npy"))
assert shape == (1, 2), shape
_, syn = npy.load(os.path.join(out, "w_final_synapses.npy"))
assert syn == [0, 0, 1, 1], syn
assert abs(w[0] - (4 + plus)) < 1e-12, w[0] - 4
assert abs(w[1] - (4 + minus)) < 1e-12, w[1] - 4

# Dense plastic projection: all 2x3 entries are synapses (initially
# w[0][2] = 4, the rest 0). dt = (post step + 1 - pre delivery step).
shape, d = npy.load(os.path.join(out, "dense_final.npy"))
assert shape == (1, 2, 3), shape
a = math.exp(-1 / 20)
expected = [
    plus,              # pre 0 (step 1) -> post 0 (fires 5): dt = +5
    0.5 * a,           # pre 0 (step 1) -> post 1 (fires 1): dt = +1
    4 + plus,          # pre 0 (step 1) -> post 2 (fires 5): dt = +5
    -0.525 * a,        # post 0 (fires 5) -> pre 1 (step 7): dt = -1
    minus,             # post 1 (fires 1) -> pre 1 (step 7): dt = -5
    -0.525 * a,        # post 2 (fires 5) -> pre 1 (step 7): dt = -1
]
for k, (got, want) in enumerate(zip(d, expected)):
    assert abs(got - want) < 1e-12, (k, got, want)

# Traces: x then y per step; x of pre 0 after its arrival at step 1 is a.
shape, tr = npy.load(os.path.join(out, "traces.npy"))
assert shape == (20, 5), shape
assert abs(tr[1 * 5 + 0] - a) < 1e-15, tr[5]
print("stdp pair: ok")
