"""A second catalogue, a centrally-run city: Hà Nội (tests/fixtures/hanoi), built end to end like
the sample: validation, site, search, booklet. Its communes and wards are the real ones after
July 2025; its certificates are signed the way Hà Nội's decisions spell their signers. Nothing
of the sample province may show anywhere in what it builds."""

from __future__ import annotations

import datetime as dt
import gzip
import html
import re
import shutil
import unicodedata
from pathlib import Path
from urllib.parse import quote

import pytest
from pypdf import PdfReader

from generator.rules import validate
from tests.browser import serve
from tests.sitebuild import ROOT, build

HANOI = ROOT / "tests" / "fixtures" / "hanoi"
TODAY = dt.date(2026, 11, 23)
SAMPLE_PROVINCE = re.compile(r"qu[aả]ng[\s_-]*ninh", re.I)

# Every spelling of a signer in the fixture, as decisions print them.
SIGNERS = {
    "binh-gom-men-ran-bat-trang": "UBND thành phố Hà Nội",  # 4★, 2025: the city signs as a province
    "com-lang-vong": "UBND thành phố Hà Nội",  # 3★ after 5 July 2025 (Decision 1489): the city
    "sua-chua-suoi-hai": "UBND TP. Hà Nội",
    "mat-ong-ba-vi": "UBND TP Hà Nội",
    "diem-du-lich-lang-gom-bat-trang": "UBND TP Hà Nội",  # 4★ in 2022 (Decision 1048)
    "gio-may-tre-dan-phu-vinh": "Ủy ban nhân dân Thành phố Hà Nội",
    "khan-choang-lua-ha-dong": "Chủ tịch UBND thành phố Hà Nội",  # 2026, Decision 26/2026
    "buoi-dien-phu-dien": "UBND quận Bắc Từ Liêm",  # 3★ by a district before 1 July 2025 (Decision 148)
    "banh-te-phu-nhi": "UBND thị xã Sơn Tây",
    "che-xanh-ba-vi": "UBND huyện Ba Vì",
    "mo-muoi-huong-son": "UBND huyện Mỹ Đức",  # 16 June 2025, two weeks before districts ended
    "khan-lua-van-phuc": "Bộ Nông nghiệp và Môi trường",  # 5★ after the ministry's rename
    "tra-sen-tay-ho": "Bộ Nông nghiệp và Phát triển nông thôn",  # 5★ before it
}


@pytest.fixture(scope="module")
def hanoi_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hanoi")
    shutil.copytree(HANOI, root, dirs_exist_ok=True)
    out = root / "site"
    run = build(root, out)
    assert run.returncode == 0, run.stderr[-3000:]
    return out


def test_the_fixture_spells_its_signers_as_decisions_do():
    catalogue, _ = validate(str(HANOI), TODAY)
    assert {slug: p.certificate.issued_by for slug, p in catalogue.products.items()} == SIGNERS
    assert catalogue.province.code == "01" and len(catalogue.province.localities) >= 12


def test_the_city_validates_clean():
    """Needs the city rules (rules12): `kind: city` in province.yml, "UBND TP. Hà Nội" and
    "UBND TP Hà Nội" read as the city's People's Committee."""
    _, found = validate(str(HANOI), TODAY)
    assert [str(issue) for issue in found] == []


def test_site_name_description_and_footer_are_the_citys_in_each_language(hanoi_site):
    vi = (hanoi_site / "products" / "com-lang-vong" / "index.html").read_text(encoding="utf-8")
    en = (hanoi_site / "en" / "products" / "com-lang-vong" / "index.html").read_text(encoding="utf-8")
    assert "- OCOP Hà Nội</title>" in vi and "- OCOP Hanoi</title>" in en
    assert 'content="Danh mục sản phẩm OCOP (Mỗi xã một sản phẩm) của thành phố Hà Nội"' in vi
    assert 'content="Catalogue of OCOP (One Commune One Product) products of Hanoi"' in en
    assert re.search(r'md-copyright__highlight">\s*Danh mục sản phẩm OCOP thành phố Hà Nội\s*<', vi)
    assert re.search(r'md-copyright__highlight">\s*OCOP product catalogue of Hanoi\s*<', en)


def test_every_product_has_its_page_in_both_languages(hanoi_site):
    for slug in SIGNERS:
        assert (hanoi_site / "products" / slug / "index.html").is_file()
        assert (hanoi_site / "en" / "products" / slug / "index.html").is_file()
    locality = (hanoi_site / "localities" / "bat-trang" / "index.html").read_text(encoding="utf-8")
    assert "Bình gốm men rạn Bát Tràng" in locality


def test_search_finds_the_citys_products(hanoi_site, browser):
    page = browser.new_page(viewport={"width": 390, "height": 900})
    try:
        with serve(hanoi_site) as url:
            found = {}
            for lang, prefix, query in (("vi", "", "gom bat trang"), ("en", "en/", "silk")):
                page.goto(f"{url}{prefix}search/?q={quote(query)}")
                page.wait_for_selector("#ocop-search-results[aria-busy=false]", state="attached")
                found[lang] = page.locator("#ocop-search-results .ocop-card__name").all_inner_texts()
    finally:
        page.close()
    assert "Bình gốm men rạn Bát Tràng" in found["vi"] and "Điểm du lịch làng gốm Bát Tràng" in found["vi"]
    assert {"Van Phuc silk scarf", "Ha Dong silk shawl"} <= set(found["en"])


def test_booklet_is_the_citys(hanoi_site):
    reader = PdfReader(hanoi_site / "booklet-vi.pdf")
    assert reader.metadata.title == "Danh mục sản phẩm OCOP Hà Nội"
    assert PdfReader(hanoi_site / "booklet-en.pdf").metadata.title == "OCOP product catalogue, Hanoi"
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Khăn lụa Vạn Phúc" in text and "Cốm làng Vòng" in text
    assert "Bánh tẻ Phú Nhi" not in text  # expired on 2026-11-20


def test_nothing_built_names_the_sample_province(hanoi_site):
    """Pages, open data, schemas, calendars, the search index (unzipped) and both booklets."""
    found = []
    for path in sorted(hanoi_site.rglob("*")):
        if path.is_file() and SAMPLE_PROVINCE.search(_text_of(path)):
            found.append(path.relative_to(hanoi_site).as_posix())
    assert found == []


def _text_of(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
        text += str(PdfReader(path).metadata)
    else:
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        text = data.decode("utf-8", errors="replace")
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)  # JSON escapes
    return unicodedata.normalize("NFC", html.unescape(text))
