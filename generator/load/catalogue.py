"""Load a whole catalogue repository: province.yml and every record file, with every problem
in every file collected as issues (never raised)."""

from __future__ import annotations

import errno
import os
import re
import unicodedata
from pathlib import Path
from typing import Any, Callable

from generator.issues import Issue, error, internal_error, warning
from generator.load import records
from generator.load.cache import LoadCache, Result
from generator.load.settings import configured_languages
from generator.load.kinds import FOLDERS, KINDS
from generator.load.shapes import SLUG, Ctx, MISSING
from generator.load.yamlfile import read_node
from generator.model.languages import DEFAULT
from generator.model.records import Catalogue, Loc, Source
from generator.model.text import fold
from generator.i18n import en_vi

EXTENSIONS = (".yml", ".yaml")
# The largest record file read: a record takes a few kilobytes; province.yml lists a few hundred
# communes and wards. Anything bigger would become a page of many megabytes.
MAX_RECORD_BYTES = 256 * 1024
MAX_PROVINCE_BYTES = 2 * 1024 * 1024


def load_catalogue(root: str | os.PathLike, cache: LoadCache | None = None,
                   langs: tuple[str, ...] | None = None) -> tuple[Catalogue, list[Issue]]:
    """Every record of the repository at `root`, and every issue found on the way. With a `cache`,
    files whose bytes did not change since it was filled are not parsed again. Localized text may
    hold each of the configured `langs` (by default those of the mkdocs.yml at `root`)."""
    root_path = Path(root)
    if langs is None:
        langs = configured_languages(root_path).codes
    issues: list[Issue] = []
    province = _load_province(root_path, issues, cache, langs)
    unloaded: dict[str, set[str]] = {}
    loaded = {folder: _load_folder(root_path, kind, folder, issues, cache, unloaded.setdefault(folder, set()), langs)
              for kind, folder in FOLDERS.items()}
    catalogue = Catalogue(root=str(root_path), province=province, **loaded,
                          unloaded={folder: frozenset(slugs) for folder, slugs in unloaded.items()})
    return catalogue, issues


def _load_folder(root: Path, kind: str, folder: str, issues: list[Issue], cache: LoadCache | None,
                 unloaded: set[str], langs: tuple[str, ...] = DEFAULT) -> dict:
    """The records of one folder by slug; a file whose slug another file claimed first is skipped;
    the slugs of files that give no record go in `unloaded`.
    Paths are plain strings here: pathlib's objects cost a serve rebuild noticeable time
    (benchmarks/README.md)."""
    claimed: dict[str, str] = {}
    build_kind, kind = kind, _cache_kind(kind, langs)
    loaded: dict[str, Any] = {}
    base = os.path.join(root, folder)
    files = _record_files(base, folder, issues, ignored := [])
    for name in ignored:
        issues.append(_ignored(f"{folder}/{name}", name))
    prefetch([os.path.join(base, name) for name, stamp in files
              if cache is None or not cache.fresh(kind, f"{folder}/{name}", stamp)])
    for name, stamp in files:
        rel = f"{folder}/{name}"
        slug = _slug_of(name, rel, claimed, issues)
        if slug is None:
            continue
        claimed[slug] = rel
        path = os.path.join(base, name)
        record, found = _load_one(path, rel, kind, lambda data: _build_record(data, rel, build_kind, slug, langs),
                                  cache, stamp)
        issues.extend(found)
        if record is not None:
            loaded[slug] = record
        else:
            unloaded.add(slug)
    return loaded


def _load_one(path: str | Path, rel: str, kind: str, build: Callable[[bytes], Result],
              cache: LoadCache | None, stamp: tuple[int, int] | None = None) -> Result:
    """What one file gives: its record (or None) and its own issues, from the cache when it has
    them. `stamp` is the file's (size, modification time) when the caller has it."""
    if cache is not None and stamp is not None:
        kept = cache.unchanged(kind, rel, stamp)
        if kept is not None:
            return kept
    issues: list[Issue] = []
    data = _read(path, rel, issues)
    if data is None:
        return None, tuple(issues)
    if cache is None:
        return build(data)
    if stamp is not None:
        cache.stamp(kind, rel, stamp)
    return cache.fetch(kind, rel, data, lambda: build(data))


