"""Charts drawn at build time as inline SVG: horizontal bar charts for the statistics pages
(products by stars, category, locality, year) and progress bars for plan targets.

Laid out for a phone first: each row is its label on one line and its bar under it, so a chart is
360 units wide and is drawn at that size (the `width` and `height` attributes give it one: without
them an SVG inside Material's shrink-to-fit `figure` renders 0 x 0) or smaller on a narrower screen.

Readable without colour: bars are one dark fill on white with each value written as text beside
its bar, so a greyscale print or a colour-blind reader loses nothing, and the shapes print even when
the browser drops background colours. Accessible: `role="img"`, a `<title>` that names the chart
and a `<desc>` that states every value. No ids, no scripts; labels come from data and are escaped.
Numbers are written the local way: 12.345,5 in Vietnamese, 12,345.5 in English.
"""

from __future__ import annotations

import math
from html import escape

from generator import formats, i18n
from generator.model.languages import Lang
from generator.pages import labels

WIDTH = 360
LABEL_HEIGHT = 16  # the label's line, above its bar
BAR_HEIGHT = 14
ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + 8
FONT_SIZE = 12
CHAR_WIDTH = 7  # a generous average advance of a sans-serif character at FONT_SIZE
MAX_LABEL_CHARS = WIDTH // CHAR_WIDTH
GAP = 8
BAR_FILL = "#1f5f8b"
TEXT_FILL = "#111"
Number = int | float


def _check_lang(lang: str) -> None:
    if not isinstance(lang, Lang) and lang not in i18n.available():  # a configured language is a Lang
        raise ValueError(f"language: expected one of {', '.join(i18n.available())}, found {lang!r}")


def format_number(value: Number, lang: str) -> str:
    """`value` with thousands grouped and at most two decimals: 12.345,5 (vi), 12,345.5 (en)
    (generator/formats.py: CLDR's signs for the language)."""
    _check_lang(lang)
    return formats.number(value, lang)


def _check_value(label: str, value: Number) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{label}: expected a number, found {value!r}")
    if value < 0:
        raise ValueError(f"{label}: expected a number from 0, found {value!r}")


def _text_width(text: str) -> int:
    return CHAR_WIDTH * len(text)


