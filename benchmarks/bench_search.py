#!/usr/bin/env python3
"""Build the whole site for a synthetic catalogue and measure search: build and indexing time, the
size of pagefind/, and the bytes a browser downloads for its first and second query.

    .venv/bin/python benchmarks/bench_search.py --size 20000
    .venv/bin/python benchmarks/bench_search.py --size 1000,20000 --phases

For each size N:

1. The catalogue benchmarks/out/catalogue-N-sSEED is made (or reused, see bench_validate.py), then
   benchmarks/out/mkdocs-N.yml is written: the settings of the repository's mkdocs.yml with
   `docs_dir` and `theme.custom_dir` pointing at the repository (absolute), the plugin's `root` at
   the catalogue, `cache_dir` at cache-N, `today` fixed and `booklet` off (--booklet keeps it).
   `mkdocs build -f mkdocs-N.yml -d site-N` runs as a subprocess and is timed (wall, CPU and peak
   RSS from /usr/bin/time -v); its log goes to build-N.log. The photo cache is kept between runs:
   the table says whether it was cold. With --phases a second, instrumented build (in a
   subprocess, into a scratch folder) reports where the time goes: each plugin event, a few
   plugin functions and MkDocs' own page steps.
2. The search step alone: `generator.search.build.build_search` on SiteData from
   `generator.rules.validate(root, today)` (photos = {}), writing into a scratch folder. Every
   Pagefind file there and in the site is checked to decode, and the files the metadata names to
   exist; what pf_meta is made of is measured part by part.
3. The built site is served on 127.0.0.1 (like tests/browser.py `serve`, with a log of every
   response) and Debian's Chromium, driven by Playwright, opens search/ (and en/search/) with an
   empty query in a fresh context, then a query is typed into the box until
   `#ocop-search-results[aria-busy=false]`, then a second one in the same tab. Bytes come from the
   DevTools protocol (`Network.loadingFinished.encodedDataLength`, i.e. headers + body as
   received): the page load, then each query's Pagefind files, and the photos and fonts the result
   cards bring in, apart. Pagefind searches in a Web Worker: see `Meter` and `reconcile`. Each
   language is measured twice in fresh contexts: frequent query first, then rare first.

Prints the machine, the commands and Markdown tables (build and index, pagefind/ by kind of file,
pf_meta by part, bytes per phase, the largest files per phase, anything wrong, where the build
time goes); the results are also saved for --report-from. The local server does not compress: the
tables also give what HTTP gzip would make of the same responses (GitHub Pages gzips HTML, CSS, JS
and JSON; Pagefind's wasm and data files are gzipped already).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

TODAY = "2026-11-23"
EPOCH = "1795392000"  # 2026-11-23 00:00 UTC
TIME = Path("/usr/bin/time")
VIEWPORT = {"width": 390, "height": 900}  # a phone, as in tests/test_search.py
# (frequent, rare) per language: "ruou" is in every name of product sets 14 and 15 (Rượu ...),
# "tea" in sets 11, 12 and 17; the rare ones are one product kind each.
QUERIES = {"vi": ("ruou", "tom he"), "en": ("tea", "cordyceps")}
GOAL_KB = 300


# --- catalogue and configuration -----------------------------------------------------------------
def write_config(n: int, catalogue: Path, out: Path, booklet: bool = False) -> Path:
    import yaml

    settings = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    settings["docs_dir"] = str((REPO / settings.get("docs_dir", "docs")).resolve())
    theme = settings.setdefault("theme", {})
    theme["custom_dir"] = str((REPO / theme.get("custom_dir", "theme_overrides")).resolve())
    plugins = []
    for plugin in settings.get("plugins", []):
        if plugin == "ocop" or (isinstance(plugin, dict) and "ocop" in plugin):
            options = dict(plugin["ocop"] or {}) if isinstance(plugin, dict) else {}
            options.update(root=os.path.relpath(catalogue, out), cache_dir=f"cache-{n}", today=TODAY)
            if not booklet:
                options["booklet"] = False  # the PDF booklets are another benchmark's business
            elif "booklet" in options:
                options["booklet"] = True
            plugin = {"ocop": options}
        plugins.append(plugin)
    settings["plugins"] = plugins
    settings["site_dir"] = f"site-{n}"
    path = out / f"mkdocs-{n}.yml"
    path.write_text(f"# written by benchmarks/bench_search.py from {REPO / 'mkdocs.yml'}\n"
                    + yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def mkdocs_command() -> list[str]:
    sibling = Path(sys.executable).with_name("mkdocs")
    found = str(sibling) if sibling.exists() else shutil.which("mkdocs")
    if not found:
        raise SystemExit("no `mkdocs` command: run with the project's venv, e.g. .venv/bin/python")
    return [found]


def build_env() -> dict:
    return {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}


def folder_stats(folder: Path) -> tuple[int, int]:
    files = size = 0
    for dirpath, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.lstat(os.path.join(dirpath, name)).st_size
    return files, size


def run_build(config: Path, site: Path) -> dict:
    """The real `mkdocs build`, timed; its log is kept next to the site."""
    cache = config.parent / config.stem.replace("mkdocs-", "cache-")
    cold = not cache.exists() or not any(cache.rglob("*.webp"))
    if site.exists():
        shutil.rmtree(site)
    cmd = [*mkdocs_command(), "build", "-f", str(config), "-d", str(site)]
    shown = " ".join(cmd)
    if TIME.exists():
        cmd = [str(TIME), "-v", *cmd]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=build_env(), cwd=REPO)
    seconds = time.perf_counter() - started
    log = proc.stderr
    (config.parent / f"build-{config.stem.removeprefix('mkdocs-')}.log").write_text(log, encoding="utf-8")
    if proc.returncode != 0:
        raise SystemExit(f"mkdocs build failed (exit {proc.returncode}):\n{log[-3000:]}")
    cpu = peak = None
    if TIME.exists():
        user = re.search(r"User time \(seconds\): ([\d.]+)", log)
        system = re.search(r"System time \(seconds\): ([\d.]+)", log)
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", log)
        cpu = float(user.group(1)) + float(system.group(1)) if user and system else None
        peak = int(rss.group(1)) / 1024 if rss else None
    indexed = re.search(r"search: indexed (\d+) product pages", log)
    built = re.search(r"Documentation built in ([\d.]+) seconds", log)
    warnings = [line for line in log.splitlines() if line.startswith("WARNING")]
    files, size = folder_stats(site)
    return {"command": shown, "seconds": seconds, "cpu": cpu, "peak_mb": peak, "cold_cache": cold,
            "indexed": int(indexed.group(1)) if indexed else None,
            "mkdocs_says": float(built.group(1)) if built else None, "warnings": warnings,
            "site_files": files, "site_mb": size / 1e6}


# --- the instrumented build (--phases) -----------------------------------------------------------
def driver(config: str, site: str) -> None:
    """Run `mkdocs build` in this process with timers around plugin events and page steps; print
    the timings as JSON on the last line of stdout."""
    from mkdocs.commands import build as mk_build
    from mkdocs.config import load_config
    from mkdocs.plugins import PluginCollection

    spent: Counter = Counter()
    calls: Counter = Counter()

    def timed(key, fn):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - started
                calls[key] += 1
        return wrapper

    original_run_event = PluginCollection.run_event

    def run_event(self, name, *args, **kwargs):
        started = time.perf_counter()
        try:
            return original_run_event(self, name, *args, **kwargs)
        finally:
            spent[f"event {name}"] += time.perf_counter() - started
            calls[f"event {name}"] += 1

    PluginCollection.run_event = run_event
    for name in ("_populate_page", "_build_page", "_build_theme_template", "_build_extra_template"):
        if hasattr(mk_build, name):
            setattr(mk_build, name, timed(f"mkdocs {name}", getattr(mk_build, name)))
    from mkdocs.structure.files import File
    File.copy_file = timed("mkdocs File.copy_file (static files, photos)", File.copy_file)
    from generator.search import build as search_build, pagefind_index
    pagefind_index.stabilise = timed("search: stabilise", pagefind_index.stabilise)
    search_build.product_records = timed("search: product_records", search_build.product_records)
    pagefind_index.PagefindService.send = timed("search: Pagefind service requests",
                                                pagefind_index.PagefindService.send)
    from generator import publish
    import generator.plugin as plugin_module
    plugin_module.validate = timed("ocop: validate", plugin_module.validate)
    from generator.images import photos as photos_module
    photos_module.photo_sets = timed("ocop: photo_sets", photos_module.photo_sets)
    publish.data_files = timed("ocop: data_files", publish.data_files)
    from generator.pages.render import Renderer
    Renderer.render = timed("ocop: Renderer.render", Renderer.render)
    Renderer.head = timed("ocop: Renderer.head", Renderer.head)

    started = time.perf_counter()
    cfg = load_config(config_file=config, site_dir=site)
    spent["load_config (incl. on_config)"] = time.perf_counter() - started
    started = time.perf_counter()
    mk_build.build(cfg)
    spent["build() total"] = time.perf_counter() - started
    print(json.dumps({"spent": spent, "calls": calls}))


def run_phases(config: Path, scratch: Path) -> dict:
    if scratch.exists():
        shutil.rmtree(scratch)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--driver", str(config), str(scratch)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=build_env(), cwd=REPO)
    if proc.returncode != 0:
        raise SystemExit(f"instrumented build failed:\n{proc.stderr[-3000:]}")
    shutil.rmtree(scratch, ignore_errors=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- the search step alone ----------------------------------------------------------------------
def time_indexing(catalogue: Path, scratch: Path, attempts: int = 3) -> dict:
    from generator.pages.site import SiteData
    from generator.rules import validate
    from generator.search.build import build_search

    started = time.perf_counter()
    cat, _ = validate(str(catalogue), dt.date.fromisoformat(TODAY))
    validated = time.perf_counter() - started
    site = SiteData(cat, dt.date.fromisoformat(TODAY))
    failures = []
    for attempt in range(1, attempts + 1):
        if scratch.exists():
            shutil.rmtree(scratch)
        scratch.mkdir(parents=True)
        started = time.perf_counter()
        try:
            count = build_search(site, {}, scratch)
        except Exception as exc:  # noqa: BLE001 - reported, then tried again
            failures.append(f"attempt {attempt}: build_search raised {exc!r}")
            print(f"  {failures[-1]}", file=sys.stderr)
            continue
        seconds = time.perf_counter() - started
        problems = check_pagefind(scratch / "pagefind")
        if problems:
            failures.append(f"attempt {attempt}: {len(problems)} broken files, e.g. {problems[:3]}")
            print(f"  {failures[-1]}", file=sys.stderr)
            continue
        files, size = folder_stats(scratch / "pagefind")
        shutil.rmtree(scratch)
        return {"records": count, "seconds": seconds, "validate_seconds": validated, "files": files,
                "mb": size / 1e6, "site": site, "failures": failures}
    raise SystemExit(f"build_search failed {attempts} times: {failures}")


def check_pagefind(folder: Path) -> list[str]:
    """Problems of a Pagefind bundle: files that do not decode (gzip + "pagefind_dcd"), an entry
    that does not parse, files the metadata names that are missing."""
    import cbor2

    problems = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if not data:
            problems.append(f"{path.relative_to(folder)}: empty")
        elif path.suffix.startswith(".pf_"):
            try:
                if not gzip.decompress(data).startswith(b"pagefind_dcd"):
                    problems.append(f"{path.relative_to(folder)}: no pagefind_dcd header")
            except Exception as exc:  # noqa: BLE001 - any decoding failure is a finding
                problems.append(f"{path.relative_to(folder)}: {exc!r}")
    try:
        entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return problems + [f"pagefind-entry.json: {exc!r}"]
    for lang, info in entry.get("languages", {}).items():
        meta_path = folder / f"pagefind.{info['hash']}.pf_meta"
        try:
            meta = cbor2.loads(gzip.decompress(meta_path.read_bytes())[len(b"pagefind_dcd"):])
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{meta_path.name}: {exc!r}")
            continue
        wanted = [f"fragment/{h}.pf_fragment" for h, _ in meta[1]]
        wanted += [f"index/{h}.pf_index" for *_, h in meta[2]]
        wanted += [f"filter/{h}.pf_filter" for _, h in meta[3]]
        wanted.append(f"wasm.{info.get('wasm') or 'unknown'}.pagefind")
        missing = [w for w in wanted if not (folder / w).is_file()]
        if missing:
            problems.append(f"{lang}: {len(missing)} files named in the metadata are missing, e.g. {missing[:3]}")
    return problems


def kind_of(name: str) -> str:
    """Pagefind's file kinds, by path inside pagefind/."""
    if name.endswith(".pf_fragment"):
        return "fragment"
    if name.endswith(".pf_index"):
        return "index chunk"
    if name.endswith(".pf_filter"):
        return "filter"
    if name.endswith(".pf_meta"):
        return "pf_meta"
    if name == "pagefind-entry.json":
        return "entry"
    if name.startswith("wasm.") or name.endswith(".wasm"):
        return "wasm"
    if name.endswith(".js"):
        return "js"
    return "other"


