"""The communes and wards of a new catalogue, read from a CSV file the province already has.

One row per commune, ward or special zone. Columns, by their header (English or Vietnamese, any
case, in any order; other columns are ignored):

    name / tên          "Bát Tràng" or "xã Bát Tràng" (required)
    kind / loại / cấp   commune, ward, special-zone, or xã, phường, đặc khu; may be left out
                        when the name starts with it
    code / mã           the 5-digit code of Decision 19/2025 (optional; a code a spreadsheet
                        stripped of its leading zeros, "583", is read as "00583")
    formerly / tên cũ   former names, separated by ";" or "," (optional)
    en / tên tiếng anh  the English name (optional; default "Bat Trang Commune")
    slug                the slug (optional; default derived from the name as `ocop new` does)

    good:  name,kind,code,formerly
           Bát Tràng,xã,00583,"xã Bát Tràng; xã Kim Lan"
    bad:   Bát Tràng,,,          (no kind: xã, phường or đặc khu?)

The file may be UTF-8 with or without the byte-order mark spreadsheets write, with commas,
semicolons or tabs between columns. Every problem is reported with its line; nothing is written
while there is one.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

from generator.load.catalogue import slugify
from generator.pages.identity import ascii_name
from generator.model.text import fold
from generator.i18n import en_vi

KINDS = {"commune": "xã", "ward": "phường", "special-zone": "đặc khu"}
KINDS_EN = {"commune": "Commune", "ward": "Ward", "special-zone": "Special Zone"}
_KIND_WORDS = {"commune": "commune", "xa": "commune", "ward": "ward", "phuong": "ward",
               "special-zone": "special-zone", "special zone": "special-zone", "dac khu": "special-zone"}
_PREFIX = re.compile(r"^(xã|phường|đặc\s+khu)\s+", re.I)
COLUMNS = {
    "name": ("name", "ten", "ten don vi", "ten xa", "ten xa phuong"),
    "kind": ("kind", "loai", "cap", "loai don vi"),
    "code": ("code", "ma", "ma xa", "ma don vi"),
    "formerly": ("formerly", "former names", "ten cu", "ten truoc sap xep", "ten truoc sap nhap"),
    "en": ("en", "name_en", "name en", "english", "ten tieng anh"),
    "slug": ("slug",),
}


@dataclass(frozen=True)
class Problem:
    line: int
    en: str
    vi: str


@dataclass(frozen=True)
class Row:
    line: int
    slug: str
    name_vi: str
    name_en: str
    kind: str
    code: str | None
    formerly: tuple[str, ...]


def read_localities(data: bytes) -> tuple[list[Row], list[Problem], list[str]]:
    """(rows, problems, ignored column names) of a CSV file's bytes."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [Problem(1, *en_vi('the file is not UTF-8: save it again as "CSV UTF-8"'))], []
    text = unicodedata.normalize("NFC", text)
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        return [], [Problem(1, *en_vi("the file is empty"))], []
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(lines[0]))
    header = next(reader)
    columns, ignored = _columns(header)
    if "name" not in columns:
        return [], [Problem(1, *en_vi('no "name" column (or "tên") in the first line'))], ignored
    rows, problems = [], []
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        value = {key: (cells[i].strip() if i < len(cells) else "") for key, i in columns.items()}
        row = _row(line, value, problems)
        if row is not None:
            rows.append(row)
    problems += _duplicates(rows)
    if not rows and not problems:
        problems.append(Problem(1, *en_vi("no commune or ward in the file")))
    return rows, problems, ignored


def _delimiter(first_line: str) -> str:
    return max((",", ";", "\t"), key=first_line.count)


def _columns(header: list[str]) -> tuple[dict[str, int], list[str]]:
    wanted = {alias: key for key, aliases in COLUMNS.items() for alias in aliases}
    columns, ignored = {}, []
    for i, title in enumerate(header):
        key = wanted.get(" ".join(fold(title).replace("_", " ").split()))
        if key and key not in columns:
            columns[key] = i
        elif title.strip():
            ignored.append(title.strip())
    return columns, ignored


def _row(line: int, value: dict[str, str], problems: list[Problem]) -> Row | None:
    name = " ".join(value.get("name", "").split())
    if not name:
        problems.append(Problem(line, *en_vi("name: empty")))
        return None
    kind, bare = _kind(line, name, value.get("kind", ""), problems)
    code = _code(line, value.get("code", ""), problems)
    if kind is None or bare is None:
        return None
    slug = value.get("slug") or slugify(bare)
    if not slug or slug != slugify(slug):
        problems.append(Problem(line, *en_vi('slug: "{slug}" is not a slug (a-z, 0-9 and hyphens)', slug=slug)))
        return None
    formerly = tuple(n for n in (" ".join(part.split()) for part in re.split(r"[;,|]", value.get("formerly", ""))) if n)
    english = value.get("en") or f"{ascii_name(bare)} {KINDS_EN[kind]}"
    return Row(line, slug, f"{KINDS[kind]} {bare}", english, kind, code, formerly)


def _kind(line: int, name: str, written: str, problems: list[Problem]) -> tuple[str | None, str | None]:
    """The kind (commune, ward, special-zone) and the name without its kind word."""
    prefix = _PREFIX.match(name)
    bare = name[prefix.end():].strip() if prefix else name
    from_name = _KIND_WORDS[" ".join(fold(prefix.group(1)).split())] if prefix else None
    from_column = _KIND_WORDS.get(" ".join(fold(written).split())) if written else None
    if written and from_column is None:
        problems.append(Problem(line, f'kind: "{written}" is not one of commune, ward, special-zone (xã, phường, '
                                      "đặc khu)",
                                f'loại: "{written}" không phải xã, phường hay đặc khu '
                                "(commune, ward, special-zone)"))
        return None, None
    if from_name and from_column and from_name != from_column:
        problems.append(Problem(line, *en_vi('kind: "{written}" contradicts the name "{name}"', written=written,
                                             name=name)))
        return None, None
    kind = from_column or from_name
    if kind is None:
        problems.append(Problem(line, f'kind: "{name}" needs a kind: commune, ward or special-zone (xã, phường, '
                                      "đặc khu)",
                                f'loại: "{name}" cần ghi loại: xã, phường hoặc đặc khu'))
        return None, None
    if not bare:
        problems.append(Problem(line, *en_vi("name: only a kind, no name")))
        return None, None
    return kind, bare


def _code(line: int, written: str, problems: list[Problem]) -> str | None:
    if not written:
        return None
    if re.fullmatch(r"\d{1,5}", written):
        return written.zfill(5)
    problems.append(Problem(line, *en_vi('code: expected the 5-digit commune code, found "{written}"',
                                         written=written)))
    return None


def _duplicates(rows: list[Row]) -> list[Problem]:
    first: dict[str, Row] = {}
    problems = []
    for row in rows:
        if row.slug in first:
            other = first[row.slug]
            problems.append(Problem(row.line, *en_vi('slug: "{slug}" ({name_vi}) is already used on line {line} '
                                                     "({other_name_vi}); add a slug column to tell them apart",
                                                     slug=row.slug, name_vi=row.name_vi, line=other.line,
                                                     other_name_vi=other.name_vi)))
        first.setdefault(row.slug, row)
    return problems
