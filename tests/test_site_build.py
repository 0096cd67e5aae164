"""The sample site as built by `mkdocs build --strict`: pages for every record in both
languages, what a product page must carry, safety of record text, reproducibility."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import posixpath
import re
from pathlib import Path

import pytest

from generator.load.settings import configured_languages
from generator.model import certificates as certs
from tests.conftest import PRODUCT, write_catalogue
from tests.sitebuild import ROOT, build, scaffold

TODAY = dt.date(2026, 11, 23)


def html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang_prefix", ["", "en/", "zh/"])
def test_a_page_for_every_record_in_both_languages(sample_site, catalogue, lang_prefix):
    base = sample_site / lang_prefix if lang_prefix else sample_site
    def pages(folder):
        return {p.parent.name for p in (base / folder).glob("*/index.html")}
    assert pages("products") == set(catalogue.products)
    assert pages("producers") == set(catalogue.producers)
    assert pages("fairs") == set(catalogue.fairs)
    assert pages("plans") == set(catalogue.plans)
    assert pages("localities") == {loc.slug for loc in catalogue.province.localities}
    assert {f"{n:02d}" for n in range(1, 27)} <= pages("categories")


def test_every_product_page_carries_certificate_badge_qr_and_json_ld(sample_site, catalogue):
    for slug, product in catalogue.products.items():
        for lang in configured_languages(ROOT):
            prefix = lang.prefix
            page = html(sample_site, f"{prefix}products/{slug}")
            assert 'class="ocop-certificate"' in page and product.certificate.decision in page
            assert 'class="ocop-badge' in page and 'class="ocop-qr"' in page
            data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
            assert data["@type"] == "Product" and data["name"] == product.name.get(lang)
            assert data["url"] == f"https://example.github.io/ocop/{prefix}products/{slug}/"
            assert '<meta property="og:title" content="' in page


def test_expired_and_revoked_products_never_look_certified(sample_site, catalogue):
    for slug, product in catalogue.products.items():
        state = certs.status(product.certificate, TODAY)
        page = html(sample_site, f"products/{slug}")
        badge = re.search(r'<svg[^>]*class="ocop-badge[^"]*"[^>]*aria-label="([^"]+)"', page).group(1)
        if state in ("expired", "revoked"):
            assert badge.endswith(("hết hiệu lực", "đã thu hồi")), (slug, badge)
        else:
            assert badge == f"OCOP {product.stars} sao", (slug, badge)


def test_language_switcher_leads_to_the_same_page(sample_site):
    vi = html(sample_site, "products/ruou-mo-yen-tu")
    en = html(sample_site, "en/products/ruou-mo-yen-tu")
    assert '<html lang="vi"' in vi and '<html lang="en"' in en
    assert re.search(r'href="../../en/products/ruou-mo-yen-tu/" hreflang="en"', vi)
    assert re.search(r'href="../../../products/ruou-mo-yen-tu/" hreflang="vi"', en)
    assert '<link rel="canonical" href="https://example.github.io/ocop/en/products/ruou-mo-yen-tu/">' in en


def test_sitemap_lists_both_languages_with_hreflang(sample_site, catalogue):
    sitemap = (sample_site / "sitemap.xml").read_text(encoding="utf-8")
    for slug in catalogue.products:
        assert f"<loc>https://example.github.io/ocop/en/products/{slug}/</loc>" in sitemap
        assert f'hreflang="vi" href="https://example.github.io/ocop/products/{slug}/"' in sitemap


def test_missing_english_falls_back_to_vietnamese_marked(sample_site, catalogue):
    product = next(p for p in catalogue.products.values() if p.name.en is None)
    page = html(sample_site, f"en/products/{product.slug}")
    assert f'<span lang="vi">{product.name.vi}</span>' in page


def test_dates_read_day_month_year_in_vietnamese_and_in_words_elsewhere(sample_site, catalogue):
    product = catalogue.products["ruou-mo-yen-tu"]
    day = product.certificate.issued_on
    assert day == dt.date(2025, 1, 16)
    for prefix, shown in (("", "16/01/2025"), ("en/", "Jan 16, 2025"), ("zh/", "2025年1月16日")):
        assert f'<time datetime="2025-01-16">{shown}</time>' in html(sample_site, f"{prefix}products/ruou-mo-yen-tu")


def test_no_listing_page_is_large(sample_site):
    listings = list((sample_site / "catalogue").rglob("index.html"))
    assert listings and max(p.stat().st_size for p in listings) < 300_000


def test_photos_are_resized_and_stripped(sample_site):
    from PIL import Image

    photos = list((sample_site / "assets" / "photos").iterdir())
    assert {p.suffix for p in photos} == {".webp", ".jpg"}
    for photo in photos:
        with Image.open(photo) as img:
            assert img.width <= 1280 and not img.getexif()
        assert b"GPS" not in photo.read_bytes()[:4096]


def test_open_data_and_calendars(sample_site, catalogue):
    data = json.loads((sample_site / "data" / "catalogue.json").read_text(encoding="utf-8"))
    assert {p["slug"] for p in data["products"]} == set(catalogue.products)
    csv_lines = (sample_site / "data" / "products.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(csv_lines) == len(catalogue.products) + 1
    assert (sample_site / "fairs.ics").read_text(encoding="utf-8").count("BEGIN:VEVENT") == len(catalogue.fairs)


@pytest.mark.parametrize("lang, prefix", [("vi", ""), ("en", "en/"), ("zh", "zh/")])
def test_each_language_has_its_own_calendars(sample_site, catalogue, lang, prefix):
    """/fairs.ics is Vietnamese, /en/fairs.ics English, /zh/fairs.ics Chinese (an untranslated
    fair in English, as the Chinese pages show it), each fair's page linking its language's file."""
    from icalendar import Calendar

    site_lang = configured_languages(ROOT)[lang]
    feed = Calendar.from_ical((sample_site / prefix / "fairs.ics").read_text(encoding="utf-8"))
    events = {str(e["UID"]).split("@")[0]: e for e in feed.walk("VEVENT")}
    assert set(events) == set(catalogue.fairs)
    for slug, fair in catalogue.fairs.items():
        one = Calendar.from_ical((sample_site / prefix / "fairs" / f"{slug}.ics").read_text(encoding="utf-8"))
        [event] = one.walk("VEVENT")
        for e in (event, events[slug]):
            assert str(e["SUMMARY"]) == fair.name.get(site_lang)
            assert e["SUMMARY"].params["LANGUAGE"] == fair.name.lang_of(site_lang)
            assert str(e["DESCRIPTION"]) == fair.theme.get(site_lang)
            assert e["DTSTAMP"].dt == dt.datetime(2026, 11, 23, tzinfo=dt.timezone.utc)  # the build date
            assert (e["DTSTART"].dt, e["DTEND"].dt) == (fair.starts_on, fair.ends_on + dt.timedelta(days=1))
        link = re.search(r'href="([^"]+\.ics)" download', html(sample_site, f"{prefix}fairs/{slug}")).group(1)
        assert posixpath.normpath(posixpath.join(f"{prefix}fairs/{slug}", link)) == f"{prefix}fairs/{slug}.ics"
    spring = events["hoi-cho-ocop-quang-ninh-xuan-2027"]
    assert str(spring["SUMMARY"]) == {"vi": "Hội chợ OCOP Quảng Ninh – Xuân 2027", "en": "Quang Ninh OCOP Fair – Spring 2027",
                                      "zh": "2027年广宁 OCOP 春季展销会"}[lang]
    link = re.search(r'href="([^"]+\.ics)" download', html(sample_site, f"{prefix}fairs")).group(1)
    assert posixpath.normpath(posixpath.join(f"{prefix}fairs", link)) == f"{prefix}fairs.ics"  # the language's own


def test_record_text_cannot_inject_html(tmp_path):
    hostile = ("<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) "
               '<a href="javascript:alert(4)">x</a>')
    text = PRODUCT.replace("description: Rượu mơ ngâm từ mơ lông Yên Tử.",
                           f"description: '{hostile}'\nstory: '[ok](https://example.vn) and **bold**'")
    write_catalogue(tmp_path, {"products/ruou-mo-yen-tu.yml": text})
    run = build(scaffold(tmp_path), tmp_path / "site")
    assert run.returncode == 0, run.stderr
    page = html(tmp_path / "site", "products/ruou-mo-yen-tu")
    body = page[page.index('<article class="ocop-product"'):]
    assert not re.search(r"<script>alert|<img[^>]*onerror|<a[^>]*href=\"javascript", body, re.I)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert '<a href="https://example.vn">ok</a>' in body and "<strong>bold</strong>" in body


def test_errors_stop_the_build_with_the_validation_message(tmp_path):
    write_catalogue(tmp_path, {"products/ruou-mo-yen-tu.yml": PRODUCT.replace("stars: 4", "stars: 2")})
    run = build(scaffold(tmp_path), tmp_path / "site")
    assert run.returncode == 1
    assert "products/ruou-mo-yen-tu.yml:4:8: lỗi: stars: 2 sao không phải sản phẩm OCOP" in run.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(sample_site, tmp_path):
    run = build(ROOT, tmp_path / "again")
    assert run.returncode == 0, run.stderr
    assert _tree(tmp_path / "again") == _tree(sample_site)


@pytest.mark.parametrize("notifications", [True, False])
def test_serve_watches_every_record_folder_and_the_province(tmp_path, monkeypatch, notifications):
    """Through change notifications the server polls one signal file (tests/test_watch.py: what
    rewrites it); without them it polls the folders."""
    from generator.serve import watch
    from generator.plugin import OcopPlugin

    write_catalogue(tmp_path, {"fairs/x.yml": "", "plans/y.yml": ""})

    class Refusing(watch.Observer):
        def schedule(self, *args, **kwargs):
            raise OSError(28, "inotify watch limit reached")

    if not notifications:
        monkeypatch.setattr(watch, "Observer", Refusing)

    class Server:
        def __init__(self):
            self.watched: list[str] = []

        def watch(self, path, recursive=True):
            self.watched.append(path)

    plugin = OcopPlugin()
    plugin.root, plugin.cache_dir = tmp_path, tmp_path / ".cache/ocop"
    server = plugin.on_serve(Server(), None, None)
    plugin.on_shutdown()
    watched = sorted(Path(p).relative_to(tmp_path).as_posix() for p in server.watched)
    assert watched == ([".cache/ocop/serve-changed"] if notifications
                       else ["fairs", "plans", "producers", "products", "province.yml"])


def test_every_folder_a_visitor_can_trim_a_url_to_is_a_page_or_a_redirect(sample_site):
    """products/x/ trimmed to products/, data/schemas/x.json to data/schemas/: never a 404. The
    folders are those above a page or an open data file (the theme's, the editor's and the search
    index's own files are not addresses a visitor holds)."""
    held = [p for p in sample_site.rglob("index.html")] + [p for p in (sample_site / "data").rglob("*")]
    folders = {folder for path in held for folder in path.relative_to(sample_site).parents if folder.parts}
    assert sorted(f.as_posix() for f in folders if not (sample_site / f / "index.html").is_file()) == []
    page = (sample_site / "en" / "products" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="2; url=../../en/catalogue/">' in page
    assert 'Taking you to <a href="../../en/catalogue/">' in page
    assert (sample_site / "en" / "catalogue" / "index.html").is_file()
