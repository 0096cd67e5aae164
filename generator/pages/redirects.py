"""Folders a visitor reaches by trimming a URL that are not pages themselves: `products/` (from
`products/<slug>/`) and `data/schemas/` (from a schema's address). Each gets a small page that
sends the browser on to the page listing what the folder holds, so a trimmed URL never ends at
a 404. Every other such folder (`producers/`, `catalogue/stars-5/`, ...) is a page already;
tests/test_site_build.py checks that every folder of the built site has its index.html."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from generator.model.languages import Languages
from generator.pages import urls
from generator.pages.labels import label


def redirects(langs=None) -> Iterator[tuple[str, str, str, str]]:
    """(folder, target, language, title of the target) for each folder that is not a page, in
    each of the configured `langs`."""
    langs = langs or Languages.of()
    for lang in langs:
        yield urls.prefix(lang) + "products/", urls.listing(lang), lang, label(lang, "catalogue")
    yield "data/schemas/", urls.open_data(langs.default), langs.default, label(langs.default, "open_data")


REFRESH_SECONDS = 2  # long enough to read the line and for a tool that looks at the page before it moves on


def redirect_files(langs=None) -> Iterator[tuple[str, str]]:
    """(site path, HTML) of each redirect page: a line saying where it goes, with a link, and a
    meta refresh that goes there after a moment."""
    for folder, target, lang, title in redirects(langs):
        href = escape(urls.relative(folder, target))
        moving = escape(label(lang, "redirect_moving"))
        yield f"{folder}index.html", (
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="robots" content="noindex">'
            f'<meta http-equiv="refresh" content="{REFRESH_SECONDS}; url={href}"></head>'
            f'<body><h1>{escape(title)}</h1><p>{moving} <a href="{href}">{escape(title)}</a>…</p></body></html>\n')
