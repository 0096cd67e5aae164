"""The booklet from a catalogue folder: photos from the image cache, one PDF per call."""

from __future__ import annotations

from pathlib import Path

from generator.booklet.render import Booklet, BookletOptions
from generator.images.photos import cover
from generator.pages.site import SiteData


def print_photos(site: SiteData, root: Path, cache_dir: Path) -> tuple[dict[str, Path], list]:
    """Each product's cover at print size (the widest JPEG rendition), from the photo cache; and
    the photos the cache could not use, as issues at their records' lines."""
    from generator.images.photos import photo_sets

    found = photo_sets(site.catalogue, root, cache_dir)
    return covers(site, found.photos, found.cache), found.issues


def covers(site: SiteData, photos: dict, cache) -> dict[str, Path]:
    """Each product's cover file (the widest JPEG rendition), by product slug."""
    out = {}
    for slug, product in site.catalogue.products.items():
        photo = cover(product, photos)
        if photo is not None:
            out[slug] = cache.path_of(photo.cover)
    return out


def write_booklet(site: SiteData, root: Path, output: Path, *, lang: str = "vi", paper: str = "A4",
                  include_expired: bool = False, site_url: str = "", cache_dir: Path | None = None,
                  photos: dict[str, Path] | None = None, dividers: bool = False, print_shop: bool = False,
                  font_dir: Path | None = None):
    """The booklet at `output`; `photos` are the covers by slug (`print_photos`, which also
    reports the photos that cannot be used: call it first to show them). A Chinese booklet takes
    its CJK font from `font_dir`, else from the machine's fonts (cjk.FontMissing when there is none)."""
    cache_dir = cache_dir or root / ".cache" / "ocop"
    if photos is None:
        photos, _ = print_photos(site, root, cache_dir)
    options = BookletOptions(lang=lang, paper=paper, include_expired=include_expired,
                             site_url=site_url.rstrip("/") + "/" if site_url else "",
                             fonts=fonts_folder(root), cache=cache_dir, dividers=dividers, print_shop=print_shop,
                             font_dir=font_dir)
    return Booklet(site, options, photos).write(output)


def fonts_folder(root: Path) -> Path:
    """The site's self-hosted fonts: the catalogue's own theme, else this project's."""
    own = root / FONTS
    return own if own.is_dir() else Path(__file__).resolve().parents[2] / FONTS


FONTS = Path("theme_overrides") / "assets" / "fonts"
