"""The Chinese booklet's CJK font (generator/booklet/cjk.py): found on the machine or in --font-dir,
one face taken out of its collection, cut down to the characters the booklet prints that Be Vietnam
Pro lacks, with Be Vietnam Pro's line metrics, cached by content; and one clear message when there
is no such font. The booklet built with it is tested in tests/test_booklet.py."""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont

from generator.booklet import cjk
from generator.booklet.fonts import booklet_fonts
from tests.sitebuild import ROOT


def _machine_faces():
    try:
        return cjk.find_faces()
    except cjk.FontMissing:
        return None


FACES = _machine_faces()
needs_font = pytest.mark.skipif(FACES is None, reason="a CJK font is needed (apt-get install fonts-noto-cjk)")
TEXT = "广宁 OCOP 产品目录：第 3 页，共 12 页。Trà hoa vàng Ba Chẽ 巴扯金花茶 ₫45,000"
CHINESE = "广宁产品目录第页共巴扯金花茶"  # and the full-width colon, comma and full stop, which Be Vietnam Pro lacks


@pytest.fixture(scope="module")
def latin(tmp_path_factory):
    """Be Vietnam Pro regular, unpacked to TrueType as the booklet has it."""
    return booklet_fonts(ROOT / "theme_overrides" / "assets" / "fonts", tmp_path_factory.mktemp("latin"))[400]


@pytest.fixture(scope="module")
def subsets(latin, tmp_path_factory):
    return cjk.cjk_fonts(FACES, TEXT, latin, tmp_path_factory.mktemp("cache"))


def test_printed_text_is_what_the_pages_draw():
    html = ('<html><head><title>标题</title><style>p::after { content: "样式" }</style></head><body>'
            '<p>第 1 页&#xff0c;共 2 页</p><svg><title>二维码</title><desc>说明</desc><text>已失效</text></svg>'
            '<img alt="图片"></body></html>')
    assert cjk.printed_text(html) == "第 1 页，共 2 页已失效"


@pytest.mark.parametrize("lang, cjk_needed", [("zh", True), ("zh-Hans", True), ("vi", False), ("en", False)])
def test_which_languages_need_the_cjk_font(lang, cjk_needed):
    assert cjk.needs_cjk(lang) is cjk_needed


def test_the_characters_needed_are_those_be_vietnam_pro_lacks(latin):
    assert cjk.needed(TEXT, latin) == "".join(sorted(set(CHINESE + "：，。")))


@needs_font
def test_the_simplified_chinese_faces_are_picked_out_of_their_collections():
    for weight, face in FACES.items():
        with TTFont(str(face.path), fontNumber=face.index, lazy=True) as font:
            assert font["name"].getDebugName(1) in cjk.FAMILIES  # not the JP, KR, TC or Mono face beside it
            assert font["OS/2"].usWeightClass == face.weight == weight


@needs_font
def test_font_dir_comes_first_and_one_weight_serves_both(tmp_path):
    (tmp_path / "NotoSansCJK-Regular.ttc").symlink_to(FACES[400].path)
    (tmp_path / "notes.txt").write_text("not a font", encoding="utf-8")
    faces = cjk.find_faces(tmp_path)
    assert faces[400].path.parent == faces[700].path.parent == tmp_path
    assert faces[400] == faces[700] and faces[400].index == FACES[400].index


@needs_font
def test_the_subset_holds_exactly_the_characters_needed(subsets):
    for weight, path in subsets.items():
        font = TTFont(str(path))
        assert "".join(sorted(map(chr, font.getBestCmap()))) == "".join(sorted(set(CHINESE + "：，。")))
        assert len(font.getGlyphOrder()) == len(set(CHINESE + "：，。")) + 1  # and .notdef
        assert not {"GSUB", "GPOS", "vhea", "vmtx", "VORG"} & set(font.keys())
        assert path.stat().st_size < 20_000, (weight, path.stat().st_size)  # the face is 16 MB
        assert font["name"].getDebugName(13)  # the licence notice stays with the font (OFL)


@needs_font
def test_the_subset_has_be_vietnam_pros_line_metrics(subsets, latin):
    model = TTFont(str(latin))
    for path in subsets.values():
        font = TTFont(str(path))
        assert font["head"].unitsPerEm == model["head"].unitsPerEm
        for table, field in (("hhea", "ascent"), ("hhea", "descent"), ("hhea", "lineGap"), ("OS/2", "sTypoAscender"),
                             ("OS/2", "sTypoDescender"), ("OS/2", "sTypoLineGap"), ("OS/2", "usWinAscent"),
                             ("OS/2", "usWinDescent")):
            assert getattr(font[table], field) == getattr(model[table], field), (table, field)
        assert font["OS/2"].fsSelection & 1 << 7 == model["OS/2"].fsSelection & 1 << 7  # USE_TYPO_METRICS


