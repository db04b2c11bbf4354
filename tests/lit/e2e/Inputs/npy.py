"""A minimal reader for the NumPy .npy files the runtime writes (format 1.0,
little-endian int64 or float64), so the tests need no numpy."""
import ast
import struct


def load(path):
    """Returns (shape, flat list of values)."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:6] == b"\x93NUMPY", path + ": not an .npy file"
    assert data[6] == 1, path + ": expected format version 1.0"
    header_len = struct.unpack("<H", data[8:10])[0]
    assert (10 + header_len) % 64 == 0, path + ": header not 64-byte aligned"
    header = ast.literal_eval(data[10:10 + header_len].decode("latin1"))
    assert header["fortran_order"] is False
    code = {"<i8": "q", "<f8": "d"}[header["descr"]]
    shape = tuple(header["shape"])
    count = 1
    for d in shape:
        count *= d
    body = data[10 + header_len:]
    assert len(body) == 8 * count, path + ": size does not match the shape"
    return shape, list(struct.unpack("<%d%s" % (count, code), body))
