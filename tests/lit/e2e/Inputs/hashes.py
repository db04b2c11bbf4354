"""The counter-based hash of docs/semantics.md §14 and what is drawn from it
(Poisson thresholds, fixed_probability connectivity), for the references."""
import math

MASK = (1 << 64) - 1


def splitmix64(z):
    z = (z + 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def h(seed, a, b):
    return splitmix64(splitmix64(splitmix64(seed) ^ a) ^ b)


def threshold(p):
    if p >= 1:
        return 1 << 53
    return int(math.floor(p * 2.0 ** 53 + 0.5))


def fixed_probability(p, seed, weight, pre, post, same):
    """[pre][post] weights, None where (i, j) is not a synapse."""
    t = threshold(p)
    return [[weight if not (same and i == j) and (h(seed, i, j) >> 11) < t
             else None for j in range(post)] for i in range(pre)]
