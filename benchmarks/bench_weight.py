#!/usr/bin/env python3
"""What a first visit costs: bytes and requests of a product page, a listing page and the home page
in Chromium with an empty cache and HTTP compression on, beside a plain mkdocs-material page of
the same text; and the largest contentful paint (LCP) of each on a phone over emulated slow 4G.

    .venv/bin/python benchmarks/bench_weight.py                  # builds the sample into benchmarks/out/
    .venv/bin/python benchmarks/bench_weight.py --site site/     # an existing build of the sample

1. The site (the sample, built with `mkdocs build` unless --site is given) and a plain Material
   site are served by `GzipServer`: a small HTTP/1.1 server that gzips HTML, CSS, JS, SVG, JSON
   and XML (level 6, like nginx's and GitHub Pages' defaults) when the browser accepts it; fonts
   and photos are sent as they are.
2. The plain site: one Markdown page per measured page, holding the text of that page's content
   (its innerText: headings as headings, the rest as paragraphs), built with `theme: material`,
   `language: vi` and nothing else except `font: false`: this machine has no Internet, and a
   default plain page would also fetch Roboto from Google Fonts (a stylesheet and its files).
3. Each page is opened in a new browser context (empty cache) at 390 x 844, device pixel ratio 2.
   Bytes are what Chromium received, headers included (DevTools `Network.loadingFinished`
   `encodedDataLength`), counted until the network has been quiet for 0.5 s after `load`.
   Photos (`assets/photos/`) are counted apart: the budget is for everything else.
4. LCP: the same page in a new context with DevTools network throttling at Chrome's "Slow 4G"
   preset (562.5 ms round trip, 1.44 Mbit/s down, 0.675 Mbit/s up); the last
   `largest-contentful-paint` entry once the page has loaded and the network is quiet. Median
   of --runs runs.

Prints one Markdown table. Byte counts do not depend on the machine; LCP does, a little (the
throttled network dominates).
"""

from __future__ import annotations

import argparse
import gzip
import html
import http.server
import mimetypes
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

PAGES = {"product": "products/ruou-mo-yen-tu/", "listing": "catalogue/", "home": ""}
COMPRESSED = {".html", ".css", ".js", ".svg", ".json", ".xml", ".txt", ".map", ".ics", ".csv"}
SLOW_4G = {"offline": False, "latency": 562.5, "downloadThroughput": 1.44e6 / 8,
           "uploadThroughput": 0.675e6 / 8}
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True,
         "has_touch": True}
mimetypes.add_type("font/woff2", ".woff2")
mimetypes.add_type("image/webp", ".webp")


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    root: Path

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.root / unquote(urlsplit(self.path).path).lstrip("/")
        if path.is_dir():
            path = path / "index.html"
        if not path.resolve().is_relative_to(self.root.resolve()) or not path.is_file():
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", mimetypes.guess_type(path.name)[0] or "application/octet-stream")
        if path.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=6, mtime=0)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def gzip_server(folder: Path):
    """Serve `folder` on 127.0.0.1 with gzip for text files; yields the base URL."""
    handler = type("Handler", (_Handler,), {"root": folder})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def _quiet(page, cdp_events: list, quiet_s: float = 0.5, limit_s: float = 60) -> None:
    """Wait until no network event has arrived for `quiet_s` seconds."""
    start = time.monotonic()
    seen = len(cdp_events)
    last = time.monotonic()
    while time.monotonic() - start < limit_s:
        page.wait_for_timeout(100)
        if len(cdp_events) != seen:
            seen, last = len(cdp_events), time.monotonic()
        elif time.monotonic() - last >= quiet_s:
            return


