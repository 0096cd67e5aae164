"""Every kind of page the catalogue makes, in one table.

A kind names its template (`theme_overrides/ocop/<kind>.html`) and says:
- `url`: its URL function (generator/pages/urls.py);
- `context`: the `Renderer` method that builds its template's context;
- `menu`: its place in the navigation (0: not in it; detail pages never are: a huge nav makes
  every page slow);
- `depends`: what it shows, which decides when a quick `mkdocs serve` rebuild renders it again
  (generator/serve/changes.py):
  WHOLE    counts or lists the whole catalogue: rendered again after any record edit (second round);
  RECORDS  one page per record, showing the records named in `shows`: rendered again when one of
           them changes (changes.py keeps one key function per such kind, checked by a test);
  LISTING  48 cards of one facet in one order, and every facet's size: by the cards it shows;
  FIXED    shows no record (the rules page): a quick rebuild never renders it again;
- `pages`: for a kind with one page per record or per page of a list, its pages (else one page
  per language, at `url(lang)`, titled by its label);
- `css`: a stylesheet of its own, linked in its <head>.

A kind not in this table is an error (`kind()` raises), never an empty page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from generator.i18n import N_
from generator.model.categories import CATEGORIES, SETS
from generator.model.text import Text
from generator.pages import urls
from generator.pages.site import PageSpec, SiteData

WHOLE, RECORDS, LISTING, FIXED = "whole", "records", "listing", "fixed"


@dataclass(frozen=True, slots=True)
class Kind:
    url: Callable[..., str]
    context: str
    depends: str
    menu: int = 0
    shows: tuple[str, ...] = ()
    pages: Callable[[SiteData, str, str], list[PageSpec]] | None = None
    css: str = ""


def _records(records: Callable[[SiteData], dict], title: Callable) -> Callable:
    """One page per record: `records(site)` by key, each titled `title(record)`."""

    def pages(site: SiteData, name: str, lang: str) -> list[PageSpec]:
        url = KINDS[name].url
        return [PageSpec(url(key, lang), lang, name, key, title(record)) for key, record in records(site).items()]

    return pages


def _listing(site: SiteData, name: str, lang: str) -> list[PageSpec]:
    return site.listing_pages(lang)


def _lapsed(site: SiteData, name: str, lang: str) -> list[PageSpec]:
    from generator.pages.verify import lapsed_pages

    return lapsed_pages(site, lang)


def _name(record) -> Text:
    return record.name


# The order is the order pages are made in (index pages first); `menu` orders the navigation. A kind
# without `pages` has one page per language, titled by the interface word of its name (N_).
KINDS: dict[str, Kind] = {
    N_("home"): Kind(urls.home, "_ctx_home", WHOLE, menu=1),
    N_("catalogue"): Kind(urls.listing, "_ctx_catalogue", WHOLE, menu=2),
    N_("producers"): Kind(urls.producers, "_ctx_producers", WHOLE, menu=4),
    N_("localities"): Kind(urls.localities, "_ctx_localities", WHOLE, menu=5),
    N_("categories"): Kind(urls.categories, "_ctx_categories", WHOLE, menu=6),
    N_("fairs"): Kind(urls.fairs, "_ctx_fairs", WHOLE, menu=7),
    N_("plans"): Kind(urls.plans, "_ctx_plans", WHOLE, menu=8),
    N_("statistics"): Kind(urls.statistics, "_ctx_statistics", WHOLE, menu=9),
    N_("open_data"): Kind(urls.open_data, "_ctx_open_data", WHOLE, menu=10),
    N_("rules"): Kind(urls.rules, "_ctx_rules", FIXED),
    N_("search"): Kind(urls.search, "_ctx_search", WHOLE),
    "product": Kind(urls.product, "_ctx_product", RECORDS, shows=("product", "producer", "locality", "fair"),
                    pages=_records(lambda site: site.catalogue.products, _name)),
    "producer": Kind(urls.producer, "_ctx_producer", RECORDS, shows=("producer", "product card", "locality"),
                     pages=_records(lambda site: site.catalogue.producers, _name)),
    "locality": Kind(urls.locality, "_ctx_locality", RECORDS, shows=("product card", "producer"),
                     pages=_records(lambda site: site.localities, _name)),
    "set": Kind(urls.product_set, "_ctx_set", RECORDS, shows=("product card",),
                pages=_records(lambda site: SETS, _name)),
    "category": Kind(urls.category, "_ctx_category", RECORDS, shows=("product count",),
                     pages=_records(lambda site: {c.slug: c for c in CATEGORIES}, _name)),
    "fair": Kind(urls.fair, "_ctx_fair", RECORDS, shows=("fair", "producer", "product card"),
                 pages=_records(lambda site: site.catalogue.fairs, _name)),
    "plan": Kind(urls.plan, "_ctx_plan", RECORDS, shows=("plan", "product counted"),
                 pages=_records(lambda site: site.catalogue.plans, lambda plan: plan.title)),
    "listing": Kind(urls.listing, "_ctx_listing", LISTING, shows=("product card", "facet size"), pages=_listing),
    N_("verify"): Kind(urls.verify, "_ctx_verify", WHOLE, menu=3, css="assets/ocop/verify.css"),
    "lapsed": Kind(urls.lapsed, "_ctx_lapsed", WHOLE, pages=_lapsed, css="assets/ocop/verify.css"),
}

MENU: tuple[str, ...] = tuple(sorted((name for name, k in KINDS.items() if k.menu), key=lambda n: KINDS[n].menu))


def kind(name: str) -> Kind:
    """The kind called `name`; a name not in KINDS (a typo) raises instead of rendering nothing."""
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown page kind {name!r}; the kinds are listed in generator/pages/kinds.py") from None


def pages_of(site: SiteData, name: str, lang: str) -> list[PageSpec]:
    """The pages of one kind in one language."""
    entry = kind(name)
    if entry.pages is not None:
        return entry.pages(site, name, lang)
    from generator.pages.labels import label_text

    title = label_text(name, site.languages)
    return [PageSpec(entry.url(lang), lang, name, "", title, in_nav=bool(entry.menu))]
