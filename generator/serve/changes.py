"""Which pages an edit to a few record files touches: what lets `mkdocs serve` show an edited
product in seconds instead of rendering every page again.

What each kind of page shows decides what it depends on; generator/pages/kinds.py declares it
for every kind (WHOLE, RECORDS, LISTING, FIXED), and `affected` below holds, for each kind with
one page per record, which of its pages an edit touches (a test checks that every such kind has
its entry here):
- a product page shows its producer, locality and fairs; a producer page lists its products; a
  locality page its products and producers; a set page its products; a category page counts the
  products of its sets; a fair page shows its exhibitors and products; a plan page counts and
  lists the products that count towards its targets;
- a listing page shows 48 cards of one facet in one order, and the size of every facet in its
  filter menu: when a facet grows or shrinks, every listing page changes.

A card (listing, locality, set, producer pages) shows the product's photo, name, badge, producer
and locality, so a product's card changes when its file, its photos or its producer's file do.

Pages are rendered in two rounds. First the pages that show an edited record: its own page and
the pages that show its card (and an edited plan's or fair's page), which is what the person who
saved the file looks at next. Then, once those are served, the pages that changed because they
count, list or page through the whole catalogue: the index pages, category pages, plan pages (a
plan lists every product that counts, thousands at national scale) and listing pages whose cards
moved or whose filter counts changed. That second round can be thousands of pages (a revoked
product shifts every later listing page by one card; timings in benchmarks/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.load.kinds import FOLDERS
from generator.pages import urls
from generator.pages.kinds import LISTING, RECORDS, WHOLE, kind
from generator.pages.plans import counts
from generator.pages.site import PAGE_SIZE, PageSpec, SiteData

RECORD_FOLDERS = tuple(FOLDERS.values())


@dataclass
class Edited:
    """Slugs of the records whose files changed, by folder."""

    products: set[str] = field(default_factory=set)
    producers: set[str] = field(default_factory=set)
    fairs: set[str] = field(default_factory=set)
    plans: set[str] = field(default_factory=set)


def edited_records(paths) -> Edited | None:
    """The records behind changed repository paths, or None when something else changed (e.g.
    province.yml: locality names appear on most pages)."""
    edited = Edited()
    for path in paths:
        folder, _, name = path.partition("/")
        if folder not in RECORD_FOLDERS or "/" in name or not name.endswith((".yml", ".yaml")):
            return None
        getattr(edited, folder).add(name.rsplit(".", 1)[0])
    return edited


@dataclass
class Rebuild:
    """The pages an edit touches, in the order they are rendered."""

    now: list[PageSpec]  # show an edited record: rendered before the rebuild is served
    later: list[PageSpec]  # count, list or page through the catalogue: rendered after, in the background


def pages_to_render(old: SiteData, new: SiteData, edited: Edited, cards: set[str],
                    pages: list[PageSpec] | None = None, stale: set[str] = frozenset()) -> Rebuild:
    """The pages of `new` (all of them: `pages`, else `new.pages()`) that may differ from `old`.
    `cards` holds products whose card changed for reasons outside their file (their photos);
    products of edited files are added here. `stale` holds URLs of pages that are still to be
    brought up to date (an earlier rebuild's second round, cut short)."""
    cards = cards | edited.products | _products_of(edited.producers, old, new)
    now_keys, later_keys = affected(old, new, edited, cards)
    showing, moved = _listing_pages(old, new, cards)
    rebuild = Rebuild([], [])
    for spec in new.pages() if pages is None else pages:
        depends = kind(spec.kind).depends
        if depends == RECORDS and spec.kind not in now_keys and spec.kind not in later_keys:
            raise ValueError(f"page kind {spec.kind!r}: serve/changes.py does not say which edits touch it")
        params = ("", "name", 1) if spec.kind == "catalogue" else spec.params
        if spec.key in now_keys.get(spec.kind, ()) or params in showing:
            rebuild.now.append(spec)
        elif depends == WHOLE or spec.key in later_keys.get(spec.kind, ()) or spec.url in stale \
                or (depends == LISTING and (moved is None or spec.params in moved)):
            rebuild.later.append(spec)
    return rebuild


def affected(old: SiteData, new: SiteData, edited: Edited, cards: set[str]) -> tuple[dict, dict]:
    """For each kind with one page per record (RECORDS in generator/pages/kinds.py), the keys of
    its pages an edit touches: (shown in the first round, in the second)."""
    cards = cards | edited.products | _products_of(edited.producers, old, new)
    makers = edited.producers | _values(cards, old, new, lambda site, p: p.producer)
    places = _values(cards, old, new, lambda site, p: p.locality) | {
        site.catalogue.producers[m].locality for site in (old, new) for m in makers if m in site.catalogue.producers}
    sets = _values(cards, old, new, lambda site, p: site.info[p.slug].set.code)
    categories = _values(cards, old, new, lambda site, p: site.info[p.slug].category.slug)
    fairs = edited.fairs | {f for site in (old, new) for p in cards for f in site.fairs_by_product.get(p, ())} | {
        f.slug for site in (old, new) for f in site.catalogue.fairs.values() if makers & set(f.exhibitors)}
    shown_in_fairs = {p for site in (old, new) for f in edited.fairs if f in site.catalogue.fairs
                      for p in site.catalogue.fairs[f].products}
    plans = edited.plans | _plans_counting(cards, old) | _plans_counting(cards, new)
    now_keys = {"product": cards | shown_in_fairs, "producer": makers, "locality": places, "set": sets,
                "fair": fairs, "plan": edited.plans}
    later_keys = {"category": categories, "plan": plans}
    return now_keys, later_keys


def removed_urls(old: list[PageSpec], new: list[PageSpec]) -> list[str]:
    """Pages of the previous build that no longer exist (a deleted product, an emptied facet)."""
    return sorted({spec.url for spec in old} - {spec.url for spec in new})


def _products_of(producers: set[str], old: SiteData, new: SiteData) -> set[str]:
    return {s for site in (old, new) for m in producers for s in site.by_producer.get(m, ())}


def _values(slugs: set[str], old: SiteData, new: SiteData, value) -> set[str]:
    """`value(site, product)` for each product of `slugs`, before and after the edit."""
    return {value(site, site.catalogue.products[s]) for site in (old, new) for s in slugs
            if s in site.catalogue.products}


def _plans_counting(products: set[str], site: SiteData) -> set[str]:
    """Plans towards whose computed targets one of `products` counts in `site`."""
    return {slug for slug, plan in site.catalogue.plans.items()
            if any(target.computed and counts(plan, target, site.info[p], site)
                   for target in plan.targets for p in products if p in site.info)}


def _listing_pages(old: SiteData, new: SiteData, cards: set[str]) -> tuple[set[tuple], set[tuple] | None]:
    """(facet, sort, page) of the listing pages that show one of `cards`, before or after the
    edit; and of the other listing pages that changed (None: all of them, as the filter counts
    did)."""
    counted = {k: len(f.slugs) for k, f in old.facets.items()} == {k: len(f.slugs) for k, f in new.facets.items()}
    facets = {k for site in (old, new) for k, f in site.facets.items() if cards.intersection(f.slugs)}
    showing, moved = set(), set()
    for key in facets:
        for lang in new.languages:
            for sort in urls.SORTS:
                before, after = (site.facet_order(key, lang, sort) if key in site.facets else []
                                 for site in (old, new))
                for start in range(0, max(len(before), len(after), 1), PAGE_SIZE):
                    params = (key, sort, start // PAGE_SIZE + 1)
                    chunk, was = after[start:start + PAGE_SIZE], before[start:start + PAGE_SIZE]
                    if cards.intersection(chunk) or cards.intersection(was):
                        showing.add(params)
                    elif chunk != was:
                        moved.add(params)
    return showing, moved if counted else None


def photo_edits(old: SiteData, new: SiteData, old_photos: dict, new_photos: dict) -> tuple[set[str], set[str]]:
    """(products, producers) showing a photo that is new, gone or different (same name, new
    content); photos are keyed as pages name them ("products/x/a.jpg")."""
    moved = {key for key in old_photos.keys() | new_photos.keys()
             if getattr(old_photos.get(key), "source_hash", None) != getattr(new_photos.get(key), "source_hash", None)}
    owners: dict[str, set[str]] = {"products": set(), "producers": set()}
    for site in (old, new):
        for folder, record, _, image in site.catalogue.photos():
            if f"{folder}/{image}" in moved:
                owners[folder].add(record.slug)
    return owners["products"], owners["producers"]
