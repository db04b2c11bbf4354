"""Checks that a run wrote each probe as .npy and .txt with the documented
shapes. Arguments: DIR then NAME:KIND:DIMS (DIMS like 100 or 1000x100, or *
for any sample shape)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import npy  # noqa: E402

out = sys.argv[1]
for spec in sys.argv[2:]:
    name, kind, dims = spec.split(":")
    dims = None if dims == "*" else tuple(int(d) for d in dims.split("x"))
    shape, values = npy.load(os.path.join(out, name + ".npy"))
    with open(os.path.join(out, name + ".txt")) as f:
        rows = [line.split() for line in f if not line.startswith("#")]
    if kind == "spikes":
        assert len(shape) == 2 and shape[1] == 2, (name, shape)
        steps, idx = values[0::2], values[1::2]
        assert steps == sorted(steps), name + ": steps not ascending"
        assert dims is None or all(0 <= i < dims[0] for i in idx), name
        assert len(rows) == shape[0], name + ": text rows"
    else:
        assert dims is None or shape[1:] == dims, (name, shape, dims)
        _, steps = npy.load(os.path.join(out, name + "_steps.npy"))
        assert len(steps) == shape[0] and len(rows) == shape[0], name
    print("%s: %s %s ok" % (name, kind, shape))
