"""Thin MkDocs glue: validate the catalogue, then add its pages as virtual files.

Every issue is logged with its location (warnings count under `mkdocs build --strict`); errors
stop the build once, with a headline naming the first problem. Generated pages skip Markdown:
their body is rendered from the theme's `ocop/*.html` templates in `on_page_content`.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

import jinja2
from mkdocs.commands.build import get_context
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator import issues as fmt
from generator import publish
from generator.config import OcopConfig
from generator.dates import resolve_today
from generator.heap import SetAside, no_cyclic_gc
from generator.load.cache import LoadCache
from generator.model.text import LANGS
from generator.pages import changes, urls
from generator.pages.later import LaterPages
from generator.pages.labels import LABELS
from generator.rules import validate

log = get_plugin_logger("ocop")
BODY = "<!-- ocop:body -->"

MENU = ("home", "catalogue", "producers", "localities", "categories", "fairs", "plans", "statistics", "open_data")
_MENU_URL = {"home": urls.home, "catalogue": urls.listing, "producers": urls.producers,
             "localities": urls.localities, "categories": urls.categories, "fairs": urls.fairs,
             "plans": urls.plans, "statistics": urls.statistics, "open_data": urls.open_data}


# What a quick serve rebuild leaves as it was: MkDocs writes these from the pages it was given,
# which are only the rebuilt ones.
QUICK_KEEPS = ("sitemap.xml", "sitemap.xml.gz", "404.html")


@dataclass(frozen=True)
class _Served:
    site: object  # SiteData
    pages: list  # its PageSpecs
    photos: dict
    fingerprint: str  # of mkdocs.yml, docs/ and the theme overrides
    served: Path  # the folder `mkdocs serve` serves


class _GeneratedPage(Page):
    """A catalogue page. Its body is rendered from the theme's templates just before the page is
    written (on_post_page), so MkDocs' Markdown step, which builds a new Markdown converter for
    every page (0.4 ms each, half a minute at 66,000 pages), has nothing to do and is skipped."""

    def render(self, config, files) -> None:
        self.content = ""
        self.toc = get_toc([])
        self.present_anchor_ids = set()
        self.links_to_anchors = {}


class _CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in memory for the next rebuild: MkDocs makes a new Jinja
    environment for each build, and compiling the theme's templates again took half a second.
    Jinja checks each template's source against the one compiled, so an edited template is
    compiled again."""

    def __init__(self):
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket):
        self.compiled[bucket.key] = bucket.bytecode_to_string()


