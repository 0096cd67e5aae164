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


def test_the_pdf_is_tagged_for_accessibility(reader):
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] == True and "/StructTreeRoot" in root  # noqa: E712 (a PDF boolean)
    assert b"pdfuaid:part" in root["/Metadata"].get_object().get_data()


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
    assert plan.total == plan.index_first + plan.index_pages - 1  # the two fairs fit under the index
    assert plan.fairs_first == plan.total and plan.fairs_pages == 0
    many = paginate(site, "vi", current, "A4", upcoming_fairs=9)
    assert many.fairs_first == many.index_first + many.index_pages and many.fairs_pages == 2
    assert many.total == many.fairs_first + 1
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


def test_print_shop_booklet_has_bleed_crop_marks_and_divider_pages(tmp_path):
    import sys

    from tests.sitebuild import ROOT

    out = tmp_path / "shop.pdf"
    run = subprocess.run([sys.executable, "-m", "generator.cli", "booklet", "--root", str(ROOT), "--print-shop",
                          "--dividers", "--today", "2026-11-23", "--output", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    reader = PdfReader(out)
    bleed = 3 / 25.4 * 72
    for page in reader.pages:
        assert page.trimbox.width == pytest.approx(210 / 25.4 * 72, abs=1)  # the A4 page after cutting
        assert page.mediabox.width == pytest.approx(page.trimbox.width + 2 * bleed, abs=1)
        assert page.bleedbox.width == pytest.approx(page.mediabox.width, abs=1)
    text = [page.extract_text() for page in reader.pages]
    chapters = [item for item in reader.outline if not isinstance(item, list) and re.match(r"[IV]+\. ", item.title)]
    for item in chapters:  # a divider page holds the chapter's title and nothing else
        number = reader.get_destination_page_number(item)
        assert item.title.split(". ", 1)[1][:10] in text[number] and "OCOP" not in text[number]


def _ink(png) -> float:
    from PIL import Image

    image = Image.open(png).convert("L")
    return sum(image.histogram()[:235]) / (image.width * image.height)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is needed")
def test_no_near_empty_page_and_a_quarter_fewer_pages_per_product(sample_site, tmp_path, reader, catalogue):
    """A title-only chapter page had under 1% of its area inked; the thinnest page now is the contents."""
    subprocess.run(["pdftoppm", "-r", "20", "-gray", str(sample_site / "booklet-vi.pdf"), str(tmp_path / "p")],
                   check=True)
    inked = {png.name: _ink(png) for png in sorted(tmp_path.glob("p-*.pgm"))}
    assert len(inked) == len(reader.pages)
    assert min(inked.values()) > 0.02, inked
    site = SiteData(catalogue, TODAY)
    current = [s for s in site.name_order("vi") if site.info[s].current]
    old = paginate(site, "vi", current, "A4", upcoming_fairs=1, dividers=True)  # the layout before: a title page a chapter
    assert len(reader.pages) <= 0.75 * (old.total + 1)  # (+1: the fairs had a page of their own)


def test_chapters_start_on_the_page_of_their_first_cards(catalogue):
    site = SiteData(catalogue, TODAY)
    current = [s for s in site.name_order("vi") if site.info[s].current]
    plan = paginate(site, "vi", current, "A4", upcoming_fairs=1)
    for chapter in plan.chapters:
        assert plan.product_page[chapter.slugs[0]] == chapter.first_page
    for sheet in plan.sheets:
        assert sheet.slots[-1][0] == "card"  # a heading never ends a page
    divided = paginate(site, "vi", current, "A4", upcoming_fairs=1, dividers=True)
    for chapter in divided.chapters:
        assert divided.product_page[chapter.slugs[0]] == chapter.first_page + 1


def test_card_text_is_whole_or_cut_at_a_word_with_an_ellipsis(tmp_path, monkeypatch):
    """Laid out by WeasyPrint: every line of a card's fields is drawn inside the card, and each
    field shows all of its (possibly shortened) text."""
    from PIL import ImageFile

    # importing WeasyPrint makes Pillow accept truncated images, for the whole process: undone after
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", ImageFile.LOAD_TRUNCATED_IMAGES)
    from weasyprint import HTML

    from generator.booklet.render import Booklet, BookletOptions
    from generator.pages.charts import shorten
    from generator.rules import validate
    from tests.conftest import PRODUCER, PRODUCT, write_catalogue
    from tests.sitebuild import ROOT

    long_name = "Rượu mơ lông Yên Tử ngâm ba năm trong chum sành men rạn Đông Triều, hạ thổ dưới gốc mơ cổ thụ"
    write_catalogue(tmp_path, {
        "products/ruou-mo-yen-tu.yml": PRODUCT.replace("Rượu mơ Yên Tử", f'"{long_name}"'),
        "producers/htx-yen-tu.yml": PRODUCER + "address: Thôn Nam Mẫu 2, xã Thượng Yên Công, thành phố Uông Bí "
                                               "(nay là phường Yên Tử), tỉnh Quảng Ninh, Việt Nam\n"})
    catalogue, issues = validate(str(tmp_path), TODAY)
    assert catalogue.products["ruou-mo-yen-tu"].name.vi == long_name, issues
    booklet = Booklet(SiteData(catalogue, TODAY), BookletOptions(fonts=ROOT / "theme_overrides" / "assets" / "fonts",
                                                                 cache=tmp_path / "cache"))
    parts = dict(booklet.html_parts(booklet.pagination()))
    document = HTML(string=parts["sheets-0"], base_url=str(tmp_path)).render()
    fields = ("card__name", "card__set", "card__cert", "card__maker", "card__price")
    checked = 0
    for page in document.pages:
        for box in page._page_box.descendants():
            classes = (box.element.get("class") or "").split() if box.element is not None else []
            if "card__text" in classes and box.element_tag == "div" and hasattr(box, "children"):
                bottom = box.content_box_y() + box.height
                for child in box.children:
                    name = next((c for c in (child.element.get("class") or "").split() if c in fields), None)
                    if name is None:
                        continue
                    drawn = " ".join("".join(b.text for b in child.descendants() if hasattr(b, "text")).split())
                    written = " ".join("".join(child.element.itertext()).split())
                    assert drawn.replace(" ", "") == written.replace(" ", ""), (name, drawn, written)
                    assert child.position_y + child.margin_height() <= bottom + 0.5, name
                    checked += 1
    assert checked >= 4
    assert shorten(long_name, 64) in parts["sheets-0"] and shorten(long_name, 64).endswith("…")
    assert long_name.startswith(shorten(long_name, 64)[:-1])


# --- the Chinese booklet: a subset of the machine's CJK font (generator/booklet/cjk.py) ----------------

def _cjk_font() -> bool:
    from generator.booklet.cjk import FontMissing, find_faces

    try:
        return bool(find_faces())
    except FontMissing:
        return False


needs_cjk_font = pytest.mark.skipif(not _cjk_font(), reason="a CJK font is needed (apt-get install fonts-noto-cjk)")


def _ocop(*args: str) -> subprocess.CompletedProcess:
    import sys

    from tests.sitebuild import ROOT

    return subprocess.run([sys.executable, "-m", "generator.cli", "booklet", "--root", str(ROOT),
                           "--today", "2026-11-23", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def zh_pdf(tmp_path_factory):
    if not _cjk_font():
        pytest.skip("a CJK font is needed (apt-get install fonts-noto-cjk)")
    out = tmp_path_factory.mktemp("zh") / "booklet-zh.pdf"
    run = _ocop("--lang", "zh", "--output", str(out))
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"{out}: 12 trang\n"  # messages stay Vietnamese: ocop speaks vi or en
    return out


@pytest.fixture(scope="module")
def zh_text(zh_pdf):
    pages = subprocess.run(["pdftotext", "-layout", str(zh_pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    return [" ".join(page.split()) for page in pages if page.strip()]


@needs_cjk_font
@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed")
def test_chinese_booklet_prints_chinese_names_and_words(zh_text, catalogue):
    whole = " ".join(zh_text)
    site = SiteData(catalogue, TODAY)
    chinese = [p.name.own("zh") for s, p in catalogue.products.items() if p.name.own("zh") and site.info[s].current]
    assert len(chinese) >= 8 and all(name in whole for name in chinese), [n for n in chinese if n not in whole]
    assert "OCOP 产品目录" in zh_text[0] and "广宁" in zh_text[0] and "数据截至 2026年11月23日" in zh_text[0]
    assert "OCOP 产品：44" in zh_text[0]
    assert zh_text[1].startswith("目录") and "生产主体索引" in zh_text[1] and "即将举办：展销会" in zh_text[1]
    for number, page in enumerate(zh_text[1:], start=2):
        assert f"第 {number} 页，共 {len(zh_text)} 页" in page
    assert "I. 食品" in zh_text[2] and "个产品" in zh_text[2] and "电话：" in zh_text[2]


@needs_cjk_font
@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils is needed")
def test_chinese_booklet_embeds_a_small_subset_of_the_cjk_font(zh_pdf):
    fonts = subprocess.run(["pdffonts", str(zh_pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    cjk = [row for row in rows if "OCOP-CJK-SC" in row[0]]
    assert len(cjk) == 2  # regular and bold
    for row in cjk:
        assert re.fullmatch(r"[A-Z]{6}\+OCOP-CJK-SC(-Bold)?", row[0]) and row[-5:-2] == ["yes", "yes", "yes"]
    assert not [row for row in rows if "CJK" in row[0] and "OCOP" not in row[0]]  # no other CJK font
    reader = PdfReader(zh_pdf)
    embedded = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            stream = descriptor.get("/FontFile3") or descriptor.get("/FontFile2")
            embedded[str(font["/BaseFont"])] = len(stream.get_object()._data)
    cjk_bytes = sum(size for name, size in embedded.items() if "OCOP-CJK-SC" in name)
    assert 10_000 < cjk_bytes < 100_000, embedded  # tens of KB: the faces are 16 MB each
    assert reader.trailer["/Root"]["/Lang"] == "zh"
    assert reader.metadata.title == "广宁 OCOP 产品目录"


@needs_cjk_font
def test_chinese_booklet_stays_close_to_the_vietnamese_one_in_size(zh_pdf, sample_site):
    vi = (sample_site / "booklet-vi.pdf").stat().st_size
    assert zh_pdf.stat().st_size <= vi * 1.15, (zh_pdf.stat().st_size, vi)


@needs_cjk_font
def test_chinese_booklet_is_the_same_bytes_from_an_empty_cache(zh_pdf, tmp_path, catalogue):
    from generator.booklet.build import print_photos, write_booklet
    from generator.load.settings import configured_languages
    from tests.sitebuild import ROOT

    site = SiteData(catalogue, TODAY, configured_languages(ROOT))
    photos, _ = print_photos(site, ROOT, ROOT / ".cache" / "ocop")
    out = tmp_path / "again.pdf"
    write_booklet(site, ROOT, out, lang="zh", site_url="https://example.github.io/ocop/", cache_dir=tmp_path / "cache",
                  photos=photos)  # the fonts unpacked and cut anew into an empty cache
    assert sorted(p.name.split("-")[0] for p in (tmp_path / "cache" / "fonts").iterdir()) == ["be", "be", "cjk", "cjk"]
    assert out.read_bytes() == zh_pdf.read_bytes()


def test_booklet_language_is_one_of_the_sites(tmp_path):
    run = _ocop("--lang", "fr", "--output", str(tmp_path / "fr.pdf"))
    assert run.returncode == 2 and not (tmp_path / "fr.pdf").exists()
    assert run.stderr == ("ocop booklet: lỗi: --lang: trang không có ngôn ngữ 'fr'; hãy chọn một trong vi, en, zh "
                          "(languages trong mkdocs.yml)\n")


def test_chinese_booklet_without_a_cjk_font_says_what_to_install_and_writes_nothing(tmp_path):
    run = _ocop("--lang", "zh", "--font-dir", str(tmp_path), "--output", str(tmp_path / "zh.pdf"))
    assert run.returncode == 1 and run.stdout == "" and "Traceback" not in run.stderr
    assert run.stderr == (f"--font-dir {tmp_path}: không có phông chữ tiếng Trung giản thể (Noto Sans CJK SC, Source "
                          "Han Sans SC, Noto Sans SC; tệp .ttc, .otf hoặc .ttf) trong thư mục này.\n")
    assert not (tmp_path / "zh.pdf").exists()


def test_no_cjk_font_on_the_machine_in_english_when_ocop_speaks_english(tmp_path, monkeypatch, capsys):
    from generator import cli
    from generator.booklet import cjk

    (tmp_path / "mkdocs.yml").write_text("plugins:\n  - ocop:\n      languages: [vi, en, zh]\n      messages: en\n",
                                         encoding="utf-8")
    monkeypatch.setattr(cjk, "DEBIAN", tmp_path / "no-such-folder")
    monkeypatch.setenv("PATH", str(tmp_path))  # no fc-list
    assert cli.main(["booklet", "--root", str(tmp_path), "--lang", "zh", "--output", str(tmp_path / "zh.pdf")]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err == cjk.FontMissing().message("en") + "\n"
    assert err.startswith("The Chinese booklet needs the font Noto Sans CJK SC") and not (tmp_path / "zh.pdf").exists()


def test_a_site_build_with_a_chinese_booklet_and_no_cjk_font_stops_saying_what_to_install(catalogue, tmp_path,
                                                                                          monkeypatch):
    from types import SimpleNamespace

    from mkdocs.exceptions import PluginError

    from generator.booklet import cjk
    from generator.load.settings import configured_languages
    from generator.plugin import OcopPlugin
    from tests.sitebuild import ROOT

    monkeypatch.setattr(cjk, "DEBIAN", tmp_path / "no-such-folder")
    monkeypatch.setenv("PATH", str(tmp_path))  # no fc-list
    plugin = OcopPlugin()
    errors, _ = plugin.load_config({"booklet": True, "booklet_languages": ["vi", "zh"], "messages": "en"})
    assert not errors
    plugin.root = ROOT
    plugin.photo_cache = None
    plugin.renderer = SimpleNamespace(site=SiteData(catalogue, TODAY, configured_languages(ROOT)), photos={},
                                      booklets=("zh",))
    config = SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"),
                             site_url="")
    with pytest.raises(PluginError) as stopped:
        plugin._booklets(config)
    assert str(stopped.value) == ("booklet-zh.pdf: The Chinese booklet needs the font Noto Sans CJK SC, which this "
                                  "machine does not have. Install the package fonts-noto-cjk (Debian, Ubuntu: sudo "
                                  "apt-get install fonts-noto-cjk).")
    assert not (tmp_path / "site").exists()
