#!/usr/bin/python3
"""Draws what a run did: a spike raster and the final weight distribution,
fixed point (golden model) against float (reference), as PNG files.

Runs under Debian's own interpreter (python3-matplotlib, python3-numpy)."""
import argparse
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402


def read_pairs(path):
    rows = [l.split() for l in open(path) if l.strip() and not l.startswith("#")]
    return np.array(rows, dtype=np.int64).reshape(-1, 2)


def read_hex_weights(path):
    words = [l.split("//")[0].split("#")[0].strip() for l in open(path)]
    values = np.array([int(w, 16) for w in words if w], dtype=np.int64)
    values[values >= 128] -= 256
    return values


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--spikes", required=True, help="<step> <neuron> per line")
    ap.add_argument("--float-spikes", help="the float reference's spikes")
    ap.add_argument("--dt-ms", type=float, required=True)
    ap.add_argument("--weights-hex", help="golden weights.hex after the run")
    ap.add_argument("--w-lsb-mv", type=float, help="one weight LSB in mV")
    ap.add_argument("--float-weights", help="'pre post w' per line (reference)")
    ap.add_argument("--title", default="")
    ap.add_argument("--out", required=True, help="output file prefix")
    args = ap.parse_args()

    fixed = read_pairs(args.spikes)
    fig, ax = plt.subplots(figsize=(9, 4))
    ax.plot(fixed[:, 0] * args.dt_ms, fixed[:, 1], "|", ms=3, color="tab:blue",
            label="golden (fixed point)")
    if args.float_spikes:
        flt = read_pairs(args.float_spikes)
        ax.plot(flt[:, 0] * args.dt_ms, flt[:, 1] + 0.4, "|", ms=3,
                color="tab:orange", alpha=0.6, label="float reference")
    ax.set_xlabel("time (ms)")
    ax.set_ylabel("neuron")
    ax.set_title(f"{args.title}: spike raster")
    ax.legend(loc="upper right", fontsize=8)
    fig.tight_layout()
    fig.savefig(args.out + "raster.png", dpi=120)
    print(f"wrote {args.out}raster.png ({len(fixed)} spikes)")

    if args.weights_hex and args.w_lsb_mv:
        w = read_hex_weights(args.weights_hex)
        w = w[w != -128] * args.w_lsb_mv
        fig, ax = plt.subplots(figsize=(6, 4))
        bins = 40
        ax.hist(w, bins=bins, alpha=0.6, label="golden (fixed point)")
        if args.float_weights:
            fw = np.loadtxt(args.float_weights, comments="#")[:, 2]
            ax.hist(fw, bins=bins, alpha=0.6, label="float reference")
        ax.set_xlabel("weight (mV)")
        ax.set_ylabel("synapses")
        ax.set_title(f"{args.title}: final weights")
        ax.legend(fontsize=8)
        fig.tight_layout()
        fig.savefig(args.out + "weights.png", dpi=120)
        print(f"wrote {args.out}weights.png ({len(w)} synapses)")


if __name__ == "__main__":
    sys.exit(main())
