"""What the site carries besides pages: photo renditions, open data, calendars,
schemas and the placeholder picture, as (site path, source file or text); and how a build's
folder replaces or updates the published one."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Iterable, Iterator

from generator.files import write_atomic
from generator.pages import export, ics, urls
from generator.images.photos import PHOTO_DIR
from generator.images.placeholder import PLACEHOLDER
from generator.pages.site import SiteData
from generator.schema import schema_for


def photo_files(photos: dict, cache) -> Iterator[tuple[str, Path]]:
    """(site path, cached file) of every rendition of the photos in use."""
    names = {}
    for photo in photos.values():
        for rendition in photo.renditions:
            names[rendition.file_name] = cache.path_of(rendition)
    for name in sorted(names):
        yield f"{PHOTO_DIR}{name}", names[name]


def data_files(site: SiteData, photos: dict | None = None) -> Iterator[tuple[str, str]]:
    """(site path, text) of the placeholder picture, open data, schemas, calendars and the label
    check's data (`photos` by page key, for its cards), each made only when it is asked for (the
    open data of 20,000 products takes seconds)."""
    from generator.images.placeholder import placeholder_svg
    from generator.pages.redirects import redirect_files
    from generator.pages.verify import lapsed_files
    from generator.pages.verify_data import lookup_files

    yield PLACEHOLDER, placeholder_svg()
    yield "data/catalogue.json", export.catalogue_json(site)
    yield "data/products.csv", export.products_csv(site)
    for kind in ("product", "producer", "fair", "plan", "province"):
        yield f"data/schemas/{kind}.schema.json", json.dumps(schema_for(kind, site.languages.codes), ensure_ascii=False, indent=2)
    fairs = sorted(site.catalogue.fairs.values(), key=lambda f: (f.starts_on, f.slug))
    host = "ocop.invalid"
    for lang in site.languages:  # each language's calendars in its own words
        for fair in fairs:
            yield urls.fair_ics(fair.slug, lang), ics.calendar([fair], site.today, host, lang=lang)
        yield urls.fairs_feed(lang), ics.calendar(fairs, site.today, host, lang=lang)
    yield from lapsed_files(site)
    yield from lookup_files(site, photos or {})
    yield from redirect_files(site.languages)  # folders reached by trimming a URL (products/, data/schemas/)


def partial_dir(final: Path) -> Path:
    """Where a build writes before it is complete: a hidden sibling, so the move is a rename."""
    return final.with_name(f".{final.name}.partial")


def move_into_place(built: Path, final: Path) -> None:
    """Replace `final` by the complete `built` folder; the old site is removed only afterwards."""
    old = final.with_name(f".{final.name}.old")
    discard(old)
    if final.exists():
        os.replace(final, old)
    os.replace(built, final)
    discard(old)


def discard(folder: Path, quiet: bool = False) -> None:
    """Remove `folder`; `quiet` after a failed build, where a second error must not hide the first."""
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=quiet)


def write_texts(folder: Path, texts: Iterable[tuple[str, str]]) -> None:
    """Write (site path, text) pairs under `folder`, each through a temporary file renamed over
    the old one, so a reader never sees half a file."""
    for rel, text in texts:
        write_atomic(folder / rel, text.encode("utf-8"))


def inputs_fingerprint(paths: Iterable[Path]) -> str:
    """Name, size and time of every file under `paths`: for `mkdocs serve`, whether anything but
    the records (mkdocs.yml, docs/, the theme overrides) changed since the last build."""
    digest = hashlib.blake2b(digest_size=16)
    for top in paths:
        for path in sorted(top.rglob("*")) if top.is_dir() else [top]:
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def overlay(built: Path, served: Path, removed: Iterable[str], keep: tuple[str, ...] = ()) -> int:
    """Move every file of `built` into `served` over what is there, except the paths in `keep`,
    and take away the pages at the `removed` URLs. Returns how many files moved."""
    moved = 0
    for path in sorted(built.rglob("*")):
        rel = path.relative_to(built)
        if path.is_file() and rel.as_posix() not in keep:
            (served / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, served / rel)
            moved += 1
    for url in removed:
        page = served / url
        if page.is_dir():
            discard(page, quiet=True)
        else:
            page.unlink(missing_ok=True)
    discard(built, quiet=True)
    return moved
