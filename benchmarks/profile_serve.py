"""Where a `mkdocs serve` quick rebuild spends its time: the serve builds run in this process (as
`mkdocs serve` runs them, with the same plugin instance kept between builds), then a product's
name is edited and its certificate revoked, each followed by a rebuild under cProfile.

    .venv/bin/python benchmarks/profile_serve.py --size 20000      # ~4 min: the first build is full

Prints each rebuild's wall time and the profile's top lines; profiles are saved in
benchmarks/out/serve-<size>-<edit>.prof (read them with `python -m pstats`).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import importlib.machinery
import importlib.util
import os
import pstats
import re
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

HERE = Path(__file__).resolve().parent


def _bench_run():
    """benchmarks/run as a module (its catalogue and project folders)."""
    loader = importlib.machinery.SourceFileLoader("bench_run", str(HERE / "run"))
    spec = importlib.util.spec_from_loader("bench_run", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


class Collections:
    """The cyclic garbage collector's passes (generation, seconds) while it is on."""

    def __init__(self):
        self.passes: list[tuple[int, float]] = []
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase, info):
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.passes.append((info["generation"], time.perf_counter() - self._started))

    def report(self) -> str:
        out = []
        for generation in (0, 1, 2):
            times = [t for g, t in self.passes if g == generation]
            if times:
                out.append(f"gen{generation}: {len(times)} passes, {sum(times):.2f} s (longest {max(times):.2f})")
        self.passes.clear()
        return "; ".join(out) or "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    bench = _bench_run()
    os.environ.update(bench.ENV)
    folder = bench.catalogue(args.size)
    work = bench.project(args.size, folder)
    os.chdir(work)
    site_dir = tempfile.mkdtemp(prefix="mkdocs_")
    url = "http://127.0.0.1:8000/ocop/"

    def rebuild(config=None):
        config = config or load_config(str(work / "mkdocs.yml"), site_dir=site_dir)
        config.site_url = url
        build(config, serve_url=url)
        return config

    first = load_config(str(work / "mkdocs.yml"), site_dir=site_dir)
    first.plugins.on_startup(command="serve", dirty=False)
    plugin = first.plugins["ocop"]
    started = time.perf_counter()
    rebuild(first)
    print(f"first build: {time.perf_counter() - started:.1f} s", flush=True)

    product = next(p for p in sorted((folder / "products").glob("*.yml"))
                   if re.search(r"issued_on: 202[1-5]", p.read_text(encoding="utf-8")))
    original = product.read_text(encoding="utf-8")
    renamed = re.sub(r"name: \{vi: ([^,]+),", r"name: {vi: \1 xem trước,", original, count=1)
    revoked = re.sub(r"(  issued_on: [0-9-]+\n)", r"\1  revoked_on: 2026-06-01\n  revoked_reason: Xem trước\n",
                     renamed, count=1)
    collections = Collections()
    try:
        for label, text in (("name", renamed), ("revoked", revoked)):
            plugin.settle()  # what a person editing gives it: time for the background work
            product.write_text(text, encoding="utf-8")
            collections.report()
            profile = cProfile.Profile()
            started = time.perf_counter()
            profile.runcall(rebuild)
            seconds = time.perf_counter() - started
            print(f"\n{label}: rebuilt in {seconds:.2f} s (under cProfile); garbage collector: {collections.report()}",
                  flush=True)
            out = HERE / "out" / f"serve-{args.size}-{label}.prof"
            profile.dump_stats(out)
            pstats.Stats(str(out), stream=sys.stdout).sort_stats("cumulative").print_stats(args.top)
        plugin.settle()
    finally:
        product.write_text(original, encoding="utf-8")
        plugin.on_shutdown()


if __name__ == "__main__":
    main()