def pagefind_breakdown(folder: Path) -> dict:
    """{kind: (files, bytes)} and per language, of site/pagefind."""
    kinds: dict[str, list[int]] = {}
    langs: dict[str, list[int]] = {}
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        rel = path.relative_to(folder).as_posix()
        size = path.stat().st_size
        entry = kinds.setdefault(kind_of(path.name), [0, 0])
        entry[0] += 1
        entry[1] += size
        lang = re.match(r"(?:pagefind\.|wasm\.)?([a-z]{2}|unknown)[_.]", path.name)
        key = lang.group(1) if lang and rel.split("/")[0] in ("fragment", "index", "filter", path.name) else "shared"
        entry = langs.setdefault(key, [0, 0])
        entry[0] += 1
        entry[1] += size
    return {"kinds": kinds, "langs": langs}


def meta_breakdown(folder: Path) -> list[tuple[str, str, int, int, int]]:
    """What a language's pf_meta (which every first query downloads whole) is made of:
    (lang, part, items, CBOR bytes, gzip -9 bytes of that part alone)."""
    import cbor2

    entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
    out = []
    for lang, info in sorted(entry["languages"].items()):
        path = folder / f"pagefind.{info['hash']}.pf_meta"
        meta = cbor2.loads(gzip.decompress(path.read_bytes())[len(b"pagefind_dcd"):])
        parts = [("pages (fragment hash, word count)", meta[1]), ("index chunk list", meta[2]),
                 ("filter list", meta[3])]
        parts += [(f"sort “{name}” (a permutation of all pages)", order) for name, order in meta[4]]
        for name, value in parts:
            raw = cbor2.dumps(value)
            out.append((lang, name, len(value), len(raw), len(gzip.compress(raw, 9))))
        out.append((lang, "whole file as served", 0, 0, path.stat().st_size))
    return out


