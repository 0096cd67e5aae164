"""The search page's sort orders, kept out of Pagefind's index.

Pagefind stores each `data-pagefind-sort` key as a permutation of all pages inside its metadata
file, and every first query loads that file whole: at 20,000 products the three orders (name,
stars, newest) were 132 KB of it, gzipped, paid by every visitor who never sorts. So records
carry no sort key. They are indexed in name order, which makes Pagefind's page order the name
order, and `pagefind/ocop-order-<lang>.json` lists, in that page order, each page's id, stars and
decision date. The search page fetches it only when a visitor picks a sort and orders the results
as the catalogue does: by name; by stars, then name; by newest decision, then name.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.files import write_atomic
from generator.search.records import SearchRecord
from generator.search.stable import read_data, unpack


class OrderError(RuntimeError):
    pass


def order_file(out_dir: Path, lang: str) -> Path:
    return out_dir / f"ocop-order-{lang}.json"


def write_orders(out_dir: Path, by_lang: dict[str, list[SearchRecord]]) -> None:
    entry = json.loads((out_dir / "pagefind-entry.json").read_text(encoding="utf-8"))
    for lang, records in by_lang.items():
        meta = read_data(out_dir / f"pagefind.{entry['languages'][lang]['hash']}.pf_meta")
        pages = [page_hash for page_hash, _words in meta[1]]
        _check_page_order(out_dir, pages, records)
        first = min(r.issued for r in records)
        data = {"pages": [h.removeprefix(f"{lang}_") for h in pages],
                "stars": "".join(str(r.stars) for r in records),
                "issued": [r.issued - first for r in records]}
        write_atomic(order_file(out_dir, lang), json.dumps(data, separators=(",", ":")).encode("utf-8"))


def _check_page_order(out_dir: Path, pages: list[str], records: list[SearchRecord]) -> None:
    """Pagefind numbers pages in the order they were added; a later version that did not would
    make every sort wrong, so check the count and a few pages rather than trust it."""
    if len(pages) != len(records):
        raise OrderError(f"Pagefind indexed {len(pages)} pages for {len(records)} records")
    for i in sorted({0, len(pages) // 2, len(pages) - 1}):
        fragment = json.loads(unpack(out_dir / "fragment" / f"{pages[i]}.pf_fragment"))
        if fragment.get("url") != records[i].url:
            raise OrderError(f"Pagefind page {i} is {fragment.get('url')}, expected {records[i].url}")
