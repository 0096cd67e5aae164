"""Loaded records kept between builds, so a rebuild does not parse the YAML files that did not change.

What loading one file gave (its record, or None, and that file's issues) is kept under the file's
kind and repository-relative path, with a digest of the file's bytes: the entry is reused only when
the bytes are the same (modification times are not trusted: a git checkout rewrites them). Issues
that depend on other files (slugs claimed twice, bad file names) are not kept: the loader works them
out every time.

The entries live in one pickle file in the cache folder, behind a plain-bytes header naming the
code that wrote them (a digest of the source of `generator/model/`, `generator/load/` and
`generator/issues.py`, and the Python, PyYAML and pickle versions); only a file with this code's
header is unpickled. A missing, unreadable, corrupt or outdated file counts as an empty cache,
never as an error. The file is trusted like the rest of the build folder: it is our own,
so unpickling it is as safe as running the code that wrote it.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any, Callable

import yaml

from generator.files import write_atomic
from generator.issues import Issue

FILE_NAME = "records.pickle"
PROTOCOL = pickle.HIGHEST_PROTOCOL
_GENERATOR = Path(__file__).resolve().parent.parent
_SOURCES = ("model", "load", "issues.py")
# What reading a damaged file can raise (unpickling garbage fails in many ways).
_UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError,
               IndexError, KeyError, OverflowError, MemoryError)

Result = tuple[Any, tuple[Issue, ...]]  # (record or None, the file's own issues)
Key = tuple[str, str]  # (kind, repository-relative path)


@functools.cache
def code_version() -> str:
    """A digest of everything that decides what loading a file gives. Taken once per process, so
    a file edited while `mkdocs serve` runs old code cannot label old results as new."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(p for name in _SOURCES for p in _python_files(_GENERATOR / name)):
        digest.update(path.relative_to(_GENERATOR).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader).__name__
    digest.update(f"{sys.version}|{yaml.__version__}|{loader}|{PROTOCOL}".encode())
    return digest.hexdigest()


def _header() -> bytes:
    return f"ocop-records {code_version()}\n".encode()


def _python_files(path: Path) -> list[Path]:
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


def content_digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


class LoadCache:
    """Per-file load results, read from `folder` by `open` and written back by `save`.

    After a load, `changed` holds the paths whose content differs from the previous cached state:
    new, modified and removed files. `complete_miss` is True when there was no usable previous
    state (no cache file, or a corrupt or outdated one): then every file counts as changed, and a
    caller must not trust `changed` to be the complete list of what moved.
    """

    def __init__(self, folder: str | os.PathLike | None = None, entries: dict[Key, tuple[bytes, Result]] | None = None):
        self.path = Path(folder) / FILE_NAME if folder is not None else None
        self._old = entries or {}
        self._new: dict[Key, tuple[bytes, Result]] = {}
        self.complete_miss = entries is None
        self._modified: set[str] = set()
        self.photo_checks: dict = {}  # for the photo rule, in memory only (see rules/images.py)
        # (size, modification time) of each file as last read in this process: within one
        # `mkdocs serve` session an unchanged stamp means unchanged bytes, so the file is not
        # even read. Never stored: across builds only the content digest counts.
        self._stamps: dict[Key, tuple[int, int]] = {}

    @classmethod
    def open(cls, folder: str | os.PathLike) -> LoadCache:
        """The cache kept in `folder`; an empty one when there is nothing usable there."""
        return cls(folder, _read(Path(folder) / FILE_NAME))

    def next(self) -> LoadCache:
        """The cache for the following load in this process (a `mkdocs serve` rebuild): what this
        load kept, without reading the file again."""
        following = LoadCache(self.path.parent if self.path else None, dict(self._new))
        following.photo_checks = self.photo_checks
        following._stamps = dict(self._stamps)
        return following

    def fresh(self, kind: str, rel: str, stamp: tuple[int, int]) -> bool:
        """Whether `unchanged` will answer for `rel` without the file being read."""
        key = (kind, rel)
        return self._stamps.get(key) == stamp and key in self._old

    def unchanged(self, kind: str, rel: str, stamp: tuple[int, int]) -> Result | None:
        """The result kept for `rel` when this process last read it with the same `stamp`."""
        key = (kind, rel)
        if not self.fresh(kind, rel, stamp):
            return None
        self._new[key] = self._old[key]
        return self._new[key][1]

    def stamp(self, kind: str, rel: str, stamp: tuple[int, int]) -> None:
        self._stamps[(kind, rel)] = stamp

    def fetch(self, kind: str, rel: str, data: bytes, build: Callable[[], Result]) -> Result:
        """What loading `rel` (whose bytes are `data`) gives: the kept result when the bytes are
        the same as last time, else `build()`, which is then kept."""
        key, digest = (kind, rel), content_digest(data)
        old = self._old.get(key)
        if old is not None and old[0] == digest:
            self._new[key] = old
            return old[1]
        record, issues = build()
        self._new[key] = (digest, (record, tuple(issues)))
        self._modified.add(rel)
        return self._new[key][1]

    @property
    def changed(self) -> set[str]:
        """Paths loaded with other content than last time, and paths kept last time but not loaded now."""
        return self._modified | {rel for (_, rel) in self._old.keys() - self._new.keys()}

    def save(self) -> bool:
        """Write the entries of this load (and only those) when they differ from what was read;
        True when the file was written. A folder that cannot be written to leaves no cache."""
        if self.path is None or not (self.complete_miss or self.changed):
            return False
        try:
            _write(self.path, self._new)
        except OSError:
            return False
        return True


def _read(path: Path) -> dict[Key, tuple[bytes, Result]] | None:
    """The entries in `path`, or None when it is missing, unreadable, corrupt or from other code."""
    try:
        with path.open("rb") as stream:
            if stream.read(len(_header())) != _header():
                return None
            entries = pickle.load(stream)
    except _UNREADABLE:
        return None
    return entries if isinstance(entries, dict) else None


def _write(path: Path, entries: dict[Key, tuple[bytes, Result]]) -> None:
    """Header then entries, into a temporary file renamed over `path`: readers never see half a file."""
    def fill(stream) -> None:
        stream.write(_header())
        pickle.dump(entries, stream, protocol=PROTOCOL)

    write_atomic(path, fill)