def query_counts(site, queries: dict[str, tuple[str, ...]]) -> dict:
    """How many products each query's words all occur in (folded name, producer, locality, set,
    description start: what is indexed), per language: a check on "frequent" and "rare"."""
    from generator.pages.vnsort import fold
    from generator.search.records import product_records

    out = {}
    for lang, words in queries.items():
        records = product_records(site, lang)
        texts = [set(re.findall(r"\w+", fold(r.text))) for r in records]
        for query in words:
            terms = re.findall(r"\w+", fold(query))
            out[(lang, query)] = sum(1 for t in texts if all(term in t for term in terms))
    return out


# --- the browser ---------------------------------------------------------------------------------
class Meter:
    """Requests seen through the DevTools protocol, each tagged with the phase it started in.

    Pagefind 1.5 searches in a Web Worker (pagefind-worker.js), whose fetches (entry, metadata,
    wasm, index chunks, fragments) are not reported on the page's session: the session auto-attaches
    to the page's workers (paused at start, so nothing is missed), enables Network in each through
    Target.sendMessageToTarget and reads their events from Target.receivedMessageFromTarget."""

    def __init__(self, page, base: str):
        self.base = base
        self.phase = "load"
        self.requests: dict[tuple[str, str], dict] = {}
        self.console: list[str] = []
        self.workers: list[str] = []
        self._id = 10_000
        cdp = page.context.new_cdp_session(page)
        self.cdp = cdp
        for method in ("Network.requestWillBeSent", "Network.responseReceived", "Network.loadingFinished",
                       "Network.loadingFailed"):
            cdp.on(method, lambda event, method=method: self._event("page", method, event))
        cdp.on("Target.attachedToTarget", self._attached)
        cdp.on("Target.receivedMessageFromTarget", self._from_target)
        cdp.send("Network.enable")
        cdp.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": False})
        page.on("console", lambda m: self.console.append(f"console.{m.type}: {m.text}")
                if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))

    def _to_target(self, session: str, method: str, params: dict | None = None) -> None:
        self._id += 1
        self.cdp.send("Target.sendMessageToTarget", {"sessionId": session, "message": json.dumps(
            {"id": self._id, "method": method, "params": params or {}})})

    def _attached(self, event):
        session = event["sessionId"]
        self.workers.append(event["targetInfo"].get("url", ""))
        if event["targetInfo"].get("type") in ("worker", "shared_worker", "service_worker"):
            self._to_target(session, "Network.enable")
        if event.get("waitingForDebugger"):
            self._to_target(session, "Runtime.runIfWaitingForDebugger")

    def _from_target(self, event):
        message = json.loads(event["message"])
        if message.get("method", "").startswith("Network."):
            self._event(event["sessionId"], message["method"], message.get("params", {}))

    def _event(self, session: str, method: str, event: dict) -> None:
        key = (session, event.get("requestId", ""))
        if method == "Network.requestWillBeSent":
            url = event["request"]["url"]
            if url.startswith("data:"):
                return
            entry = self.requests.setdefault(key, {"phase": self.phase, "bytes": 0, "session": session})
            entry.update(url=url, type=event.get("type", ""))
            if session == "page" and urlsplit(url).path.endswith("-worker.js"):
                # a worker's own script gets neither responseReceived nor loadingFinished on the
                # page's session: its size is taken from the server's log (body + ~200 B headers)
                entry.update(done=True, worker_script=True, headers=200)
            return
        entry = self.requests.get(key)
        if entry is None:
            return
        if method == "Network.responseReceived":
            response = event["response"]
            entry.update(status=response.get("status"), mime=response.get("mimeType", ""),
                         cached=bool(response.get("fromDiskCache") or response.get("fromPrefetchCache")))
        elif method == "Network.loadingFinished":
            entry["bytes"] = int(event.get("encodedDataLength", 0))
            entry["done"] = True
        elif method == "Network.loadingFailed":
            entry.update(failed=event.get("errorText", "failed"), done=True)

    def of(self, phase: str) -> list[dict]:
        return [r for r in self.requests.values() if r["phase"] == phase]

    def name(self, url: str) -> str:
        return url[len(self.base):] if url.startswith(self.base) else url


