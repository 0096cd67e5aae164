"""The printed booklet, read back with pypdf and rendered to PNG with pdftoppm."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from generator.booklet.layout import paginate
from generator.model import certificates as certs
from generator.model.categories import CATEGORIES
from generator.pages.site import SiteData

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def reader(sample_site):
    return PdfReader(sample_site / "booklet-vi.pdf")


@pytest.fixture(scope="module")
def text(reader):
    return [page.extract_text() for page in reader.pages]


def test_every_valid_product_is_in_and_no_expired_one(text, catalogue):
    whole = "\n".join(text)
    for product in catalogue.products.values():
        state = certs.status(product.certificate, TODAY)
        if certs.is_current(state):
            assert product.name.vi in whole, product.slug
        else:
            assert product.name.vi not in whole, product.slug


def test_an_outline_entry_per_category_with_products_under_it(reader, catalogue):
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    present = {SiteData(catalogue, TODAY).info[s].category.code for s in catalogue.products}
    for category in CATEGORIES:
        if category.code in present:
            assert f"{category.code}. {category.name.vi}" in titles
    nested = [item for item in reader.outline if isinstance(item, list)]
    assert sum(len(group) for group in nested) >= 40  # a bookmark per product, under its chapter


def test_contents_page_numbers_are_where_chapters_start(reader, text):
    contents = text[1]
    outline = {item.title: reader.get_destination_page_number(item) + 1
               for item in reader.outline if not isinstance(item, list)}
    printed = dict(re.findall(r"^([IV]+\. [^\n.]+?)\s*\.*\s*(\d+)$", contents, re.M))
    chapters = {title: page for title, page in outline.items() if re.match(r"[IV]+\. ", title)}
    assert chapters and {t: int(p) for t, p in printed.items()} == chapters
    for title, page in chapters.items():
        assert title in " ".join(text[page - 1].split())  # a long title wraps


def test_page_numbers_in_every_footer(text):
    total = len(text)
    for number, page in enumerate(text[1:], start=2):
        assert f"Trang {number} / {total}" in page


def test_metadata_title_language_and_date(reader):
    meta = reader.metadata
    assert meta.title == "Danh mục sản phẩm OCOP Quảng Ninh"
    assert reader.trailer["/Root"]["/Lang"] == "vi"
    assert meta.creation_date.date() == TODAY


def test_font_is_embedded(reader):
    fonts = set()
    for page in reader.pages[:4]:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("Be-Vietnam-Pro" in f for f in fonts), fonts


def test_pagination_is_planned_ahead(catalogue):
    site = SiteData(catalogue, TODAY)
    current = [s for s in site.name_order("vi") if site.info[s].current]
    plan = paginate(site, "vi", current, "A4", upcoming_fairs=2)
    assert plan.chapters[0].first_page == 3
    assert plan.total == plan.fairs_first + plan.fairs_pages - 1
    assert sorted(plan.product_page) == sorted(current)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is needed")
def test_qr_codes_decode_to_the_product_pages(sample_site, tmp_path, catalogue):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", "200", "-f", "3", "-l", "4", "-png", str(sample_site / "booklet-vi.pdf"),
                    str(tmp_path / "page")], check=True)
    found = set()
    for png in sorted(tmp_path.glob("page-*.png")):
        found |= {r.text for r in zxingcpp.read_barcodes(Image.open(png))}
    urls = {f"https://example.github.io/ocop/products/{slug}/" for slug in catalogue.products}
    assert found and found <= urls


def test_cli_writes_an_a5_booklet_with_expired_products(tmp_path, catalogue):
    import sys

    from tests.sitebuild import ROOT

    out = tmp_path / "a5.pdf"
    run = subprocess.run([sys.executable, "-m", "generator.cli", "booklet", "--root", str(ROOT), "--paper", "A5",
                          "--include-expired", "--lang", "en", "--today", "2026-11-23", "--output", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    reader = PdfReader(out)
    assert reader.pages[0].mediabox.width == pytest.approx(148 / 25.4 * 72, abs=1)
    whole = "\n".join(page.extract_text() for page in reader.pages)
    revoked = next(p for p in catalogue.products.values() if p.certificate.revoked_on)
    assert revoked.name.en in whole and "Revoked" in whole
