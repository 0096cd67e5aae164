"""What each product contributes to the search index, per language, and how much each part weighs.

Only what people search for is indexed: the name, the start of the description, the product set
and category, the producer and locality (with its former names), and the numbers on the label
(barcode, decision numbers: search/codes.py). Menus, footers and long text never reach the index.

Ranking (see also `RANKING` in assets/ocop/search.js): each part is a block with its own Pagefind
weight, so a word in the name counts for more than one in the description, and that for more than
one in the set, producer or locality. Pagefind 1.5 folds diacritics itself ("ruou mo" finds "Rượu
mơ") and keeps each word's accented spelling, which lets the search page rank the spelling the
visitor typed above the other spellings of the same letters ("trà" above "trả", "Chẽ" below
"chè"). That works only if a page does not also hold the bare ASCII spelling of the same word, so
there is no folded copy of the text, except for words with đ: Pagefind keeps đ as a letter of its
own, so "dua" would not find "Đũa" without an ASCII spelling of the word, which weighs less than
the word itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.model.text import Text, fold
from generator.pages import urls
from generator.pages.labels import label
from generator.pages.site import SiteData
from generator.search.codes import decision_word

DESCRIPTION_CHARS = 240
_MARKDOWN = re.compile(r"[*_`#>\[\]()!|~]+")
_WORD = re.compile(r"\w+")

# Pagefind weights (0–10, plain text 1): name, description, set and category, producer and
# locality, label numbers. A word's ASCII spelling (words with đ) weighs ASCII_SHARE of it.
NAME, DESCRIPTION, KIND, MAKER, CODES = 10.0, 3.0, 1.5, 1.0, 1.0
ASCII_SHARE = 0.5


@dataclass(frozen=True)
class SearchRecord:
    url: str  # root-relative page URL, e.g. "en/products/x/"
    language: str
    blocks: tuple[tuple[float, str], ...]  # (Pagefind weight, text), the name first
    meta: dict[str, str]
    filters: dict[str, list[str]]
    stars: int  # with `issued`, what the search page sorts by (search/order.py); not sent to Pagefind
    issued: int  # day of the recognition decision, as a proleptic Gregorian ordinal

    @property
    def text(self) -> str:
        return " ".join(text for _weight, text in self.blocks)


def _text(value: Text | None, lang: str) -> str:
    return value.get(lang) if value else ""


def _plain(markdown: str) -> str:
    text = _MARKDOWN.sub(" ", markdown)
    text = re.sub(r"https?://\S+", " ", text)
    text = " ".join(text.split())
    return text[:DESCRIPTION_CHARS].rsplit(" ", 1)[0] if len(text) > DESCRIPTION_CHARS else text


def ascii_spellings(text: str) -> str:
    """The ASCII spelling of each word of `text` that has đ, once each: "Đầm Hà Đầm" gives "dam"."""
    words = dict.fromkeys(fold(w) for w in _WORD.findall(text) if "đ" in w.lower())
    return " ".join(words)


def _blocks(*parts: tuple[float, list[str]]) -> tuple[tuple[float, str], ...]:
    """Each non-empty part as a block, followed by a lighter block of its words' ASCII spellings."""
    out = []
    for weight, texts in parts:
        text = " ".join(t for t in texts if t)
        if text:
            out.append((weight, text))
            spelled = ascii_spellings(text)
            if spelled:
                out.append((weight * ASCII_SHARE, spelled))
    return tuple(out)


def _codes(product) -> list[str]:
    decisions = [product.certificate.decision, *(r.decision for r in product.history)]
    words = [decision_word(d) for d in decisions if d]
    return list(dict.fromkeys(w for w in [product.barcode, *words] if w))


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
        names = [name] if lang == "vi" or name == p.name.vi else [name, p.name.vi]  # the Vietnamese
        # name is searched on English pages too
        blocks = _blocks((NAME, names), (DESCRIPTION, [_plain(_text(p.description, lang))]),
                         (KIND, [info.set.name.get(lang), info.category.name.get(lang)]),
                         (MAKER, [maker_name, place_name, *(place.formerly if place else ())]),
                         (CODES, _codes(p)))
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
            url=urls.product(slug, lang), language=lang, blocks=blocks,
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
