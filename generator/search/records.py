"""What each product contributes to the search index, per language.

Only what people search for is indexed: the name, producer, locality (with its former names),
product set and category, and the start of the description, plus an ASCII-folded copy of all of
it (diacritics removed, đ→d). Pagefind 1.5 does ignore diacritics in queries by itself, but not
đ, a letter of its own ("dua" must find "Đũa"). And folding only the words with đ, tried at
20,000 products, made the first query heavier: with half as many distinct words Pagefind cut the
Vietnamese index into 48 chunks instead of 134, and a query loads whole chunks (78 KB instead of
23 KB for "ruou"). Menus, footers and long text never reach the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.model.text import Text, fold
from generator.pages import urls
from generator.pages.labels import label
from generator.pages.site import SiteData

DESCRIPTION_CHARS = 240
_MARKDOWN = re.compile(r"[*_`#>\[\]()!|~]+")


@dataclass(frozen=True)
class SearchRecord:
    url: str  # root-relative page URL, e.g. "en/products/x/"
    language: str
    names: str  # the product's name(s): weighted above the rest
    content: str
    meta: dict[str, str]
    filters: dict[str, list[str]]
    stars: int  # with `issued`, what the search page sorts by (search/order.py); not sent to Pagefind
    issued: int  # day of the recognition decision, as a proleptic Gregorian ordinal


def _text(value: Text | None, lang: str) -> str:
    return value.get(lang) if value else ""


def _plain(markdown: str) -> str:
    text = _MARKDOWN.sub(" ", markdown)
    text = re.sub(r"https?://\S+", " ", text)
    text = " ".join(text.split())
    return text[:DESCRIPTION_CHARS].rsplit(" ", 1)[0] if len(text) > DESCRIPTION_CHARS else text


def _with_folded(text: str) -> str:
    """`text` followed by its ASCII-folded copy when folding changes it."""
    folded = fold(text)
    return f"{text} {folded}" if folded != text.lower() else text


def product_records(site: SiteData, lang: str, photo_url=lambda product: "") -> list[SearchRecord]:
    """Search records of every product, in the name order of `lang`."""
    cat = site.catalogue
    out = []
    for slug in site.name_order(lang):
        p, info = cat.products[slug], site.info[slug]
        maker = cat.producers.get(p.producer)
        place = site.localities.get(p.locality)
        name = p.name.get(lang)
        maker_name = _text(maker.name, lang) if maker else ""
        place_name = _text(place.name, lang) if place else ""
        names = name if lang == "vi" or name == p.name.vi else f"{name} {p.name.vi}"  # the Vietnamese
        # name is searched on English pages too
        words = [maker_name, place_name, *(place.formerly if place else ()), info.set.name.get(lang),
                 info.category.name.get(lang), _plain(_text(p.description, lang))]
        content = " ".join(w for w in words if w)
        status = info.status
        # Kept short: Pagefind holds every record's metadata in memory several times over. The
        # search page draws the badge and status label from stars and status.
        meta = {"title": name, "producer": maker_name, "locality": place_name, "stars": str(p.stars),
                "status": status}
        image = photo_url(p)
        if image:
            meta["image"] = image
            meta["image_alt"] = ""
        out.append(SearchRecord(
            url=urls.product(slug, lang), language=lang, names=_with_folded(names),
            content=_with_folded(content),
            meta=meta,
            filters={
                "stars": [label(lang, "n_stars", n=p.stars)],
                "category": [info.set.name.get(lang)],
                "locality": [place_name] if place_name else [],
                "kind": [label(lang, f"kind_{maker.kind}")] if maker else [],
                "status": [label(lang, f"status_{status}")],
            },
            stars=p.stars, issued=site.issued_ordinal(slug),
        ))
    return out
