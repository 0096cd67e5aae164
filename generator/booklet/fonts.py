"""One font file per weight for the booklet. The site ships Be Vietnam Pro in unicode-range
subsets (latin, latin-ext, vietnamese) so a browser downloads only what a page needs; WeasyPrint
does not combine such subsets reliably (Vietnamese letters came out missing), so the subsets are
merged into a single TrueType file per weight with fontTools, once, into the cache folder."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

SUBSETS = ("latin", "latin-ext", "vietnamese")
WEIGHTS = (400, 700)


def merged_fonts(source: Path, cache: Path) -> dict[int, Path]:
    """{weight: merged .ttf} built from `source`'s woff2 subsets, reused while they are unchanged."""
    out = {}
    for weight in WEIGHTS:
        parts = [source / f"be-vietnam-pro-{subset}-{weight}-normal.woff2" for subset in SUBSETS]
        digest = hashlib.sha256(b"".join(p.read_bytes() for p in parts)).hexdigest()[:12]
        target = cache / f"be-vietnam-pro-{weight}-{digest}.ttf"
        if not target.exists():
            _merge(parts, target)
        out[weight] = target
    return out


def _merge(parts: list[Path], target: Path) -> None:
    from fontTools.merge import Merger
    from fontTools.ttLib import TTFont

    target.parent.mkdir(parents=True, exist_ok=True)
    plain = []
    for part in parts:
        font = TTFont(str(part))
        font.flavor = None
        path = target.with_name(f"{target.stem}-{part.stem}.ttf")
        font.save(str(path))
        plain.append(str(path))
    merged = Merger().merge(plain)
    temporary = target.with_suffix(".tmp")
    merged.save(str(temporary))
    os.replace(temporary, target)
    for path in plain:
        os.unlink(path)
