"""The catalogue's photos through the photo cache: what the site and the booklet show.

A photo the cache cannot use comes back as an `Issue` at the line of each record naming it
(generator/images/results.py words it), so the build log and `ocop booklet` report it as
`ocop validate` reports everything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.images.results import PhotoSet
from generator.issues import Issue
from generator.model.records import Catalogue


PHOTO_DIR = "assets/photos/"  # where the site serves the renditions


@dataclass(frozen=True, slots=True)
class Photos:
    """Photos by page key ("products/x/a.jpg"), the cache holding their renditions, the problems
    as issues, and how many photos were processed in this run."""

    photos: dict[str, PhotoSet]
    cache: object  # a PhotoCache
    issues: list[Issue]
    processed: int


def cover(product, photos: dict[str, PhotoSet]) -> PhotoSet | None:
    """The product's cover (its first photo) as processed, or None when it has none."""
    return photos.get(f"products/{product.images[0]}") if product.images else None


def photo_sources(catalogue: Catalogue, root: Path) -> dict[str, Path]:
    """Every photo the pages show, keyed as pages name them ("products/x/a.jpg")."""
    return {f"{folder}/{image}": root / folder / image for folder, _, _, image in catalogue.photos()}


def photo_sets(catalogue: Catalogue, root: Path, cache_dir: Path) -> Photos:
    from generator.images.cache import PhotoCache

    sources = photo_sources(catalogue, root)
    cache = PhotoCache(cache_dir / "images")
    result = cache.ensure(sources.values())
    photos = {key: result.photos[path] for key, path in sources.items() if path in result.photos}
    named: dict[str, list] = {}
    for folder, record, key, image in catalogue.photos():
        named.setdefault(str(root / folder / image), []).append((record, key, f"{folder}/{image}"))
    issues = [problem.issue(record.source.at(key), key, shown) for problem in result.problems
              for record, key, shown in named.get(problem.source, ())]
    return Photos(photos, cache, issues, result.processed)
