"""The Chinese booklet's font: Noto Sans CJK SC (SIL Open Font License 1.1), from the machine's
own fonts (Debian's package fonts-noto-cjk), never downloaded and not kept in this repository.

Be Vietnam Pro has no Chinese characters, so the Chinese booklet names a second family after it:
Latin and Vietnamese text keeps Be Vietnam Pro and each character it lacks comes from this one.
The face is taken out of its collection (NotoSansCJK-Regular.ttc holds ten faces, 19 MB), given
Be Vietnam Pro's line metrics (a line mixing both scripts is then as tall as a Latin one and
baselines do not move) and cut down to the characters the booklet prints that Be Vietnam Pro
lacks. WeasyPrint subsets what it embeds too, but keeps every glyph number up to the highest one
used, and CJK ideographs sit high in a 65,535-glyph face: for the sample's booklet (183 such
characters) the whole face embedded 323 KB of CJK font data and took 32 s, the subset 45 KB and 13 s.

The subset is made once per text and kept in the booklet's cache folder under a hash of the font
files, the characters, Be Vietnam Pro and `RECIPE`: the same catalogue gives the same file, and so
the same PDF, byte for byte. It lives only there and inside the PDFs (embedded, as OFL allows).
"""

from __future__ import annotations

import hashlib
import subprocess
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from generator.files import write_atomic
from generator.say import Say
from generator.i18n import vi_en

FAMILY = "OCOP CJK SC"  # the booklet's CSS name for the subset (not a system font's name)
FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC")  # the same design, three packagings
DEBIAN = Path("/usr/share/fonts/opentype/noto")  # fonts-noto-cjk, where fontconfig is missing
SUFFIXES = (".ttc", ".otc", ".otf", ".ttf")
WEIGHTS = (400, 700)
RECIPE = "1"  # change it when the subset is made differently, so older cache files are not reused


@dataclass(frozen=True)
class Face:
    path: Path
    index: int  # its number in a collection (.ttc), else 0
    weight: int  # OS/2 usWeightClass: 400 regular, 700 bold


class FontMissing(Exception):
    """No Simplified Chinese font where one was looked for: the message says what to install."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder
        super().__init__(self.message("en"))

    def message(self, lang: str, command: bool = True) -> str:
        """What to install, in `lang` (vi or en); `command`: `ocop booklet`, which takes --font-dir
        (a site build does not)."""
        say = Say(lang)
        if self.folder is not None:
            return say(
                *vi_en("--font-dir {folder}: no Simplified Chinese font ({FAMILIES}; a .ttc, .otf or .ttf file) in "
                       "this folder.", folder=self.folder, FAMILIES=', '.join(FAMILIES)))
        if command:
            return say(*vi_en("The Chinese booklet needs the font Noto Sans CJK SC, which this machine does not "
                              "have. Install the package fonts-noto-cjk (Debian, Ubuntu: sudo apt-get install "
                              "fonts-noto-cjk), or point --font-dir FOLDER at the folder holding the font file."))
        return say(*vi_en("The Chinese booklet needs the font Noto Sans CJK SC, which this machine does not have. "
                          "Install the package fonts-noto-cjk (Debian, Ubuntu: sudo apt-get install fonts-noto-cjk)."))


def needs_cjk(lang: str) -> bool:
    """Whether a booklet in `lang` prints Chinese characters (zh, zh-Hans, ...)."""
    return str(lang).lower().split("-")[0] == "zh"


def find_faces(folder: Path | None = None) -> dict[int, Face]:
    """{400: regular face, 700: bold face} of a Simplified Chinese font: in `folder` when it is
    given (and only there), else among the fonts fontconfig lists and in Debian's folder (where
    fontconfig is missing). A font with one weight serves both. Raises FontMissing."""
    files = _files_in(folder) if folder is not None else _system_files()
    faces = [face for path in files for face in _faces(path)]
    if not faces:
        raise FontMissing(folder)
    return {weight: min(faces, key=lambda f: (abs(f.weight - weight), str(f.path), f.index)) for weight in WEIGHTS}


def _files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*") if p.suffix.lower() in SUFFIXES) if folder.is_dir() else []


def _system_files() -> list[Path]:
    """Font files fontconfig lists under one of FAMILIES, and those of Debian's folder."""
    found = set(DEBIAN.glob("NotoSansCJK-*.ttc")) if DEBIAN.is_dir() else set()
    try:
        listing = subprocess.run(["fc-list", "-f", "%{family}|%{file}\n"], capture_output=True, text=True,
                                 timeout=60).stdout
    except (OSError, subprocess.SubprocessError):  # no fontconfig: Debian's folder only
        listing = ""
    for line in listing.splitlines():
        families, _, file = line.rpartition("|")
        if any(name.strip() in FAMILIES for name in families.split(",")):
            found.add(Path(file))
    return sorted(p for p in found if p.suffix.lower() in SUFFIXES)


