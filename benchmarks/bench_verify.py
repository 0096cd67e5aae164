#!/usr/bin/env python3
"""What one label check downloads, at 1,000, 5,000 and 20,000 products.

    .venv/bin/python benchmarks/bench_verify.py --sizes 1000,5000,20000

For each size N: the catalogue benchmarks/out/catalogue-N-s1 is made or reused (as
bench_validate.py does), loaded and validated; its photos go through the photo cache
(benchmarks/out/cache-N, shared with bench_search.py's builds). Then, with the generator's own
code, the label check's data (`generator.pages.verify_data.lookup_files`, timed) and the real check
page (the `verify` page body rendered by `Renderer` from theme_overrides, in a bare HTML shell with
the real verify.css, lookup.js and verify.js) are written to benchmarks/out/verify-N/.

That folder is served on 127.0.0.1 and Debian's Chromium (Playwright, phone viewport) opens the
check page afresh for each query (a new context: nothing cached), types it, waits for the verdict
and checks that it names the expected product(s). Bytes are counted from the DevTools protocol
(`Network.loadingFinished.encodedDataLength`: headers and body as received, the local server does
not compress), split into the check's data (verify-data/), the verdict's photos, and the page
with its own assets; "gzip" is what HTTP compression would make of the same data files.

Queries, chosen from the catalogue: a barcode (found and unknown), a decision number (the one that
recognised the most products, typed in lower case with spaces), a product code, and name
fragments (the most frequent first word of a name, a rare two-word fragment).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import gzip
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

TODAY = dt.date(2026, 11, 23)
GOAL_KB = 30


def page_html(site, lang: str) -> str:
    import jinja2

    from generator.pages import urls
    from generator.pages.render import Renderer
    from generator.pages.site import PageSpec

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(REPO / "theme_overrides")), autoescape=True)
    spec = next(s for s in site.pages() if s.kind == "verify" and s.lang == lang)
    body = Renderer(env, site).render(PageSpec("", lang, "verify", "", spec.title, params=spec.params))
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{urls.verify(lang)}</title>'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<link rel="stylesheet" href="assets/ocop/verify.css"></head><body>{body}</body></html>')


def prepare(n: int, out: Path) -> dict:
    from bench_validate import ensure_catalogue
    from generator.images.placeholder import placeholder_svg
    from generator.pages import verify_data
    from generator.pages.site import SiteData
    from generator.images.photos import photo_sets
    from generator.rules import validate

    folder, _ = ensure_catalogue(n, 1, 0.3, out, REPO / "province.yml")
    catalogue, _ = validate(str(folder), TODAY)
    site = SiteData(catalogue, TODAY)
    found = photo_sets(catalogue, folder, out / f"cache-{n}")
    photos, cache = found.photos, found.cache
    started = time.perf_counter()
    files = dict(verify_data.lookup_files(site, photos))
    seconds = time.perf_counter() - started
    target = out / f"verify-{n}"
    if target.exists():
        shutil.rmtree(target)
    for rel, text in files.items():
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_text(text, encoding="utf-8")
    (target / "assets/ocop").mkdir(parents=True)
    for name in ("verify.css", "lookup.js", "verify.js"):
        shutil.copy(REPO / "theme_overrides/assets/ocop" / name, target / "assets/ocop" / name)
    (target / "assets/ocop/placeholder.svg").write_text(placeholder_svg(), encoding="utf-8")
    used = {photo.of_format("webp")[0] for photo in photos.values()}
    (target / "assets/photos").mkdir(parents=True)
    for rendition in used:
        shutil.copy(cache.path_of(rendition), target / "assets/photos" / rendition.file_name)
    for lang in ("vi", "en"):
        (target / f"check-{lang}.html").write_text(page_html(site, lang), encoding="utf-8")
    sizes = collections.Counter()
    counts = collections.Counter()
    for rel, text in files.items():
        tree = rel.split("/")[1]
        sizes[tree] += len(text.encode())
        counts[tree] += 1
    return {"n": n, "site": site, "target": target, "seconds": seconds, "sizes": sizes, "counts": counts,
            "largest": max(len(t.encode()) for t in files.values()), "queries": queries(site)}


def queries(site) -> list[tuple[str, str, set[str]]]:
    """(what, typed, the slugs that answer it)."""
    from generator.model.lookup import name_key

    products = site.catalogue.products
    with_barcode = sorted(s for s, p in products.items() if p.barcode)
    barcode = with_barcode[len(with_barcode) // 2]
    by_decision = collections.defaultdict(set)
    for slug, p in products.items():
        by_decision[p.certificate.decision].add(slug)
    decision, batch = max(by_decision.items(), key=lambda kv: (len(kv[1]), kv[0]))
    with_code = sorted(s for s, p in products.items() if p.code)
    code = products[with_code[len(with_code) // 3]].code
    first_words = collections.Counter(name_key(p.name.vi).split(" ")[0] for p in products.values())
    frequent = first_words.most_common(1)[0][0]
    pairs = collections.Counter(" ".join(name_key(p.name.vi).split(" ")[:2]) for p in products.values())
    rare = sorted(k for k, v in pairs.items() if v == 1)[0]
    return [
        ("barcode", " ".join([products[barcode].barcode[:1], products[barcode].barcode[1:7], products[barcode].barcode[7:]]),
         {barcode}),
        ("unknown barcode", "8930000000002", set()),
        (f"decision ({len(batch)} products)", decision.lower().replace("/", " / "), batch),
        ("product code", code, {s for s, p in products.items() if p.code == code}),
        (f"name: frequent word ({first_words[frequent]} products)", frequent,
         {s for s, p in products.items() if f" {frequent}" in f" {name_key(p.name.vi)} {name_key(p.name.en or '')}"}),
        ("name: rare fragment", rare, {s for s, p in products.items() if name_key(p.name.vi).startswith(rare)}),
    ]


def measure(prepared: dict) -> list[dict]:
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_ARGS, serve

    rows = []
    with serve(prepared["target"]) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for what, typed, expected in prepared["queries"]:
            for lang in ("vi", "en"):
                context = browser.new_context(viewport={"width": 390, "height": 844})
                tab = context.new_page()
                cdp = context.new_cdp_session(tab)
                cdp.send("Network.enable")
                seen: dict[str, str] = {}
                got: collections.Counter = collections.Counter()
                bodies: list[str] = []
                cdp.on("Network.requestWillBeSent", lambda e: seen.__setitem__(e["requestId"], e["request"]["url"]))
                cdp.on("Network.loadingFinished", lambda e: got.update(
                    {seen.get(e["requestId"], "?"): e["encodedDataLength"]}))
                tab.on("response", lambda r: bodies.append(r.url) if "/verify-data/" in r.url else None)
                tab.goto(f"{base}check-{lang}.html")
                tab.wait_for_load_state("networkidle")
                before = dict(got)
                tab.locator("#ocop-verify-q").fill(typed)
                tab.locator("#ocop-verify-q").press("Enter")
                tab.wait_for_selector("#ocop-verify-result[aria-busy=false]")
                tab.wait_for_load_state("networkidle")
                links = tab.locator("#ocop-verify-result a[href*='products/']").evaluate_all(
                    "els => els.map(e => e.getAttribute('href'))")
                found = {link.rstrip("/").rsplit("/", 1)[1] for link in links}
                verdicts = tab.locator("#ocop-verify-result .ocop-verdict, #ocop-verify-result li").count()
                context.close()
                after = {u: b - before.get(u, 0) for u, b in got.items() if b - before.get(u, 0) > 0}
                data = {u: b for u, b in after.items() if "/verify-data/" in u}
                photos = sum(b for u, b in after.items() if "/assets/photos/" in u or "placeholder" in u)
                zipped = sum(len(gzip.compress((prepared["target"] / u.split(base, 1)[1]).read_bytes(), 6))
                             for u in data)
                # the answer shows the expected products, or 10 of them when there are more
                ok = (found == expected) if len(expected) <= 10 else (len(found) == 10 and found <= expected)
                ok = ok and verdicts > 0
                rows.append({"what": what, "typed": typed, "lang": lang, "requests": len(data),
                             "data": sum(data.values()), "gzip": zipped, "photos": photos, "found": len(found),
                             "ok": ok, "page": sum(before.values())})
        browser.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    summary, details = [], []
    for n in (int(s) for s in args.sizes.split(",")):
        prepared = prepare(n, args.out)
        rows = measure(prepared)
        worst = max(rows, key=lambda r: r["data"])
        summary.append((n, prepared, rows, worst))
        details += [(n, r) for r in rows]
    print("| products | data files | data MB (id + name) | largest file KB | built in s | "
          "largest check: data KB (gzip) | requests | what |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for n, prepared, _rows, worst in summary:
        count = sum(prepared["counts"].values())
        mb = f"{prepared['sizes']['id'] / 1e6:.1f} + {prepared['sizes']['name'] / 1e6:.1f}"
        print(f"| {n:,} | {count:,} | {mb} | {prepared['largest'] / 1024:.1f} | {prepared['seconds']:.1f} | "
              f"{worst['data'] / 1024:.1f} ({worst['gzip'] / 1024:.1f}) | {worst['requests']} | {worst['what']} |")
    print()
    print("| products | query | typed | lang | requests | data KB | gzip KB | photos KB | products shown | right |")
    print("| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for n, r in details:
        print(f"| {n:,} | {r['what']} | `{r['typed']}` | {r['lang']} | {r['requests']} | {r['data'] / 1024:.1f} | "
              f"{r['gzip'] / 1024:.1f} | {r['photos'] / 1024:.1f} | {r['found']} | {'yes' if r['ok'] else 'NO'} |")
    over = [(n, r["what"]) for n, r in details if r["data"] > GOAL_KB * 1024 or not r["ok"]]
    if over:
        raise SystemExit(f"over {GOAL_KB} KB or wrong: {over}")


if __name__ == "__main__":
    main()
