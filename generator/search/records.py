"""What each product contributes to the search index, per language, and how much each part weighs.

Only what people search for is indexed: the name, the start of the description, the product set
and category, the producer and locality (with its former names), and the numbers on the label
(barcode, decision numbers: search/codes.py). Menus, footers and long text never reach the index.

Each part is a block with its own Pagefind weight (NAME, DESCRIPTION, ...), so a word in the name
counts for more than one in the description, and that for more than one in the producer's name.
Each block is followed by its words folded, in two spellings:
- without marks as Pagefind folds them ("Trà" gives "tra", "Đông" gives "đong"), weighing
  FOLDED_SHARE of the block: Pagefind files them under the same word as the original, so they
  add to its weight rather than stand beside it. They are there for the index's size: Pagefind
  cuts its word index into chunks by counting the entries of words written without marks, not
  those with marks, so without them the Vietnamese words came out in a few huge chunks, which a
  query downloads whole (measured in benchmarks/README.md);
- in ASCII for words with đ ("dong"), weighing as much as the word and its folded copy together:
  Pagefind keeps đ as a letter of its own, so "dua" finds "Đũa" only through this spelling.
How a query typed with diacritics finds its exact spelling first is the search page's part
(`find` in assets/ocop/search.js).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from generator.model.text import Text, fold
from generator.pages import urls
from generator.pages.labels import label
from generator.pages.site import SiteData
from generator.search.codes import code_word, decision_word

DESCRIPTION_CHARS = 240
_MARKDOWN = re.compile(r"[*_`#>\[\]()!|~]+")
_WORD = re.compile(r"\w+")

# Pagefind weights (0–10, plain text 1): name, description, set and category, producer and
# locality, label numbers. A block's folded copy weighs FOLDED_SHARE of it.
NAME, DESCRIPTION, KIND, MAKER, CODES = 6.0, 2.0, 1.0, 0.6, 1.0
FOLDED_SHARE = 0.5


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


def _unmarked(word: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word)
                                                if not unicodedata.combining(c)))


def folded(text: str) -> tuple[str, str]:
    """The words of `text` with marks or đ, once each: as Pagefind folds them (marks removed, đ
    kept), and the words with đ in ASCII. "Đầm Hà Đầm Long" gives ("đam ha", "dam"); Long,
    written without marks, is searched as it is."""
    unmarked: dict[str, None] = {}
    ascii_: dict[str, None] = {}
    for word in _WORD.findall(text.lower()):
        if _unmarked(word) != word:
            unmarked[_unmarked(word)] = None
        if "đ" in word:
            ascii_[fold(word)] = None
    return " ".join(unmarked), " ".join(ascii_)


_HAN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")


def han_spaced(text: str) -> str:
    """`text` with each Chinese character a word of its own: "下龙墨鱼饼" gives "下 龙 墨 鱼 饼"; ""
    when it has none. Pagefind's segmenter keeps a name it does not know as one word ("下龙墨鱼饼"),
    and the browser splits a query otherwise, so "墨鱼饼" would find nothing; the search page
    (theme_overrides/assets/ocop/search.js) splits a Chinese query into characters the same way."""
    if not _HAN.search(text):
        return ""
    return " ".join(_HAN.sub(r" \1 ", text).split())


def _blocks(*parts: tuple[float, list[str]]) -> tuple[tuple[float, str], ...]:
    """Each non-empty part as a block, followed by its words folded: lighter, as Pagefind folds
    them, since they add to the weight of the same word; the ASCII spelling of words with đ is a
    word of its own, which weighs as much as the two together."""
    out = []
    for weight, texts in parts:
        text = " ".join(t for t in texts if t)
        if not text:
            continue
        unmarked, ascii_ = folded(text)
        out += [(w, t) for w, t in ((weight, text), (weight * FOLDED_SHARE, unmarked),
                                    (weight * (1 + FOLDED_SHARE), ascii_)) if t]
    return tuple(out)


def _codes(product) -> list[str]:
    decisions = [product.certificate.decision, *(r.decision for r in product.history)]
    words = [decision_word(d) for d in decisions if d]
    barcode = [code_word(product.barcode)] if product.barcode else []
    return list(dict.fromkeys([*barcode, *words]))


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
        description = _plain(_text(p.description, lang))
        blocks = _blocks((NAME, [*names, han_spaced(name)]), (DESCRIPTION, [description, han_spaced(description)]),
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