def group_of(request: dict, base: str) -> str:
    path = urlsplit(request["url"]).path
    if "/pagefind/" in path:
        return "pagefind"
    if "/assets/photos/" in path or path.endswith("placeholder.svg") or request.get("type") == "Image" or "image" in request.get("mime", ""):
        return "photos"
    return {"Document": "html", "Stylesheet": "css", "Script": "js", "Font": "fonts"}.get(request.get("type"), "other")


def wait_results(page, query: str, timeout: float = 120_000) -> None:
    """Until the search for `query` has rendered: run() writes ?q= before it sets aria-busy, in the
    same task, so both together mean this query's results are in the list."""
    page.wait_for_function(
        """(q) => new URLSearchParams(location.search).get('q') === q
                  && document.getElementById('ocop-search-results').getAttribute('aria-busy') === 'false'""",
        arg=query, timeout=timeout, polling=50)


def settle(page, meter: Meter, quiet_ms: int = 500, limit_s: float = 20) -> None:
    """Until no request has been outstanding for `quiet_ms` (so every event has been counted)."""
    deadline = time.monotonic() + limit_s
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        page.wait_for_timeout(100)
        if any(not r.get("done") for r in meter.requests.values()):
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= quiet_ms / 1000:
            return


def type_query(page, query: str) -> float:
    box = page.locator("#ocop-q")
    box.select_text()
    box.press_sequentially(query, delay=60)  # faster than the 250 ms debounce: one search per query
    return time.perf_counter()


