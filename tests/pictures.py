"""What a visitor sees on one page of every kind: pictures with a size, images that load, text that
stays inside its box. Shared by tests/test_pictures.py (the sample and a synthetic catalogue)."""

from __future__ import annotations

from pathlib import Path

from generator.load.settings import configured_languages
from generator.model.categories import CATEGORIES, SETS
from generator.model.records import Catalogue
from generator.pages import urls

DOCS = ("about/", "add-product/", "github-web/", "star-badges/")
WIDTHS = (390, 1280)


def page_paths(catalogue: Catalogue, lang: str) -> dict[str, str]:
    """{page kind: URL path} for one page of every kind in `lang`: the product with the most photos
    (a gallery), the producer and locality of the first product, the busiest product set."""
    products = sorted(catalogue.products.values(), key=lambda p: (-len(p.images or ()), p.slug))
    product = products[0]
    by_set: dict[str, int] = {}
    for p in catalogue.products.values():
        by_set[p.category] = by_set.get(p.category, 0) + 1
    busiest = max(sorted(by_set), key=by_set.get) if by_set else next(iter(SETS))
    fair = sorted(catalogue.fairs)[0] if catalogue.fairs else None
    plan = sorted(catalogue.plans)[0] if catalogue.plans else None
    pages = {
        "home": urls.home(lang), "catalogue": urls.listing(lang), "listing": urls.listing(lang, "stars-4", "newest"),
        "product": urls.product(product.slug, lang),
        "product without photo": urls.product(next((p.slug for p in reversed(products) if not p.images),
                                                   product.slug), lang),
        "producer": urls.producer(product.producer, lang), "producers": urls.producers(lang),
        "locality": urls.locality(product.locality, lang), "localities": urls.localities(lang),
        "set": urls.product_set(busiest, lang), "category": urls.category(CATEGORIES[0].slug, lang),
        "categories": urls.categories(lang), "fairs": urls.fairs(lang), "plans": urls.plans(lang),
        "statistics": urls.statistics(lang), "open data": urls.open_data(lang), "search": urls.search(lang),
        "label check": urls.verify(lang), "labels no longer valid": urls.lapsed(lang),
    }
    if fair:
        pages["fair"] = urls.fair(fair, lang)
    if plan:
        pages["plan"] = urls.plan(plan, lang)
    # docs/ pages exist in the languages with a docs folder (docs/en/); a language without one (zh)
    # shows its fallback's, which that language's own turn covers
    if not urls.prefix(lang) or (Path(catalogue.root) / "docs" / urls.prefix(lang)).is_dir():
        for doc in DOCS:
            pages[f"docs {doc}"] = urls.prefix(lang) + doc
    return pages


# Loads every image now (lazy ones included) and waits until each has loaded or failed.
LOAD_IMAGES = """async () => {
  const images = [...document.images];
  images.forEach(i => { i.loading = 'eager'; });
  await Promise.race([Promise.allSettled(images.map(i => i.decode())), new Promise(r => setTimeout(r, 5000))]);
}"""

# Every problem a visitor would see in the content column, as text.
PROBLEMS = """() => {
  const out = [];
  const content = document.querySelector('.md-content');
  if (!content) return ['no .md-content'];
  const column = content.getBoundingClientRect();  // the column with its margins
  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
    (e.classList.length ? '.' + [...e.classList].join('.') : '');
  const what = e => name(e) + ' "' + (e.textContent || e.getAttribute('src') || '').trim().slice(0, 40) + '"';
  for (const e of content.querySelectorAll('img, svg, figure')) {
    if (e.closest('.md-content__button, .md-icon') || !e.checkVisibility()) continue;
    if (e.tagName.toLowerCase() === 'svg' && e.parentElement.closest('svg')) continue;
    const r = e.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) out.push(`${what(e)} renders ${Math.round(r.width)}x${Math.round(r.height)}`);
    if (e.tagName === 'IMG' && !(e.complete && e.naturalWidth > 0)) out.push(`${what(e)} does not load`);
  }
  const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
  const scrollers = [...content.querySelectorAll('*')].filter(scrolls);
  for (const e of content.querySelectorAll('*')) {
    if (e.closest('svg') || !e.checkVisibility() || e.closest('.ocop-visually-hidden')) continue;
    if (scrollers.some(s => s !== e && s.contains(e))) continue;
    // Material lets a table's scroll box bleed into the margins on purpose: boxes holding one are
    // judged by the column check below only
    const bleeds = scrollers.some(s => s !== e && e.contains(s));
    if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && !scrollers.includes(e) && !bleeds)
      out.push(`${what(e)} overflows its box by ${e.scrollWidth - e.clientWidth}px`);
    const r = e.getBoundingClientRect();
    if (r.width > 0 && (r.right > column.right + 1 || r.left < column.left - 1))
      out.push(`${what(e)} sticks out of the column (${Math.round(r.left)}-${Math.round(r.right)} in ` +
               `${Math.round(column.left)}-${Math.round(column.right)})`);
  }
  const page = document.scrollingElement;
  if (page.scrollWidth > window.innerWidth + 1) out.push(`the page scrolls sideways (${page.scrollWidth}px)`);
  return out;
}"""


def look_at(browser, base_url: str, catalogue: Catalogue, missing: list[str]) -> list[str]:
    """Every problem on one page of every kind, in each configured language, at phone and desktop width."""
    found = []
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900})
        tab = context.new_page()
        for lang in configured_languages(catalogue.root):
            for kind, path in page_paths(catalogue, lang).items():
                missing.clear()
                response = tab.goto(base_url + path)
                if response is None or response.status != 200:
                    found.append(f"{lang} {kind} /{path} @{width}: HTTP {response and response.status}")
                    continue
                tab.evaluate(LOAD_IMAGES)
                problems = tab.evaluate(PROBLEMS) + [f"{m} is missing (404)" for m in missing]
                found += [f"{lang} {kind} /{path} @{width}: {p}" for p in problems]
        context.close()
    return found
