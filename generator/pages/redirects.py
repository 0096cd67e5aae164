"""Folders a visitor reaches by trimming a URL that are not pages themselves: `products/` (from
`products/<slug>/`) and `data/schemas/` (from a schema's address). Each gets a small page that
sends the browser on to the page listing what the folder holds, so a trimmed URL never ends at
a 404. Every other such folder (`producers/`, `catalogue/stars-5/`, ...) is a page already;
tests/test_site_build.py checks that every folder of the built site has its index.html."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from generator.pages import urls
from generator.pages.labels import label


def redirects() -> Iterator[tuple[str, str, str, str]]:
    """(folder, target, language, title of the target) for each folder that is not a page."""
    for lang in urls.LANGS:
        yield urls.prefix(lang) + "products/", urls.listing(lang), lang, label(lang, "catalogue")
    yield "data/schemas/", urls.open_data("vi"), "vi", label("vi", "open_data")


def redirect_files() -> Iterator[tuple[str, str]]:
    """(site path, HTML) of each redirect page: a meta refresh, and a link for the rest."""
    for folder, target, lang, title in redirects():
        href = escape(urls.relative(folder, target))
        yield f"{folder}index.html", (
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url={href}">'
            f'</head><body><p><a href="{href}">{escape(title)}</a></p></body></html>\n')
