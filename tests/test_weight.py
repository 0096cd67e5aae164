"""A first visit on a phone stays light: the product page, photos apart, is at most 100 KB as
Chromium receives it with HTTP compression, with one font file per weight and the text face
preloaded (benchmarks/bench_weight.py measures the same, with the LCP, for the README)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_weight import PAGES, first_visit, gzip_server  # noqa: E402


@pytest.fixture(scope="module")
def visits(sample_site, browser):
    with gzip_server(sample_site) as base:
        yield {name: first_visit(browser, base + path) for name, path in PAGES.items()}


def test_product_page_first_visit_is_at_most_100_kb_without_photos(visits):
    product = visits["product"]
    assert product["photos"] >= 1  # the photo is there, and counted apart
    assert product["bytes"] <= 100_000, "\n".join(f"{size:>7} {url}" for size, url in product["files"])


@pytest.mark.parametrize("name", list(PAGES))
def test_two_font_files_and_the_preloaded_one_is_the_one_used(visits, name):
    fonts = [url for _, url in visits[name]["files"] if url.endswith(".woff2")]
    assert sorted(fonts) == ["assets/fonts/be-vietnam-pro-400.woff2", "assets/fonts/be-vietnam-pro-700.woff2"]


def test_font_faces_swap_and_the_text_face_is_preloaded(sample_site):
    css = (sample_site / "assets" / "ocop" / "ocop.css").read_text(encoding="utf-8")
    faces = re.findall(r"@font-face\{[^}]*\}", css)
    assert len(faces) == 2 and all("font-display:swap" in face for face in faces)
    page = (sample_site / "products" / "ruou-mo-yen-tu" / "index.html").read_text(encoding="utf-8")
    assert ('<link rel="preload" href="../../assets/fonts/be-vietnam-pro-400.woff2" as="font" type="font/woff2" '
            'crossorigin>') in page
