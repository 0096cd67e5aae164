"""The catalogue's own star badge: "OCOP" and N stars in a rounded rectangle, as inline SVG.

This is a neutral design of the project, not the official OCOP certification mark (no logo, no
four coloured letters). A product whose certificate is current (valid, expiring, renewal pending)
shows a dark badge with gold stars; an expired or revoked one must not look certified: grey,
stars outlined (and struck through when revoked), and the words "hết hiệu lực"/"expired" or
"đã thu hồi"/"revoked" written on the badge, so the difference does not rest on colour alone.

The SVG is sized by its viewBox (CSS sets its height, e.g. `height: 1.25em`), named for screen
readers by `role="img"` and `aria-label` in the page language ("OCOP 4 sao", "OCOP 4 stars,
expired"), and has no ids, so any number of badges can share a page. Same input, same bytes.
"""

from __future__ import annotations

from html import escape
from unicodedata import east_asian_width

from generator import i18n
from generator.i18n import N_
from generator.model.certificates import STATUSES, is_current
from generator.model.languages import Lang
from generator.pages.labels import label, label_n

STAR_PATH = (  # a five-pointed star in a 12 x 12 box
    "M6 0.4L7.53 4.3L11.71 4.55L8.47 7.2L9.53 11.25L6 9L2.47 11.25L3.53 7.2L0.29 4.55L4.47 4.3z"
)
HEIGHT = 20
STARS_X = 42  # where the first star starts, after the word "OCOP"
STAR_STEP = 13
_NOTE_CHAR_WIDTH = 5  # width given to each character of the status note (font-size 9)
_NOTE_WIDE_CHAR_WIDTH = 9  # a Chinese character is as wide as the font is tall

_NOTES = {"expired": N_("badge_expired"), "revoked": N_("badge_revoked")}  # status -> the word written on the badge
_CERTIFIED = {"box": 'fill="#1b4d3e"', "text": "#fff", "star": 'fill="#f2c230"'}
_UNCERTIFIED = {
    "box": 'fill="#f2f2f2" stroke="#767676"',
    "text": "#595959",
    "star": 'fill="none" stroke="#767676" stroke-width="1" stroke-linejoin="round"',
}


def badge_label(stars: int, status: str, lang: str) -> str:
    """What a screen reader says: "OCOP 4 sao", "OCOP 4 stars, revoked"."""
    _check(stars, status, lang)
    name = label_n(lang, "badge_stars", stars)
    return f"{name}, {label(lang, _NOTES[status])}" if status in _NOTES else name


def _check(stars: int, status: str, lang: str) -> None:
    if isinstance(stars, bool) or not isinstance(stars, int) or not 1 <= stars <= 5:
        raise ValueError(f"stars: expected a whole number from 1 to 5, found {stars!r}")
    if status not in STATUSES:
        raise ValueError(f"status: expected one of {', '.join(STATUSES)}, found {status!r}")
    if not isinstance(lang, Lang) and lang not in i18n.available():
        raise ValueError(f"language: expected one of {', '.join(i18n.available())}, found {lang!r}")


def _stars(stars: int, style: str) -> str:
    return "".join(
        f'<path transform="translate({STARS_X + STAR_STEP * i} 4)" {style} d="{STAR_PATH}"/>'
        for i in range(stars)
    )


def _strike(stars: int) -> str:
    end = STARS_X + STAR_STEP * stars - 1
    return f'<path stroke="#595959" stroke-width="1.5" d="M{STARS_X - 1} 15L{end} 5"/>'


def _note(text: str, x: int, colour: str) -> str:
    width = _note_width(text)
    return (
        f'<text x="{x}" y="13.5" fill="{colour}" font-family="sans-serif" font-size="9"'
        f' textLength="{width}"'
        f' lengthAdjust="spacingAndGlyphs">{escape(text)}</text>'
    )


def _note_width(text: str) -> int:
    """The width the note takes: narrow letters and full-width (CJK) characters apart, so that
    "已失效" is not squeezed into the room of three Latin letters."""
    return sum(_NOTE_WIDE_CHAR_WIDTH if east_asian_width(ch) in "WF" else _NOTE_CHAR_WIDTH for ch in text)


def badge_svg(stars: int, status: str, lang: str) -> str:
    """The star badge of a product with `stars` stars (1-5) whose certificate is in `status`
    (one of `certificates.STATUSES`), labelled in `lang` ("vi" or "en")."""
    spoken = badge_label(stars, status, lang)
    look = _CERTIFIED if is_current(status) else _UNCERTIFIED
    width = STARS_X + STAR_STEP * stars + 3
    parts = [_stars(stars, look["star"])]
    if status == "revoked":
        parts.append(_strike(stars))
    if status in _NOTES:
        note = label(lang, _NOTES[status])
        parts.append(_note(note, width, look["text"]))
        width += _note_width(note) + 5
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ocop-badge ocop-badge--{status}"'
        f' viewBox="0 0 {width} {HEIGHT}" role="img" aria-label="{escape(spoken)}">'
        f'<rect x="0.5" y="0.5" width="{width - 1}" height="{HEIGHT - 1}" rx="4" {look["box"]}/>'
        f'<text x="6" y="14.5" fill="{look["text"]}" font-family="sans-serif" font-size="11"'
        f' font-weight="700" textLength="30" lengthAdjust="spacingAndGlyphs">OCOP</text>'
        f'{"".join(parts)}</svg>'
    )
