"""Writes a float64 .npy array: make_npy.py OUT ROWS COLS v0 v1 ..."""
import struct
import sys

out, rows, cols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
values = [float(v) for v in sys.argv[4:]]
assert len(values) == rows * cols
header = "{'descr': '<f8', 'fortran_order': False, 'shape': (%d, %d), }" % (
    rows, cols)
header += " " * ((64 - (10 + len(header) + 1) % 64) % 64) + "\n"
with open(out, "wb") as f:
    f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)))
    f.write(header.encode("latin1"))
    f.write(struct.pack("<%dd" % len(values), *values))