def _cache_kind(kind: str, langs: tuple[str, ...]) -> str:
    """The load cache's name for records of `kind` read with `langs`: another list of languages
    reads the same bytes differently (a "zh:" key is an error without zh)."""
    return kind if tuple(langs) == DEFAULT else f"{kind}:{','.join(langs)}"


def _build_record(data: bytes, rel: str, kind: str, slug: str, langs: tuple[str, ...] = DEFAULT) -> Result:
    issues: list[Issue] = []
    try:
        value, source = _parse(data, rel, kind, issues, langs)
        record = records.BUILDERS[kind](slug, source, value) if value is not None else None
    except Exception as exc:  # a bug of ours must not hide the other files' issues
        issues.append(internal_error(Loc(rel), exc))
        record = None
    return record, tuple(issues)


def _record_files(folder: str, rel: str, issues: list[Issue], ignored: list[str]) -> list[tuple[str, tuple[int, int]]]:
    """The names of the record files in `folder`, sorted, each with its (size, modification time).
    A record file that is a symbolic link is refused without reading what it points to: a link
    could publish any file of the machine that builds the site. Files that look like records but
    are not read because of their extension ("x.yml.txt", as some editors save them) go in
    `ignored`."""
    if not os.path.isdir(folder) or os.path.islink(folder):
        if os.path.islink(folder):
            issues.append(_link_issue(rel))
        return []
    files = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if os.path.splitext(entry.name)[1].lower() not in EXTENSIONS:
                lowered = entry.name.lower()
                if (".yml" in lowered or ".yaml" in lowered) and entry.is_file(follow_symlinks=False):
                    ignored.append(entry.name)
            elif entry.is_symlink():
                issues.append(_link_issue(f"{rel}/{entry.name}"))
            elif entry.is_file(follow_symlinks=False):
                stat = entry.stat(follow_symlinks=False)
                files.append((entry.name, (stat.st_size, stat.st_mtime_ns)))
    ignored.sort()
    return sorted(files)


def _ignored(rel: str, name: str) -> Issue:
    lowered = name.lower()
    cut = lowered.find(".yml") if ".yml" in lowered else lowered.find(".yaml")
    extension = name[cut + (4 if lowered[cut:cut + 4] == ".yml" else 5):]
    stem = slugify(name[:cut]) or "san-pham"
    return warning(Loc(rel), "file-ignored",
                   *en_vi('"{name}" is not read because it ends in "{extension}"; if it is a record, rename it '
                          'to "{stem}.yml"', name=name, extension=extension, stem=stem))


def _link_issue(rel: str) -> Issue:
    return error(Loc(rel), "symlink", *en_vi("this is a symbolic link; put the file itself here (links are not "
                                             "followed)"))


def _slug_of(name: str, rel: str, claimed: dict[str, str], issues: list[Issue]) -> str | None:
    """The slug the file `name` claims, or None when another file already claims it."""
    stem, extension = os.path.splitext(name)
    stem = unicodedata.normalize("NFC", stem)
    slug = stem if re.fullmatch(SLUG, stem) else slugify(stem)
    if slug != stem:
        example = slug or "san-pham"
        issues.append(error(Loc(rel), "bad-slug",
                            *en_vi('file name "{name}" is not a valid slug: use lowercase letters a-z, digits '
                                   'and hyphens only, e.g. "{example}.yml"', name=name, example=example)))
    if slug in claimed:
        first = claimed[slug]
        issues.append(error(Loc(rel), "duplicate-slug",
                            *en_vi('two files claim the slug "{slug}" (also {first}); rename or remove one of '
                                   "them", slug=slug, first=first)))
        return None
    if extension != ".yml":
        issues.append(warning(Loc(rel), "file-extension",
                              *en_vi('record files end in ".yml"; this one is read, but rename it to '
                                     '"{slug}.yml"', slug=slug)))
    return slug


