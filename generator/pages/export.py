"""Open data: the catalogue as JSON and the products as CSV, deterministic (sorted keys and rows).

The CSV is opened in spreadsheet programs, which run a cell that starts with `=`, `+`, `-` or
`@` as a formula (`=HYPERLINK(...)`, `=cmd|...`). As OWASP's advice on CSV injection says, such
a cell (and one starting with a tab or carriage return) is written with an apostrophe in
front, which spreadsheets show as text. A cell that starts with an apostrophe gets one more, so
a program that knows reads every cell back exactly by removing one leading apostrophe
(`csv_value`).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, is_dataclass
import datetime as dt

from generator.model.text import Text
from generator.pages.site import SiteData


def _plain(value):
    if isinstance(value, Text):
        return {lang: value.own(lang) for lang in value.languages()}
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if is_dataclass(value):
        return {k: _plain(v) for k, v in asdict(value).items() if k != "source" and v not in (None, (), {})}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _record(record) -> dict:
    out = {}
    for name in record.__dataclass_fields__:
        if name in ("source", "category_written"):
            continue
        value = getattr(record, name)
        if value in (None, (), {}):
            continue
        out[name] = _plain(value) if not isinstance(value, Text) else _plain(value)
    return out


def catalogue_json(site: SiteData) -> str:
    cat = site.catalogue
    products = []
    for slug in sorted(cat.products):
        row = _record(cat.products[slug])
        info = site.info[slug]
        row["status"] = info.status
        row["certificate"]["expires_on"] = info.expires_on.isoformat()
        products.append(row)
    data = {
        "province": {"name": _plain(cat.province.name), "code": cat.province.code},
        "date": site.today.isoformat(),
        "products": products,
        "producers": [_record(cat.producers[s]) for s in sorted(cat.producers)],
        "fairs": [_record(cat.fairs[s]) for s in sorted(cat.fairs)],
        "plans": [_record(cat.plans[s]) for s in sorted(cat.plans)],
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=str) + "\n"


CSV_COLUMNS = ("slug", "name_vi", "name_en", "stars", "status", "set", "producer", "locality", "decision",
               "issued_by", "issued_on", "expires_on", "score", "barcode", "price_from", "price_to")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def csv_cell(value) -> str:
    """A value as a CSV cell that no spreadsheet runs as a formula (see the module docstring)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_value(cell: str) -> str:
    """What `csv_cell` was given, from the cell: for readers of the CSV that know."""
    return cell[1:] if cell.startswith("'") else cell


def products_csv(site: SiteData) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for slug in sorted(site.catalogue.products):
        p, info = site.catalogue.products[slug], site.info[slug]
        c = p.certificate
        writer.writerow([csv_cell(v) for v in (
                         slug, p.name.vi, p.name.en or "", p.stars, info.status, info.set.code, p.producer,
                         p.locality, c.decision, c.issued_by, c.issued_on.isoformat(), info.expires_on.isoformat(),
                         "" if p.score is None else f"{p.score:g}", p.barcode or "",
                         p.price.low if p.price else "", p.price.high if p.price else "")])
    return "\ufeff" + out.getvalue()  # BOM: spreadsheet programs then read Vietnamese correctly
