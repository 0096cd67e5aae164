"""Statistics page: products by stars, category, locality and recognitions per year, as rows
for the SVG bar charts. Counts current certificates, except recognitions per year (all)."""

from __future__ import annotations

from collections import Counter

from generator.model.categories import CATEGORIES
from generator.pages.labels import label
from generator.pages.site import SiteData


def statistics(site: SiteData, lang: str) -> list[tuple[str, list[tuple[str, int]]]]:
    current = [i for i in site.info.values() if i.current]
    stars = Counter(i.product.stars for i in current)
    by_category = Counter(i.category.code for i in current)
    by_locality = Counter(i.product.locality for i in current)
    years = Counter(i.product.certificate.issued_on.year for i in site.info.values())
    localities = [(site.localities[slug].name.get(lang), n) for slug, n in by_locality.most_common(20)
                  if slug in site.localities]
    return [
        (label(lang, "by_stars"), [(label(lang, "n_stars", n=n), stars[n]) for n in (3, 4, 5)]),
        (label(lang, "by_category"), [(c.name.get(lang), by_category[c.code]) for c in CATEGORIES]),
        (label(lang, "by_locality"), localities),
        (label(lang, "by_year"), [(str(y), years[y]) for y in sorted(years)]),
    ]