def first_visit(browser, url: str, throttle: bool = False) -> dict:
    """Bytes and requests of one page opened with an empty cache, and its LCP in ms."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    requests: dict[str, dict] = {}
    events: list[str] = []

    def sent(event):
        events.append("sent")
        requests.setdefault(event["requestId"], {"url": event["request"]["url"], "bytes": 0})

    def finished(event):
        events.append("finished")
        if event["requestId"] in requests:
            requests[event["requestId"]]["bytes"] = int(event["encodedDataLength"])

    cdp.on("Network.requestWillBeSent", sent)
    cdp.on("Network.loadingFinished", finished)
    cdp.on("Network.loadingFailed", lambda event: events.append("failed"))
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    if throttle:
        cdp.send("Network.emulateNetworkConditions", SLOW_4G)
    page.add_init_script("""window.__lcp = null; new PerformanceObserver(list => {
        const entries = list.getEntries(); window.__lcp = entries[entries.length - 1]; })
        .observe({type: 'largest-contentful-paint', buffered: true});""")
    page.goto(url, wait_until="load", timeout=120_000)
    _quiet(page, events)
    lcp = page.evaluate("""() => window.__lcp && {ms: window.__lcp.startTime,
        element: window.__lcp.element ? window.__lcp.element.tagName.toLowerCase() +
        (window.__lcp.element.className ? '.' + String(window.__lcp.element.className).split(' ')[0] : '') : ''}""")
    context.close()
    rows = [r for r in requests.values() if not r["url"].startswith("data:")]
    photos = [r for r in rows if "/assets/photos/" in r["url"]]
    other = [r for r in rows if r not in photos]
    return {"bytes": sum(r["bytes"] for r in other), "requests": len(other),
            "photo_bytes": sum(r["bytes"] for r in photos), "photos": len(photos),
            "fonts": sum(1 for r in other if r["url"].endswith((".woff2", ".woff", ".ttf"))),
            "files": sorted((r["bytes"], r["url"].split("/", 3)[-1]) for r in other),
            "lcp": lcp}


def page_text(browser, url: str) -> str:
    """The page's content as Markdown: its headings as headings, every other line a paragraph."""
    page = browser.new_page()
    page.goto(url)
    blocks = page.evaluate("""() => [...document.querySelector('.md-content__inner').querySelectorAll(
        'h1, h2, h3, p, li, dt, dd, figcaption, td, th')].filter(e => !e.querySelector('p, li, dt, dd, td'))
        .map(e => [e.tagName.toLowerCase(), e.innerText.trim()]).filter(([, t]) => t)""")
    page.close()
    out = []
    for tag, text in blocks:
        text = html.escape(" ".join(text.split()), quote=False).replace("*", r"\*").replace("_", r"\_")
        out.append(f"{'#' * int(tag[1])} {text}" if tag in ("h1", "h2", "h3") else text)
    return "\n\n".join(out) + "\n"


def plain_site(browser, base: str, out: Path) -> Path:
    """A plain mkdocs-material site with one page per measured page, of the same text."""
    if out.exists():
        shutil.rmtree(out)
    docs = out / "docs"
    docs.mkdir(parents=True)
    for name, path in PAGES.items():
        target = docs / ("index.md" if not path else f"{name}.md")
        target.write_text(page_text(browser, base + path), encoding="utf-8")
    (out / "mkdocs.yml").write_text("site_name: OCOP Quảng Ninh\ntheme:\n  name: material\n  language: vi\n"
                                    "  font: false\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(out / "mkdocs.yml")],
                         capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if run.returncode:
        raise SystemExit(run.stderr)
    return out / "site"


def build_sample(out: Path) -> Path:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1795392000", "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(REPO / "mkdocs.yml"),
                          "-d", str(out)], capture_output=True, text=True, env=env, cwd=REPO)
    if run.returncode:
        raise SystemExit(run.stderr)
    return out


def measure(site: Path, work: Path, runs: int = 3) -> dict:
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_ARGS

    results = {}
    with sync_playwright() as p, gzip_server(site) as base:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        plain = plain_site(browser, base, work / "plain")
        with gzip_server(plain) as plain_base:
            for name, path in PAGES.items():
                ours = first_visit(browser, base + path)
                theirs = first_visit(browser, plain_base + ("" if not path else f"{name}/"))
                lcps = [first_visit(browser, base + path, throttle=True)["lcp"] for _ in range(runs)]
                plain_lcps = [first_visit(browser, plain_base + ("" if not path else f"{name}/"),
                                          throttle=True)["lcp"] for _ in range(runs)]
                results[name] = {"path": path, "ours": ours, "plain": theirs,
                                 "lcp": statistics.median(x["ms"] for x in lcps), "lcp_element": lcps[0]["element"],
                                 "plain_lcp": statistics.median(x["ms"] for x in plain_lcps)}
        browser.close()
    return results


def table(results: dict) -> str:
    lines = ["| page | KB (requests), photos apart | font files | photos KB (requests) | plain Material KB (requests) "
             "| LCP slow 4G s (element) | plain Material LCP s |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, r in results.items():
        ours, plain = r["ours"], r["plain"]
        lines.append(f"| {name} (`{r['path'] or '/'}`) | {ours['bytes'] / 1000:.1f} ({ours['requests']}) | {ours['fonts']} "
                     f"| {ours['photo_bytes'] / 1000:.1f} ({ours['photos']}) "
                     f"| {plain['bytes'] / 1000:.1f} ({plain['requests']}) "
                     f"| {r['lcp'] / 1000:.2f} ({r['lcp_element']}) | {r['plain_lcp'] / 1000:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a build of the sample (default: build one)")
    parser.add_argument("--runs", type=int, default=3, help="LCP runs per page (median)")
    parser.add_argument("--files", action="store_true", help="also list every file of each page")
    args = parser.parse_args()
    work = HERE / "out" / "weight"
    work.mkdir(parents=True, exist_ok=True)
    site = args.site.resolve() if args.site else build_sample(work / "site")
    results = measure(site, work, args.runs)
    print(table(results))
    if args.files:
        for name, r in results.items():
            print(f"\n{name}:")
            for size, url in r["ours"]["files"]:
                print(f"  {size:>7} {url}")


if __name__ == "__main__":
    main()
