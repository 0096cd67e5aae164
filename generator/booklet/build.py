"""The booklet from a catalogue folder: photos from the image cache, one PDF per call."""

from __future__ import annotations

from pathlib import Path

from generator.booklet.render import Booklet, BookletOptions
from generator.pages.site import SiteData


def print_photos(site: SiteData, root: Path, cache_dir: Path) -> dict[str, Path]:
    """Each product's cover at print size (the widest JPEG rendition), from the photo cache."""
    from generator.publish import photo_sets

    photos, cache, _, _ = photo_sets(site, root, cache_dir)
    out = {}
    for slug, product in site.catalogue.products.items():
        photo = photos.get(f"products/{product.images[0]}") if product.images else None
        if photo is not None:
            out[slug] = cache.path_of(photo.cover)
    return out


def write_booklet(site: SiteData, root: Path, output: Path, *, lang: str = "vi", paper: str = "A4",
                  include_expired: bool = False, site_url: str = "", cache_dir: Path | None = None,
                  photos: dict[str, Path] | None = None, dividers: bool = False, print_shop: bool = False):
    cache_dir = cache_dir or root / ".cache" / "ocop"
    if photos is None:
        photos = print_photos(site, root, cache_dir)
    options = BookletOptions(lang=lang, paper=paper, include_expired=include_expired,
                             site_url=site_url.rstrip("/") + "/" if site_url else "",
                             fonts=fonts_folder(root), cache=cache_dir, dividers=dividers, print_shop=print_shop)
    return Booklet(site, options, photos).write(output)


def fonts_folder(root: Path) -> Path:
    """The site's self-hosted fonts: the catalogue's own theme, else this project's."""
    own = root / FONTS
    return own if own.is_dir() else Path(__file__).resolve().parents[2] / FONTS


FONTS = Path("theme_overrides") / "assets" / "fonts"