def results_text(page) -> tuple[str, int]:
    return (page.locator("#ocop-search-status").inner_text().strip(),
            page.locator("#ocop-search-results > li").count())


HEADERS = 200  # bytes of response headers from http.server, as the browser counts them (193-203 seen)


def reconcile(meter: Meter, server: "Server", phase: str, server_phase: str) -> list[str]:
    """Pagefind responses the server sent in `phase` that the browser did not report (a worker can
    fetch before its Network domain is enabled: Playwright's own session may resume it first);
    added to the phase from the server's log (body + HEADERS) and returned by name."""
    seen = Counter(urlsplit(r["url"]).path + (f"?{urlsplit(r['url']).query}" if urlsplit(r["url"]).query else "")
                   for r in meter.of(phase))
    missed = []
    for logged_phase, path, code, body in server.log:
        if logged_phase != server_phase or "/pagefind/" not in path:
            continue
        if seen[path] > 0:
            seen[path] -= 1
            continue
        url = server.base + path.lstrip("/")
        meter.requests[("server", f"{len(meter.requests)}")] = {
            "phase": phase, "url": url, "bytes": body + HEADERS, "type": "Fetch", "status": code,
            "done": True, "from_server_log": True}
        missed.append(path)
    return missed


def measure_language(browser, server: Server, lang: str, order: tuple[str, str], site_dir: Path) -> dict:
    base = server.base
    server.runs += 1
    run_id = f"{server.runs}:{lang}:{'/'.join(order)}"
    context = browser.new_context(viewport=VIEWPORT, service_workers="block")
    page = context.new_page()
    meter = Meter(page, base)
    server.phase = f"{run_id}:load"
    prefix = "en/" if lang == "en" else ""
    out = {"lang": lang, "order": order, "queries": []}
    started = time.perf_counter()
    page.goto(f"{base}{prefix}search/", wait_until="load")
    page.wait_for_selector("#ocop-search-results[aria-busy=false]", state="attached")
    out["load_ms"] = (time.perf_counter() - started) * 1000
    settle(page, meter)
    out["load"] = meter.of("load")
    out["server_load"] = server.body_bytes(f"{run_id}:load")
    for i, query in enumerate(order, 1):
        meter.phase = f"q{i}"
        server.phase = f"{run_id}:q{i}"
        typed = type_query(page, query)
        wait_results(page, query)
        elapsed = (time.perf_counter() - typed) * 1000
        status, cards = results_text(page)
        settle(page, meter)  # the cards' photos load after aria-busy=false: counted apart
        missed = reconcile(meter, server, f"q{i}", f"{run_id}:q{i}")
        out["queries"].append({"query": query, "ms": elapsed, "status": status, "cards": cards,
                               "requests": meter.of(f"q{i}"), "missed": missed,
                               "server_pagefind": server.body_bytes(f"{run_id}:q{i}", "pagefind"),
                               "server_requests": sum(1 for p, *_ in server.log if p == f"{run_id}:q{i}"),
                               "server_pagefind_requests": sum(1 for p, path, *_ in server.log
                                                               if p == f"{run_id}:q{i}" and "/pagefind/" in path)})
    meter.phase = "sort"
    server.phase = f"{run_id}:sort"
    started = time.perf_counter()
    page.select_option("select[name=sort]", "stars")
    page.wait_for_function(
        """() => new URLSearchParams(location.search).get('sort') === 'stars'
                 && document.getElementById('ocop-search-results').getAttribute('aria-busy') === 'false'""",
        timeout=120_000, polling=50)
    out["sort"] = {"ms": (time.perf_counter() - started) * 1000}
    settle(page, meter)
    out["sort"]["requests"] = [r for r in meter.of("sort") if group_of(r, base) == "pagefind"]
    server.phase = "-"
    for request in meter.requests.values():
        if request.get("worker_script") and not request["bytes"]:
            path = urlsplit(request["url"]).path
            body = sum(n for p, logged, _, n in server.log if p.startswith(run_id) and urlsplit(logged).path == path)
            request["bytes"] = body + request.get("headers", 0)
    out["workers"] = list(meter.workers)
    out["console"] = list(meter.console)
    out["server_bad"] = [(path, code) for p, path, code, _ in server.log if p.startswith(run_id) and code >= 400]
    out["names"] = {r["url"]: meter.name(r["url"]) for r in meter.requests.values()}
    out["bad"] = [(meter.name(r["url"]), r.get("status"), r.get("failed")) for r in meter.requests.values()
                  if r.get("failed") or (r.get("status") or 0) >= 400]
    context.close()
    return out


def gzip_estimate(requests: list[dict], base: str, site_dir: Path) -> int:
    """What the same HTML/CSS/JS/SVG/font responses would weigh gzipped (level 6), from the files;
    other requests counted as received."""
    total = 0
    for r in requests:
        path = urlsplit(r["url"]).path
        local = site_dir / unquote(path).lstrip("/")
        if local.is_dir() or path.endswith("/"):
            local = local / "index.html"
        if local.is_file() and local.suffix in (".html", ".css", ".js", ".svg", ".json", ".ttf", ".woff"):
            total += len(gzip.compress(local.read_bytes(), 6))
        else:
            total += r["bytes"]
    return total


