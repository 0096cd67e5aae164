"""Render the booklet with WeasyPrint: the front matter, the sheets of cards (a few dozen at a
time) and the back matter are laid out as separate documents, so memory stays bounded, then their
pages are joined into one tagged PDF (PDF/UA-1: structure, language, title) with bookmarks,
metadata and the self-hosted font embedded (and, for Chinese, a subset of the machine's CJK font:
generator/booklet/cjk.py). For a print house (`print_shop`), every page gets
3 mm of bleed and crop marks, and the cover's colour runs into the bleed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import jinja2
from markupsafe import Markup

from generator.booklet import cjk
from generator.booklet.fonts import booklet_fonts
from generator.booklet.layout import FAIRS_PER_PAGE, INDEX_LINES, Pagination, chunk, paginate
from generator import formats
from generator.model import identifiers as ids
from generator.model.languages import Lang
from generator.model.text import Text
from generator.pages import badges, charts, qr, urls
from generator.pages.labels import label, label_n
from generator.pages.site import SiteData

TEMPLATES = Path(__file__).parent / "templates"
PAPER = {"A4": (210, 297, 1.0, 9.0, 2, 3), "A5": (148, 210, 0.705, 7.0, 2, 2)}  # w, h, scale, pt, cols, rows


@dataclass(frozen=True)
class BookletOptions:
    lang: str = "vi"
    paper: str = "A4"
    include_expired: bool = False
    site_url: str = ""
    fonts: Path = Path("theme_overrides/assets/fonts")
    cache: Path = Path(".cache/ocop")
    dividers: bool = False  # a title page before each chapter, each chapter on new sheets
    print_shop: bool = False  # bleed and crop marks
    font_dir: Path | None = None  # where the CJK font is (a Chinese booklet), else the machine's fonts


SHEETS_PER_PART = 40  # sheets of cards laid out as one WeasyPrint document
# The most characters of a card's fields before they are cut at a word, with "…": a card is a fixed
# box, and these fit its lines (the CSS clamps each field to as many lines, as a last resort).
CARD_TEXT = {"name": 64, "set": 44, "maker": 44, "address": 88}


def _geometry(paper: str) -> dict:
    width, height, k, base_pt, columns, rows = PAPER[paper]
    gap = 4 * k
    inner_w = width - 2 * 12 * k
    inner_h = height - (14 + 16) * k
    card_w = (inner_w - gap * (columns - 1)) / columns - 0.5
    card_h = (inner_h - gap * (rows - 1)) / rows - 0.5
    return {"width": width, "height": height, "k": k, "base_pt": base_pt, "columns": columns, "rows": rows,
            "card_w": round(card_w, 2), "card_h": round(card_h, 2), "photo_h": round(card_h * 0.42, 2),
            "qr_mm": round(20 * k, 2)}


class Booklet:
    def __init__(self, site: SiteData, options: BookletOptions, photos: dict[str, Path] | None = None):
        self.site = site
        self.options = options
        self.photos = photos or {}  # product slug -> print-size JPEG
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)

    def products(self) -> list[str]:
        return [s for s in self.site.name_order(self.lang())
                if self.options.include_expired or self.site.info[s].current]

    def upcoming_fairs(self):
        return sorted((f for f in self.site.catalogue.fairs.values() if f.ends_on >= self.site.today),
                      key=lambda f: (f.starts_on, f.slug))

    def pagination(self) -> Pagination:
        return paginate(self.site, self.lang(), self.products(), self.options.paper,
                        len(self.upcoming_fairs()), self.options.dividers)

    def lang(self) -> Lang:
        """The booklet's language with its configured fallback chain (zh -> en -> vi in the sample)."""
        code = self.options.lang
        return self.site.languages[code] if code in self.site.languages else Lang(code)

    def _context(self, plan: Pagination) -> dict:
        lang, site = self.lang(), self.site
        geometry = _geometry(self.options.paper)
        fonts = booklet_fonts(self.options.fonts, self.options.cache / "fonts")
        css = self.env.get_template("booklet.css").render(
            font_400=fonts[400].resolve().as_uri(), font_700=fonts[700].resolve().as_uri(),
            paper=self.options.paper, print_shop=self.options.print_shop,
            cjk=cjk.FAMILY if cjk.needs_cjk(lang) else "", **geometry)
        card = self.env.get_template("card.html")
        helpers = {
            "lang": lang, "site": site, "cat": site.catalogue, "today": site.today, "paper": self.options.paper,
            "province": site.catalogue.province, "total": plan.total, "css": Markup(css),
            "title": self._title(), "chapters": plan.chapters, "index_first": plan.index_first,
            "fairs_first": plan.fairs_first, "L": lambda key, **kw: label(lang, key, **kw),
            "Ln": lambda key, count, **kw: label_n(lang, key, count, **kw),
            "t": lambda text: text.get(lang) if isinstance(text, Text) else (text or ""),
            "shorten": lambda text, field: charts.shorten(text, CARD_TEXT[field]),
            "date": lambda d: formats.date(d, lang),  # as the site writes dates
            "date_range": lambda start, end: formats.date_range(start, end, lang),
            "format_number": lambda n: charts.format_number(n, lang),
            "money": lambda n: formats.money(n, lang),  # as the site writes prices
            "badge": lambda p: Markup(self._badge(p.stars, site.info[p.slug].status, lang)),
            "badge_svg": lambda n: Markup(self._badge(n, "valid", lang)),
            "qr": lambda p: Markup(qr.qr_svg(self.options.site_url + urls.product(p.slug, lang), lang)),
            "photo": lambda p: self.photos[p.slug].resolve().as_uri() if p.slug in self.photos else "",
            "phone_display": lambda phone: ids.phone_display(ids.phone_digits(phone)) if ids.phone_digits(phone)
            else phone,
            "counts": {n: sum(1 for s in self.products() if site.catalogue.products[s].stars == n) for n in (3, 4, 5)},
        }
        helpers["card"] = lambda p: Markup(card.render(p=p, **helpers))
        return helpers

    def _badge(self, stars: int, status: str, lang: Lang) -> str:
        """The star badge; in Chinese, its words ("已失效") drawn with the booklet's CJK font rather than
        whichever CJK face the machine's sans-serif falls back to (WeasyPrint reads an SVG's
        font-family as a plain comma-separated list: no spaces around the commas)."""
        svg = badges.badge_svg(stars, status, lang)
        return svg.replace('font-family="sans-serif"', f'font-family="{cjk.FAMILY},sans-serif"') if cjk.needs_cjk(lang) \
            else svg

    def _title(self) -> str:
        return self.site.identity.booklet_title.get(self.lang())

    def html_parts(self, plan: Pagination):
        """(name, HTML) of each separately laid-out part, in page order."""
        context = self._context(plan)
        page = self.env.get_template("booklet.html")
        yield "front", page.render(part="front", **context)
        products = self.site.catalogue.products
        for number, sheets in enumerate(chunk(plan.sheets, SHEETS_PER_PART)):
            views = [SimpleNamespace(page=sheet.page, chapter=sheet.chapter, divider=sheet.divider,
                                     slots=[(kind, products[x] if kind == "card" else x) for kind, x in sheet.slots])
                     for sheet in sheets]
            yield f"sheets-{number}", page.render(part="sheets", sheets=views, **context)
        makers = self.site.catalogue.producers
        rows = [(makers[m], pages) for m, pages in plan.index_rows if m in makers]
        index_sheets = [(sheet, None) for sheet in chunk(rows, INDEX_LINES[self.options.paper]) or [[]]]
        fair_sheets = chunk(self.upcoming_fairs(), FAIRS_PER_PAGE[self.options.paper]) or [[]]
        if not plan.fairs_pages:  # the fairs fit under the index
            index_sheets[-1] = (index_sheets[-1][0], fair_sheets.pop())
        yield "back", page.render(part="back", index_sheets=index_sheets, fair_sheets=fair_sheets, **context)

    def write(self, output: Path) -> Pagination:
        from weasyprint import CSS, HTML, URLFetcher
        from weasyprint.text.fonts import FontConfiguration

        faces = cjk.find_faces(self.options.font_dir) if cjk.needs_cjk(self.options.lang) else None  # or FontMissing
        plan = self.pagination()
        fonts = FontConfiguration()
        # Photos, fonts and styles are local files: nothing is ever fetched from the network.
        local = URLFetcher(allowed_protocols=("file", "data"))
        parts = [html for _, html in self.html_parts(plan)]
        extra = [CSS(string=self.cjk_faces(faces, parts), font_config=fonts, url_fetcher=local)] if faces else []
        documents = [HTML(string=html, base_url=str(TEMPLATES), url_fetcher=local).render(font_config=fonts,
                                                                                          stylesheets=extra)
                     for html in parts]
        pages = [p for doc in documents for p in doc.pages]
        if len(pages) != plan.total:
            raise RuntimeError(f"booklet: laid out {len(pages)} pages, planned {plan.total}")
        output.parent.mkdir(parents=True, exist_ok=True)
        documents[0].copy(pages).write_pdf(str(output), pdf_identifier=b"ocop-" + self.options.lang.encode(),
                                           pdf_variant="pdf/ua-1")
        return plan

    def cjk_faces(self, faces: dict, parts: list[str]) -> str:
        """@font-face rules of the CJK family (booklet.css names it after Be Vietnam Pro), each
        face cut down to the characters that `parts` print and Be Vietnam Pro lacks."""
        cache = self.options.cache / "fonts"
        latin = booklet_fonts(self.options.fonts, cache)[400]
        text = "".join(cjk.printed_text(html) for html in parts)
        files = cjk.cjk_fonts(faces, text, latin, cache)
        return "".join(f'@font-face {{ font-family: "{cjk.FAMILY}"; font-weight: {weight}; '
                       f'src: url("{path.resolve().as_uri()}"); }}\n' for weight, path in files.items())
