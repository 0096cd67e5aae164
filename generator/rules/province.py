"""The province file.

`province-code`: the 2-digit province code is one of the 34 codes of Decision 19/2025.
    good: ``code: "22"`` (Quảng Ninh)      bad: ``code: "83"`` (Bến Tre's old code)

`province-kind`: ``city_since`` says when a centrally-run city became one, so it goes with
``kind: city``. The five cities centrally run throughout (Hà Nội, TP Hồ Chí Minh, Hải Phòng, Đà
Nẵng, Cần Thơ) and Huế (from 01/01/2025) are known without it; ``kind: city`` is for a city the
table does not know yet, ``city_since`` for when it became one.
    good: ``kind: city`` with ``city_since: 2025-01-01``     bad: ``city_since: 2025-01-01`` alone

`duplicate-locality`: each commune or ward is listed once: by slug, and by name (compared
whatever the case and the tone placement: "xã Hải Hoà" and "xã Hải Hòa" are one commune).
`locality-code`: a commune code has 5 digits.
"""

from __future__ import annotations

import re

from generator.issues import emits, error
from generator.model.text import name_key
from generator.i18n import en_vi

PROVINCE_CODES = frozenset({
    "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40", "42",
    "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96",
})


@emits("duplicate-locality", "locality-code", "province-code", "province-kind")
def province(cat, ctx):
    prov = cat.province
    if prov is None:
        return
    if prov.code and prov.code not in PROVINCE_CODES:
        yield error(prov.source.at("code"), "province-code",
                    *en_vi('code: "{code}" is not one of the 34 province codes of Decision 19/2025', code=prov.code))
    if prov.city_since and prov.kind != "city":
        yield error(prov.source.at("city_since"), "province-kind",
                    *en_vi("city_since: says when a centrally-run city became one; add kind: city, or remove "
                           "city_since"))
    yield from _locality_names(prov)
    seen: dict[str, int] = {}
    for i, loc in enumerate(prov.localities):
        at = prov.source.at(f"localities[{i}].slug")
        if loc.slug in seen:
            yield error(at, "duplicate-locality",
                        *en_vi('localities[{i}].slug: "{slug}" is already listed (localities[{seen}])', i=i,
                               slug=loc.slug, seen=seen[loc.slug]))
        seen.setdefault(loc.slug, i)
        if loc.code and not re.fullmatch(r"\d{5}", loc.code):
            yield error(prov.source.at(f"localities[{i}].code"), "locality-code",
                        *en_vi('localities[{i}].code: expected the 5-digit commune code, found "{code}"', i=i,
                               code=loc.code))


def _locality_names(prov):
    seen: dict[str, int] = {}
    for i, loc in enumerate(prov.localities):
        key = name_key(loc.name.vi)
        if key in seen and prov.localities[seen[key]].slug != loc.slug:
            first = seen[key]
            written = prov.localities[first].name.vi
            yield error(prov.source.at(f"localities[{i}].name"), "duplicate-locality",
                        *en_vi('localities[{i}].name: "{vi}" is already listed as "{written}" '
                               "(localities[{first}]); keep one of them", i=i, vi=loc.name.vi, written=written,
                               first=first))
        seen.setdefault(key, i)


RULES = (province,)