class Server:
    """The built site on 127.0.0.1 (like tests/browser.py `serve`), logging every response's path,
    status and body bytes under the current phase: a check on what the browser reports."""

    def __init__(self, folder: Path):
        import functools
        import http.server
        import threading

        self.phase = "-"
        self.runs = 0
        self.log: list[tuple[str, str, int, int]] = []
        lock = threading.Lock()
        server = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def log_request(self, code="-", size="-"):
                self._code = int(code) if isinstance(code, int) or str(code).isdigit() else 0
                if self._code >= 400:
                    with lock:
                        server.log.append((server.phase, self.path, self._code, 0))

            def copyfile(self, source, outputfile):
                before = source.tell()
                super().copyfile(source, outputfile)
                with lock:
                    server.log.append((server.phase, self.path, getattr(self, "_code", 200), source.tell() - before))

        handler = functools.partial(Handler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def body_bytes(self, phase: str, group: str | None = None) -> int:
        return sum(n for p, path, _, n in self.log if p == phase
                   and (group is None or group_of({"url": self.base + path.lstrip("/")}, self.base) == group))


def measure_browser(site_dir: Path, queries: dict[str, tuple[str, str]]) -> list[dict]:
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_ARGS

    runs = []
    with Server(site_dir) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for lang, (frequent, rare) in queries.items():
                for order in ((frequent, rare), (rare, frequent)):
                    run = measure_language(browser, server, lang, order, site_dir)
                    run["load_gzip"] = gzip_estimate(run["load"], server.base, site_dir)
                    for query in (*run["queries"], run["sort"]):
                        query["pagefind_gzip"] = gzip_estimate(
                            [r for r in query["requests"] if group_of(r, server.base) == "pagefind"],
                            server.base, site_dir)
                    runs.append(run)
        finally:
            browser.close()
    return runs


# --- report --------------------------------------------------------------------------------------
def kb(n: float) -> str:
    return f"{n / 1000:,.1f}"


def sum_bytes(requests: list[dict], group: str | None = None, base: str = "") -> int:
    return sum(r["bytes"] for r in requests if group is None or group_of(r, base) == group)


def describe(requests: list[dict], names: dict) -> str:
    counts = Counter()
    sizes = Counter()
    for r in requests:
        if group_of(r, "") != "pagefind":
            continue
        k = kind_of(names[r["url"]].rsplit("/", 1)[-1])
        counts[k] += 1
        sizes[k] += r["bytes"]
    return ", ".join(f"{k} {counts[k]}× {kb(sizes[k])}" for k in sorted(sizes, key=sizes.get, reverse=True))


def verdict(first: int, gzipped: int) -> str:
    if first <= GOAL_KB * 1000:
        return "yes"
    return "only gzipped" if gzipped <= GOAL_KB * 1000 else "NO"


def mark(query: dict) -> str:
    """† when some Pagefind responses were counted from the server's log (see reconcile)."""
    return " †" if query["missed"] else ""


def machine_line() -> str:
    import bench_validate

    return bench_validate.machine()


def report(rows: list[dict], queries: dict, args) -> None:
    print("\n## Build and index\n")
    print("| N | mkdocs build s (wall) | CPU s | peak MB | photo cache | site files | site MB | records indexed "
          "| indexing s (build_search alone) | pagefind/ MB | pagefind/ files | warnings | machine busy before |")
    print("| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        b, ix, pf = row["build"], row["index"], row["pagefind"]
        cpu = f"{b['cpu']:.0f}" if b["cpu"] is not None else "–"
        peak = f"{b['peak_mb']:.0f}" if b["peak_mb"] is not None else "–"
        print(f"| {row['n']:,} | {b['seconds']:.1f} | {cpu} | {peak} | {'cold' if b['cold_cache'] else 'warm'} | "
              f"{b['site_files']:,} | {b['site_mb']:.0f} | {b['indexed']:,} | {ix['seconds']:.1f} | "
              f"{pf['mb']:.1f} | {pf['files']:,} | {len(b['warnings'])} | "
              f"{'%.0f %%' % (100 * b['busy_before']) if 'busy_before' in b else '–'} |")

    print("\n## pagefind/ by kind of file (site built with photos)\n")
    print("| N | kind | files | MB | mean KB |")
    print("| ---: | --- | ---: | ---: | ---: |")
    for row in rows:
        for kind, (files, size) in sorted(row["pagefind"]["kinds"].items(), key=lambda kv: -kv[1][1]):
            print(f"| {row['n']:,} | {kind} | {files:,} | {size / 1e6:.2f} | {size / files / 1000:.1f} |")

    print("\n## What pf_meta is made of (each part gzipped alone; every first query loads the whole file)\n")
    print("| N | lang | part | items | CBOR KB | gzip KB |")
    print("| ---: | --- | --- | ---: | ---: | ---: |")
    for row in rows:
        for lang, part, items, raw, packed in row["pagefind"]["meta"]:
            count = f"{items:,}" if items else ""
            print(f"| {row['n']:,} | {lang} | {part} | {count} | {kb(raw) if raw else ''} | {kb(packed)} |")

    print("\n## Bytes a visitor downloads (KB as received: headers + body; fresh browser context per row)\n")
    print("| N | lang | page load (HTML, CSS, JS, fonts; gzip est.) | 1st query | KB (gzip est.) | 2nd query | "
          "KB | then sort by stars: KB (gzip est.) | then photos + fonts, 1st / 2nd | 1st ≤ 300 KB? |")
    print("| ---: | --- | ---: | --- | ---: | --- | ---: | ---: | ---: | --- |")
    for row in rows:
        for run in row["runs"]:
            load = sum_bytes(run["load"])
            q1, q2 = run["queries"]
            first = sum_bytes(q1["requests"], "pagefind")
            second = sum_bytes(q2["requests"], "pagefind")
            photos = (f"{kb(sum_bytes(q1['requests']) - first)} / {kb(sum_bytes(q2['requests']) - second)}")
            print(f"| {row['n']:,} | {run['lang']} | {kb(load)} ({kb(run['load_gzip'])}) | "
                  f"{q1['query']} ({q1['status']}) | {kb(first)}{mark(q1)} ({kb(q1['pagefind_gzip'])}) | "
                  f"{q2['query']} ({q2['status']}) | "
                  f"{kb(second)}{mark(q2)} | "
                  f"{kb(sum_bytes(run['sort']['requests']))} ({kb(run['sort']['pagefind_gzip'])}) | "
                  f"{photos} | {verdict(first, q1['pagefind_gzip'])} |")

    print("\n## What each query fetched from pagefind/ (kind, count, KB)\n")
    print("| N | lang | phase | query | Pagefind files (browser) | requests (browser / server) | "
          "server body KB, all / pagefind | ms to results (localhost, incl. 250 ms debounce) |")
    print("| ---: | --- | --- | --- | --- | ---: | ---: | ---: |")
    for row in rows:
        for run in row["runs"]:
            print(f"| {row['n']:,} | {run['lang']} | page load | – | {describe(run['load'], run['names']) or '–'} | "
                  f"{len(run['load'])} / – | {kb(run['server_load'])} / – | {run['load_ms']:.0f} |")
            for i, q in enumerate(run["queries"], 1):
                print(f"| {row['n']:,} | {run['lang']} | query {i} | {q['query']} | "
                      f"{describe(q['requests'], run['names'])} | {len(q['requests'])} / {q['server_requests']} | "
                      f"– / {kb(q['server_pagefind'])} | {q['ms']:.0f} |")

    print("\n## Largest files per phase (first run of each language)\n")
    for row in rows:
        seen = set()
        for run in row["runs"]:
            if run["lang"] in seen:
                continue
            seen.add(run["lang"])
            phases = [("page load", run["load"])] + [(f"query {i} “{q['query']}”", q["requests"])
                                                     for i, q in enumerate(run["queries"], 1)]
            for title, requests in phases:
                top = sorted(requests, key=lambda r: r["bytes"], reverse=True)[:args.top]
                files = "; ".join(f"{run['names'][r['url']]} {r['bytes']:,}" for r in top)
                print(f"- N={row['n']:,} {run['lang']} {title} ({len(requests)} requests): {files}")

    print("\n## Anything wrong\n")
    problems = False
    for row in rows:
        for failure in row["index"]["failures"]:
            problems = True
            print(f"- N={row['n']:,} build_search (scratch): {failure}")
        for problem in row["pagefind"]["problems"]:
            problems = True
            print(f"- N={row['n']:,} site pagefind/: {problem}")
        for warning in row["build"]["warnings"]:
            problems = True
            print(f"- N={row['n']:,} build: {warning}")
        for run in row["runs"]:
            for path, code in run["server_bad"]:
                problems = True
                print(f"- N={row['n']:,} {run['lang']} {run['order']}: server answered {code} for {path}")
            for name, status, failed in run["bad"]:
                problems = True
                print(f"- N={row['n']:,} {run['lang']} {run['order']}: {name} -> {failed or status}")
            for line in run["console"]:
                problems = True
                print(f"- N={row['n']:,} {run['lang']} {run['order']}: {line}")
            for q in run["queries"]:
                if q["missed"]:
                    print(f"- N={row['n']:,} {run['lang']} “{q['query']}” (measurement, not the site): the browser's "
                          f"events missed {len(q['missed'])} of {q['server_pagefind_requests']} Pagefind responses "
                          f"({', '.join(q['missed'][:4])}); counted from the server's log, row marked †")
                if q["cards"] == 0:
                    problems = True
                    print(f"- N={row['n']:,} {run['lang']}: “{q['query']}” rendered no results ({q['status']})")
    if not problems:
        print("- no build warnings, no 4xx/5xx or failed requests, no console errors")

    print("\n## Query frequency (products whose indexed words contain every word of the query)\n")
    for row in rows:
        print(f"- N={row['n']:,}: " + ", ".join(f"{lang} “{q}” {c:,}" for (lang, q), c in row["counts"].items()))

    if any(row.get("phases") for row in rows):
        print("\n## Where the build time goes (instrumented build, --phases; seconds, calls)\n")
        for row in rows:
            if not row.get("phases"):
                continue
            spent, calls = row["phases"]["spent"], row["phases"]["calls"]
            print(f"\nN={row['n']:,}\n")
            print("| step | s | calls |")
            print("| --- | ---: | ---: |")
            for key in sorted(spent, key=spent.get, reverse=True):
                if spent[key] >= 0.05:
                    print(f"| {key} | {spent[key]:.1f} | {calls.get(key, '') or ''} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="20000", help="products; a comma-separated list runs several")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="catalogues, configs and sites (git-ignored)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--photo-share", type=float, default=0.3)
    parser.add_argument("--province", type=Path, default=REPO / "province.yml")
    parser.add_argument("--queries-vi", default=",".join(QUERIES["vi"]), help="frequent,rare")
    parser.add_argument("--queries-en", default=",".join(QUERIES["en"]), help="frequent,rare")
    parser.add_argument("--booklet", action="store_true",
                        help="keep the plugin's `booklet` option as mkdocs.yml has it (default: off)")
    parser.add_argument("--skip-build", action="store_true", help="reuse benchmarks/out/site-N as it is")
    parser.add_argument("--phases", action="store_true", help="also an instrumented build: where the time goes")
    parser.add_argument("--wait-quiet", type=float, default=60, metavar="SECONDS",
                        help="before the timed build, wait at most this long for other processes to go quiet")
    parser.add_argument("--top", type=int, default=5, help="largest files listed per phase")
    parser.add_argument("--report-from", type=Path, metavar="PICKLE",
                        help="print the tables again from the results a previous run saved in --out")
    parser.add_argument("--driver", nargs=2, metavar=("CONFIG", "SITE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.driver:
        driver(*args.driver)
        return 0
    if args.report_from:
        import pickle

        report(pickle.loads(args.report_from.read_bytes()), {}, args)
        return 0

    import bench_validate

    sizes = sorted(int(s) for s in args.size.split(",") if s.strip())
    queries = {"vi": tuple(args.queries_vi.split(",")), "en": tuple(args.queries_en.split(","))}
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    province = args.province if args.province.is_file() else None
    print(machine_line())
    print(f"Chromium: {subprocess.run(['/usr/bin/chromium', '--version'], capture_output=True, text=True).stdout.strip()}")
    print(f"Command: {sys.executable} {' '.join([str(Path(__file__).relative_to(REPO) if Path(__file__).is_relative_to(REPO) else __file__), *(argv if argv is not None else sys.argv[1:])])}")
    rows = []
    for n in sizes:
        catalogue, made = bench_validate.ensure_catalogue(n, args.seed, args.photo_share, out, province)
        print(f"catalogue {catalogue} ({'made in %.1f s' % made if made is not None else 'reused'})", file=sys.stderr)
        config = write_config(n, catalogue, out, booklet=args.booklet)
        site = out / f"site-{n}"
        row = {"n": n}
        if args.skip_build and site.is_dir():
            files, size = folder_stats(site)
            log = (out / f"build-{n}.log")
            indexed = re.search(r"indexed (\d+)", log.read_text()) if log.exists() else None
            row["build"] = {"command": "(skipped)", "seconds": float("nan"), "cpu": None, "peak_mb": None,
                            "cold_cache": False, "indexed": int(indexed.group(1)) if indexed else 0,
                            "warnings": [], "site_files": files, "site_mb": size / 1e6}
        else:
            bench_validate.warm(catalogue)
            load = bench_validate.wait_quiet(args.wait_quiet) if args.wait_quiet > 0 else bench_validate.busy()
            print(f"building N={n} (machine {load:.0%} busy before) …", file=sys.stderr)
            row["build"] = run_build(config, site)
            row["build"]["busy_before"] = load
            print(f"  built in {row['build']['seconds']:.1f} s", file=sys.stderr)
        print(f"Build command (N={n}): cd {REPO} && SOURCE_DATE_EPOCH={EPOCH} {row['build']['command']}")
        if args.phases:
            print(f"instrumented build N={n} …", file=sys.stderr)
            row["phases"] = run_phases(config, out / f"scratch-phases-{n}")
        print(f"indexing N={n} …", file=sys.stderr)
        index = time_indexing(catalogue, out / f"scratch-search-{n}")
        row["counts"] = query_counts(index.pop("site"), queries)
        row["index"] = index
        files, size = folder_stats(site / "pagefind")
        row["pagefind"] = {"files": files, "mb": size / 1e6, **pagefind_breakdown(site / "pagefind"),
                           "problems": check_pagefind(site / "pagefind"), "meta": meta_breakdown(site / "pagefind")}
        print(f"browser N={n} …", file=sys.stderr)
        row["runs"] = measure_browser(site, queries)
        rows.append(row)
    import pickle

    saved = out / f"bench_search-{'-'.join(map(str, sizes))}.pickle"
    saved.write_bytes(pickle.dumps(rows))  # --report-from re-prints the tables without measuring again
    report(rows, queries, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
