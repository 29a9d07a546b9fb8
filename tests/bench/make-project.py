#!/usr/bin/env python3
"""Writes the context-send benchmark's project: SIZE MiB in FILES files, deterministic.

    make-project.py DIR SIZE_MIB FILES

The same arguments give the same bytes on every machine (a seeded PRNG), so runs are comparable.
Files sit in a tree of folders 2 deep (like node_modules or a data set), sizes vary (a few large
files, many small ones, as real projects have); a quarter of them are source-like text (compressible),
the rest random bytes. DIR gets a Dockerfile that only copies the project (FROM scratch, COPY), and
Dockerfile.label, which builds an image without copying (the send alone, plus extraction).
"""
import os
import random
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    root, size_mib, files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    total = size_mib * 1024 * 1024
    rng = random.Random(20260501)
    # Sizes: a Pareto-like spread, scaled so they add up to exactly `total`.
    weights = [rng.paretovariate(1.2) for _ in range(files)]
    scale = total / sum(weights)
    sizes = [max(1, int(w * scale)) for w in weights]
    sizes[0] += total - sum(sizes)
    if sizes[0] < 1:
        sys.exit("make-project.py: too many files for the size")
    text_line = b"export function handler(input) { return { ok: true, value: input.value * 2 }; }\n"
    os.makedirs(root, exist_ok=True)
    per_dir = 100
    for i, size in enumerate(sizes):
        d = os.path.join(root, "data", "d%03d" % (i // (per_dir * per_dir)), "e%03d" % (i // per_dir % per_dir))
        os.makedirs(d, exist_ok=True)
        if i % 4 == 0:
            name = "f%05d.js" % i
            body = (text_line * (size // len(text_line) + 1))[:size]
        else:
            name = "f%05d.bin" % i
            body = rng.randbytes(size)
        with open(os.path.join(d, name), "wb") as f:
            f.write(body)
    with open(os.path.join(root, "Dockerfile"), "w") as f:
        f.write("FROM scratch\nCOPY . /ctx\n")
    with open(os.path.join(root, "Dockerfile.label"), "w") as f:
        f.write("FROM scratch\nLABEL mcpdock.bench.send=1\n")


if __name__ == "__main__":
    main()
