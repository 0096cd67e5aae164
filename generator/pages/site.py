"""The site as data: every page the catalogue produces (URL, language, kind, what it shows),
and the derived facts pages share (status, expiry, product set, sort orders, facets).

Computed once per build, in time linear in the number of records (sorting aside): no page
looks through all products to find its own.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from generator.model import certificates as certs
from generator.model.categories import SETS, Category, ProductSet, category_of
from generator.model.records import Catalogue, Product
from generator.model.languages import Languages
from generator.model.text import Text
from generator.pages import urls
from generator.pages.identity import Identity, identity
from generator.pages.vnsort import sort_key

PAGE_SIZE = 48
PREVIEW = 24  # cards shown on a category or locality page before "see all"


@dataclass(frozen=True, slots=True)
class ProductInfo:
    """What pages need to know about a product beyond its record."""

    product: Product
    status: str
    expires_on: dt.date
    set: ProductSet
    category: Category

    @property
    def current(self) -> bool:
        return certs.is_current(self.status)


@dataclass(frozen=True, slots=True)
class PageSpec:
    url: str  # root-relative directory URL, e.g. "en/products/x/"
    lang: str
    kind: str  # template name: product, producer, listing, ...
    key: str = ""  # the slug (or facet) the page is about
    title: Text = field(default_factory=lambda: Text(""))
    in_nav: bool = False
    params: tuple = ()  # listing: (facet, sort, page)


@dataclass(frozen=True, slots=True)
class Facet:
    key: str  # URL segment, e.g. "stars-5"
    family: str  # stars, status, kind, set
    value: str
    slugs: tuple[str, ...]  # in name order (per language the order may differ: see orders)


class SiteData:
    def __init__(self, catalogue: Catalogue, today: dt.date, languages: Languages | None = None):
        self.catalogue = catalogue
        self.today = today
        self.languages = languages or Languages.of()  # the configured languages, each a Lang
        self.info = {slug: _info(p, today) for slug, p in catalogue.products.items()}
        self.localities = {loc.slug: loc for loc in catalogue.province.localities} if catalogue.province else {}
        self._facet_orders: dict[tuple[str, str, str], list[str]] = {}

    @cached_property
    def identity(self) -> Identity:
        """The site's name, description, footer and booklet title from province.yml: worked out
        once per build, for the pages' configurations and the booklets alike."""
        return identity(self.catalogue.province, self.languages)

    # --- groupings -------------------------------------------------------------------------
    @cached_property
    def by_producer(self) -> dict[str, list[str]]:
        return _group((p.producer, p.slug) for p in self.catalogue.products.values())

    @cached_property
    def by_locality(self) -> dict[str, list[str]]:
        return _group((p.locality, p.slug) for p in self.catalogue.products.values())

    @cached_property
    def producers_by_locality(self) -> dict[str, list[str]]:
        return _group((m.locality, m.slug) for m in self.catalogue.producers.values())

    @cached_property
    def fairs_by_product(self) -> dict[str, list[str]]:
        return _group((p, f.slug) for f in self.catalogue.fairs.values() for p in f.products)

    @cached_property
    def by_set(self) -> dict[str, list[str]]:
        return _group((i.set.code, s) for s, i in self.info.items())

    @cached_property
    def by_category(self) -> dict[str, list[str]]:
        return _group((i.category.slug, s) for s, i in self.info.items())

    @cached_property
    def lapsed(self) -> list[tuple[dt.date, str]]:
        """Labels no longer valid in the last 24 months, newest first (the label check's list)."""
        from generator.pages.verify import lapsed

        return lapsed(self)

    def name_order(self, lang: str) -> list[str]:
        return self._orders[lang]["name"]

    @cached_property
    def _orders(self) -> dict[str, dict[str, list[str]]]:
        """Product slugs in each sort order, per language (names sort in Vietnamese order)."""
        out = {}
        for lang in self.languages:
            by_name = sorted(self.info, key=lambda s: (sort_key(self.catalogue.products[s].name.get(lang)), s))
            rank = {slug: i for i, slug in enumerate(by_name)}
            by_stars = sorted(by_name, key=lambda s: (-(self.catalogue.products[s].stars or 0), rank[s]))
            by_newest = sorted(by_name, key=lambda s: (-self.issued_ordinal(s), rank[s]))
            out[lang] = {"name": by_name, "stars": by_stars, "newest": by_newest, "rank": rank,
                         "stars-position": {s: i for i, s in enumerate(by_stars)},
                         "newest-position": {s: i for i, s in enumerate(by_newest)}}
        return out

    def issued_ordinal(self, slug: str) -> int:
        """The day of the product's recognition decision (0 when unknown): the "newest" order."""
        day = self.catalogue.products[slug].certificate.issued_on
        return day.toordinal() if day else 0

    def ordered(self, slugs, lang: str, sort: str = "name") -> list[str]:
        order = self._orders[lang][sort] if sort != "name" else None
        rank = self._orders[lang]["rank"]
        chosen = sorted(slugs, key=rank.__getitem__)
        if order is None:
            return chosen
        return sorted(chosen, key=self._orders[lang][f"{sort}-position"].__getitem__)

    def facet_order(self, key: str, lang: str, sort: str) -> list[str]:
        """A facet's products in one order, computed once for all its listing pages."""
        if (key, lang, sort) not in self._facet_orders:
            self._facet_orders[(key, lang, sort)] = self.ordered(self.facets[key].slugs, lang, sort)
        return self._facet_orders[(key, lang, sort)]

    # --- facets of the catalogue listing ---------------------------------------------------------
    @cached_property
    def facets(self) -> dict[str, Facet]:
        """Every listing filter. Listings show current certificates only, except the status ones."""
        current = [s for s, i in self.info.items() if i.current]
        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        for slug in current:
            product, info = self.catalogue.products[slug], self.info[slug]
            groups[("stars", str(product.stars))].append(slug)
            groups[("set", info.set.code)].append(slug)
            if product.locality:
                groups[("loc", product.locality)].append(slug)
            maker = self.catalogue.producers.get(product.producer)
            if maker:
                groups[("kind", maker.kind)].append(slug)
        for slug, info in self.info.items():
            groups[("status", info.status)].append(slug)
        facets = {"": Facet("", "all", "", tuple(current))}
        for (family, value), slugs in sorted(groups.items()):
            key = f"{family}-{value}"
            facets[key] = Facet(key, family, value, tuple(slugs))
        return facets

    # --- the pages -------------------------------------------------------------------------------
    def pages(self) -> list[PageSpec]:
        """Every page, kind by kind in the order of generator/pages/kinds.py, each language in turn."""
        from generator.pages.kinds import KINDS, pages_of

        return [spec for lang in self.languages for name in KINDS for spec in pages_of(self, name, lang)]

    def listing_pages(self, lang: str) -> list[PageSpec]:
        pages = []
        for facet in self.facets.values():
            count = max(1, -(-len(facet.slugs) // PAGE_SIZE))
            for sort in urls.SORTS:
                for number in range(1, count + 1):
                    if facet.key == "" and sort == "name" and number == 1:
                        continue  # the catalogue index page itself
                    url = urls.listing(lang, facet.key, sort, number)
                    pages.append(PageSpec(url, lang, "listing", facet.key, self.facet_title(facet),
                                          params=(facet.key, sort, number)))
        return pages

    def facet_title(self, facet: Facet) -> Text:
        from generator.pages.labels import label, label_text

        if facet.family == "all":
            return label_text("catalogue", self.languages)
        if facet.family in ("set", "loc"):
            name = SETS[facet.value].name if facet.family == "set" else (
                self.localities[facet.value].name if facet.value in self.localities else Text(facet.value))
            return label_text("catalogue", self.languages, lambda lang, word: f"{word}: {name.get(lang)}")
        word = {"stars": "n_stars", "status": f"status_{facet.value}", "kind": f"kind_{facet.value}"}[facet.family]
        return label_text("catalogue", self.languages,
                          lambda lang, catalogue: f"{catalogue}: {label(lang, word, n=facet.value)}")


def _info(product: Product, today: dt.date) -> ProductInfo:
    cert = product.certificate
    return ProductInfo(product, certs.status(cert, today), certs.expiry(cert), SETS[product.category],
                       category_of(product.category))


def _group(pairs) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for key, slug in pairs:
        if key:
            out[key].append(slug)
    return dict(out)
