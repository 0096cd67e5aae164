#!/usr/bin/env python3
"""What a third language costs: the same synthetic catalogue built with the site's languages set to
Vietnamese and English, then to Vietnamese, English and Chinese (the Chinese pages fall back to
English text where a record has none, as a province adding Chinese record by record would have),
alternately, `--rounds` times each, from an empty cache each time (the two-language build reads a
copy of the catalogue whose province.yml has no Chinese, which it would refuse). Prints the best time of each
and their ratio; the goal (issue 17) is at most 1.6x at 5,000 products.

    .venv/bin/python benchmarks/bench_languages.py [--size 5000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import importlib.machinery
import importlib.util
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _run_module():
    """benchmarks/run, for its catalogue maker, build folder and timer."""
    loader = importlib.machinery.SourceFileLoader("bench_run", str(HERE / "run"))
    spec = importlib.util.spec_from_loader("bench_run", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def configured(run, n: int, folder: Path, languages: list[str]) -> Path:
    """A build folder whose mkdocs.yml lists `languages`."""
    work = run.project(n, folder)
    target = work.parent / f"langs-{n}-{len(languages)}"
    shutil.rmtree(target, ignore_errors=True)
    work.rename(target)
    config = (target / "mkdocs.yml").read_text(encoding="utf-8")
    config, found = re.subn(r"(?m)^(\s*)languages: \[[^\]]*\]", rf"\1languages: [{', '.join(languages)}]", config)
    if not found:
        raise SystemExit("mkdocs.yml has no `languages: [...]` line for the ocop plugin")
    if "zh" not in languages:  # its fallback chain would name a language the site does not have
        config = re.sub(r"(?m)^(\s*)fallbacks: \{.*$", r"\1fallbacks: {}", config)
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    return target


def without(code: str, value):
    """`value` (parsed YAML) with every `code:` text of a localized field left out."""
    if isinstance(value, dict):
        return {k: without(code, v) for k, v in value.items() if k != code}
    if isinstance(value, list):
        return [without(code, v) for v in value]
    return value


def two_language_catalogue(run, n: int) -> Path:
    """The same synthetic catalogue with a province.yml holding no Chinese, which a site configured
    for Vietnamese and English alone refuses (an unknown language is an error)."""
    import subprocess
    import sys

    import yaml

    folder = run.OUT / f"catalogue-{n}-s1-vi-en"
    if not (folder / "province.yml").exists():
        province = run.OUT / "province-vi-en.yml"
        data = yaml.safe_load((run.ROOT / "province.yml").read_text(encoding="utf-8"))
        province.write_text(yaml.safe_dump(without("zh", data), allow_unicode=True, sort_keys=False), encoding="utf-8")
        subprocess.run([sys.executable, str(HERE / "make_catalogue.py"), str(n), str(folder), "--seed", "1",
                        "--province", str(province)], check=True)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    run = _run_module()
    folders = {2: two_language_catalogue(run, args.size), 3: run.catalogue(args.size)}
    works = {2: configured(run, args.size, folders[2], ["vi", "en"]),
             3: configured(run, args.size, folders[3], ["vi", "en", "zh"])}
    times: dict[int, list[float]] = {2: [], 3: []}
    peaks: dict[int, float] = {}
    pages: dict[int, int] = {}
    for _ in range(args.rounds):
        for count, work in works.items():
            shutil.rmtree(work / "site", ignore_errors=True)
            shutil.rmtree(work / ".cache", ignore_errors=True)
            shutil.rmtree(folders[count] / ".cache", ignore_errors=True)
            seconds, peak, _ = run.timed([str(run.BIN / "mkdocs"), "build", "-q"], work)
            times[count].append(seconds)
            peaks[count] = max(peaks.get(count, 0), peak)
            pages[count] = run.site_stats(work / "site")[2]
    print(f"| products | languages | pages | full build s (best of {args.rounds}) | peak MB | against two languages |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    for count, names in ((2, "vi, en"), (3, "vi, en, zh")):
        best = min(times[count])
        print(f"| {args.size:,} | {names} | {pages[count]:,} | {best:.0f} | {peaks[count]:.0f} | "
              f"{best / min(times[2]):.2f} |")


if __name__ == "__main__":
    main()
