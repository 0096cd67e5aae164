"""`mkdocs serve`: what a session keeps from one rebuild to the next, and which pages a quick
rebuild renders, and when. The plugin calls it at each step of a build; it does not import MkDocs.

A rebuild caused only by record files (or their photos) is quick: it renders the pages that show
the edit into a scratch folder and moves them over the served site; the pages that changed only
because they count or page through the whole catalogue follow in the background (see
serve/changes.py and serve/later.py), then the open data and the search index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator import publish
from generator.pages.site import PageSpec
from generator.serve import changes
from generator.serve.heap import SetAside
from generator.serve.later import LaterPages, Render

# What a quick rebuild leaves as it was: MkDocs writes these from the pages it was given, which
# are only the rebuilt ones.
QUICK_KEEPS = ("sitemap.xml", "sitemap.xml.gz", "404.html")


@dataclass(frozen=True)
class Served:
    site: object  # SiteData
    pages: list  # its PageSpecs
    photos: dict
    fingerprint: str  # of mkdocs.yml, docs/ and the theme overrides
    folder: Path  # the folder `mkdocs serve` serves


@dataclass
class _Round:
    """The rebuild under way."""

    quick: changes.Edited | None = None  # the edited records, when the rebuild is quick
    fingerprint: str = ""
    later: list[PageSpec] = field(default_factory=list)  # its second round
    waiting: set[str] = field(default_factory=set)  # URLs of index pages of that round: built without body
    shells: dict[str, tuple[str, str]] = field(default_factory=dict)  # URL -> (file, page without body)
    removed: list[str] = field(default_factory=list)  # URLs of pages that no longer exist


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in memory for the next rebuild: MkDocs makes a new Jinja
    environment for each build, and compiling the theme's templates again is a visible part of a
    quick rebuild.
    Jinja checks each template's source against the one compiled, so an edited template is
    compiled again."""

    def __init__(self):
        self.compiled: dict[str, bytes] = {}

    def get_bucket(self, environment, name, filename, source):
        # The page bodies' environment escapes, MkDocs' does not: the same template compiled by
        # each is two different programs, kept apart.
        key = self.get_cache_key(name, filename) + ("|autoescape" if environment.autoescape else "")
        bucket = jinja2.bccache.Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket):
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket):
        self.compiled[bucket.key] = bucket.bytecode_to_string()


class Session:
    def __init__(self, log):
        self.log = log  # MkDocs' logger for the plugin (info, warning)
        self.templates = CompiledTemplates()
        self.set_aside = SetAside()  # the collector's pass between rebuilds
        self.last: Served | None = None  # the last served build
        self.unserved: set[str] | None = set()  # files changed since then; None: unknown
        self.stale: set[str] = set()  # URLs a cut-short second round did not bring up to date
        self.later: LaterPages | None = None  # the last rebuild's second round
        self.round = _Round()

    @property
    def quick(self) -> changes.Edited | None:
        return self.round.quick

    def interrupt(self) -> None:
        """A rebuild starts: the last one's second round stops; its pages are still to be done."""
        if self.later is None:
            return
        self.stale |= self.later.cancel()
        if self.later.failure() is not None:
            self.log.warning(f"quick rebuild: rendering pages in the background failed: {self.later.failure()!r}")
        self.later = None

    def loaded(self, changed: set[str] | None) -> None:
        """The record files the load found changed (None: it could not tell). A failed rebuild's
        edits are still to be shown by the next one."""
        self.unserved = None if changed is None or self.unserved is None else self.unserved | changed

    def plan(self, fingerprint: str, served: Path, allowed: bool = True) -> bool:
        """Whether this rebuild can be quick: the same site, and only record files changed
        (never when not `allowed`: another plugin acts on pages)."""
        self.round = _Round(fingerprint=fingerprint)
        if allowed and self.last is not None and self.unserved is not None and self.last.fingerprint == fingerprint \
                and self.last.folder == served:
            self.round.quick = changes.edited_records(self.unserved)
        return self.quick is not None

    def pages(self, site, photos: dict, pages: list[PageSpec]) -> list[PageSpec]:
        """The pages this rebuild gives MkDocs: all of them; or, when it is quick, those showing
        the edit, and the index pages of the second round, whose bodies wait (the navigation
        needs them to exist)."""
        if self.quick is None:
            return pages
        cards, makers = changes.photo_edits(self.last.site, site, self.last.photos, photos)
        self.quick.producers |= makers
        rebuild = changes.pages_to_render(self.last.site, site, self.quick, cards, pages, self.stale)
        self.round.removed = changes.removed_urls(self.last.pages, pages)
        self.round.later = rebuild.later
        self.round.waiting = {spec.url for spec in rebuild.later if spec.in_nav}
        self.log.info(f"quick rebuild: {len(rebuild.now)} pages touched by {len(self.unserved)} changed files "
                      f"({len(rebuild.later)} more in the background once they are served)")
        return rebuild.now + [spec for spec in rebuild.later if spec.in_nav]

    def new_photos(self, photos: dict) -> dict:
        """The photos whose renditions the served site lacks (all of them in a full rebuild)."""
        if self.quick is None:
            return photos
        return {key: photo for key, photo in photos.items() if self.last.photos.get(key) != photo}

    def keep_shell(self, spec: PageSpec, path: str, html: str) -> bool:
        """Keep a second-round index page as MkDocs built it, without its body; False for the
        pages rendered in full now."""
        if spec.url not in self.round.waiting:
            return False
        self.round.shells[spec.url] = (path, html)
        return True

    @property
    def has_later(self) -> bool:
        return bool(self.round.later)

    def overlay(self, built: Path) -> Path:
        """Move a quick rebuild's pages over the served site (not the index pages still without
        their body); the served folder."""
        waiting = tuple(path for path, _ in self.round.shells.values())
        moved = publish.overlay(built, self.last.folder, self.round.removed, keep=QUICK_KEEPS + waiting)
        self.log.info(f"quick rebuild: {moved} files replaced, {len(self.round.removed)} pages removed")
        return self.last.folder

    def served(self, site, pages: list[PageSpec], photos: dict, folder: Path, render: Render | None) -> None:
        """The rebuild is served: its second round starts (rendered by `render`)."""
        self.later = LaterPages(self.round.later, render, folder, self.log.info, then=self.set_aside)
        self.last = Served(site, pages, photos, self.round.fingerprint, folder)
        self.unserved, self.stale = set(), set()

    def settle(self) -> None:
        if self.later is not None:
            self.later.wait()

    def close(self) -> None:
        if self.later is not None:
            self.later.cancel()
        if self.last is not None:
            publish.discard(publish.partial_dir(self.last.folder), quiet=True)
            publish.discard(search_folder(self.last.folder), quiet=True)


def search_folder(served: Path) -> Path:
    """Where a quick rebuild writes the search index before it replaces the served one."""
    return served.with_name(f".{served.name}.search")

