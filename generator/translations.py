"""`ocop report translations`: what each configured language is missing, record by record and
field by field. A field counts as missing in a language when the record gives it in Vietnamese but
not in that language (the page then shows the fallback, marked). Fields the record leaves out
altogether are not missing in any language."""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import Iterator

from generator.model.records import Catalogue
from generator.model.text import Text
from generator.i18n import vi_en


@dataclass(frozen=True)
class Missing:
    lang: str
    path: str  # the record's file, e.g. "products/ga-tien-yen.yml"
    field: str  # dotted, e.g. "description", "images[1].caption", "where_to_buy[0].name"


def missing(catalogue: Catalogue, langs) -> list[Missing]:
    """Every (language, file, field) without text in that language, for each of `langs` but the
    Vietnamese the records are written in; in language, then file, then field order."""
    others = [lang for lang in langs if lang != "vi"]
    out = []
    for record in _records(catalogue):
        texts = list(_texts(record, ""))
        for lang in others:
            out += [Missing(str(lang), record.source.path, name) for name, text in texts if text.own(lang) is None]
    return sorted(out, key=lambda m: ([str(x) for x in langs].index(m.lang), m.path))


def _records(catalogue: Catalogue) -> Iterator:
    if catalogue.province is not None:
        yield catalogue.province
    for group in (catalogue.products, catalogue.producers, catalogue.fairs, catalogue.plans):
        yield from group.values()


def _texts(value, path: str) -> Iterator[tuple[str, Text]]:
    if isinstance(value, Text):
        yield path, value
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            if f.name != "source":
                yield from _texts(getattr(value, f.name), f"{path}.{f.name}" if path else f.name)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _texts(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, f"{path}.{key}" if path else str(key))


def format_text(found: list[Missing], langs, say) -> str:
    """Per language: a headline with the count of files, then one line per file with its fields."""
    lines = []
    for lang in (lang for lang in langs if lang != "vi"):
        mine = [m for m in found if m.lang == lang]
        files: dict[str, list[str]] = {}
        for m in mine:
            files.setdefault(m.path, []).append(m.field)
        lines.append(say(*vi_en("{lang}: {n_files} files lack a translation ({n_mine} fields)", lang=lang,
                                n_files=len(files), n_mine=len(mine))))
        lines += [f"  {path}: {', '.join(names)}" for path, names in files.items()]
    return "\n".join(lines)


def as_records(found: list[Missing]) -> list[dict]:
    return [{"lang": m.lang, "file": m.path, "field": m.field} for m in found]
