"""Page bodies: the context each page kind needs, rendered with the theme's Jinja templates
(`theme_overrides/ocop/*.html`, so a province can override any of them).

Every value a record holds is hostile until escaped. The templates are rendered with Jinja's
autoescaping on, whatever environment the plugin hands in (MkDocs' own has it off), and the
helpers that write HTML (`t`, `md`, `photo`, the head tags) build `Markup` from escaped parts:
`Markup(...).format(...)` escapes every argument that is not Markup already; the helpers called on
every page put `escape(value)` into f-strings instead (the same escaping, without
`string.Formatter`'s cost). Markdown becomes
Markup only through generator/pages/markdown.py, which never lets HTML through.

No MkDocs import: the plugin hands in the Jinja environment and the URL style.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup, escape

from generator import formats
from generator.images.photos import PHOTO_DIR, cover
from generator.images.placeholder import PLACEHOLDER
from generator.images.results import PhotoSet
from generator.model import identifiers as ids
from generator.model.categories import CATEGORIES, SETS
from generator.model.bodies import Home, shown_level
from generator.model.text import Text
from generator.pages import badges, charts, qr, urls
from generator.pages.kinds import kind
from generator.pages.labels import label, label_forms, label_n
from generator.pages.markdown import markdown_html
from generator.pages.site import PAGE_SIZE, PREVIEW, PageSpec, SiteData
from generator.pages.verify_data import verdict_date

ROOT = "\x00root\x00"  # stands for the path to the site root in cached fragments


class Renderer:
    def __init__(self, env, site: SiteData, *, site_url: str = "", directory_urls: bool = True,
                 photos: dict[str, PhotoSet] | None = None, booklets=(), qrs=None):
        # The same loader, filters and globals as the theme's environment, with autoescaping on.
        self.env = env if env.autoescape is True else env.overlay(autoescape=True)
        self.site = site
        self.site_url = site_url.rstrip("/") + "/" if site_url else ""
        self.directory_urls = directory_urls
        self.photos = photos or {}  # "products/x/a.jpg" -> PhotoSet
        self.booklets = tuple(booklets)  # the languages of the booklets in the site (booklet-<code>.pdf)
        self.qrs = qrs  # a QrCache, or None to encode every code
        self._md_cache: dict[tuple[int, str], Markup] = {}
        self._cards: dict[tuple[str, str], str] = {}
        self._fragments: dict[tuple, str] = {}  # listing filters, by (language, facet, order)
        self._progress: dict[str, list] = {}  # plan slug -> its targets' progress, shown on 3 kinds of page
        self._home_of: tuple | None = None  # (catalogue, its Home) for the signing level

    # --- helpers the templates call ------------------------------------------------------------
    def _finish(self, url: str) -> str:
        if not self.directory_urls and (url == "" or url.endswith("/")):
            url += "index.html"
        return url

    def page_helpers(self, spec: PageSpec, cached: bool = False) -> dict[str, Any]:
        """What templates call. `cached`: links relative to the ROOT marker, for reusable fragments."""
        lang = spec.lang

        def href(url: str) -> str:
            if cached:
                return ROOT + self._finish(url)
            return urls.relative(spec.url, self._finish(url)) if url else urls.relative(spec.url, "")

        def t(text: Text | str | None, tag: str = "span") -> Markup:
            """Text in the page language; text of a fallback language is marked with its `lang`."""
            if text is None:
                return Markup("")
            if isinstance(text, str):
                return escape(text)
            shown = text.lang_of(lang)
            if shown != lang:
                tag = escape(tag)
                return Markup(f'<{tag} lang="{shown}">{escape(text.get(lang))}</{tag}>')
            return escape(text.get(lang))

        def note(text: Text | None) -> Markup:
            """A small visible note, "Shown in English", when `text` is not in the page language."""
            if not isinstance(text, Text) or text.lang_of(lang) == lang:
                return Markup("")
            words = label(lang, "shown_in", language=label(lang, f"lang_{text.lang_of(lang)}"))
            return Markup(f'<p class="ocop-fallback">{escape(words)}</p>')

        def md(text: Text | None) -> Markup:
            if text is None:
                return Markup("")
            html = self._markdown(text.get(lang))
            shown = text.lang_of(lang)
            if shown != lang:
                return note(text) + Markup(f'<div lang="{shown}">{html}</div>')
            return html

        return {
            "lang": lang, "spec": spec, "site": self.site, "cat": self.site.catalogue, "urls": urls,
            "href": href, "t": t, "md": md, "note": note,
            "language_name": lambda code: label(code, "language_name"), "L": lambda key, **kw: label(lang, key, **kw),
            "Ln": lambda key, count, **kw: label_n(lang, key, count, **kw),
            "Lforms": lambda key: json.dumps(label_forms(lang, key), ensure_ascii=False),
            "date": lambda d: formats.date(d, lang), "money": lambda n: _money(n, lang),
            "date_range_parts": lambda start, end: formats.date_range_parts(start, end, lang),
            "badge": lambda p: Markup(badges.badge_svg(p.stars, self.site.info[p.slug].status, lang)),
            "photo": lambda path, sizes="100vw", eager=False, alt="": self._photo(path, href, sizes, eager, alt),
            "placeholder": href(PLACEHOLDER), "sets": SETS, "categories": CATEGORIES,
            "phone_display": lambda p: ids.phone_display(ids.phone_digits(p) or "") if ids.phone_digits(p) else p,
            "phone_tel": lambda p: ids.phone_tel(ids.phone_digits(p) or p),
            "level": lambda c: shown_level(c.issued_by, c.level, c.issued_on, self._home()),
            "today": self.site.today, "page_size": PAGE_SIZE, "preview": PREVIEW, "booklets": self.booklets,
            "bar_chart": lambda rows, title: Markup(charts.bar_chart(rows, title, lang)),
            "progress_bar": lambda value, target, lbl="", unit="": Markup(
                charts.progress_bar(value, target, lang, lbl, unit)),
            "progress_text": lambda value, target, unit="": charts.progress_text(value, target, lang, unit),
            "format_number": lambda n: charts.format_number(n, lang),
            "cards_html": lambda products: self._cards_html(products, spec),
            "fragment": lambda name, key, **values: self._fragment(name, key, spec, values),
        }

    def _cards_html(self, products, spec: PageSpec) -> Markup:
        """Many cards at once (a listing shows 48): joined, then their links made relative in one go."""
        lang = spec.lang
        missing = [p for p in products if (p.slug, lang) not in self._cards]
        if missing:
            helpers = self.page_helpers(spec, cached=True)
            template = self.env.get_template("ocop/card.html")
            for product in missing:
                self._cards[(product.slug, lang)] = template.render(p=product, **helpers)  # escaped
        html = "".join([self._cards[(p.slug, lang)] for p in products])
        return Markup(html.replace(ROOT, escape(urls.relative(spec.url, "") if spec.url else "")))

    def _fragment(self, name: str, key: tuple, spec: PageSpec, values: dict) -> Markup:
        """The template `ocop/<name>.html` rendered once for `key` and the page language, its
        links relative to the ROOT marker, then reused on every page that shows it (the filters of
        a listing are the same on each of its pages). `values` must depend on `key` alone."""
        full = (name, spec.lang, *key)
        if full not in self._fragments:
            context = {**self.page_helpers(spec, cached=True), **values}
            self._fragments[full] = self.env.get_template(f"ocop/{name}.html").render(context)  # escaped
        return Markup(self._fragments[full].replace(ROOT, escape(urls.relative(spec.url, "") if spec.url else "")))

    def _home(self) -> Home | None:
        if self._home_of is None or self._home_of[0] is not self.site.catalogue:
            self._home_of = (self.site.catalogue, Home.of(self.site.catalogue.province))
        return self._home_of[1]

    def _markdown(self, text: str) -> Markup:
        key = (hash(text), text[:32])
        if key not in self._md_cache:
            self._md_cache[key] = Markup(markdown_html(text))  # safe HTML: see generator/pages/markdown.py
        return self._md_cache[key]

    def _photo(self, path: str, href, sizes: str, eager: bool, alt: str = "") -> Markup:
        """A photo in WebP and JPEG at every width; `eager` for the one on the first screen (fetched
        first), else loaded lazily; `alt` empty where the name is written beside it (cards)."""
        photo = self.photos.get(path)
        alt = escape(alt)
        if photo is None:
            return Markup(f'<img src="{escape(href(PLACEHOLDER))}" width="400" height="300" alt="{alt}" '
                          'class="ocop-photo">')
        base = href(PHOTO_DIR)
        width, height = photo.cover_size
        loading = 'fetchpriority="high"' if eager else 'loading="lazy" decoding="async"'
        sizes = escape(sizes)
        return Markup(  # every value escaped; f-strings for speed, as in head()
            f'<picture><source type="image/webp" srcset="{escape(photo.srcset(base, "webp"))}" sizes="{sizes}">'
            f'<img src="{escape(base + photo.cover.file_name)}" srcset="{escape(photo.srcset(base, "jpeg"))}" '
            f'sizes="{sizes}" width="{int(width)}" height="{int(height)}" alt="{alt}" class="ocop-photo" {loading}>'
            '</picture>')

    # --- rendering ---------------------------------------------------------------------------------
    def render(self, spec: PageSpec) -> str:
        context = self.page_helpers(spec)
        context.update(getattr(self, kind(spec.kind).context)(spec))
        return self.env.get_template(f"ocop/{spec.kind}.html").render(context)

    def head(self, spec: PageSpec) -> Markup:
        """Extra <head> content: Open Graph tags, and JSON-LD for a product; the label check's
        styles. Escaped here: it goes into Material's template, which does not escape."""
        css = kind(spec.kind).css
        if css:
            return Markup('<link rel="stylesheet" href="{}">').format(self.page_helpers(spec)["href"](css))
        if spec.kind != "product":
            return Markup("")
        product = self.site.catalogue.products[spec.key]
        url = self.site_url + spec.url
        lang = spec.lang
        description = (product.description.get(lang) if product.description else "")[:200]
        photo = cover(product, self.photos)
        image = f"{self.site_url}{PHOTO_DIR}{photo.cover.file_name}" if photo and self.site_url else ""
        tags = [("og:type", "product"), ("og:title", product.name.get(lang)), ("og:description", description),
                ("og:locale", formats.og_locale(lang))]
        if self.site_url:
            tags.append(("og:url", url))
        if image:
            tags.append(("og:image", image))
        # escape() and f-strings rather than Markup.format: the same escaping, a fifth of the time
        # (string.Formatter runs in Python), and this runs for every product page
        meta = "".join(f'<meta property="{escape(k)}" content="{escape(v)}">' for k, v in tags if v)
        data = _json_ld(self.site, product, lang, url, image)
        return Markup(f'{meta}<script type="application/ld+json">{_safe_json(data)}</script>')

    # --- per-kind contexts ---------------------------------------------------------------------------
    def _ctx_product(self, spec):
        p = self.site.catalogue.products[spec.key]
        info = self.site.info[spec.key]
        return {"p": p, "info": info, "producer": self.site.catalogue.producers.get(p.producer),
                "label_date": verdict_date(self.site, spec.key),
                "locality": self.site.localities.get(p.locality),
                "qr": Markup(self._qr(self.site_url + spec.url if self.site_url else spec.url, spec.lang)),
                "fairs": [self.site.catalogue.fairs[s] for s in self.site.fairs_by_product.get(p.slug, [])]}

    def _qr(self, url: str, lang: str) -> str:
        return qr.qr_svg(url, lang, rows=self.qrs.bits(url) if self.qrs else None)

    def _ctx_producer(self, spec):
        m = self.site.catalogue.producers[spec.key]
        slugs = self.site.ordered(self.site.by_producer.get(spec.key, []), spec.lang)
        return {"maker": m, "products": [self.site.catalogue.products[s] for s in slugs],
                "locality": self.site.localities.get(m.locality)}

    def _ctx_locality(self, spec):
        slugs = self.site.ordered(self.site.by_locality.get(spec.key, []), spec.lang)
        return {"loc": self.site.localities[spec.key], **self._split(slugs),
                "producers": [self.site.catalogue.producers[s]
                              for s in sorted(self.site.producers_by_locality.get(spec.key, []))]}

    def _ctx_set(self, spec):
        slugs = self.site.ordered(self.site.by_set.get(spec.key, []), spec.lang)
        return {"set": SETS[spec.key], **self._split(slugs), "facet": f"set-{spec.key}"}

    def _ctx_category(self, spec):
        category = next(c for c in CATEGORIES if c.slug == spec.key)
        sets = [s for s in SETS.values() if s.category == category.code]
        return {"category": category, "sets": [(s, len(self.site.by_set.get(s.code, []))) for s in sets]}

    def _split(self, slugs):
        products = [self.site.catalogue.products[s] for s in slugs]
        current = [p for p in products if self.site.info[p.slug].current]
        return {"current": current[:PREVIEW], "current_total": len(current),
                "lapsed": [p for p in products if not self.site.info[p.slug].current]}

    def _ctx_listing(self, spec):
        facet_key, sort, number = spec.params or ("", "name", 1)
        return self._listing(spec, facet_key, sort, number)

    def _ctx_catalogue(self, spec):
        return self._listing(spec, "", "name", 1)

    def _listing(self, spec, facet_key, sort, number):
        facet = self.site.facets[facet_key]
        ordered = self.site.facet_order(facet_key, spec.lang, sort)
        pages = max(1, -(-len(ordered) // PAGE_SIZE))
        chunk = ordered[(number - 1) * PAGE_SIZE: number * PAGE_SIZE]
        return {"facet": facet, "sort": sort, "number": number, "pages": pages, "total": len(ordered),
                "products": [self.site.catalogue.products[s] for s in chunk],
                "facet_groups": self._facet_groups(), "facet_title": self.site.facet_title(facet)}

    def _facet_groups(self):
        groups: dict[str, list] = {"stars": [], "set": [], "kind": [], "status": []}
        for facet in self.site.facets.values():
            if facet.family in groups:
                groups[facet.family].append(facet)
        return groups

    def _ctx_home(self, spec):
        info = self.site.info
        current = [s for s, i in info.items() if i.current]
        newest = self.site.ordered(current, spec.lang, "newest")[:8]
        five = self.site.ordered([s for s in current if self.site.catalogue.products[s].stars == 5], spec.lang)[:8]
        counts = {n: sum(1 for s in current if self.site.catalogue.products[s].stars == n) for n in (3, 4, 5)}
        return {"newest": [self.site.catalogue.products[s] for s in newest],
                "five": [self.site.catalogue.products[s] for s in five], "counts": counts, "total": len(current),
                "upcoming": self._fairs()[0][:3], "plans": self._plan_rows()}

    def _fairs(self):
        fairs = sorted(self.site.catalogue.fairs.values(), key=lambda f: (f.starts_on, f.slug))
        upcoming = [f for f in fairs if f.ends_on >= self.site.today]
        past = [f for f in reversed(fairs) if f.ends_on < self.site.today]
        return upcoming, past

    def _ctx_fairs(self, spec):
        upcoming, past = self._fairs()
        return {"upcoming": upcoming, "past": past}

    def _ctx_fair(self, spec):
        fair = self.site.catalogue.fairs[spec.key]
        cat = self.site.catalogue
        return {"fair": fair, "exhibitors": [cat.producers[s] for s in fair.exhibitors if s in cat.producers],
                "products": [cat.products[s] for s in self.site.ordered(
                    [s for s in fair.products if s in cat.products], spec.lang)]}

    def _plan_progress(self, plan) -> list:
        from generator.pages.plans import progress

        if plan.slug not in self._progress:
            self._progress[plan.slug] = progress(plan, self.site)
        return self._progress[plan.slug]

    def _plan_rows(self):
        return [(plan, self._plan_progress(plan)) for plan in
                sorted(self.site.catalogue.plans.values(), key=lambda p: (p.issued_on, p.slug), reverse=True)]

    def _ctx_plans(self, spec):
        return {"plans": self._plan_rows()}

    def _ctx_plan(self, spec):
        plan = self.site.catalogue.plans[spec.key]
        return {"plan": plan, "rows": self._plan_progress(plan)}

    def _ctx_producers(self, spec):
        makers = sorted(self.site.catalogue.producers.values(),
                        key=lambda m: (_vn_key(m.name.get(spec.lang)), m.slug))
        return {"makers": makers, "counts": {k: len(v) for k, v in self.site.by_producer.items()}}

    def _ctx_localities(self, spec):
        return {"localities": sorted(self.site.localities.values(), key=lambda loc: _vn_key(loc.name.get(spec.lang))),
                "counts": {k: sum(1 for s in v if self.site.info[s].current) for k, v in self.site.by_locality.items()}}

    def _ctx_categories(self, spec):
        return {"counts": {k: sum(1 for s in v if self.site.info[s].current) for k, v in self.site.by_set.items()}}

    def _ctx_search(self, spec):
        lang = spec.lang
        facets = self.site.facets
        stars = [label(lang, "n_stars", n=n) for n in (5, 4, 3)]
        sets = [s.name.get(lang) for code, s in SETS.items() if f"set-{code}" in facets]
        places = sorted({loc.name.get(lang) for slug, loc in self.site.localities.items()
                         if f"loc-{slug}" in facets}, key=_vn_key)
        kinds = [label(lang, f"kind_{f.value}") for f in facets.values() if f.family == "kind"]
        statuses = [label(lang, f"status_{f.value}") for f in facets.values() if f.family == "status"]
        from generator.model.certificates import STATUSES

        badges_by_key = {f"{n}-{state}": Markup(badges.badge_svg(n, state, lang)) for n in (3, 4, 5)
                         for state in STATUSES}
        return {"filters": [("stars", "stars", stars), ("category", "category", sets),
                            ("locality", "locality", places), ("kind", "producer_kind", kinds),
                            ("status", "status", statuses)],
                "badges": badges_by_key, "statuses": STATUSES, "browse": self._browse(lang)}

    def _browse(self, lang):
        """The listings offered where search cannot run (from disk): by stars, set and locality."""
        groups = self._facet_groups()
        named = [(f, self.site.localities[f.value].name) for f in self.site.facets.values()
                 if f.family == "loc" and f.value in self.site.localities]
        return {"stars": groups["stars"], "set": groups["set"],
                "loc": sorted(named, key=lambda pair: _vn_key(pair[1].get(lang)))}

    def _ctx_verify(self, spec):
        from generator.pages.verify import verify_context

        return verify_context(self.site, spec)

    def _ctx_lapsed(self, spec):
        from generator.pages.verify import lapsed_context

        return lapsed_context(self.site, spec)

    def _ctx_rules(self, spec):
        from generator.pages.identity import bare_name
        from generator.ruleids import RULE_IDS, for_province, severity_word

        province = self.site.catalogue.province
        name, code = (bare_name(province.name.vi), province.code) if province else (None, None)
        return {"rule_ids": RULE_IDS, "severity_word": lambda s: severity_word(s, spec.lang),
                "example": lambda text: for_province(text, name, code)}

    def _ctx_open_data(self, spec):
        return {}  # the template holds it all

    def _ctx_statistics(self, spec):
        from generator.pages.stats import statistics

        return {"stats": statistics(self.site, spec.lang)}


def _vn_key(text: str):
    from generator.pages.vnsort import sort_key

    return sort_key(text)


def _money(amount: int, lang: str) -> str:
    """A price in đồng as the language writes one (generator/formats.py): 15.000 ₫, ₫15,000."""
    return formats.money(amount, lang)


def _safe_json(data) -> Markup:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _json_ld(site: SiteData, p, lang: str, url: str, image: str) -> dict:
    info = site.info[p.slug]
    maker = site.catalogue.producers.get(p.producer)
    data: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "Product", "name": p.name.get(lang),
        "description": p.description.get(lang) if p.description else "", "category": info.set.name.get(lang),
        "inLanguage": lang, "award": f"OCOP {p.stars}★ – {p.certificate.decision}",
    }
    if url.startswith("http"):
        data["url"] = url
    if image:
        data["image"] = image
    if maker:
        data["brand"] = {"@type": "Organization", "name": maker.name.get(lang)}
    if p.barcode:
        data[f"gtin{len(p.barcode)}" if len(p.barcode) in (8, 12, 13, 14) else "gtin"] = p.barcode
    if p.price:
        data["offers"] = {"@type": "AggregateOffer", "priceCurrency": "VND", "lowPrice": p.price.low,
                          "highPrice": p.price.high}
    return data
