"""The search step of a build: records for both languages, the Pagefind bundle, and nothing of
Pagefind's own UI (the site has its own search page).

The index depends only on the catalogue and the photos, not on the rendered pages, so a build
starts it as soon as those are known (`BackgroundIndex`): the Pagefind binary then works on the
second core while MkDocs renders pages on the first, instead of after them.
"""

from __future__ import annotations

import threading
from pathlib import Path

from generator.model.text import LANGS
from generator.pages.render import PHOTO_DIR
from generator.pages.site import SiteData
from generator.search.pagefind_index import Cancelled, write_index
from generator.search.records import product_records

_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
           "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


def build_search(site: SiteData, photos: dict, site_dir: Path, stop: threading.Event | None = None) -> int:
    def photo_url(product) -> str:
        photo = photos.get(f"products/{product.images[0]}") if product.images else None
        if photo is None:
            return ""
        small = photo.of_format("webp")[0]  # the narrowest: a result card is small
        return f"{PHOTO_DIR}{small.file_name}"

    records = [r for lang in LANGS for r in product_records(site, lang, photo_url)]
    out = site_dir / "pagefind"
    count = write_index(records, out, stop)
    for name in _UNUSED:
        (out / name).unlink(missing_ok=True)
    return count


class BackgroundIndex:
    """`build_search` in a thread of its own, after `first()` and before `then()` when given.
    `wait()` returns its count or raises its error; `cancel()` stops it between two records and
    waits for it, so that nothing writes into a site folder that is being thrown away."""

    def __init__(self, site: SiteData, photos: dict, site_dir: Path, first=None, then=None):
        for lang in LANGS:
            site.name_order(lang)  # computed here, not raced for by two threads
        self._stop = threading.Event()
        self._outcome: tuple[int | None, BaseException | None] = (None, None)
        self._first, self._then = first, then
        self._thread = threading.Thread(target=self._run, args=(site, photos, site_dir), name="ocop-search",
                                        daemon=True)
        self._thread.start()

    def _run(self, site: SiteData, photos: dict, site_dir: Path) -> None:
        try:
            if self._first is not None:
                self._first()
            count = build_search(site, photos, site_dir, self._stop)
            if self._then is not None:
                self._then()
            self._outcome = (count, None)
        except BaseException as exc:  # handed to the build's thread by wait()
            self._outcome = (None, exc)

    def wait(self) -> int:
        self._thread.join()
        count, error = self._outcome
        if error is not None:
            raise error
        return count

    def cancel(self) -> None:
        self._stop.set()
        self._thread.join()

    def failure(self) -> BaseException | None:
        """What stopped it, when that was not `cancel()`; None while it runs or after success."""
        error = self._outcome[1]
        return None if isinstance(error, Cancelled) else error
