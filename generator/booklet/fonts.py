"""The booklet's font: the site's own Be Vietnam Pro files (one WOFF2 per weight covering Latin and
Vietnamese, see tools/make_fonts.py), unpacked once to TrueType into the cache folder for WeasyPrint."""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.files import write_atomic

WEIGHTS = (400, 700)


def booklet_fonts(source: Path, cache: Path) -> dict[int, Path]:
    """{weight: .ttf} made from `source`'s be-vietnam-pro-<weight>.woff2, reused while it is unchanged."""
    out = {}
    for weight in WEIGHTS:
        woff2 = source / f"be-vietnam-pro-{weight}.woff2"
        digest = hashlib.sha256(woff2.read_bytes()).hexdigest()[:12]
        target = cache / f"be-vietnam-pro-{weight}-{digest}.ttf"
        if not target.exists():
            _unpack(woff2, target)
        out[weight] = target
    return out


def _unpack(woff2: Path, target: Path) -> None:
    from fontTools.ttLib import TTFont

    font = TTFont(str(woff2), recalcTimestamp=False)
    font.flavor = None
    write_atomic(target, font.save)
