"""The label check's data: small static files a browser walks to answer one check, so a check
costs a few kilobytes at any size of catalogue and needs no server.

Two sorted trees, written as JSON files under `verify-data/` (shared by every language):

- `id/`: each product under the `id_key` of its barcode, decision number and product code;
- `name/`: each product under every word-start of its names in each language: "ruou mo yen tu",
  "mo yen tu", "yen tu", "tu" (`name_key` form, at most NAME_CHARS characters).

Entries are ordered by "key!slug" (SPLIT sorts before every character of a key but the space),
so the products under one key are together, and a query is a prefix of that string: a barcode
or a decision number "<key>!", a name fragment "<fragment>", a bare decision number "<n>/".
The entries are cut, in that order, into leaves of about LEAF_BYTES:
`{"e": [[key, record], ...], "r": [records]}`, each entry pointing at a record of the same
file. Nodes above list their children: `{"c": [[separator, file], ...]}`, where a child holds
the strings from its separator (the shortest that tells it from the child before) to the next
one's. FANOUT children a node: at 20,000 products a check reads the root, one node and one or
two leaves. `root.json` is the top of each tree; other files are numbered.

Records are arrays (RECORD_FIELDS) carrying what a verdict card shows in every language; the
status is the build's (`SiteData.info`), as on every other page. A name, reason or producer is
`texts()`: the Vietnamese text alone as a string, or an array by `text_order()` ("vi" first, then
the other configured languages) holding only the texts a page could not get by falling back, ""
where a language has none: `"Chè xanh"`, `["Rượu mơ Yên Tử", "Yen Tu apricot liqueur"]`,
`["Chả mực", "", "墨鱼饼"]`. The page tells the script that order and its language's fallback chain.
Computed once per build, in time linear in the catalogue (plus sorting).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Iterator

from generator.images.photos import cover
from generator.model import certificates as certs
from generator.model.languages import PRIMARY, Languages
from generator.model.lookup import NAME_CHARS, SPLIT, id_key, name_key
from generator.model.text import Text
from generator.pages.site import SiteData

FOLDER = "verify-data/"
LEAF_BYTES = 8_000  # see benchmarks/bench_verify.py for what a check downloads
FANOUT = 200  # children of a node: about 3 KB of separators
# What a record array holds, by position (theme_overrides/assets/ocop/verify.js reads the same).
RECORD_FIELDS = ("slug", "name", "stars", "status", "date", "reason", "producer", "photo", "decision")


def lapsed_since(cert, state: str) -> dt.date | None:
    """The first day a label is no longer valid: the day of revocation; the day after expiry
    (or after a pending renewal ran out); None while it is valid."""
    if state == "revoked":
        return cert.revoked_on
    if state == "expired":
        last = max(filter(None, (certs.expiry(cert), cert.renewal_pending_until)))
        return last + dt.timedelta(days=1)
    return None


def verdict_date(site: SiteData, slug: str) -> dt.date | None:
    """The date a verdict names: valid or expiring until (expiry), renewal pending until,
    revoked on, expired since."""
    info = site.info[slug]
    cert = info.product.certificate
    if info.status == "renewal-pending":
        return cert.renewal_pending_until
    if info.status in ("expired", "revoked"):
        return lapsed_since(cert, info.status)
    return info.expires_on


def record(site: SiteData, slug: str, photos: dict) -> list:
    p, info = site.catalogue.products[slug], site.info[slug]
    maker = site.catalogue.producers.get(p.producer)
    reason = p.certificate.revoked_reason if info.status == "revoked" else None
    photo = cover(p, photos)
    day = verdict_date(site, slug)
    return [slug, texts(p.name, site.languages), p.stars or 0, info.status, day.isoformat() if day else "",
            texts(reason, site.languages), texts(maker.name if maker else None, site.languages),
            photo.of_format("webp")[0].file_name if photo else "", p.certificate.decision or ""]


def text_order(languages: Languages) -> tuple[str, ...]:
    """The languages of a record's text arrays, by position: Vietnamese, then the others as configured."""
    return (PRIMARY, *(code for code in languages.codes if code != PRIMARY))