def test_metrics_are_scaled_to_the_fonts_units_per_em(latin):
    font, model = TTFont(), TTFont(str(latin))
    font["head"], font["hhea"], font["OS/2"] = (type(model[t])() for t in ("head", "hhea", "OS/2"))
    font["head"].unitsPerEm, font["OS/2"].fsSelection, font["OS/2"].version = 2048, 0, 3
    cjk.borrow_metrics(font, model)
    assert font["hhea"].ascent == round(model["hhea"].ascent * 2048 / model["head"].unitsPerEm)
    assert font["OS/2"].version == 4 and font["OS/2"].fsSelection & 1 << 7


@needs_font
def test_the_subset_is_cached_by_content_and_made_alike_anywhere(subsets, latin, tmp_path, monkeypatch):
    again = cjk.cjk_fonts(FACES, TEXT, latin, tmp_path)
    assert {w: p.read_bytes() for w, p in again.items()} == {w: p.read_bytes() for w, p in subsets.items()}
    assert [p.name for p in again.values()] == [p.name for p in subsets.values()]

    def no_work(*args):
        raise AssertionError("the cached subset should have been reused")

    monkeypatch.setattr(cjk, "subset", no_work)
    assert cjk.cjk_fonts(FACES, TEXT + " Latin only", latin, tmp_path) == again  # no new character: same files
    with pytest.raises(AssertionError):
        cjk.cjk_fonts(FACES, TEXT + "茶园", latin, tmp_path)  # a new character: a new subset


def test_an_empty_font_dir_is_an_error_naming_it(tmp_path):
    (tmp_path / "broken.ttf").write_bytes(b"not a font at all")
    with pytest.raises(cjk.FontMissing) as missing:
        cjk.find_faces(tmp_path)
    assert missing.value.message("vi") == (
        f"--font-dir {tmp_path}: không có phông chữ tiếng Trung giản thể (Noto Sans CJK SC, Source Han Sans SC, "
        "Noto Sans SC; tệp .ttc, .otf hoặc .ttf) trong thư mục này.")
    assert missing.value.message("en") == (
        f"--font-dir {tmp_path}: no Simplified Chinese font (Noto Sans CJK SC, Source Han Sans SC, Noto Sans SC; "
        "a .ttc, .otf or .ttf file) in this folder.")


def test_no_cjk_font_on_the_machine_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(cjk, "DEBIAN", tmp_path / "no-such-folder")
    monkeypatch.setenv("PATH", str(tmp_path))  # no fc-list
    with pytest.raises(cjk.FontMissing) as missing:
        cjk.find_faces()
    assert missing.value.message("vi") == (
        "Danh mục in tiếng Trung cần phông chữ Noto Sans CJK SC, nhưng máy này không có. Hãy cài gói "
        "fonts-noto-cjk (Debian, Ubuntu: sudo apt-get install fonts-noto-cjk), hoặc chỉ tới thư mục chứa tệp "
        "phông bằng --font-dir THƯ_MỤC.")
    assert missing.value.message("en") == (
        "The Chinese booklet needs the font Noto Sans CJK SC, which this machine does not have. Install the "
        "package fonts-noto-cjk (Debian, Ubuntu: sudo apt-get install fonts-noto-cjk), or point --font-dir "
        "FOLDER at the folder holding the font file.")
    assert missing.value.message("en", command=False).endswith(  # a site build, which has no --font-dir
        "(Debian, Ubuntu: sudo apt-get install fonts-noto-cjk).")


@needs_font
def test_a_line_mixing_latin_and_chinese_is_as_tall_as_a_latin_one(subsets, latin, tmp_path, monkeypatch):
    """Laid out by WeasyPrint: with its own metrics the CJK face made mixed lines taller (18.2 pt
    where Latin lines are 17.3 pt at 10 pt, line-height 1.3), so lines of a card would jump."""
    from PIL import ImageFile

    # importing WeasyPrint makes Pillow accept truncated images, for the whole process: undone after
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", ImageFile.LOAD_TRUNCATED_IMAGES)
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    def line_heights(cjk_font):
        fonts = FontConfiguration()
        css = CSS(string=f'@font-face {{ font-family: "Be Vietnam Pro"; src: url({latin.as_uri()}); }}'
                         f'@font-face {{ font-family: "CJK"; src: url({cjk_font.as_uri()}); }}'
                         'p { font: 10pt/1.3 "Be Vietnam Pro", "CJK"; margin: 0 }', font_config=fonts)
        document = HTML(string="<p>Trà hoa vàng</p><p>Trà 巴扯金花茶</p><p>巴扯金花茶</p>").render(
            stylesheets=[css], font_config=fonts)
        return [box.height for box in document.pages[0]._page_box.descendants() if type(box).__name__ == "LineBox"]

    latin_line, mixed, chinese = line_heights(subsets[400])
    assert latin_line == pytest.approx(mixed) == pytest.approx(chinese)
    own = tmp_path / "own-metrics.otf"
    monkeypatch.setattr(cjk, "borrow_metrics", lambda font, model: None)
    cjk.subset(FACES[400], cjk.needed(TEXT, latin), latin).save(str(own))
    latin_line, mixed, _ = line_heights(own)
    assert mixed > latin_line + 0.5
