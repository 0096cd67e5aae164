"""`ocop offline`: the copy of the site that works opened from disk, as a folder and as a .zip,
checked file by file and then by a visitor in Chromium from file://."""

from __future__ import annotations

import os
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from generator.cli import main
from generator.load.settings import configured_languages
from generator.offline.copy import NOTE_NAME
from tests.conftest import PRODUCT, write_catalogue
from tests.sitebuild import EPOCH, ROOT, scaffold


@pytest.fixture(scope="module")
def offline_copy(sample_site, tmp_path_factory):
    out = tmp_path_factory.mktemp("offline") / "copy"
    assert main(["offline", "--root", str(ROOT), "--site", str(sample_site), "--output", str(out)]) == 0
    return out


class _Addresses(HTMLParser):
    """Every address a page follows or loads, independently of generator/offline/links.py."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, str]] = []  # (attribute, address)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "action", "src") and value is not None:
                self.found.append((name, value))
            elif name == "srcset" and value:
                self.found += [("src", part.split()[0]) for part in value.split(",")]


def _internal(page: Path, address: str) -> Path | None:
    url = urljoin(page.as_uri(), address)
    parts = urlsplit(url)
    return Path(unquote(parts.path)) if parts.scheme == "file" else None


def test_every_address_of_every_page_names_a_file_of_the_copy(offline_copy):
    pages = sorted(offline_copy.rglob("*.html"))
    assert len(pages) > 600
    followed = 0
    for page in pages:
        parser = _Addresses()
        parser.feed(page.read_text(encoding="utf-8"))
        for attribute, address in parser.found:
            if not address or address.startswith("#"):
                continue
            target = _internal(page, address)
            if target is None:
                continue
            assert target.is_file(), f"{page.relative_to(offline_copy)}: {address}"
            assert offline_copy in target.parents, f"{page}: {address} leaves the copy"
            followed += attribute != "src"
    assert followed > 25_000


def test_the_published_site_keeps_its_clean_urls(sample_site, offline_copy):
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    assert 'href="catalogue/"' in home and "data-ocop-offline" not in home
    assert 'href="catalogue/index.html"' in (offline_copy / "index.html").read_text(encoding="utf-8")


def test_the_copy_has_the_note_and_leaves_out_what_cannot_work_from_disk(sample_site, offline_copy):
    for left_out in ("pagefind", "404.html", "admin"):
        assert (sample_site / left_out).exists() and not (offline_copy / left_out).exists(), left_out
    for kept in ("booklet-vi.pdf", "booklet-en.pdf", "fairs.ics", "data/catalogue.json", "data/products.csv"):
        assert (offline_copy / kept).read_bytes() == (sample_site / kept).read_bytes()
    note = (offline_copy / NOTE_NAME).read_bytes().decode("utf-8-sig")
    assert "Mở tệp index.html" in note and "Open index.html" in note
    assert note.index("Mở tệp") < note.index("Open index.html")
    assert "https://example.github.io/ocop/" in note
    assert note.startswith("OCOP Quảng Ninh: bản sao") and "\r\nOCOP Quang Ninh: a copy" in note


def test_zip_has_the_note_and_index_at_its_top_and_the_same_bytes_twice(sample_site, offline_copy, tmp_path,
                                                                         monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    first, second = tmp_path / "a" / "ocop.zip", tmp_path / "b" / "ocop.zip"
    for out in (first, second):
        assert main(["offline", "--root", str(ROOT), "--site", str(sample_site), "--zip", "--output", str(out)]) == 0
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
        assert archive.read("index.html") == (offline_copy / "index.html").read_bytes()
    assert names[0] == NOTE_NAME and "index.html" in names
    assert sorted(names) == sorted(p.relative_to(offline_copy).as_posix() for p in offline_copy.rglob("*")
                                   if p.is_file())


def test_an_earlier_copy_is_replaced_and_anything_else_is_left_alone(sample_site, tmp_path, capsys):
    out = tmp_path / "usb"
    args = ["offline", "--root", str(ROOT), "--site", str(sample_site), "--output", str(out)]
    assert main(args) == 0
    pages = sum(1 for p in out.rglob("*.html"))
    files = sum(1 for p in out.rglob("*") if p.is_file())
    assert re.fullmatch(rf"{out}: bản sao {pages} trang, {files} tệp, [\d.]+ MB; mở {out}/index.html\n",
                        capsys.readouterr().out)
    (out / "stray.txt").write_text("from the earlier copy")
    assert main(args) == 0
    assert not (out / "stray.txt").exists() and (out / "index.html").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["usb"]  # nothing left beside it

    mine = tmp_path / "documents"
    mine.mkdir()
    (mine / "letter.txt").write_text("keep me")
    capsys.readouterr()
    assert main(["offline", "--root", str(ROOT), "--site", str(sample_site), "--output", str(mine)]) == 1
    assert (mine / "letter.txt").read_text() == "keep me" and len(list(mine.iterdir())) == 1
    assert "không phải một bản sao cũ; không ghi đè" in capsys.readouterr().err


def test_pages_shared_among_processes_make_the_same_copy(sample_site, tmp_path, monkeypatch):
    from generator.offline import copy

    alone = copy.write_folder(sample_site, tmp_path / "alone", "note", jobs=1)
    monkeypatch.setattr(copy, "PAGES_PER_CORE", 10)
    shared = copy.write_folder(sample_site, tmp_path / "shared", "note", jobs=2)
    assert (alone.pages, alone.files, alone.links, alone.broken) == (shared.pages, shared.files, shared.links, [])
    files = sorted(p.relative_to(tmp_path / "alone") for p in (tmp_path / "alone").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "shared") for p in (tmp_path / "shared").rglob("*") if p.is_file())
    for rel in files:
        assert (tmp_path / "alone" / rel).read_bytes() == (tmp_path / "shared" / rel).read_bytes(), rel


def test_an_html_file_in_another_encoding_is_copied_as_it_is(tmp_path):
    from generator.offline import copy

    site = tmp_path / "site"
    (site / "old").mkdir(parents=True)
    (site / "index.html").write_text('<html lang="vi"><h1>Trang chủ</h1><a href="old/">cũ</a></html>', encoding="utf-8")
    (site / "old" / "index.html").write_bytes("<html><h1>Trang cũ</h1></html>".encode("utf-16"))
    copied = copy.write_folder(site, tmp_path / "copy", "note")
    assert (tmp_path / "copy" / "old" / "index.html").read_bytes() == (site / "old" / "index.html").read_bytes()
    assert 'href="old/index.html"' in (tmp_path / "copy" / "index.html").read_text(encoding="utf-8")
    assert copied.broken == []


def test_output_inside_the_site_is_refused(sample_site, capsys):
    assert main(["offline", "--site", str(sample_site), "--output", str(sample_site / "usb"), "--lang", "en"]) == 2
    assert "must not be inside the built site" in capsys.readouterr().err
    assert not (sample_site / "usb").exists()


def test_no_built_site(tmp_path, capsys):
    assert main(["offline", "--site", str(tmp_path / "nowhere"), "--output", str(tmp_path / "c"), "--lang", "en"]) == 1
    assert "no built site in" in capsys.readouterr().err
    assert not (tmp_path / "c").exists()


def _catalogue(root: Path, products: int) -> Path:
    files = {f"products/san-pham-{n:02d}.yml": PRODUCT.replace("Rượu mơ Yên Tử", f"Sản phẩm số {n:02d}")
             .replace("Yen Tu apricot liqueur", f"Product {n:02d}") for n in range(products)}
    root.mkdir()
    write_catalogue(scaffold(root), files, base=True)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("booklet: true", "booklet: false"), encoding="utf-8")
    return root


def test_builds_the_site_first_and_pages_of_a_listing_link_to_files(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    root = _catalogue(tmp_path / "catalogue", 50)
    out = tmp_path / "copy"
    assert main(["offline", "--root", str(root), "--output", str(out)]) == 0
    assert not (root / "site").exists()  # the published build is not touched
    listing = (out / "catalogue" / "index.html").read_text(encoding="utf-8")
    assert '<a rel="next" href="../catalogue/page-2/index.html">' in listing
    assert 'href="../../index.html"' in (out / "catalogue" / "page-2" / "index.html").read_text(encoding="utf-8")

    (root / "products" / "san-pham-00.yml").write_text("name: [", encoding="utf-8")
    assert main(["offline", "--root", str(root), "--output", str(tmp_path / "second")]) == 1
    assert not (tmp_path / "second").exists()


# --- a visitor in Chromium, from file:// -----------------------------------------------------------

def _redirect(page: Path) -> bool:
    return 'http-equiv="refresh"' in page.read_text(encoding="utf-8")


def _samples(copy: Path) -> list[str]:
    """One page of every kind in each language: each section's index page and its first page
    below (for categories, both a product set and a category; for the catalogue, a sorted
    filter)."""
    found = []
    prefixes = [lang.prefix for lang in configured_languages(ROOT)]
    for prefix in prefixes:
        found.append(prefix)
        for section in sorted(p for p in (copy / prefix).iterdir() if p.is_dir()):
            if section.name + "/" in prefixes or section.name == "assets":
                continue
            base = prefix + section.name + "/"
            if (section / "index.html").is_file() and not _redirect(section / "index.html"):
                found.append(base)
            inner = sorted(p.name for p in section.iterdir()
                           if (p / "index.html").is_file() and not _redirect(p / "index.html"))
            picks = {next((n for n in inner if n.isdigit()), None), next((n for n in inner if not n.isdigit()), None)}
            found += [base + n + "/" for n in sorted(p for p in picks if p)]
            if section.name == "catalogue":
                found.append(base + "stars-5/newest/")
    return found


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def _landing(tab) -> dict:
    tab.wait_for_load_state("domcontentloaded")
    return tab.evaluate("""() => ({
        h1: document.querySelector(".md-content h1")?.textContent.trim() || "",
        lang: document.documentElement.lang,
        listing: document.title.startsWith("Index of"),
    })""")


def test_every_internal_link_of_every_page_kind_opens_a_page_from_disk(browser, offline_copy):
    """Each link is followed by going to the address the browser resolved from it (what a click
    does: the site has no script that intercepts clicks). Photos, fonts, styles and scripts are
    not loaded for these 500-odd visits; the photo test below loads them."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route("**/*", lambda route: route.abort() if route.request.resource_type in (
        "image", "font", "stylesheet", "script") else route.continue_())
    tab = context.new_page()
    samples = _samples(offline_copy)
    kinds = {re.sub(r"^en/", "", s).split("/")[0] for s in samples}
    assert {"", "catalogue", "products", "producers", "localities", "categories", "fairs", "plans", "statistics",
            "data", "search", "about", "star-badges"} <= kinds
    links: dict[str, list[str]] = {}  # address -> pages linking to it
    switches: list[tuple[str, str, str]] = []  # (page, hreflang, address)
    for sample in samples:
        tab.goto((offline_copy / sample / "index.html").as_uri())
        found = tab.evaluate("""() => [...document.querySelectorAll("a[href], form[action]")].map(e => [
            e.href || e.action, e.matches(".md-select__link") ? e.getAttribute("hreflang") : ""])""")
        for address, hreflang in found:
            if not address.startswith("file:"):
                continue
            address = address.split("#")[0]
            links.setdefault(address, []).append(sample)
            if hreflang:
                switches.append((sample, hreflang, address))
    landed = {}
    for address, pages in links.items():
        path = Path(unquote(urlsplit(address).path))
        if not path.name.endswith(".html"):
            assert path.is_file(), f"{address} (linked from {pages[0]})"
            continue
        tab.goto(address, wait_until="domcontentloaded")
        landed[address] = _landing(tab)
        assert landed[address]["h1"] and not landed[address]["listing"], f"{address} (linked from {pages[0]})"
    assert len(landed) > 150
    assert {hreflang for _, hreflang, _ in switches} == set(configured_languages(ROOT).codes)
    for sample, hreflang, address in switches:
        assert landed[address]["lang"] == hreflang, f"{sample}: switcher to {hreflang}"
    context.close()


def test_a_trimmed_address_that_redirects_lands_on_a_page_from_disk(tab, offline_copy):
    """products/ and data/schemas/ are small pages that send the browser on (a meta refresh)."""
    redirects = sorted(p for p in offline_copy.rglob("index.html") if _redirect(p))
    assert {p.parent.relative_to(offline_copy).as_posix() for p in redirects} >= {"products", "en/products",
                                                                                 "data/schemas"}
    for page in redirects:
        tab.goto(page.as_uri())
        tab.wait_for_url(lambda url: url != page.as_uri())
        assert tab.url.endswith("/index.html")
        landed = _landing(tab)
        assert landed["h1"] and not landed["listing"], page


def test_card_switcher_and_photos_by_clicks(tab, offline_copy):
    tab.goto((offline_copy / "index.html").as_uri())
    card = tab.locator(".ocop-card__link").first
    name = card.locator(".ocop-card__name").inner_text()
    card.click()
    assert tab.locator("h1").inner_text() == name and tab.url.endswith("/index.html")
    photos = tab.locator("img.ocop-photo, .ocop-photos img, main img[srcset]")
    assert photos.count() >= 1
    for i in range(photos.count()):
        photos.nth(i).scroll_into_view_if_needed()
        photos.nth(i).evaluate("img => img.decode()")
        assert photos.nth(i).evaluate("img => img.complete && img.naturalWidth > 0"), i
    vi_path = tab.url.split("/copy/")[1]
    tab.get_by_role("button", name="Chọn ngôn ngữ").click()
    tab.get_by_role("link", name="English").click()
    assert tab.url.split("/copy/")[1] == "en/" + vi_path
    assert tab.locator("html").get_attribute("lang") == "en"
    tab.locator(".md-sidebar--primary").get_by_role("link", name="Statistics").click()
    assert tab.url.endswith("/copy/en/statistics/index.html")
    assert tab.locator("figure.ocop-chart > svg").count() >= 3  # drawn in the page: nothing to load
    tab.locator(".md-header .md-logo").first.click()
    assert re.search(r"/copy/(en/)?index\.html$", tab.url) and _landing(tab)["h1"]
    assert tab.locator(".ocop-card .ocop-badge").first.is_visible()


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize(("lang", "prefix", "words", "five"), [
    ("vi", "", "Tìm kiếm chỉ có khi trực tuyến", "5 sao"),
    ("en", "en/", "Search works online only", "5 stars"),
])
def test_search_from_disk_says_so_and_offers_the_listings(browser, offline_copy, width, lang, prefix, words, five):
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.goto((offline_copy / prefix / "products" / "ruou-mo-yen-tu" / "index.html").as_uri())
    assert tab.locator(".ocop-header-search__input").count() == 0
    header = tab.locator(".ocop-header-offline")
    assert header.get_attribute("title").startswith(("Bản sao mở từ ổ đĩa", "This copy, opened from disk"))
    assert header.locator(".ocop-header-offline__text").is_visible() == (width > 700)
    if width > 700:
        assert header.inner_text().strip() == words
    header.click()
    assert tab.url.endswith(f"{prefix}search/index.html")
    assert tab.locator("html").get_attribute("lang") == lang
    assert tab.locator(".ocop-search").is_hidden() and tab.locator("#ocop-search-more").is_hidden()
    offer = tab.locator("#ocop-search-unavailable")
    assert offer.is_visible()
    assert offer.locator("a").count() > 20  # stars, every product set and locality with products
    offer.get_by_role("link", name=five, exact=True).click()
    assert _landing(tab)["h1"] and tab.url.endswith(f"{prefix}catalogue/stars-5/index.html")
    context.close()


def test_published_site_from_disk_shows_folders_but_its_search_page_offers_the_listings(tab, sample_site):
    """What README says of `site/` opened from disk: a link shows a folder's listing; the search
    page, whose module script browsers refuse from disk, lists the catalogue instead."""
    tab.goto((sample_site / "index.html").as_uri())
    tab.locator(".ocop-card__link").first.click()
    assert _landing(tab)["listing"] and not _landing(tab)["h1"]
    tab.goto((sample_site / "search" / "index.html").as_uri())
    assert tab.locator("#ocop-search-unavailable").is_visible()
    assert tab.locator(".ocop-search").is_hidden()
    assert os.path.isdir(sample_site / "pagefind")


def test_online_search_page_offers_the_listings_when_the_index_does_not_load(browser, sample_site):
    from tests.browser import serve

    context = browser.new_context(viewport={"width": 390, "height": 900})
    context.route("**/pagefind/**", lambda route: route.abort())
    tab = context.new_page()
    with serve(sample_site) as url:
        tab.goto(url + "en/search/")
        offer = tab.locator("#ocop-search-unavailable")
        offer.wait_for(state="visible")
        assert "when the connection drops" in offer.inner_text()
        offer.get_by_role("link", name="5 stars", exact=True).click()
        assert tab.url == url + "en/catalogue/stars-5/" and _landing(tab)["h1"]
    context.close()


@pytest.mark.parametrize(("path", "words"), [
    ("kiem-tra/index.html", "trang mở trực tiếp từ ổ đĩa"),
    ("en/verify/index.html", "the page was opened from disk"),
])
def test_label_check_from_disk_says_it_needs_the_online_site(tab, offline_copy, sample_site, path, words):
    for folder in (offline_copy, sample_site):
        tab.goto((folder / path).as_uri())
        message = tab.locator("#ocop-verify-unavailable")
        assert message.is_visible() and words in message.inner_text(), folder
        assert tab.locator(".ocop-verify").is_hidden()
        message.get_by_role("link").click()
        if folder == offline_copy:
            assert tab.url.endswith("catalogue/index.html") and _landing(tab)["h1"]
