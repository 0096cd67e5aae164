"""Every template's pages pass the Nu HTML Checker and axe-core; the whole site has no broken
internal link and asks no other host for anything."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

from tests.browser import serve
from tests.sitebuild import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SITE_PATH = "/ocop/"  # the path of site_url in mkdocs.yml

# One page of each template, in each language where they differ.
PAGES = [
    "", "en/", "catalogue/", "catalogue/stars-5/newest/", "en/catalogue/status-expired/",
    "products/ruou-mo-yen-tu/", "en/products/ruou-mo-yen-tu/", "products/muc-mot-nang-van-don/",
    "producers/", "producers/htx-nong-nghiep-yen-tu/", "localities/", "localities/ha-long/",
    "categories/", "categories/thuc-pham/", "categories/15/", "fairs/", "fairs/festival-ocop-viet-nam-2025/",
    "plans/", "plans/ke-hoach-ocop-2026-2030/", "statistics/", "en/statistics/", "data/", "about/",
    "en/star-badges/", "search/", "en/search/", "github-web/", "kiem-tra/", "en/verify/", "kiem-tra/het-hieu-luc/",
    "renewal/", "en/product-sets/", "data/rules/", "en/data/rules/",
    # Chinese: a translated product, one left in English, the home, listing, search and label check
    "zh/", "zh/products/cha-muc-ha-long/", "zh/products/trung-ga-tien-yen/", "zh/catalogue/stars-5/",
    "zh/producers/htx-che-duong-hoa/", "zh/fairs/", "zh/search/", "zh/verify/",
]


def test_pages_cover_every_template(sample_site):
    kinds = {p.stem for p in (ROOT / "theme_overrides" / "ocop").glob("*.html")} - {"macros", "card", "filters"}  # fragments of other pages
    covered = {"home", "catalogue", "listing", "product", "producers", "producer", "localities", "locality",
               "categories", "category", "set", "fairs", "fair", "plans", "plan", "statistics", "open_data",
               "search", "verify", "lapsed", "rules"}
    assert kinds <= covered
    for url in PAGES:
        assert (sample_site / url / "index.html").is_file(), url


@pytest.mark.skipif(not VNU.exists() or not shutil.which("java"), reason="npm ci and Java are needed")
def test_nu_html_checker_finds_no_error(sample_site):
    files = [str(sample_site / url / "index.html") for url in PAGES]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
                         capture_output=True, text=True)
    messages = json.loads(run.stderr or "{}").get("messages", [])
    report = [f"{m.get('url', '').split('/site')[-1]}:{m.get('lastLine')}: {m.get('message')}" for m in messages]
    assert report == []


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []  # (tag/attribute, value)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src") or (name == "content" and tag == "meta" and value.startswith("http")):
                self.links.append((f"{tag}.{name}", value))
            elif name == "srcset":
                self.links += [(f"{tag}.srcset", part.strip().split(" ")[0]) for part in value.split(",")]


def test_crawl_finds_no_broken_internal_link_and_no_external_resource(sample_site):
    broken, external = [], []
    for page in sample_site.rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for where, link in parser.links:
            url = urldefrag(link).url
            parts = urlsplit(url)
            if parts.scheme in ("mailto", "tel", "geo") or (not url and link.startswith("#")):
                continue
            if parts.scheme in ("http", "https"):
                if where not in ("a.href", "meta.content", "link.href") or (
                        where == "link.href" and "canonical" not in _rel_of(page, link)):
                    external.append((page, where, link))
                continue
            path = unquote(parts.path)
            if path.startswith(SITE_PATH):  # 404.html links from the site root: it is served at any path
                target = (sample_site / path[len(SITE_PATH):]).resolve()
            else:
                target = (page.parent / path).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append((str(page.relative_to(sample_site)), link))
    assert broken == []
    assert external == []


def _rel_of(page: Path, href: str) -> str:
    match = re.search(r'<link rel="([^"]+)" href="' + re.escape(href) + '"', page.read_text(encoding="utf-8"))
    return match.group(1) if match else ""


@pytest.mark.skipif(not AXE.exists(), reason="npm ci is needed for axe-core")
def test_axe_finds_no_serious_violation_and_no_request_leaves_the_site(sample_site, browser):
    problems, outside = [], []
    with serve(sample_site) as base:
        page = browser.new_page(viewport={"width": 390, "height": 800})
        page.on("request", lambda r: None if r.url.startswith(base) else outside.append(r.url))
        for url in PAGES:
            page.goto(base + url)
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
            for v in result["violations"]:
                if v["impact"] in ("serious", "critical"):
                    problems.append((url, v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]))
        page.close()
    assert problems == []
    assert outside == []