def slugify(text: str) -> str:
    """ASCII slug of a Vietnamese name: diacritics folded, đ→d, spaces and punctuation → '-'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def prefetch(paths: list[str], size: int = 0) -> None:
    """Ask the system to start reading these files (their first `size` bytes; 0: all), all at
    once, before they are read one by one. When they are not in its memory yet, the disk then
    serves many reads together instead of one at a time (figures in benchmarks/README.md); when
    they are, this costs three calls per file."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    for path in paths:
        try:
            handle = os.open(path, os.O_RDONLY)
        except OSError:
            continue  # reported when it is read
        try:
            advise(handle, 0, size, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass
        finally:
            os.close(handle)


def _read(path: str | Path, rel: str, issues: list[Issue]) -> bytes | None:
    limit = MAX_PROVINCE_BYTES if rel == "province.yml" else MAX_RECORD_BYTES
    try:
        with open(path, "rb", opener=_no_follow) as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limit:
                issues.append(error(Loc(rel), "file-too-large",
                                    *en_vi("the file is {size:,} bytes; a record file may hold at most {limit:,} "
                                           "bytes: shorten its text", size=size, limit=limit)))
                return None
            return stream.read(limit + 1)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # what opening a link with O_NOFOLLOW gives
            issues.append(_link_issue(rel))
            return None
        issues.append(error(Loc(rel), "unreadable", *en_vi("the file cannot be read ({strerror})",
                                                           strerror=exc.strerror)))
        return None


def _no_follow(path, flags):
    """open() that refuses a symbolic link (the folder listing already skipped them; this closes
    the gap of a file swapped for a link in between, and covers province.yml)."""
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0))


def _parse(data: bytes, rel: str, kind: str, issues: list[Issue],
           langs: tuple[str, ...] = DEFAULT) -> tuple[dict | None, Source]:
    """The checked mapping of one file (None when it has none) and where each value was."""
    node, file_issues = read_node(rel, data)
    issues.extend(file_issues)
    if node is None:
        return None, Source(rel)
    ctx = Ctx(rel, langs=tuple(langs))
    ctx.positions[""] = (node.start_mark.line + 1, node.start_mark.column + 1)
    value = KINDS[kind].check(node, "", ctx)
    issues.extend(ctx.issues)
    source = Source(rel, ctx.positions)
    return (None if value is MISSING else value), source


def _load_province(root: Path, issues: list[Issue], cache: LoadCache | None, langs: tuple[str, ...] = DEFAULT):
    path = root / "province.yml"
    if path.is_symlink():
        issues.append(_link_issue("province.yml"))
        return None
    if not path.is_file():
        issues.append(error(Loc("province.yml"), "missing-province",
                            *en_vi("province.yml is missing: it names the province and lists its communes and wards")))
        return None
    province, found = _load_one(path, "province.yml", _cache_kind("province", langs),
                                lambda data: _build_province(data, langs), cache)
    issues.extend(found)
    return province


def _build_province(data: bytes, langs: tuple[str, ...] = DEFAULT) -> Result:
    issues: list[Issue] = []
    value, source = _parse(data, "province.yml", "province", issues, langs)
    return (records.province(source, value) if value is not None else None), tuple(issues)


def build_record(data: bytes, rel: str, kind: str, slug: str, langs: tuple[str, ...] = DEFAULT) -> Result:
    """One record from the bytes of a file not written yet (a draft of `ocop new` or `ocop
    renew`), with its own issues, exactly as the loader would read it."""
    return _build_record(data, rel, kind, slug, langs)
