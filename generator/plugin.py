"""Thin MkDocs glue: validate the catalogue, then add its pages as virtual files.

Every issue is logged with its location; errors stop the build once, with a headline naming the
first problem. Catalogue warnings are logged at INFO level, marked "cảnh báo"/"warning" in the
line itself, so that `mkdocs build --strict` does not fail on them: a warning never blocks
publishing. MkDocs' own warnings (a broken link in docs/) still fail a strict build. Generated pages skip Markdown:
their body is rendered from the theme's `ocop/*.html` templates in `on_page_content`.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from mkdocs.commands.build import get_context
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from markupsafe import escape

from generator import formats, i18n
from generator import issues as fmt
from generator import publish
from generator.config import OcopConfig
from generator.dates import resolve_today
from generator.heap import no_cyclic_gc
from generator.load.cache import LoadCache
from generator.model.languages import Languages
from generator.pages import urls
from generator.pages.identity import configs_by_language
from generator.pages.kinds import KINDS, MENU
from generator.pages.labels import label
from generator.rules import validate
from generator.serve.session import Session, search_folder
from generator.themedir import THEME, add_generator_theme
from generator.i18n import vi_en

log = get_plugin_logger("ocop")
BODY = "<!-- ocop:body -->"
PAGE_EVENTS = ("pre_page", "page_read_source", "page_markdown", "page_content", "page_context", "post_page")


def _say(lang: str, vi: str, en: str) -> str:
    """The build log speaks the language of the `messages` option (Vietnamese by default)."""
    return en if lang == "en" else vi


class _GeneratedPage(Page):
    """A catalogue page. Its body is rendered from the theme's templates just before the page is
    written (on_post_page), so MkDocs' Markdown step, which builds a new Markdown converter for
    every page, has nothing to do and is skipped (its cost: benchmarks/README.md)."""

    def render(self, config, files) -> None:
        self.content = ""
        self.toc = get_toc([])
        self.present_anchor_ids = set()
        self.links_to_anchors = {}


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
        self.nav = self.env = self.files = None  # of the build under way (a serve rebuild's second round uses them)
        self.configs: dict = {}  # the MkDocs configuration each language's pages see (generator/pages/identity.py)
        self.renderer = None
        self.qrs = None  # QR codes of page URLs, loaded once (a serve session keeps them)
        self.search = None  # the search index, written in a thread while pages are rendered
        self.warnings = _WarningCount()
        self.watcher = None  # notices edited records while serving
        # `mkdocs serve` keeps this instance (it has on_startup) from one rebuild to the next:
        self.load_cache: LoadCache | None = None  # records of the last load, reused by the next
        self.session = Session(log)  # what else a serve session keeps (generator/serve/session.py)

    # --- configuration and validation ---------------------------------------------------------------
    def _read_catalogues(self) -> None:
        """Check every language has interface words; while serving, reread a `.po` a translator saved."""
        stamp = i18n.stamp()
        if stamp != getattr(self, "_catalogue_stamp", stamp):
            i18n.refresh()
            formats.forget()
        self._catalogue_stamp = stamp
        for code in self.languages.codes:
            try:
                i18n.catalogue(code)
            except LookupError as exc:
                raise PluginError(f"ocop: languages: {exc}") from exc

    def on_startup(self, command, dirty):
        self.serving = command == "serve"

    def on_config(self, config):
        if not self.serving:  # before anything is logged: validation warnings count too
            self.warnings.count = 0
            logging.getLogger("mkdocs").addHandler(self.warnings)
        base = Path(config.config_file_path or ".").resolve().parent
        self.root = (base / self.config.root).resolve()
        self.cache_dir = base / self.config.cache_dir
        try:
            self.languages = Languages.of(self.config.languages, self.config.fallbacks)
        except ValueError as exc:
            raise PluginError(f"ocop: {exc}") from exc
        self._read_catalogues()
        try:
            self.today = resolve_today(self.config.today)
        except ValueError as exc:
            raise PluginError(f"ocop: today: expected YYYY-MM-DD, found {self.config.today!r}") from exc
        if self.search is not None:
            self.search.cancel()  # a quick rebuild's index still being written: outdated now
            if self.search.failure() is not None:
                log.warning(f"search: the last background update of the index failed: {self.search.failure()}")
        self.session.interrupt()
        self.load_cache = self.load_cache.next() if self.load_cache else LoadCache.open(self.cache_dir)
        self.catalogue, found = validate(str(self.root), self.today, self.load_cache,
                                           self.languages.codes)
        self.session.loaded(None if self.load_cache.complete_miss else self.load_cache.changed)
        if self.session.last is None:
            self.load_cache.save()  # a serve session saves it once more when it ends
        lang = self.config.messages
        for issue in found:
            (log.error if issue.severity == fmt.ERROR else log.info)(fmt.format_text(issue, lang))
        errors, warnings, _ = fmt.counts(found)
        if errors:
            raise PluginError(fmt.summary(found, lang))
        if warnings:
            log.info(_say(lang, *vi_en("{warnings} warnings in the records: they do not block publishing; fix them "
                                       "when you can", warnings=warnings)))
        config.extra["alternate"] = True  # turns on the per-page switcher (partials/alternate.html)
        add_generator_theme(config.theme.dirs, config.theme.custom_dir)  # for catalogues made by `ocop init`
        if not self.serving:
            self.final_dir = Path(config.site_dir).resolve()
            config.site_dir = str(publish.partial_dir(self.final_dir))
        else:
            self._plan_serve_build(config)
        if not config.nav:
            config.nav, config.extra["ocop_menu"] = self._nav()
        return config

    def _plan_serve_build(self, config) -> None:
        """A quick serve rebuild (generator/serve/session.py) writes into a scratch folder first."""
        served = Path(config.site_dir)
        custom = [Path(config.theme.custom_dir)] if config.theme.custom_dir else []
        custom += [THEME] if str(THEME) in config.theme.dirs else []
        fingerprint = publish.inputs_fingerprint([Path(config.config_file_path), Path(config.docs_dir), *custom])
        others = self._page_hooks(config)
        if others and self.session.last is None:
            log.info(f"quick rebuilds are off: {', '.join(others)} act on pages, and a quick rebuild would show "
                     "them only the pages it renders; every change rebuilds the whole site")
        if self.session.plan(fingerprint, served, allowed=not others):
            config.site_dir = str(publish.partial_dir(served))

    def _page_hooks(self, config) -> list[str]:
        """The other plugins (and hooks) that act on pages. A quick rebuild gives MkDocs only the
        pages it renders first, and renders its second round itself (`_later_page`): such a
        plugin would see part of the site, so with one configured every rebuild is a full one."""
        names = []
        for name, plugin in config.plugins.items():
            if plugin is not self and any(callable(getattr(plugin, f"on_{event}", None)) for event in PAGE_EVENTS):
                names.append(name)
        return names

    def _nav(self) -> tuple[list, dict[str, list[int]]]:
        """The site's navigation, and for each language the positions of its entries in it (the
        menu partials/nav.html shows on that language's pages). A language without hand-written
        pages of its own (no docs/<code>/) lists those of its fallback chain, once in the nav."""
        nav: list = []
        menu: dict[str, list[int]] = {}
        docs_at: dict[str, list[int]] = {}
        for lang in self.languages:
            menu[lang] = []
            for key in MENU:
                menu[lang].append(len(nav))
                nav.append({label(lang, key): urls.src_uri(KINDS[key].url(lang))})
            docs_lang = self._docs_lang(lang)
            if docs_lang not in docs_at:
                docs_at[docs_lang] = []
                for title, path in self._docs_nav(docs_lang):
                    docs_at[docs_lang].append(len(nav))
                    nav.append({title: path})
            menu[lang] += docs_at[docs_lang]
        return nav, menu

    def _docs_lang(self, lang) -> str:
        """The language of the hand-written pages shown to `lang`: its own when docs/ has them
        (docs/ itself for the default language, docs/<code>/ for another), else its fallback's."""
        for code in lang.chain:
            if code == self.languages.default or (Path(self.root / "docs") / code).is_dir():
                return self.languages[code] if code in self.languages else self.languages.default
        return self.languages.default

    def _docs_nav(self, lang) -> list[tuple[str, str]]:
        """Hand-written pages of docs/ (docs/<code>/ for a language other than the default),
        titled by their first heading."""
        docs = Path(self.root / "docs")
        folder = docs / lang.prefix if lang.prefix else docs
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
        site = SiteData(self.catalogue, self.today, self.languages)
        photos, cache = self._photos(site)
        from generator.serve.qrcache import QrCache

        if self.qrs is None:
            self.qrs = QrCache(self.cache_dir)
        site_url = config.site_url or ""
        self.qrs.ensure(site_url + urls.product(slug, lang) for lang in self.languages for slug in site.catalogue.products)
        self.qrs.save()
        env = config.theme.get_env()
        env.bytecode_cache = self.session.templates
        self.renderer = Renderer(env, site, site_url=site_url,
                                 directory_urls=config.use_directory_urls, photos=photos,
                                 booklets=self._booklet_langs(), qrs=self.qrs)
        self.photo_cache = cache
        quick = self.session.quick is not None
        if quick:
            for file in [f for f in files if not f.is_documentation_page()]:
                files.remove(file)  # the theme's files are in the served site already
        self.specs = {}
        for spec in self._pages_to_render(site, photos):
            src = urls.src_uri(spec.url)
            inclusion = InclusionLevel.INCLUDED if spec.in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, src, content="", inclusion=inclusion)
            _GeneratedPage(escape(spec.title.get(spec.lang)), file, config)
            files.append(file)
            self.specs[src] = spec
        for src, abs_path in publish.photo_files(self.session.new_photos(photos), cache):
            files.append(File.generated(config, src, abs_src_path=str(abs_path)))
        if not quick:  # else written after the pages are served (_start_search)
            for src, text in publish.data_files(site, photos):
                files.append(File.generated(config, src, content=text))
            self._start_search(site, photos, Path(config.site_dir))
        return files

    def _photos(self, site):
        """The photos through the cache; one that cannot be used is reported at its record's
        line, like a validation issue, and stops the build."""
        from generator.images.photos import photo_sets

        started = time.perf_counter()
        found = photo_sets(site.catalogue, self.root, self.cache_dir)
        lang = self.config.messages
        log.info(_say(lang, *vi_en("photos: {processed} processed, {n_photos} in use, {perf_counter:.1f} s",
                                   processed=found.processed, n_photos=len(found.photos),
                                   perf_counter=time.perf_counter() - started)))
        issues = fmt.ordered(found.issues)
        for issue in issues:
            (log.error if issue.severity == fmt.ERROR else log.info)(fmt.format_text(issue, lang))
        if fmt.counts(issues)[0]:
            raise PluginError(fmt.summary(issues, lang))
        return found.photos, found.cache

    def _pages_to_render(self, site, photos) -> list:
        self.pages = site.pages()
        return self.session.pages(site, photos, self.pages) if self.serving else self.pages

    def _start_search(self, site, photos, site_dir: Path | None) -> None:
        """The index is written beside the pages. After a quick rebuild, once its pages are
        served: the open data files, then the index in a folder of its own that then replaces
        the served one."""
        from generator.search.build import BackgroundIndex

        if self.session.quick is None:
            self.search = BackgroundIndex(site, photos, site_dir)
            return
        served = self.session.last.folder
        folder = search_folder(served)
        publish.discard(folder)
        self.search = BackgroundIndex(site, photos, folder,
                                      first=lambda: publish.write_texts(served, publish.data_files(site, photos)),
                                      then=lambda: publish.move_into_place(folder / "pagefind", served / "pagefind"))

    # --- pages ---------------------------------------------------------------------------------------------
    def on_page_markdown(self, markdown, page, config, files):
        spec = self.specs.get(page.file.src_uri)
        if spec is not None:
            self._describe(page, spec)
            return ""
        # a hand-written page of docs/
        lang = next((lang for lang in self.languages if lang.prefix and page.file.src_uri.startswith(lang.prefix)),
                    self.languages.default)
        bare = page.url[len(lang.prefix):]
        written = [other for other in self.languages if self._docs_lang(other) == other]
        alternates = {other: other.prefix + bare for other in written}
        # a language without hand-written pages of its own (zh): the switcher leads to its home page
        page.meta.update(lang=lang, ocop_alternates=alternates, **self._switch(lang, {
            other: alternates.get(other, urls.home(other)) for other in self.languages}))
        self._notice(page, lang)
        return markdown

    def _describe(self, page, spec) -> None:
        """Material's templates do not escape: a record's name goes into <title> and the header
        escaped here (Markup, so a template's `| e` does not escape it twice)."""
        lang = spec.lang
        alternates = {other: urls.other_lang(spec.url, lang, other) for other in self.languages}
        page.meta.update(title=escape(spec.title.get(lang)), lang=lang, hide=["toc"], ocop_off_nav=not spec.in_nav,
                         ocop_alternates=alternates, **self._switch(lang, alternates))
        self._notice(page, lang)

    def _switch(self, lang, targets: dict) -> dict:
        """What the header (partials/alternate.html, nav.html) shows in `lang`: the switcher's
        entries (code, the language's own name, the page it leads to), the search form's address
        and label, the home page. Words come from generator/pages/labels.py."""
        return {"ocop_switch": [(other, label(other, "language_name"), targets[other]) for other in self.languages],
                "ocop_search": urls.search(lang), "ocop_search_label": label(lang, "search_label"),
                "ocop_home": urls.home(lang)}

    def _notice(self, page, lang: str) -> None:
        notice = self.catalogue.province.notice if self.catalogue.province else None
        if notice:
            page.meta["ocop_notice"] = escape(notice.get(lang))  # Material's templates do not escape
            if notice.lang_of(lang) != lang:  # a fallback language's text, marked as such
                page.meta["ocop_notice_lang"] = notice.lang_of(lang)

    def on_page_content(self, html, page, config, files):
        """A marker only: the body is rendered in on_post_page, just before the page is written,
        so the bodies of all the pages are never held in memory at once."""
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
        env.bytecode_cache = self.session.templates
        self.env, self.files = env, files
        env.globals["ocop_fragments"] = {}  # parts of the page shell rendered once per build (main.html)
        self.configs = configs_by_language(config, self.renderer.site.identity, self.languages)  # per language
        return env

    def on_page_context(self, context, page, config, nav):
        """Each page sees the site's name, description and footer in its own language."""
        lang = page.meta.get("lang")
        if lang in self.configs:
            context["config"] = self.configs[lang]
        return context

    @event_priority(50)
    def _search_and_booklets(self, config):
        """The search index (started in on_files) finished, and the booklets written."""
        if self.session.quick is not None:
            log.info("search: the index is being written again in the background")
            return
        started = time.perf_counter()
        count = self.search.wait()
        log.info(_say(self.config.messages,
                      *vi_en("search: indexed {count} product pages (waited {perf_counter:.1f} s for it)",
                             count=count, perf_counter=time.perf_counter() - started)))
        if self.renderer.booklets:
            self._booklets(config)

    def _booklet_langs(self) -> tuple:
        """The languages a booklet is written in: none while serving."""
        if not self.config.booklet or self.serving:
            return ()
        return tuple(lang for lang in self.languages if lang in self.config.booklet_languages)

    def _booklets(self, config):
        from generator.booklet.build import covers, write_booklet
        from generator.booklet.cjk import FontMissing

        site = self.renderer.site
        photos = covers(site, self.renderer.photos, self.photo_cache)
        cache_dir = Path(config.config_file_path or ".").resolve().parent / self.config.cache_dir
        for lang in self.renderer.booklets:
            try:  # a Chinese booklet (booklet_languages: [..., zh]) needs a CJK font on the machine
                plan = write_booklet(site, self.root, Path(config.site_dir) / f"booklet-{lang}.pdf", lang=lang,
                                     paper=self.config.booklet_paper, site_url=config.site_url or "",
                                     cache_dir=cache_dir, photos=photos)
            except FontMissing as missing:
                raise PluginError(f"booklet-{lang}.pdf: {missing.message(self.config.messages, command=False)}") from None
            log.info(_say(self.config.messages, *vi_en("booklet: booklet-{lang}.pdf, {total} pages", lang=lang,
                                                       total=plan.total)))

    @event_priority(-100)  # after every other plugin's post-build work
    def _move_into_place(self, config):
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        warned = self.warnings.count
        if config.strict and warned:
            # The previous site stays; on_build_error discards this one.
            raise PluginError(f"ocop: {warned} warning(s) in strict mode: the previous site is left as it was")
        if self.final_dir is not None:
            publish.move_into_place(Path(config.site_dir), self.final_dir)
            config.site_dir = str(self.final_dir)
        if self.serving:
            self._served(config)

    def _served(self, config) -> None:
        """A quick rebuild's pages go over the served site; then its second round of pages and
        the search index start."""
        if self.session.quick is not None:
            config.site_dir = str(self.session.overlay(Path(config.site_dir)))
            self._start_search(self.renderer.site, self.renderer.photos, None)
        render = self._later_page(config) if self.session.has_later else None
        self.session.served(self.renderer.site, self.pages, self.renderer.photos, Path(config.site_dir), render)
        self.specs, self.nav, self.files = {}, None, None  # the next rebuild makes its own

    def _later_page(self, config):
        """How the second round renders a page: as MkDocs renders one (build._build_page), from
        the navigation, files and theme of this rebuild; an index page from its waiting shell.
        Only this plugin's page hooks run here: with another plugin acting on pages there is no
        quick rebuild, hence no second round (`_page_hooks`)."""
        nav, files, env, renderer, shells = self.nav, self.files, self.env, self.renderer, self.session.round.shells
        pages = files.documentation_pages()

        def render(spec) -> tuple[str, str]:
            if spec.url in shells:
                path, shell = shells[spec.url]
            else:
                file = File.generated(config, urls.src_uri(spec.url), content="", inclusion=InclusionLevel.NOT_IN_NAV)
                page = _GeneratedPage(escape(spec.title.get(spec.lang)), file, config)
                page.read_source(config)
                self._describe(page, spec)
                page.render(config, files)
                page.content = self._head(page, spec, renderer)
                path = file.dest_uri
                context = self.on_page_context(get_context(nav, pages, config, page), page, config, nav)
                shell = _valid_checkboxes(env.get_template("main.html").render(context))
            return path, shell.replace(BODY, renderer.render(spec), 1)
        return render

    def settle(self) -> None:
        """Wait for the work a serve rebuild leaves running in the background (benchmarks, tests)."""
        self.session.settle()
        if self.search is not None:
            self.search.wait()

    def on_shutdown(self):
        if self.watcher is not None:
            self.watcher.stop()
        if self.search is not None:
            self.search.cancel()
        self.session.close()
        if self.load_cache is not None:
            self.load_cache.save()

    def _admin(self, config):
        """The staff editor at /admin/ (generator.admin): once per build, not per page."""
        if self.config.editor_repo and self.session.quick is None:
            from generator.admin import write_admin

            write_admin(Path(config.site_dir), self.config.editor_repo, self.config.editor_branch,
                        self.languages.codes)

    on_post_build = CombinedEvent(_search_and_booklets, _admin, _move_into_place)

    def on_build_error(self, error):
        """A failed build leaves the previous site as it was: only the partial folder goes."""
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if self.search is not None:
            self.search.cancel()
        if self.final_dir is not None:
            publish.discard(publish.partial_dir(self.final_dir), quiet=True)
        if self.session.quick is not None:
            publish.discard(publish.partial_dir(self.session.last.folder), quiet=True)

    def on_post_page(self, output, page, config):
        """The catalogue page's body goes in place of its marker (an index page of a quick
        rebuild's second round keeps its marker until then)."""
        output = _valid_checkboxes(output)
        spec = self.specs.get(page.file.src_uri)
        if spec is None:
            return output
        if self.session.keep_shell(spec, page.file.dest_uri, output):
            return output
        return output.replace(BODY, self.renderer.render(spec), 1)

    def on_serve(self, server, config, builder):
        """`mkdocs serve` rebuilds when any record or photo changes (generator/serve/watch.py)."""
        from generator.serve.watch import FOLDERS, RecordWatcher

        self.watcher = RecordWatcher(self.root, self.cache_dir / "serve-changed")
        if self.watcher.start():
            server.watch(str(self.watcher.signal), recursive=False)
            return server
        log.info("watching the records by polling: this system gives no change notifications")
        for path in [self.root / folder for folder in FOLDERS] + [self.root / "province.yml"]:
            if path.exists():
                server.watch(str(path))
        return server