class _WarningCount(logging.Handler):
    """Counts warnings on MkDocs' logger. MkDocs aborts a `--strict` build for them only after
    every post-build step, when the site would already be in place."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1


def _valid_checkboxes(html: str) -> str:
    """Material writes autocomplete="off" on its checkbox toggles, which HTML does not allow on
    checkboxes (Nu HTML Checker error); the attribute does nothing there, so it is dropped."""
    return html.replace('type="checkbox" id="__drawer" autocomplete="off"', 'type="checkbox" id="__drawer"') \
        .replace('type="checkbox" id="__search" autocomplete="off"', 'type="checkbox" id="__search"')


class OcopPlugin(BasePlugin[OcopConfig]):
    def __init__(self):
        self.serving = False
        self.final_dir: Path | None = None  # where the finished site goes; built beside it first
        self.catalogue = None
        self.today = None
        self.root: Path | None = None
        self.specs: dict = {}
        self.renderer = None
        self.qrs = None  # QR codes of page URLs, loaded once (a serve session keeps them)
        self.search = None  # the search index, written in a thread while pages are rendered
        self.warnings = _WarningCount()
        self.templates = _CompiledTemplates()
        self.set_aside = SetAside()  # the collector's pass between serve rebuilds
        self.watcher = None  # notices edited records while serving
        # `mkdocs serve` keeps this instance (it has on_startup) from one rebuild to the next:
        self.load_cache: LoadCache | None = None  # records of the last load, reused by the next
        self.last = None  # the last served build: site, photos, inputs fingerprint, folder
        self.quick = None  # this rebuild renders only what these edited records touch
        self.unserved: set[str] | None = set()  # files changed since the last served build; None: unknown
        self.later = None  # a quick rebuild's second round of pages, rendered after it is served
        self.later_pages: list = []  # the specs of that round
        self.waiting: set[str] = set()  # URLs of its index pages, built by MkDocs without their body
        self.stale: set[str] = set()  # URLs of pages a cut-short second round did not bring up to date
        self.shells: dict[str, tuple[str, str]] = {}  # second-round index pages: URL -> (file, page without body)

    # --- configuration and validation ---------------------------------------------------------------
    def on_startup(self, command, dirty):
        self.serving = command == "serve"

    def on_config(self, config):
        base = Path(config.config_file_path or ".").resolve().parent
        self.root = (base / self.config.root).resolve()
        self.cache_dir = base / self.config.cache_dir
        try:
            self.today = resolve_today(self.config.today)
        except ValueError as exc:
            raise PluginError(f"ocop: today: expected YYYY-MM-DD, found {self.config.today!r}") from exc
        if self.search is not None:
            self.search.cancel()  # a quick rebuild's index still being written: outdated now
            if self.search.failure() is not None:
                log.warning(f"search: the last background update of the index failed: {self.search.failure()}")
        if self.later is not None:
            self.stale |= self.later.cancel()  # this rebuild renders them again
            if self.later.failure() is not None:
                log.warning(f"quick rebuild: rendering pages in the background failed: {self.later.failure()!r}")
            self.later = None
        self.load_cache = self.load_cache.next() if self.load_cache else LoadCache.open(self.cache_dir)
        self.catalogue, found = validate(str(self.root), self.today, self.load_cache)
        if self.unserved is not None and not self.load_cache.complete_miss:
            self.unserved |= self.load_cache.changed  # a failed rebuild's edits are still to be shown
        else:
            self.unserved = None
        if self.last is None:
            self.load_cache.save()  # a serve session saves it once more when it ends
        lang = self.config.messages
        for issue in found:
            (log.error if issue.severity == fmt.ERROR else log.warning)(fmt.format_text(issue, lang))
        errors, _, _ = fmt.counts(found)
        if errors:
            raise PluginError(fmt.summary(found, lang))
        config.extra["alternate"] = True  # turns on the per-page switcher (partials/alternate.html)
        if not self.serving:
            logging.getLogger("mkdocs").addHandler(self.warnings)
            self.final_dir = Path(config.site_dir).resolve()
            config.site_dir = str(publish.partial_dir(self.final_dir))
        else:
            self._plan_serve_build(config)
        if not config.nav:
            config.nav = self._nav()
        return config

    def _plan_serve_build(self, config) -> None:
        """A serve rebuild caused only by record files (or their photos) is quick: it renders only
        the pages they touch into a scratch folder and moves those over the served site."""
        served = Path(config.site_dir)
        custom = [Path(config.theme.custom_dir)] if config.theme.custom_dir else []
        self.fingerprint = publish.inputs_fingerprint([Path(config.config_file_path), Path(config.docs_dir), *custom])
        self.quick = None
        if self.last is not None and self.unserved is not None and self.last.fingerprint == self.fingerprint \
                and self.last.served == served:
            self.quick = changes.edited_records(self.unserved)
        if self.quick is not None:
            config.site_dir = str(publish.partial_dir(served))

    def _nav(self) -> list:
        nav = []
        for lang in LANGS:
            for key in MENU:
                nav.append({LABELS[lang][key]: urls.src_uri(_MENU_URL[key](lang))})
            nav += [{title: path} for title, path in self._docs_nav(lang)]
        return nav

    def _docs_nav(self, lang: str) -> list[tuple[str, str]]:
        """Hand-written pages of docs/ (docs/en/ for English), titled by their first heading."""
        docs = Path(self.root / "docs")
        folder = docs / "en" if lang == "en" else docs
        out = []
        for path in sorted(folder.glob("*.md")):
            title = next((line[2:].strip() for line in path.read_text(encoding="utf-8").splitlines()
                          if line.startswith("# ")), path.stem)
            out.append((title, path.relative_to(docs).as_posix()))
        return out

    # --- files --------------------------------------------------------------------------------------------
    def on_files(self, files, config):
        """The catalogue's pages and files (tens of thousands of objects: see generator/heap.py)."""
        with no_cyclic_gc():
            return self._files(files, config)

    def _files(self, files, config):
        from generator.pages.render import Renderer
        from generator.pages.site import SiteData
        site = SiteData(self.catalogue, self.today)
        photos, cache = self._photos(site)
        from generator.pages.qrcache import QrCache

        if self.qrs is None:
            self.qrs = QrCache(self.cache_dir)
        site_url = config.site_url or ""
        self.qrs.ensure(site_url + urls.product(slug, lang) for lang in LANGS for slug in site.catalogue.products)
        self.qrs.save()
        env = config.theme.get_env()
        env.bytecode_cache = self.templates
        self.renderer = Renderer(env, site, site_url=site_url,
                                 directory_urls=config.use_directory_urls, photos=photos,
                                 booklets=self.config.booklet and not self.serving, qrs=self.qrs)
        self.photo_cache = cache
        if self.quick is not None:
            for file in [f for f in files if not f.is_documentation_page()]:
                files.remove(file)  # the theme's files are in the served site already
        self.specs = {}
        for spec in self._pages_to_render(site, photos):
            src = urls.src_uri(spec.url)
            inclusion = InclusionLevel.INCLUDED if spec.in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, src, content="", inclusion=inclusion)
            _GeneratedPage(spec.title.get(spec.lang), file, config)
            files.append(file)
            self.specs[src] = spec
        new = photos if self.quick is None else {  # the served site has the renditions of the others
            key: photo for key, photo in photos.items() if self.last.photos.get(key) != photo}
        for src, abs_path in publish.photo_files(new, cache):
            if self.quick is None or not (self.last.served / src).exists():
                files.append(File.generated(config, src, abs_src_path=str(abs_path)))
        if self.quick is None:  # else written after the pages are served (_start_search)
            for src, text in publish.data_files(site):
                files.append(File.generated(config, src, content=text))
        if self.quick is None:
            self._start_search(site, photos, Path(config.site_dir))
        return files

    def _photos(self, site):
        from generator.publish import photo_sets

        started = time.perf_counter()
        photos, cache, problems, processed = photo_sets(site, self.root, self.cache_dir)
        log.info(f"photos: {processed} processed, {len(photos)} in use, {time.perf_counter() - started:.1f} s")
        for problem in problems:
            log.error(problem)
        if problems:
            raise PluginError(f"{len(problems)} photos could not be processed; first: {problems[0]}")
        return photos, cache

    def _pages_to_render(self, site, photos) -> list:
        """All pages; or, in a quick rebuild, the pages showing the edit, and the index pages of
        the second round, whose bodies wait (the navigation needs them to exist)."""
        self.pages = site.pages()
        self.later_pages, self.waiting, self.shells = [], set(), {}
        if self.quick is None:
            return self.pages
        cards, makers = changes.photo_edits(self.last.site, site, self.last.photos, photos)
        self.quick.producers |= makers
        rebuild = changes.pages_to_render(self.last.site, site, self.quick, cards, self.pages, self.stale)
        self.removed = changes.removed_urls(self.last.pages, self.pages)
        self.later_pages = rebuild.later
        self.waiting = {spec.url for spec in rebuild.later if spec.in_nav}
        log.info(f"quick rebuild: {len(rebuild.now)} pages touched by {len(self.unserved)} changed files "
                 f"({len(rebuild.later)} more in the background once they are served)")
        return rebuild.now + [spec for spec in rebuild.later if spec.in_nav]

    def _start_search(self, site, photos, site_dir: Path | None) -> None:
        """The index is written beside the pages. After a quick rebuild, once its pages are
        served: the open data files, then the index in a folder of its own that then replaces
        the served one."""
        from generator.search.build import BackgroundIndex

        if self.quick is None:
            self.search = BackgroundIndex(site, photos, site_dir)
            return
        served = self.last.served
        folder = served.with_name(f".{served.name}.search")
        publish.discard(folder)
        self.search = BackgroundIndex(site, photos, folder,
                                      first=lambda: publish.write_texts(served, publish.data_files(site)),
                                      then=lambda: publish.move_into_place(folder / "pagefind", served / "pagefind"))

    # --- pages ---------------------------------------------------------------------------------------------
    def on_page_markdown(self, markdown, page, config, files):
        spec = self.specs.get(page.file.src_uri)
        if spec is not None:
            self._describe(page, spec)
            return ""
        # a hand-written page of docs/
        lang = "en" if page.file.src_uri.startswith("en/") else "vi"
        bare = page.url[3:] if lang == "en" else page.url
        page.meta.update(lang=lang, ocop_alternates={"vi": bare, "en": "en/" + bare})
        self._notice(page, lang)
        return markdown

    def _describe(self, page, spec) -> None:
        lang = spec.lang
        page.meta.update(title=spec.title.get(lang), lang=lang, hide=["toc"], ocop_alternates={
            other: urls.other_lang(spec.url, lang, other) for other in LANGS})
        self._notice(page, lang)

    def _notice(self, page, lang: str) -> None:
        notice = self.catalogue.province.notice if self.catalogue.province else None
        if notice:
            page.meta["ocop_notice"] = notice.get(lang)

    def on_page_content(self, html, page, config, files):
        """A marker only: the body is rendered in on_post_page, just before the page is written,
        so the bodies of 50,000 pages are never all held in memory at once."""
        spec = self.specs.get(page.file.src_uri)
        return html if spec is None else self._head(page, spec, self.renderer)

    @staticmethod
    def _head(page, spec, renderer) -> str:
        page.meta["ocop_head"] = renderer.head(spec)
        page.meta["ocop_kind"] = spec.kind
        return BODY

    def on_nav(self, nav, config, files):
        self.nav = nav
        return nav

    def on_env(self, env, config, files):
        env.bytecode_cache = self.templates
        self.env, self.files = env, files
        return env

    @event_priority(50)
    def _search_and_booklets(self, config):
        """The search index (started in on_files) finished, and the booklets written."""
        if self.quick is not None:
            log.info("search: the index is being written again in the background")
            return
        started = time.perf_counter()
        count = self.search.wait()
        log.info(f"search: indexed {count} product pages (waited {time.perf_counter() - started:.1f} s for it)")
        if self.renderer.booklets:
            self._booklets(config)

    def _booklets(self, config):
        from generator.booklet.build import write_booklet

        site, photos = self.renderer.site, {}
        for slug, product in site.catalogue.products.items():
            photo = self.renderer.photos.get(f"products/{product.images[0]}") if product.images else None
            if photo is not None:
                photos[slug] = self.photo_cache.path_of(photo.cover)
        cache_dir = Path(config.config_file_path or ".").resolve().parent / self.config.cache_dir
        for lang in LANGS:
            plan = write_booklet(site, self.root, Path(config.site_dir) / f"booklet-{lang}.pdf", lang=lang,
                                 paper=self.config.booklet_paper, site_url=config.site_url or "",
                                 cache_dir=cache_dir, photos=photos)
            log.info(f"booklet: booklet-{lang}.pdf, {plan.total} pages")

    @event_priority(-100)  # after every other plugin's post-build work
    def _move_into_place(self, config):
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if config.strict and self.warnings.count:
            return  # MkDocs aborts next: the previous site stays (on_build_error discards this one)
        if self.final_dir is not None:
            publish.move_into_place(Path(config.site_dir), self.final_dir)
            config.site_dir = str(self.final_dir)
        if self.serving:
            self._served(config)

    def _served(self, config) -> None:
        """Remember what is being served; a quick rebuild first moves its pages over it, then
        starts its second round of pages and the search index."""
        if self.quick is not None:
            waiting = tuple(path for path, _ in self.shells.values())  # index pages without a body yet
            moved = publish.overlay(Path(config.site_dir), self.last.served, self.removed, keep=QUICK_KEEPS + waiting)
            config.site_dir = str(self.last.served)
            log.info(f"quick rebuild: {moved} files replaced, {len(self.removed)} pages removed")
            self._start_search(self.renderer.site, self.renderer.photos, None)
        render = self._later_page(config) if self.later_pages else None
        self.later = LaterPages(self.later_pages, render, Path(config.site_dir), log.info, then=self.set_aside)
        self.specs, self.nav, self.files = {}, None, None  # the next rebuild makes its own
        self.last = _Served(self.renderer.site, self.pages, self.renderer.photos, self.fingerprint,
                            Path(config.site_dir))
        self.unserved, self.stale = set(), set()

    def _later_page(self, config):
        """How the second round renders a page: as MkDocs renders one (build._build_page), from
        the navigation, files and theme of this rebuild; an index page from its waiting shell."""
        nav, files, env, renderer, shells = self.nav, self.files, self.env, self.renderer, self.shells
        pages = files.documentation_pages()

        def render(spec) -> tuple[str, str]:
            if spec.url in shells:
                path, shell = shells[spec.url]
            else:
                file = File.generated(config, urls.src_uri(spec.url), content="", inclusion=InclusionLevel.NOT_IN_NAV)
                page = _GeneratedPage(spec.title.get(spec.lang), file, config)
                page.read_source(config)
                self._describe(page, spec)
                page.render(config, files)
                page.content = self._head(page, spec, renderer)
                path = file.dest_uri
                shell = _valid_checkboxes(env.get_template("main.html").render(get_context(nav, pages, config, page)))
            return path, shell.replace(BODY, renderer.render(spec), 1)
        return render

    def settle(self) -> None:
        """Wait for the work a serve rebuild leaves running in the background (benchmarks, tests)."""
        if self.later is not None:
            self.later.wait()
        if self.search is not None:
            self.search.wait()

    def on_shutdown(self):
        if self.watcher is not None:
            self.watcher.stop()
        if self.later is not None:
            self.later.cancel()
        if self.search is not None:
            self.search.cancel()
        if self.load_cache is not None:
            self.load_cache.save()
        if self.last is not None:
            publish.discard(publish.partial_dir(self.last.served), quiet=True)
            publish.discard(self.last.served.with_name(f".{self.last.served.name}.search"), quiet=True)

    on_post_build = CombinedEvent(_search_and_booklets, _move_into_place)

    def on_build_error(self, error):
        """A failed build leaves the previous site as it was: only the partial folder goes."""
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if self.search is not None:
            self.search.cancel()
        if self.final_dir is not None:
            publish.discard(publish.partial_dir(self.final_dir), quiet=True)
        if self.quick is not None:
            publish.discard(publish.partial_dir(self.last.served), quiet=True)

    def on_post_page(self, output, page, config):
        """The catalogue page's body goes in place of its marker (an index page of a quick
        rebuild's second round keeps its marker until then)."""
        output = _valid_checkboxes(output)
        spec = self.specs.get(page.file.src_uri)
        if spec is None:
            return output
        if spec.url in self.waiting:
            self.shells[spec.url] = (page.file.dest_uri, output)
            return output
        return output.replace(BODY, self.renderer.render(spec), 1)

    def on_serve(self, server, config, builder):
        """`mkdocs serve` rebuilds when any record or photo changes (generator/watch.py)."""
        from generator.watch import FOLDERS, RecordWatcher

        self.watcher = RecordWatcher(self.root, self.cache_dir / "serve-changed")
        if self.watcher.start():
            server.watch(str(self.watcher.signal), recursive=False)
            return server
        log.info("watching the records by polling: this system gives no change notifications")
        for path in [self.root / folder for folder in FOLDERS] + [self.root / "province.yml"]:
            if path.exists():
                server.watch(str(path))
        return server
