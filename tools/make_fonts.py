"""Make the site's font files: Be Vietnam Pro, one WOFF2 file per weight covering Latin and
Vietnamese, from fontsource's unicode-range subsets (npm `@fontsource/be-vietnam-pro` 5.x, files
`be-vietnam-pro-{latin,latin-ext,vietnamese}-{weight}-normal.woff2`).

    .venv/bin/python tools/make_fonts.py SOURCE_DIR [--output theme_overrides/assets/fonts]

A browser given three overlapping subsets per weight downloads all of them for a Vietnamese page
(the vietnamese and latin-ext ranges both hold ă, đ, ơ, ư): nine files for three weights. Here
the subsets are merged (fontTools), cut down to the characters of Vietnamese and English text
(Basic Latin, Latin-1, the precomposed Vietnamese letters, ₫, punctuation) and written without
hinting, which modern browsers ignore: about 13 KB a weight instead of 45 KB. Only the weights
the site's CSS uses are made (400 for text and headings, 700 for bold). Run once, by hand; the
output is committed, so a build does no font work. Rare letters outside this set (ł, ş) are
drawn by the system font.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

WEIGHTS = (400, 700)
SUBSETS = ("latin", "latin-ext", "vietnamese")
# precomposed letters only: the site's text is NFC, so the combining tone marks are never drawn
VIETNAMESE = [0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0,
              *range(0x1EA0, 0x1EFA), 0x20AB]
PUNCTUATION = [*range(0x2010, 0x2027), 0x2030, 0x2039, 0x203A, 0x20AC, 0x2122, *range(0x2190, 0x2194), 0x2212]
UNICODES = [*range(0x20, 0x7F), *range(0xA0, 0x100), *VIETNAMESE, *PUNCTUATION]
FEATURES = ["kern", "liga", "ccmp", "locl"]


def make(source: Path, output: Path, weight: int) -> Path:
    from fontTools import subset
    from fontTools.merge import Merger
    from fontTools.ttLib import TTFont

    with tempfile.TemporaryDirectory() as tmp:
        plain = []
        for name in SUBSETS:
            font = TTFont(str(source / f"be-vietnam-pro-{name}-{weight}-normal.woff2"), recalcTimestamp=False)
            font.flavor = None
            plain.append(str(Path(tmp) / f"{name}.ttf"))
            font.save(plain[-1])
        merged = Merger().merge(plain)
        dated = TTFont(plain[0], recalcTimestamp=False)["head"]
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.layout_features = FEATURES
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(merged)
    merged.recalcTimestamp = False  # the sources' dates, not today's: the same sources give the same bytes
    merged["head"].created, merged["head"].modified = dated.created, dated.modified
    target = output / f"be-vietnam-pro-{weight}.woff2"
    subset.save_font(merged, str(target), options)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="folder with fontsource's subset files")
    parser.add_argument("--output", type=Path, default=Path("theme_overrides/assets/fonts"))
    args = parser.parse_args()
    for weight in WEIGHTS:
        target = make(args.source, args.output, weight)
        print(f"{target}: {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
