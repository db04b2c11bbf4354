"""Checks the LIF worked example (docs/semantics.md Part 3, float column)."""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import npy  # noqa: E402

out = sys.argv[1]
shape, v = npy.load(os.path.join(out, "v.npy"))
assert shape == (8, 1), shape
_, steps = npy.load(os.path.join(out, "v_steps.npy"))
assert steps == list(range(8)), steps
shape, spikes = npy.load(os.path.join(out, "s.npy"))
assert shape == (1, 2) and spikes == [4, 0], (shape, spikes)

# The table's float column (4 decimals), table step s = our step s + 1.
table = [5.4290, 10.3414, 14.7863, 0.0, 0.0, 0.0, 5.4290]
# The exact arithmetic of §2: u <- a (u + in), reset to 0, two refractory steps.
a = math.exp(-0.1)
u0 = 6 * a
u1 = a * (u0 + 6)
u2 = a * (u1 + 6)
exact = [u0, u1, u2, 0.0, 0.0, 0.0, u0]
u = [x + 65.0 for x in v]
assert u[0] == 0.0, u[0]
for s in range(7):
    assert abs(u[s + 1] - table[s]) < 5e-5, (s, u[s + 1], table[s])
    assert abs(u[s + 1] - exact[s]) < 1e-12, (s, u[s + 1], exact[s])
# The text form carries the same numbers.
with open(os.path.join(out, "v.txt")) as f:
    rows = [line.split() for line in f if not line.startswith("#")]
assert [int(r[0]) for r in rows] == list(range(8))
assert all(abs(float(r[1]) - x) < 1e-12 for r, x in zip(rows, v))
print("lif worked example: ok")
