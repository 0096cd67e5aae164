"""Records that repeat one another.

`decision-conflict` (warning): one decision has one date and one signer, so two products naming
the same decision number with different dates or signers hold a typing mistake (or a copied file
whose decision was not changed). Many products recognised by one decision is normal.
    good: two products with ``decision: 1234/QĐ-UBND`` issued 2025-08-10 by UBND tỉnh Quảng Ninh
    bad:  the second one with ``issued_on: 2025-08-11``

`duplicate-product` (warning): two files with the same product name and the same producer are
one product written twice, usually a renewal written as a new file instead of editing the old
one. The newer file (by decision date, then name) is reported.
"""

from __future__ import annotations

from generator.dates import dmy
from generator.issues import emits, warning
from generator.model.text import fold
from generator.i18n import en_vi


@emits("decision-conflict")
def decisions(cat, ctx):
    first: dict[str, object] = {}
    for p in cat.products.values():
        c = p.certificate
        if not c.decision:
            continue
        key = "".join(c.decision.split()).casefold()
        other = first.setdefault(key, p)
        if other is p:
            continue
        o = other.certificate
        what = _differs(c, o)
        if what:
            en, vi = what
            yield warning(p.source.at("certificate.decision"), "decision-conflict",
                          *en_vi("certificate.decision: {decision} is also the decision of {path}, but {en}; one "
                                 "decision has one date and one signer: check the number, the date and the signer "
                                 "against the decision", decision=c.decision, path=other.source.path, en=en, vi=vi))


def _differs(c, o) -> tuple[str, str] | None:
    if c.issued_on and o.issued_on and c.issued_on != o.issued_on:
        return en_vi("issued on {there} there, {here} here", there=o.issued_on, here=c.issued_on,
                       there_vi=dmy(o.issued_on), here_vi=dmy(c.issued_on))
    if c.issued_by and o.issued_by and fold(" ".join(c.issued_by.split())) != fold(" ".join(o.issued_by.split())):
        return en_vi('signed by "{there}" there, "{here}" here', there=o.issued_by, here=c.issued_by)
    return None


@emits("duplicate-product")
def products(cat, ctx):
    seen: dict[tuple[str, str], list] = {}
    for p in cat.products.values():
        if p.name and p.producer:
            seen.setdefault((" ".join(fold(p.name.vi).split()), p.producer), []).append(p)
    for same in seen.values():
        if len(same) < 2:
            continue
        ordered = sorted(same, key=lambda p: (p.certificate.issued_on is not None, p.certificate.issued_on, p.slug))
        oldest = ordered[0]
        for p in ordered[1:]:
            yield warning(p.source.at("name"), "duplicate-product",
                          *en_vi("name: {path} has the same name and producer; if this is a renewal, edit that "
                                 "file (ocop renew {path}) and delete this one", path=oldest.source.path))


RULES = (decisions, products)