def texts(text: Text | None, languages: Languages) -> str | list[str]:
    """`text` as few bytes carry it to every page: the texts of other languages are kept only
    where some page would show otherwise without them (an English name equal to the Vietnamese
    one is left out), then given by position (text_order); the Vietnamese alone is a string."""
    if text is None:
        return ""
    order = text_order(languages)
    kept = {code: text.own(code) for code in order if text.own(code)}
    shown = {lang: text.get(lang) for lang in languages}
    for code in order[1:]:
        fewer = {k: v for k, v in kept.items() if k != code}
        if code in kept and all(_follow(fewer, lang.chain) == shown[lang] for lang in languages):
            kept = fewer
    values = [kept.get(code, "") for code in order]
    while len(values) > 1 and not values[-1]:
        values.pop()
    return values[0] if len(values) == 1 else values


def _follow(kept: dict[str, str], chain: tuple[str, ...]) -> str:
    """What verify.js shows: the first language of the page's chain with a text."""
    return next((kept[code] for code in chain if code in kept), kept.get(PRIMARY, ""))


def id_entries(site: SiteData) -> list[tuple[str, str]]:
    """(key, slug) for every product's barcode, decision number and product code."""
    out = set()
    for slug, p in site.catalogue.products.items():
        for value in (p.barcode, p.certificate.decision, p.code):
            key = id_key(value) if value else ""
            if key:
                out.add((key, slug))
    return sorted(out, key=_order)


def _order(entry: tuple[str, str]) -> str:
    return f"{entry[0]}{SPLIT}{entry[1]}"


def name_entries(site: SiteData) -> list[tuple[str, str]]:
    """(key, slug) for every word-start of every product's names, in each configured language."""
    out = set()
    for slug, p in site.catalogue.products.items():
        for text in filter(None, (p.name.own(code) for code in site.languages.codes)) if p.name else ():
            words = name_key(text).split(" ")
            for i in range(len(words)):
                key = " ".join(words[i:])[:NAME_CHARS].rstrip()
                if key:
                    out.add((key, slug))
    return sorted(out, key=_order)


def separator(before: str, first: str) -> str:
    """The shortest start of `first` that sorts after `before` (before < first): where a node
    starts, as its parent lists it."""
    i = 0
    while i < len(before) and before[i] == first[i]:
        i += 1
    return first[:i + 1]


class _Tree:
    """One tree's files from (key, slug) entries in the order of "key!slug" (see _order)."""

    def __init__(self, entries: list[tuple[str, str]], records: dict[str, str]):
        self.entries = entries
        self.records = records  # slug -> its record as JSON text
        self.files: dict[str, str] = {}

    def build(self) -> None:
        level = self._leaves()
        while len(level) > 1 or not self.files:
            level = self._parents(level)
        self.files["root.json"] = self.files.pop(level[0][1])

    def _leaves(self) -> list[tuple[str, str, str]]:
        """Leaves of about LEAF_BYTES: (separator, file, last full key) each."""
        out, start, size = [], 0, 0
        for i, (key, slug) in enumerate(self.entries):
            size += len(key) + len(self.records[slug]) + 10  # a record counted per entry: about
            last = i == len(self.entries) - 1
            if size >= LEAF_BYTES or last:
                out.append(self._leaf(start, i + 1, out[-1][2] if out else None))
                start, size = i + 1, 0
        return out

    def _leaf(self, start: int, end: int, before: str | None) -> tuple[str, str, str]:
        order: dict[str, int] = {}
        part = self.entries[start:end]
        entries = [[key, order.setdefault(slug, len(order))] for key, slug in part]
        name = f"{len(self.files)}.json"
        self.files[name] = (f'{{"e":{json.dumps(entries, ensure_ascii=False, separators=(",", ":"))},'
                            f'"r":[{",".join(self.records[s] for s in order)}]}}')
        first, last = _order(part[0]), _order(part[-1])
        return (separator(before, first) if before is not None else ""), name, last

    def _parents(self, level: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
        out = []
        for i in range(0, max(len(level), 1), FANOUT):
            group = level[i:i + FANOUT]
            name = f"{len(self.files)}.json"
            children = [[sep if j else "", file[:-5]] for j, (sep, file, _) in enumerate(group)]
            self.files[name] = json.dumps({"c": children}, separators=(",", ":"))
            out.append((group[0][0] if group else "", name, group[-1][2] if group else ""))
        return out


def lookup_files(site: SiteData, photos: dict) -> Iterator[tuple[str, str]]:
    """(site path, JSON text) of every file of both trees."""
    records = {slug: json.dumps(record(site, slug, photos), ensure_ascii=False, separators=(",", ":"))
               for slug in site.catalogue.products}
    for folder, entries in (("id/", id_entries(site)), ("name/", name_entries(site))):
        tree = _Tree(entries, records)
        tree.build()
        for name in sorted(tree.files):
            yield FOLDER + folder + name, tree.files[name]
