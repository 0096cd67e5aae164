"""What each product contributes to the search index, per language.

Only what people search for is indexed: the name, producer, locality (with its former names),
product set and category, and the start of the description. Menus, footers and long text never
reach the index. Pagefind 1.5 matches words without their diacritics by itself ("ruou mo" finds
"Rượu mơ": it strips combining marks from indexed words and from queries), but đ is a letter of
its own, not d with a mark; so each word with đ is followed by its ASCII spelling ("Đũa" by
"dua"), and only those words, which keeps the index small.
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
    """`text` followed by the ASCII spelling of its words that have đ."""
    spelled = dict.fromkeys(fold(word) for word in text.split() if "đ" in word or "Đ" in word)
    return " ".join([text, *spelled]) if spelled else text


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
            stars=p.stars, issued=p.certificate.issued_on.toordinal() if p.certificate.issued_on else 0,
        ))
    return out
