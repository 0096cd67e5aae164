"""QR codes of page URLs: an inline SVG for the product page and a PNG for the booklet.

Encoded with segno (pure Python) at error-correction level M, never boosted, always a full QR
code (never a Micro QR, which phones rarely read), with the standard 4-module quiet zone. The SVG
is sized by its viewBox alone, so CSS chooses its size; it has no XML declaration (it is inlined in
HTML5), no ids, `role="img"` and a `<title>` that names it for screen readers (no `aria-label` as
well: some screen readers would read the text twice), and the same URL always gives the same bytes.
"""

from __future__ import annotations

import re
from html import escape
from os import PathLike
from typing import Sequence

import segno

from generator import i18n
from generator.model.languages import Lang
from generator.pages.labels import label

QUIET_ZONE = 4
ERROR_LEVEL = "M"
# One fixed mask pattern. Trying all eight and keeping the lowest penalty (segno's default) costs
# five times as long (6 ms a code: four minutes for 40,000 product pages); every reader decodes any
# mask, and the quiet zone and level M keep codes easy to scan (tested with a decoder).
MASK = 2

Matrix = tuple[tuple[bool, ...], ...]


def _encode(url: str) -> segno.QRCode:
    if not url:
        raise ValueError("a QR code needs a URL, found an empty string")
    return segno.make_qr(url, error=ERROR_LEVEL, boost_error=False, encoding="utf-8", mask=MASK)


def qr_matrix(url: str) -> Matrix:
    """The modules of `url`'s QR code, row by row, True for dark, without the quiet zone."""
    return tuple(tuple(bool(module) for module in row) for row in _encode(url).matrix)


def bit_rows(matrix: Matrix) -> tuple[str, ...]:
    """The matrix as strings of "1" (dark) and "0", one per row."""
    return tuple("".join("1" if dark else "0" for dark in row) for row in matrix)


_DARK_RUN = re.compile("1+")


_RUNS = [f"h{n}v1h-{n}z" for n in range(178)]  # a run of n modules; a QR code is at most 177 wide


def _path(rows: Sequence[str]) -> str:
    """One path drawing each horizontal run of dark modules as a 1-module-high rectangle (on
    every product page: the run texts are made once, above)."""
    out = []
    for y, row in enumerate(rows, QUIET_ZONE):
        for run in _DARK_RUN.finditer(row):
            start, end = run.span()
            out.append(f"M{start + QUIET_ZONE} {y}{_RUNS[end - start]}")
    return "".join(out)


def qr_svg(url: str, lang: str = "vi", title: str | None = None, rows: Sequence[str] | None = None) -> str:
    """`url`'s QR code as an inline SVG element. `title` defaults to "QR code linking to <url>"
    in `lang` (a language with an interface catalogue); `rows` is `bit_rows(qr_matrix(url))` when the caller has it already."""
    if not isinstance(lang, Lang) and lang not in i18n.available():
        codes = ", ".join(f'"{code}"' for code in i18n.available())
        raise ValueError(f'language: expected one of {codes}, found "{lang}"')
    rows = rows or bit_rows(qr_matrix(url))
    size = len(rows) + 2 * QUIET_ZONE
    name = escape(title if title is not None else label(lang, "qr_title", url=url))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ocop-qr" viewBox="0 0 {size} {size}"'
        f' role="img" shape-rendering="crispEdges">'
        f"<title>{name}</title>"
        f'<rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path fill="#000" d="{_path(rows)}"/>'
        "</svg>"
    )


def qr_png(url: str, path: str | PathLike[str], scale: int = 8, dpi: int | None = None) -> None:
    """Write `url`'s QR code as a black-and-white PNG, `scale` pixels per module."""
    if scale < 1:
        raise ValueError(f"scale: expected a whole number of pixels from 1, found {scale}")
    _encode(url).save(path, kind="png", scale=scale, border=QUIET_ZONE, dpi=dpi)
