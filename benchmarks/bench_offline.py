"""Time `ocop offline` on a built site of N products (default 1,000), as a folder and as a .zip.

    .venv/bin/python benchmarks/bench_offline.py [--size 1000]

Makes (or reuses) a synthetic catalogue with benchmarks/make_catalogue.py and builds its site
once (as benchmarks/bench_search.py does, without booklets), then runs `ocop offline --site`
under GNU time: wall and CPU seconds (CPU is steadier on a shared machine), CPU milliseconds per
page, peak memory, and the sizes of the copy and of the .zip. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_search import EPOCH, REPO, folder_stats, run_build, write_config  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    catalogue = args.out / f"catalogue-{args.size}-s1"
    if not (catalogue / "province.yml").exists():
        subprocess.run([sys.executable, str(HERE / "make_catalogue.py"), str(args.size), str(catalogue), "--seed", "1"],
                       check=True)
    site = args.out / f"site-{args.size}"
    if not (site / "index.html").exists():
        run_build(write_config(args.size, catalogue, args.out), site)
    pages = sum(1 for _ in site.rglob("*.html"))
    rows = []
    for target in (args.out / f"offline-{args.size}", args.out / f"offline-{args.size}.zip"):
        rows.append((target.suffix or "folder", *timed(site, target), pages))
    print(f"{args.size} products, {pages} pages, site {folder_stats(site)[1] / 1e6:.0f} MB, {os.cpu_count()} cores\n")
    print("| output | wall s | CPU s | CPU ms a page | peak MB | output MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for kind, wall, cpu, peak, size, pages in rows:
        print(f"| {kind} | {wall:.1f} | {cpu:.1f} | {cpu / pages * 1000:.2f} | {peak:.0f} | {size:.0f} |")


def timed(site: Path, target: Path) -> tuple[float, float, float, float]:
    command = ["/usr/bin/time", "-v", sys.executable, "-m", "generator.cli", "offline", "--root", str(REPO),
               "--site", str(site), "--output", str(target)]
    started = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True, cwd=REPO, env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH})
    wall = time.perf_counter() - started
    if run.returncode:
        sys.exit(run.stderr[-3000:])
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", run.stderr).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", run.stderr).group(1))
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1)) / 1024
    size = target.stat().st_size if target.is_file() else folder_stats(target)[1]
    return wall, user + system, peak, size / 1e6


if __name__ == "__main__":
    main()
