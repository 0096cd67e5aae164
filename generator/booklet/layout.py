"""The booklet's pagination, decided before anything is drawn.

Cards have a fixed size and a fixed number fits a sheet (6 on A4, 4 on A5), so every page
number is known in advance: the contents, the producer index and "page N / M" footers are
written from these numbers, and the sheets can be laid out by WeasyPrint a few at a time (one
huge HTML document of every product would not scale). Pure: no WeasyPrint, no files.

Chapters follow each other with no page of their own: a chapter opens with a heading the size of a
card, in the slot before its first card, so it starts on the page of its first cards and no sheet
is left half empty between chapters (a heading never ends a sheet: it moves to the next one with
its cards). With `dividers` (for large print runs, where a chapter is easier to find by a page
of its own) each chapter starts on a new sheet after a divider page holding its title.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.model.categories import CATEGORIES, Category
from generator.pages.site import SiteData

CARDS_PER_SHEET = {"A4": 6, "A5": 4}
INDEX_LINES = {"A4": 52, "A5": 34}
FAIRS_PER_PAGE = {"A4": 8, "A5": 5}
CONTENTS_LINES = {"A4": 40, "A5": 26}


@dataclass
class Chapter:
    category: Category
    slugs: list[str]  # products in order
    first_page: int = 0


@dataclass
class Sheet:
    """One printed page of cards: slots are ("chapter", Chapter) headings and ("card", slug);
    a divider sheet has none, only its chapter's title."""

    page: int
    chapter: Chapter  # the chapter in effect at the top of the page, for the running head
    slots: list[tuple[str, object]] = field(default_factory=list)
    divider: bool = False


@dataclass
class Pagination:
    paper: str
    chapters: list[Chapter]
    sheets: list[Sheet]
    contents_pages: int
    index_first: int
    index_pages: int
    index_rows: list[tuple[str, list[int]]]  # producer slug, pages of its products
    fairs_first: int
    fairs_pages: int
    total: int
    product_page: dict[str, int]


def chunk(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] if items else []


def _sheets(chapters: list[Chapter], first_page: int, per_sheet: int, dividers: bool) -> list[Sheet]:
    sheets: list[Sheet] = []

    def room() -> int:
        return per_sheet - len(sheets[-1].slots) if sheets and not sheets[-1].divider else 0

    def place(slot, chapter) -> None:
        if not room():
            sheets.append(Sheet(first_page + len(sheets), chapter))
        sheets[-1].slots.append(slot)

    for chapter in chapters:
        if dividers:
            sheets.append(Sheet(first_page + len(sheets), chapter, divider=True))
            chapter.first_page = sheets[-1].page
        else:
            if room() < 2:  # a heading goes with at least its first card
                sheets.append(Sheet(first_page + len(sheets), chapter))
            place(("chapter", chapter), chapter)
            chapter.first_page = sheets[-1].page
        for slug in chapter.slugs:
            place(("card", slug), chapter)
    return sheets


def paginate(site: SiteData, lang: str, slugs: list[str], paper: str, upcoming_fairs: int,
             dividers: bool = False) -> Pagination:
    """Chapters by category (in the order of Decision 26/2026), products by set then name."""
    order = {slug: i for i, slug in enumerate(site.name_order(lang))}
    chapters = []
    for category in CATEGORIES:
        members = [s for s in slugs if site.info[s].category.code == category.code]
        if members:
            members.sort(key=lambda s: (site.info[s].set.code, order[s]))
            chapters.append(Chapter(category, members))
    contents_pages = max(1, -(-(len(chapters) + 3) // CONTENTS_LINES[paper]))
    first = 1 + contents_pages + 1  # the cover, the contents, then the first chapter
    sheets = _sheets(chapters, first, CARDS_PER_SHEET[paper], dividers)
    product_page = {slot[1]: sheet.page for sheet in sheets for slot in sheet.slots if slot[0] == "card"}
    page = first + len(sheets)
    makers: dict[str, list[int]] = {}
    for slug in slugs:
        makers.setdefault(site.catalogue.products[slug].producer, []).append(product_page[slug])
    rows = sorted(((m, sorted(set(p))) for m, p in makers.items()),
                  key=lambda row: _maker_key(site, row[0], lang))
    index_pages = max(1, -(-len(rows) // INDEX_LINES[paper]))
    if _fairs_fit_under_index(len(rows), upcoming_fairs, paper):  # no page holding a fair or two
        fairs_first, fairs_pages = page + index_pages - 1, 0
    else:
        fairs_first, fairs_pages = page + index_pages, max(1, -(-upcoming_fairs // FAIRS_PER_PAGE[paper]))
    return Pagination(paper, chapters, sheets, contents_pages, page, index_pages, rows, fairs_first,
                      fairs_pages, page + index_pages + fairs_pages - 1, product_page)


def _fairs_fit_under_index(rows: int, fairs: int, paper: str) -> bool:
    """Whether the upcoming fairs fit on the index's last page, under its producers (a heading
    takes 4 index lines; a fair as many lines as a page of fairs gives each)."""
    used = rows - (max(1, -(-rows // INDEX_LINES[paper])) - 1) * INDEX_LINES[paper]
    per_fair = INDEX_LINES[paper] / FAIRS_PER_PAGE[paper]
    return used + 4 + fairs * per_fair <= INDEX_LINES[paper]


def _maker_key(site: SiteData, slug: str, lang: str):
    from generator.pages.vnsort import sort_key

    maker = site.catalogue.producers.get(slug)
    return (sort_key(maker.name.get(lang)) if maker else (), slug)
