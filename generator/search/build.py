"""The search step of a build: records for both languages, the Pagefind bundle, and nothing of
Pagefind's own UI (the site has its own search page).

The index depends only on the catalogue and the photos, not on the rendered pages, so a build
starts it as soon as those are known (`BackgroundIndex`), in a forked copy of the process where
there is fork: the records' Python work and the Pagefind binary then run beside MkDocs rendering
pages, instead of taking turns with it for the interpreter (or running after it).
"""

from __future__ import annotations

import threading
from pathlib import Path

from generator.background import Background, Child, ChildStopped
from generator.images.photos import PHOTO_DIR, cover
from generator.pages.site import SiteData
from generator.search.pagefind_index import Cancelled, write_index
from generator.search.records import product_records

_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
           "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


def build_search(site: SiteData, photos: dict, site_dir: Path, stop: threading.Event | None = None) -> int:
    def photo_url(product) -> str:
        photo = cover(product, photos)
        if photo is None:
            return ""
        small = photo.of_format("webp")[0]  # the narrowest: a result card is small
        return f"{PHOTO_DIR}{small.file_name}"

    records = [r for lang in site.languages for r in product_records(site, lang, photo_url)]
    out = site_dir / "pagefind"
    count = write_index(records, out, stop)
    for name in _UNUSED:
        (out / name).unlink(missing_ok=True)
    return count


class BackgroundIndex(Background[int]):
    """`build_search` in a child process started now (or a thread where there is no fork), waited
    for by a thread of its own (generator/background.py), after `first()` and before `then()` when
    given; `wait()` returns the number of product pages indexed."""

    def __init__(self, site: SiteData, photos: dict, site_dir: Path, first=None, then=None):
        for lang in site.languages:
            site.name_order(lang)  # computed here, not raced for by two threads
        child = Child(lambda: build_search(site, photos, site_dir)) if Child.available() else None

        def work(stop: threading.Event) -> int:
            if first is not None:
                try:
                    first()
                except BaseException:
                    if child is not None:
                        child.kill()
                    raise
            count = child.wait(stop) if child is not None else build_search(site, photos, site_dir, stop)
            if then is not None:
                then()
            return count

        super().__init__(work, "ocop-search", quiet=(Cancelled, ChildStopped))