def _faces(path: Path):
    """The faces of FAMILIES in the font file at `path` (none if it cannot be read)."""
    from fontTools.ttLib import TTCollection, TTFont, TTLibError

    found = []
    try:
        with open(path, "rb") as handle:
            collection = handle.read(4) == b"ttcf"
        with TTCollection(str(path), lazy=True) if collection else TTFont(str(path), lazy=True) as opened:
            for index, font in enumerate(opened.fonts if collection else [opened]):
                names = font["name"]
                if (names.getDebugName(16) or names.getDebugName(1)) in FAMILIES and "cmap" in font:
                    found.append(Face(path, index, font["OS/2"].usWeightClass if "OS/2" in font else 400))
    except (OSError, TTLibError, KeyError, AssertionError, ValueError):  # not a font file fontTools reads
        return []
    return found


def printed_text(html: str) -> str:
    """The characters a page of the booklet prints: its body's text, entities decoded (not its
    title, styles or attributes, which are never drawn)."""
    reader = _TextReader()
    reader.feed(html)
    reader.close()
    return "".join(reader.parts)


class _TextReader(HTMLParser):
    HIDDEN = {"head", "title", "desc", "style", "script"}  # (an SVG's title and desc are not drawn either)

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in self.HIDDEN

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def needed(text: str, latin: Path) -> str:
    """The characters of `text` that the font at `latin` (Be Vietnam Pro) does not have, in
    code point order: what the CJK subset must hold (minus what it lacks as well)."""
    from fontTools.ttLib import TTFont

    has = set(TTFont(str(latin), lazy=True).getBestCmap())
    return "".join(sorted({c for c in text if ord(c) not in has and not c.isspace()}))


def cjk_fonts(faces: dict[int, Face], text: str, latin: Path, cache: Path) -> dict[int, Path]:
    """{weight: .otf} the faces cut down to the characters of `text` that `latin` lacks, with
    `latin`'s line metrics; reused from `cache` while fonts and characters are the same."""
    chars = needed(text, latin)
    latin_digest = hashlib.sha256(latin.read_bytes()).hexdigest()
    out = {}
    for weight, face in faces.items():
        key = hashlib.sha256()
        for part in (RECIPE, _file_digest(face.path), str(face.index), latin_digest, chars):
            key.update(part.encode("utf-8") + b"\0")
        target = cache / f"cjk-sc-{weight}-{key.hexdigest()[:16]}.otf"
        if not target.exists():
            write_atomic(target, subset(face, chars, latin).save)
        out[weight] = target
    return out


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def subset(face: Face, chars: str, latin: Path):
    """The face (a fontTools TTFont) with only the glyphs of `chars` (and .notdef), no layout
    tables or vertical metrics (the booklet sets horizontal text without CJK features), and the
    line metrics of the font at `latin`."""
    from fontTools import subset as subsetting
    from fontTools.ttLib import TTFont

    font = TTFont(str(face.path), fontNumber=face.index, recalcTimestamp=False)
    options = subsetting.Options()
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
    options.name_IDs = ["*"]  # keep the copyright and licence notices (OFL)
    options.hinting = False  # print: outlines only
    options.desubroutinize = True
    options.notdef_outline = True
    subsetter = subsetting.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)
    borrow_metrics(font, TTFont(str(latin), lazy=True))
    return font


def borrow_metrics(font, model) -> None:
    """`model`'s ascender, descender and line gap (hhea, OS/2 typo and win) in `font`, scaled to
    its units per em, and `model`'s choice of which of them to use (USE_TYPO_METRICS)."""
    scale = font["head"].unitsPerEm / model["head"].unitsPerEm
    for table, fields in (("hhea", ("ascent", "descent", "lineGap")),
                          ("OS/2", ("sTypoAscender", "sTypoDescender", "sTypoLineGap", "usWinAscent", "usWinDescent"))):
        for name in fields:
            setattr(font[table], name, round(getattr(model[table], name) * scale))
    use_typo = 1 << 7
    os2 = font["OS/2"]
    os2.fsSelection = (os2.fsSelection & ~use_typo) | (model["OS/2"].fsSelection & use_typo)
    if os2.fsSelection & use_typo:
        os2.version = max(os2.version, 4)  # the bit is defined from OS/2 version 4 on
