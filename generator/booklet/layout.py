"""The booklet's pagination, decided before anything is drawn.

Cards have a fixed size and a fixed number fits a sheet (6 on A4, 4 on A5), so every page
number is known in advance: the contents, the producer index and "page N / M" footers are
written from these numbers, and each chapter can be laid out by WeasyPrint on its own (one huge
HTML document of every product would not scale). Pure: no WeasyPrint, no files.
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
    sheets: list[list[str]] = field(default_factory=list)  # products per page, after the title page

    @property
    def pages(self) -> int:
        return 1 + len(self.sheets)


@dataclass
class Pagination:
    paper: str
    chapters: list[Chapter]
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


def paginate(site: SiteData, lang: str, slugs: list[str], paper: str, upcoming_fairs: int) -> Pagination:
    """Chapters by category (in the order of Decision 26/2026), products by set then name."""
    order = {slug: i for i, slug in enumerate(site.name_order(lang))}
    chapters = []
    for category in CATEGORIES:
        members = [s for s in slugs if site.info[s].category.code == category.code]
        if members:
            members.sort(key=lambda s: (site.info[s].set.code, order[s]))
            chapters.append(Chapter(category, members, sheets=chunk(members, CARDS_PER_SHEET[paper])))
    contents_pages = max(1, -(-(len(chapters) + 3) // CONTENTS_LINES[paper]))
    page = 1 + contents_pages + 1  # the cover, the contents, then the first chapter
    product_page: dict[str, int] = {}
    for chapter in chapters:
        chapter.first_page = page
        for offset, sheet in enumerate(chapter.sheets, start=1):
            for slug in sheet:
                product_page[slug] = page + offset
        page += chapter.pages
    makers: dict[str, list[int]] = {}
    for slug in slugs:
        makers.setdefault(site.catalogue.products[slug].producer, []).append(product_page[slug])
    rows = sorted(((m, sorted(set(p))) for m, p in makers.items()),
                  key=lambda row: _maker_key(site, row[0], lang))
    index_pages = max(1, -(-len(rows) // INDEX_LINES[paper]))
    fairs_pages = max(1, -(-upcoming_fairs // FAIRS_PER_PAGE[paper]))
    return Pagination(paper, chapters, contents_pages, page, index_pages, rows, page + index_pages, fairs_pages,
                      page + index_pages + fairs_pages - 1, product_page)


def _maker_key(site: SiteData, slug: str, lang: str):
    from generator.pages.vnsort import sort_key

    maker = site.catalogue.producers.get(slug)
    return (sort_key(maker.name.get(lang)) if maker else (), slug)
