#!/usr/bin/env python3
"""Time `ocop validate` on synthetic catalogues of several sizes.

    .venv/bin/python benchmarks/bench_validate.py --sizes 1000,5000,20000

For each size N the catalogue benchmarks/out/catalogue-N-sSEED is made with make_catalogue.py, or
reused when its `.synthetic.json` says it was made from the same N, seed, photo share, date,
province file and generator source. Then `ocop validate --root … --today 2026-11-23 --format json`
runs as a subprocess: best of 3 runs for small sizes, one run from --single-run-from products on
(after reading every file once, so the page cache is warm as in the other runs). Peak RSS and CPU
time (user + system) come from /usr/bin/time -v when it exists, else from getrusage(RUSAGE_CHILDREN).
CPU seconds are reported because wall time is easily disturbed on a shared machine: before each run
the script waits (up to --wait-quiet seconds) until other processes use less than 15 % of the CPUs,
and reports how busy the machine was. A run that reports any error fails the benchmark. Prints the
machine and a Markdown table.

--profile N also runs validate in-process under cProfile on catalogue N and prints the top lines,
by own time and by cumulative time (the .pstats file is kept next to the catalogues).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import make_catalogue as mk  # noqa: E402

TODAY = "2026-11-23"
TIME = Path("/usr/bin/time")


def ocop_command() -> list[str]:
    """The `ocop` next to this interpreter (the venv's), else the one on PATH."""
    sibling = Path(sys.executable).with_name("ocop")
    found = str(sibling) if sibling.exists() else shutil.which("ocop")
    if not found:
        raise SystemExit("no `ocop` command: run with the project's venv, e.g. .venv/bin/python")
    return [found]


def ensure_catalogue(n: int, seed: int, share: float, out: Path, province: Path | None) -> tuple[Path, float | None]:
    """The catalogue for (n, seed), made unless an identical one is there; and the seconds making took."""
    folder = out / f"catalogue-{n}-s{seed}"
    want = mk.fingerprint(n, seed, share, mk.DEFAULT_TODAY, province)
    marker = folder / mk.MARKER
    if marker.is_file():
        have = json.loads(marker.read_text(encoding="utf-8"))
        if all(have.get(k) == v for k, v in want.items()):
            return folder, None
    started = time.perf_counter()
    cmd = [sys.executable, str(HERE / "make_catalogue.py"), str(n), str(folder), "--seed", str(seed),
           "--photo-share", str(share)]
    if province:
        cmd += ["--province", str(province)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return folder, time.perf_counter() - started


def count_files(folder: Path) -> tuple[int, int]:
    """(all files, YAML records) in the catalogue, without the copied schemas and the marker."""
    total = yml = 0
    for dirpath, dirnames, filenames in os.walk(folder):
        if Path(dirpath) == folder:
            dirnames[:] = [d for d in dirnames if d != "schemas"]
            filenames = [f for f in filenames if f != mk.MARKER]
        total += len(filenames)
        yml += sum(1 for f in filenames if f.endswith(".yml"))
    return total, yml


def warm(folder: Path) -> None:
    """Read every file once, so a single timed run does not pay for a cold page cache."""
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            with open(os.path.join(dirpath, name), "rb") as handle:
                handle.read()


def busy(interval: float = 0.5) -> float:
    """Share of all CPUs that were not idle during `interval` (0-1), from /proc/stat."""
    def sample():
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return sum(fields), fields[3] + (fields[4] if len(fields) > 4 else 0)
    try:
        total0, idle0 = sample()
        time.sleep(interval)
        total1, idle1 = sample()
    except (OSError, ValueError, IndexError):
        return 0.0
    return 1 - (idle1 - idle0) / max(1, total1 - total0)


def wait_quiet(limit: float, threshold: float = 0.15) -> float:
    """Wait until the machine is nearly idle, at most `limit` seconds; how busy it was at the end."""
    deadline = time.monotonic() + limit
    load = busy()
    while load > threshold and time.monotonic() < deadline:
        load = busy(1.0)
    return load


def run_validate(folder: Path) -> tuple[float, float, float, list[dict]]:
    """(wall seconds, CPU seconds, peak RSS in MB, issues) of one `ocop validate` run."""
    cmd = [*ocop_command(), "validate", "--root", str(folder), "--today", TODAY, "--format", "json"]
    use_time = TIME.exists()
    if use_time:
        cmd = [str(TIME), "-v", *cmd]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if use_time:
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
        peak_kb = int(match.group(1)) if match else 0
    else:  # the largest child so far: right as long as runs grow, which they do here (sizes ascending)
        peak_kb = after.ru_maxrss
    try:
        issues = json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"ocop validate did not print JSON (exit {proc.returncode}):\n{proc.stderr[-2000:]}") from None
    return seconds, cpu, peak_kb / 1024, issues


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or model
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    python = subprocess.run([*_ocop_python(), "-c", "import platform; print(platform.python_version())"],
                            capture_output=True, text=True).stdout.strip() or platform.python_version()
    return (f"Machine: {model}, {os.cpu_count()} logical cores ({usable} usable), "
            f"Python {python} ({platform.python_implementation()}), {platform.system()} {platform.release()}")


def _ocop_python() -> list[str]:
    """The interpreter the `ocop` script runs with (its shebang), to report its version."""
    script = Path(ocop_command()[0])
    first = script.read_text(encoding="utf-8", errors="replace").splitlines()[0]
    return [first[2:].strip()] if first.startswith("#!") and Path(first[2:].strip()).exists() else [sys.executable]


def profile(folder: Path, out: Path, top: int = 15) -> None:
    import cProfile
    import datetime as dt
    import pstats

    sys.path.insert(0, str(REPO))
    from generator.rules import validate

    target = out / f"profile-{folder.name}.pstats"
    profiler = cProfile.Profile()
    profiler.enable()
    validate(str(folder), dt.date.fromisoformat(TODAY))
    profiler.disable()
    profiler.dump_stats(target)
    for order in ("tottime", "cumulative"):
        print(f"\n## cProfile of validate on {folder.name}, top {top} by {order} ({target})\n")
        stats = pstats.Stats(str(target))
        stats.sort_stats(order).print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,5000,20000", help="comma-separated product counts")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="where catalogues are kept (git-ignored)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--photo-share", type=float, default=0.3)
    parser.add_argument("--runs", type=int, default=3, help="runs per size below --single-run-from (best is kept)")
    parser.add_argument("--single-run-from", type=int, default=20000, help="one run from this size on")
    parser.add_argument("--province", type=Path, default=REPO / "province.yml")
    parser.add_argument("--wait-quiet", type=float, default=120, metavar="SECONDS",
                        help="before each run, wait at most this long for other processes to go quiet (0: never)")
    parser.add_argument("--profile", type=int, metavar="N", help="also profile validate on the N-product catalogue")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    province = args.province if args.province.is_file() else None
    args.out.mkdir(parents=True, exist_ok=True)

    print(machine())
    print(f"Command: {' '.join(ocop_command())} validate --root <catalogue> --today {TODAY} --format json\n")
    rows, failed = [], False
    for n in sizes:
        folder, made = ensure_catalogue(n, args.seed, args.photo_share, args.out, province)
        note = f"made in {made:.1f} s" if made is not None else "reused"
        print(f"catalogue {folder} ({note})", file=sys.stderr)
        warm(folder)
        runs = 1 if n >= args.single_run_from else args.runs
        results, loads = [], []
        for _ in range(runs):
            loads.append(wait_quiet(args.wait_quiet) if args.wait_quiet > 0 else busy())
            results.append(run_validate(folder))
        best = min(range(runs), key=lambda i: results[i][0])
        seconds, cpu, _, issues = results[best]
        peak = max(r[2] for r in results)
        errors = [i for i in issues if i["severity"] == "error"]
        warnings = [i for i in issues if i["severity"] == "warning"]
        if errors:
            failed = True
            for issue in errors[:10]:
                print(f"  {issue['path']}:{issue['line']}:{issue['column']}: {issue['message']} [{issue['rule']}]",
                      file=sys.stderr)
        files, yml = count_files(folder)
        rows.append((n, files, yml, seconds, cpu, runs, peak, loads[best], len(errors), len(warnings)))

    print("| N products | files | of which YAML | validate s (wall) | CPU s | runs | peak MB | machine busy before | errors | warnings |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n, files, yml, seconds, cpu, runs, peak, load, errors, warnings in rows:
        label = f"best of {runs}" if runs > 1 else "1"
        print(f"| {n:,} | {files:,} | {yml:,} | {seconds:.2f} | {cpu:.2f} | {label} | {peak:.0f} | {load:.0%} | "
              f"{errors} | {warnings} |")
    if args.profile:
        folder, _ = ensure_catalogue(args.profile, args.seed, args.photo_share, args.out, province)
        profile(folder, args.out)
    if failed:
        print("\nFAILED: validate reported errors on a synthetic catalogue", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