def shorten(text: str, limit: int) -> str:
    """`text` with its spaces tidied, or its first words and "…" when it is longer than `limit`
    characters (cut mid-word only when the first word alone is too long)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and text[limit - 1] != " ":
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-·") + "…"


def _shorten(label: str) -> str:
    return shorten(label, MAX_LABEL_CHARS)


def _svg(width: float, height: float, title: str, desc: str, body: str, kind: str) -> str:
    described = f"<desc>{escape(desc)}</desc>" if desc else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ocop-chart ocop-chart--{kind}"'
        f' viewBox="0 0 {width:g} {height:g}" width="{width:g}" height="{height:g}" role="img"'
        f' font-family="sans-serif"'
        f' font-size="{FONT_SIZE}"><title>{escape(title)}</title>{described}'
        f"{body}</svg>"
    )


def chart_description(rows: list[tuple[str, Number]], title: str, lang: str) -> str:
    """The text a screen reader gets for a bar chart: "Title: label 12; label 3.456."."""
    if not rows:
        none = labels.label(lang, "chart_none")
        return f"{title}: {none}."
    values = "; ".join(f"{label}: {format_number(value, lang)}" for label, value in rows)
    return f"{title}: {values}."


def _bar_row(y: int, label: str, value: Number, x0: int, length: float, lang: str) -> str:
    middle = y + LABEL_HEIGHT + BAR_HEIGHT / 2
    shown = _shorten(label)
    tooltip = f"<title>{escape(label)}</title>" if shown != label else ""
    return (
        f'<text x="{x0 + 2}" y="{y + LABEL_HEIGHT / 2:g}" dy="0.35em" fill="{TEXT_FILL}">'
        f"{tooltip}{escape(shown)}</text>"
        f'<rect x="{x0}" y="{middle - BAR_HEIGHT / 2:g}" width="{length:.1f}" height="{BAR_HEIGHT}"'
        f' fill="{BAR_FILL}"/>'
        f'<text x="{x0 + length + 4:.1f}" y="{middle:g}" dy="0.35em" fill="{TEXT_FILL}">'
        f"{format_number(value, lang)}</text>"
    )


def bar_chart(
    rows: list[tuple[str, Number]], title: str, lang: str, desc: str | None = None
) -> str:
    """A horizontal bar chart of (label, value) rows, in the given order. `title` names the chart
    for screen readers; `desc` defaults to every label and value written out."""
    _check_lang(lang)
    for label, value in rows:
        _check_value(label, value)
    desc = desc if desc is not None else chart_description(rows, title, lang)
    if not rows:
        body = f'<text x="0" y="16" fill="{TEXT_FILL}">{escape(labels.label(lang, "chart_none"))}</text>'
        return _svg(WIDTH, ROW_HEIGHT, title, desc, body, "bars")
    x0 = 1
    widest = max(value for _, value in rows)
    room = WIDTH - x0 - max(_text_width(format_number(v, lang)) for _, v in rows) - GAP
    scale = room / widest if widest else 0
    height = ROW_HEIGHT * len(rows) - 4
    body = "".join(
        _bar_row(ROW_HEIGHT * i, label, value, x0, value * scale, lang)
        for i, (label, value) in enumerate(rows)
    )
    axis = f'<path d="M{x0 - 0.5} 0V{height}" stroke="{TEXT_FILL}" stroke-width="1"/>'
    return _svg(WIDTH, height, title, desc, body + axis, "bars")


def progress_text(value: Number, target: Number, lang: str, unit: str = "") -> str:
    """ "1.234 / 2.000 sản phẩm (61%), chưa đạt": progress against a plan target."""
    _check_lang(lang)
    _check_value("value", value)
    _check_value("target", target)
    if target == 0:
        raise ValueError("target: expected a number above 0, found 0")
    state = labels.label(lang, "chart_met") if value >= target else labels.label(lang, "chart_not_met")
    percent = math.floor(value / target * 100)
    of = f"{format_number(value, lang)} / {format_number(target, lang)}"
    return f"{of}{' ' + unit if unit else ''} ({percent}%), {state}"


def progress_bar(value: Number, target: Number, lang: str, label: str = "", unit: str = "") -> str:
    """A bar showing `value` against `target`: the track stands for the larger of the two, a
    tick marks the target, and the text under it says the numbers and whether the target is met.
    `label` (what is counted) starts the accessible name."""
    text = progress_text(value, target, lang, unit)
    track = 360
    scale = track / max(value, target)
    fill, tick = value * scale, target * scale
    met = value >= target
    weight = ' font-weight="700"' if met else ""
    body = (
        f'<rect x="0.5" y="4.5" width="{track - 1}" height="{BAR_HEIGHT - 1}" fill="#fff"'
        f' stroke="{TEXT_FILL}"/>'
        f'<rect x="0.5" y="4.5" width="{max(fill - 1, 0):.1f}" height="{BAR_HEIGHT - 1}"'
        f' fill="{BAR_FILL}"/>'
        f'<path d="M{tick - 1:.1f} 0V24" stroke="{TEXT_FILL}" stroke-width="3"/>'
        f'<path d="M{tick - 1:.1f} 6V18" stroke="#fff" stroke-width="1"/>'
        f'<text x="0" y="{24 + LABEL_HEIGHT / 2:g}" dy="0.35em" fill="{TEXT_FILL}"'
        f"{weight}>{escape(text)}</text>"
    )
    width = max(track, _text_width(text) * (1.15 if met else 1))  # bold is wider
    name = label or labels.label(lang, "chart_progress")
    name = f"{name}: {text}"
    return _svg(width, 24 + LABEL_HEIGHT + 2, name, "", body, "met" if met else "not-met")
