"""Time a booklet of N products (default 3,000) and its peak memory.

    .venv/bin/python benchmarks/bench_booklet.py [--size 3000] [--paper A4]

Makes (or reuses) a synthetic catalogue with benchmarks/make_catalogue.py, then runs
`ocop booklet` under GNU time and prints a Markdown row: products in the booklet, pages,
seconds, peak MB, PDF size.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--paper", default="A4")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    catalogue = args.out / f"catalogue-{args.size}-s1"
    if not (catalogue / "province.yml").exists():
        subprocess.run([PYTHON, str(HERE / "make_catalogue.py"), str(args.size), str(catalogue), "--seed", "1"],
                       check=True)
    pdf = args.out / f"booklet-{args.size}-{args.paper}.pdf"
    ocop = [PYTHON, "-m", "generator.cli", "booklet", "--root", str(catalogue), "--today", "2026-11-23",
            "--paper", args.paper, "--output", str(pdf), "--site-url", "https://example.vn/ocop/"]
    started = time.perf_counter()
    run = subprocess.run(["/usr/bin/time", "-v", *ocop], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if run.returncode:
        sys.exit(run.stderr[-2000:])
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1))
    pages = int(re.search(r": (\d+) pages", run.stdout).group(1))
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    print(f"Machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"Command: {' '.join(ocop[1:])}\n")
    print("| products in catalogue | paper | pages | seconds | peak MB | PDF MB |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    print(f"| {args.size:,} | {args.paper} | {pages} | {seconds:.1f} | {peak_kb / 1024:.0f} | "
          f"{pdf.stat().st_size / 1e6:.1f} |")


if __name__ == "__main__":
    main()
