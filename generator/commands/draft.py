"""A record being written in a terminal (`ocop new`, `ocop renew`), checked answer by answer with
the loader and the same rules as `ocop validate`.

The draft's text is read as the loader reads a file; the rules then run over a small catalogue:
the province, the draft, the producer it names and the products it could clash with (the same
decision number, or the same name and producer). The issues on the lines of the fields just
answered are the answer's problems.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.issues import Issue
from generator.load.catalogue import build_record
from generator.load.kinds import FOLDERS
from generator.model.records import Catalogue
from generator.model.text import fold
from generator.rules import check


@dataclasses.dataclass
class Draft:
    catalogue: Catalogue
    kind: str
    slug: str
    today: dt.date

    @property
    def rel(self) -> str:
        return f"{FOLDERS[self.kind]}/{self.slug}.yml"

    def issues(self, text: str, keys: tuple[str, ...] = ()) -> list[Issue]:
        """The issues of the draft `text`; with `keys`, only those on the lines of these fields."""
        record, own = build_record(text.encode("utf-8"), self.rel, self.kind, self.slug or "ban-nhap")
        found = list(own)
        if record is not None:
            found += [i for i in check(self._around(record), self.today) if i.loc.path == self.rel]
        if not keys:
            return sorted(set(found), key=lambda i: i.sort_key)
        positions = record.source.positions if record is not None else {}
        lines = {positions[k][0] for k in keys if k in positions}
        return sorted({i for i in found if i.loc.line in lines}, key=lambda i: i.sort_key)

    def _around(self, record) -> Catalogue:
        cat = self.catalogue
        products, producers, fairs = {}, {}, {}
        if self.kind == "product":
            producers = {record.producer: cat.producers[record.producer]} if record.producer in cat.producers else {}
            products = {s: p for s, p in cat.products.items() if s != record.slug and _related(p, record)}
            products[record.slug] = record
        elif self.kind == "producer":
            producers = {record.slug: record}
        elif self.kind == "fair":
            fairs = {record.slug: record}
            products, producers = cat.products, cat.producers
        return Catalogue(root=cat.root, province=cat.province, products=products, producers=producers,
                         fairs=fairs, plans={})


def _related(other, record) -> bool:
    """Whether a product of the catalogue could clash with the draft (rules/duplicates.py)."""
    mine, theirs = record.certificate.decision, other.certificate.decision
    if mine and theirs and "".join(mine.split()).casefold() == "".join(theirs.split()).casefold():
        return True
    return bool(record.name and other.name and record.producer == other.producer
                and " ".join(fold(record.name.vi).split()) == " ".join(fold(other.name.vi).split()))
