"""The search step of a build: records for both languages, the Pagefind bundle, and nothing of
Pagefind's own UI (the site has its own search page)."""

from __future__ import annotations

from pathlib import Path

from generator.model.text import LANGS
from generator.pages.render import PHOTO_DIR
from generator.pages.site import SiteData
from generator.search.pagefind_index import write_index
from generator.search.records import product_records

_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
           "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


def build_search(site: SiteData, photos: dict, site_dir: Path) -> int:
    def photo_url(product) -> str:
        photo = photos.get(f"products/{product.images[0]}") if product.images else None
        if photo is None:
            return ""
        small = photo.of_format("webp")[0]  # the narrowest: a result card is small
        return f"{PHOTO_DIR}{small.file_name}"

    records = [r for lang in LANGS for r in product_records(site, lang, photo_url)]
    out = site_dir / "pagefind"
    count = write_index(records, out)
    for name in _UNUSED:
        (out / name).unlink(missing_ok=True)
    return count
