"""QR codes: the SVG draws exactly the matrix, the matrix is segno's level-M QR code, and a real
decoder (zxing-cpp, when installed) reads back the URL from the SVG and from the PNG."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
import segno

from generator.pages.qr import MASK, QUIET_ZONE, qr_matrix, qr_png, qr_svg

SVG = "{http://www.w3.org/2000/svg}"
URLS = [
    "https://ocop.quangninh.vn/san-pham/ruou-mo-yen-tu/",
    "https://ocop.quangninh.vn/en/san-pham/nuoc-mam-cai-rong/",
    "https://example.vn/",
    "https://ocop.quangninh.vn/sản-phẩm/chè-đinh/",
    "https://ocop.quangninh.vn/san-pham/" + "x" * 300 + "/",
]
_RUN = re.compile(r"M(\d+) (\d+)h(\d+)v1h-\3z")


def dark_modules_in_svg(svg: str) -> set[tuple[int, int]]:
    """(x, y) of every module the SVG paints dark, in matrix coordinates."""
    d = ET.fromstring(svg).find(f"{SVG}path").get("d")
    assert _RUN.sub("", d) == "", "the path has only module runs"
    return {
        (int(x) - QUIET_ZONE + i, int(y) - QUIET_ZONE)
        for x, y, n in _RUN.findall(d)
        for i in range(int(n))
    }


def dark_modules(matrix) -> set[tuple[int, int]]:
    return {(x, y) for y, row in enumerate(matrix) for x, dark in enumerate(row) if dark}


@pytest.mark.parametrize("url", URLS)
def test_matrix_is_segno_level_m_qr(url):
    expected = segno.make_qr(url, error="m", boost_error=False, encoding="utf-8", mask=MASK)
    matrix = qr_matrix(url)
    assert expected.error == "M" and not expected.is_micro
    assert len(matrix) == 17 + 4 * expected.version
    assert all(len(row) == len(matrix) for row in matrix)
    assert matrix == tuple(tuple(bool(m) for m in row) for row in expected.matrix)


def test_finder_patterns_in_the_corners():
    matrix = qr_matrix(URLS[0])
    top_left = [row[:7] for row in matrix[:7]]
    assert top_left[0] == (True,) * 7
    assert top_left[1] == (True,) + (False,) * 5 + (True,)
    assert top_left[3] == (True, False, True, True, True, False, True)


@pytest.mark.parametrize("url", URLS)
def test_svg_paints_exactly_the_dark_modules(url):
    matrix = qr_matrix(url)
    assert dark_modules_in_svg(qr_svg(url)) == dark_modules(matrix)


@pytest.mark.parametrize("url", URLS)
def test_svg_shape(url):
    svg = qr_svg(url)
    root = ET.fromstring(svg)
    size = len(qr_matrix(url)) + 2 * QUIET_ZONE
    assert not svg.startswith("<?xml")
    assert root.get("viewBox") == f"0 0 {size} {size}"
    assert root.get("width") is None and root.get("height") is None
    assert root.get("role") == "img"
    assert " id=" not in svg
    assert root.find(f"{SVG}rect").get("fill") == "#fff"


@pytest.mark.parametrize(
    "lang, title",
    [
        ("vi", "Mã QR dẫn tới https://example.vn/?a=1&b=2"),
        ("en", "QR code linking to https://example.vn/?a=1&b=2"),
    ],
)
def test_title_in_page_language_and_escaped(lang, title):
    svg = qr_svg("https://example.vn/?a=1&b=2", lang)
    root = ET.fromstring(svg)
    assert root.find(f"{SVG}title").text == title
    assert root.get("aria-label") is None, "the title names it; a label too would be read twice"
    assert "&amp;" in svg and "&b" not in svg


def test_custom_title_is_escaped():
    svg = qr_svg("https://example.vn/", "vi", title='<b>"Rượu"</b>')
    assert ET.fromstring(svg).find(f"{SVG}title").text == '<b>"Rượu"</b>'
    assert "<b>" not in svg


def test_deterministic():
    assert qr_svg(URLS[0]) == qr_svg(URLS[0])
    assert qr_svg(URLS[0]) != qr_svg(URLS[1])


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: qr_svg(""), "empty"),
        (lambda: qr_svg("https://example.vn/", "fr"), '"fr"'),
        (lambda: qr_png("https://example.vn/", "x.png", scale=0), "scale"),
    ],
)
def test_bad_input(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_png_has_quiet_zone_and_scale(tmp_path):
    from PIL import Image

    qr_png(URLS[0], tmp_path / "qr.png", scale=3)
    with Image.open(tmp_path / "qr.png") as image:
        size = (len(qr_matrix(URLS[0])) + 2 * QUIET_ZONE) * 3
        assert image.size == (size, size)
        assert image.convert("L").getpixel((QUIET_ZONE * 3 - 1, QUIET_ZONE * 3 - 1)) == 255
        assert image.convert("L").getpixel((QUIET_ZONE * 3, QUIET_ZONE * 3)) == 0


def rasterise(svg: str, scale: int = 6):
    """Draw the SVG's module runs onto a white image, as a browser would."""
    from PIL import Image, ImageDraw

    size = int(ET.fromstring(svg).get("viewBox").split()[2])
    image = Image.new("L", (size * scale, size * scale), 255)
    draw = ImageDraw.Draw(image)
    for x, y in dark_modules_in_svg(svg):
        left, top = (x + QUIET_ZONE) * scale, (y + QUIET_ZONE) * scale
        draw.rectangle([left, top, left + scale - 1, top + scale - 1], fill=0)
    return image


@pytest.mark.parametrize("url", URLS)
def test_decoder_reads_the_svg(url):
    zxingcpp = pytest.importorskip("zxingcpp")
    [found] = zxingcpp.read_barcodes(rasterise(qr_svg(url)))
    assert (found.text, found.ec_level) == (url, "M")


@pytest.mark.parametrize("url", URLS[:4])
def test_decoder_reads_the_png(url, tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    qr_png(url, tmp_path / "qr.png")
    with Image.open(tmp_path / "qr.png") as image:
        [found] = zxingcpp.read_barcodes(image)
    assert found.text == url
