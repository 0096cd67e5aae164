"""The neutral picture shown for a product without photos.

A 4:3 SVG in grey tones, no text (so it needs no translation and no font), meant to be shipped as
one static file and referenced like any photo, with the product name as its `alt` text.
"""

from __future__ import annotations

PLACEHOLDER_FILE = "placeholder-4x3.svg"
PLACEHOLDER = "assets/ocop/placeholder.svg"  # where the site serves it
PLACEHOLDER_SIZE = (400, 300)

_SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">
<rect width="400" height="300" fill="#eeeeee"/>
<rect x="120" y="75" width="160" height="150" rx="12" fill="none" stroke="#bdbdbd" stroke-width="8"/>
<circle cx="240" cy="115" r="14" fill="#bdbdbd"/>
<path d="M128 217 L178 152 L212 192 L232 170 L272 217 Z" fill="#d6d6d6"/>
</svg>
"""


def placeholder_svg() -> str:
    """The placeholder picture as SVG text (UTF-8, ends with a newline)."""
    return _SVG
