"""Build-time SVG charts: number formatting, bar geometry, accessibility, escaping."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from generator.pages.charts import (
    BAR_FILL, ROW_HEIGHT, WIDTH, bar_chart, chart_description, format_number, progress_bar, progress_text,
)

SVG = "{http://www.w3.org/2000/svg}"
STARS = [("5 sao", 12), ("4 sao", 1234), ("3 sao", 0)]


def bars(svg: str) -> list[ET.Element]:
    return [r for r in ET.fromstring(svg).iter(f"{SVG}rect") if r.get("fill") == BAR_FILL]


def texts(svg: str) -> list[str]:
    return ["".join(t.itertext()) for t in ET.fromstring(svg).iter(f"{SVG}text")]


@pytest.mark.parametrize(
    "value, lang, text",
    [
        (0, "vi", "0"),
        (999, "vi", "999"),
        (1000, "vi", "1.000"),
        (1234567, "vi", "1.234.567"),
        (1234567, "en", "1,234,567"),
        (12345.5, "vi", "12.345,5"),
        (12345.5, "en", "12,345.5"),
        (0.25, "vi", "0,25"),
        (2.0, "en", "2"),
        (1.004, "en", "1"),
        (1.256, "vi", "1,26"),
    ],
)
def test_format_number(value, lang, text):
    assert format_number(value, lang) == text


def test_bar_chart_accessible_name_and_description():
    svg = bar_chart(STARS, "Sản phẩm theo hạng sao", "vi")
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Sản phẩm theo hạng sao"
    assert root.find(f"{SVG}desc").text == "Sản phẩm theo hạng sao: 5 sao: 12; 4 sao: 1.234; 3 sao: 0."
    assert root.get("aria-label") is None


def test_bar_lengths_are_proportional_and_values_written():
    svg = bar_chart([("a", 50), ("b", 100), ("c", 0), ("d", 25)], "T", "en")
    widths = [float(r.get("width")) for r in bars(svg)]
    assert widths[1] > 0 and widths[2] == 0
    assert widths[0] == pytest.approx(widths[1] / 2, abs=0.1)
    assert widths[3] == pytest.approx(widths[1] / 4, abs=0.1)
    assert texts(svg) == ["a", "50", "b", "100", "c", "0", "d", "25"]


@pytest.mark.parametrize(
    "rows",
    [STARS, [("Thành phố Hạ Long và các vùng lân cận rất xa xôi", 20_345), ("x", 1)], [("y", 7)]],
)
def test_everything_fits_in_the_viewbox_and_the_chart_has_a_size(rows):
    svg = bar_chart(rows, "T", "vi")
    root = ET.fromstring(svg)
    _, _, width, height = map(float, root.get("viewBox").split())
    assert width == WIDTH and height == ROW_HEIGHT * len(rows) - 4
    # an SVG with no width/height renders 0 x 0 inside a shrink-to-fit <figure>
    assert (float(root.get("width")), float(root.get("height"))) == (width, height)
    for rect, (_, value) in zip(bars(svg), rows):
        end = float(rect.get("x")) + float(rect.get("width"))
        assert end + 7 * len(format_number(value, "vi")) <= width
        assert float(rect.get("y")) + float(rect.get("height")) <= height
    for text in texts(svg):
        assert 7 * len(text) <= width


def test_long_label_is_cut_at_a_word():
    label = ("Chế biến từ thịt, trứng, sữa, thủy sản, mật ong, mặt khác và nông sản thực phẩm khác "
             "của các địa phương")
    shown = ET.fromstring(bar_chart([(label, 3)], "T", "vi")).find(f"{SVG}text").find(f"{SVG}title").tail
    assert shown.endswith("…") and label.startswith(shown[:-1])
    assert label[len(shown) - 1] in " ,"  # what follows in the label ends a word


def test_long_label_is_shortened_with_the_full_text_as_tooltip():
    label = "Thành phố Hạ Long và các vùng lân cận rất xa xôi ở phía đông bắc"
    svg = bar_chart([(label, 3)], "T", "vi")
    first = ET.fromstring(svg).find(f"{SVG}text")
    assert first.find(f"{SVG}title").text == label
    assert first.find(f"{SVG}title").tail.endswith("…")
    assert label in ET.fromstring(svg).find(f"{SVG}desc").text


@pytest.mark.parametrize(
    "hostile",
    ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "a & b", "</svg><svg onload=x>"],
)
def test_labels_and_title_are_escaped(hostile):
    svg = bar_chart([(hostile, 1)], hostile, "en")
    root = ET.fromstring(svg)  # still one well-formed element
    assert "<script" not in svg and "<img" not in svg and "</svg><svg" not in svg
    assert root.find(f"{SVG}title").text == hostile
    assert hostile in texts(svg)
    assert [e.tag.removeprefix(SVG) for e in root.iter()] == [
        "svg", "title", "desc", "text", "rect", "text", "path",
    ]


@pytest.mark.parametrize("lang, message", [("vi", "Chưa có dữ liệu"), ("en", "No data yet")])
def test_empty_chart(lang, message):
    svg = bar_chart([], "T", lang)
    assert texts(svg) == [message]
    assert ET.fromstring(svg).find(f"{SVG}desc").text == f"T: {message}."


def test_custom_description():
    svg = bar_chart(STARS, "T", "en", desc="Most products have four stars.")
    assert ET.fromstring(svg).find(f"{SVG}desc").text == "Most products have four stars."
    assert chart_description([("a", 1000)], "T", "en") == "T: a: 1,000."


def test_deterministic_no_ids_no_scripts():
    svg = bar_chart(STARS, "T", "vi")
    assert svg == bar_chart(STARS, "T", "vi")
    assert " id=" not in svg and "<script" not in svg and not svg.startswith("<?xml")


@pytest.mark.parametrize(
    "value, target, lang, unit, text",
    [
        (1234, 2000, "vi", "sản phẩm", "1.234 / 2.000 sản phẩm (61%), chưa đạt"),
        (1999, 2000, "en", "", "1,999 / 2,000 (99%), not met"),
        (2000, 2000, "vi", "", "2.000 / 2.000 (100%), đạt"),
        (2500.5, 2000, "en", "products", "2,500.5 / 2,000 products (125%), met"),
        (0, 10, "vi", "", "0 / 10 (0%), chưa đạt"),
        (12.5, 10.5, "vi", "tỷ đồng", "12,5 / 10,5 tỷ đồng (119%), đạt"),
    ],
)
def test_progress_text(value, target, lang, unit, text):
    assert progress_text(value, target, lang, unit) == text
    svg = progress_bar(value, target, lang, "Mục tiêu", unit)
    assert texts(svg) == [text]
    assert ET.fromstring(svg).find(f"{SVG}title").text == f"Mục tiêu: {text}"


@pytest.mark.parametrize(
    "value, target, fill, tick, kind",
    [
        (500, 1000, 180, 360, "not-met"),  # track = target: fill half, tick at the end
        (1000, 1000, 360, 360, "met"),
        (2000, 1000, 360, 180, "met"),  # track = value: tick at the middle
        (0, 1000, 0, 360, "not-met"),
    ],
)
def test_progress_geometry(value, target, fill, tick, kind):
    svg = progress_bar(value, target, "en")
    root = ET.fromstring(svg)
    [bar] = bars(svg)
    assert float(bar.get("width")) == pytest.approx(max(fill - 1, 0), abs=0.1)
    ticks = [float(re.match(r"M([\d.]+) ", p.get("d"))[1]) for p in root.iter(f"{SVG}path")]
    assert ticks == [pytest.approx(tick - 1, abs=0.1)] * 2
    assert f"ocop-chart--{kind}" in root.get("class")
    assert root.find(f"{SVG}desc") is None
    assert root.find(f"{SVG}title").text.startswith("Progress: ")


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: bar_chart([("a", -1)], "T", "vi"), "a: expected a number from 0, found -1"),
        (lambda: bar_chart([("a", float("nan"))], "T", "vi"), "a: expected a number, found nan"),
        (lambda: bar_chart([("a", "3")], "T", "vi"), "a: expected a number, found '3'"),
        (lambda: bar_chart([], "T", "fr"), "language: expected one of en, vi, zh, found 'fr'"),
        (lambda: progress_bar(1, 0, "vi"), "target: expected a number above 0, found 0"),
        (lambda: progress_bar(-1, 5, "vi"), "value: expected a number from 0, found -1"),
        (lambda: format_number(1, "de"), "found 'de'"),
    ],
)
def test_bad_input(call, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        call()
