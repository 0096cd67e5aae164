"""The photo cache: renditions stored by file name, a manifest keyed by content hash.

    cache = PhotoCache(Path(".cache/ocop/images"))       # resolved against mkdocs.yml's folder
    result = cache.ensure([Path("products/x/chai.jpg"), ...])
    result.photos[path]   -> PhotoSet      result.problems -> [Problem, ...]
    cache.publish(result.photos.values(), Path("site/assets/photos"))

A second run over unchanged photos opens no image: it compares each file's size and modification
time with the manifest (hashing the bytes only when they changed) and checks that the rendition
files are there. Photos that need work are processed in parallel worker processes.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from generator.images import results
from generator.images.process import MAX_PIXELS, prepare, render_all
from generator.images.results import PhotoSet, Problem
from generator.images.sizes import DEFAULT_QUALITY, DEFAULT_WIDTHS, FORMATS, Rendition, renditions
from generator.files import write_atomic
from generator.images.store import Manifest, file_hash, read_manifest, write_manifest

PARALLEL_MIN = 4  # up to this many photos to process, worker processes cost more than they save
_CACHED_RULES = (results.NOT_IMAGE, results.TOO_LARGE)  # outcomes that depend on the bytes only


@dataclass(frozen=True, slots=True)
class Options:
    """What to produce for every photo."""

    widths: tuple[int, ...] = DEFAULT_WIDTHS
    formats: tuple[str, ...] = FORMATS
    quality: tuple[tuple[str, int], ...] = tuple(DEFAULT_QUALITY.items())
    max_pixels: int = MAX_PIXELS

    def wanted(self, source_hash: str, size: tuple[int, int]) -> list[Rendition]:
        return renditions(source_hash, size, self.widths, self.formats, dict(self.quality))


@dataclass(frozen=True, slots=True)
class Ensured:
    """The outcome of `PhotoCache.ensure`: a PhotoSet per usable source, a Problem per other."""

    photos: dict[Path, PhotoSet] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    processed: int = 0  # photos opened with Pillow in this run


@dataclass(frozen=True, slots=True)
class _Job:
    path: str
    source_hash: str
    folder: str
    options: Options


def _work(job: _Job) -> PhotoSet | Problem:
    """Process one photo and write its renditions into the cache folder (runs in a worker)."""
    image = prepare(Path(job.path), job.options.max_pixels)
    if isinstance(image, Problem):
        return image
    wanted = job.options.wanted(job.source_hash, image.size)
    try:
        for rendition, data in render_all(image, wanted):
            write_atomic(Path(job.folder) / rendition.file_name, data)
    except Exception:  # noqa: BLE001 - a full disk or a failing encoder must not stop the build
        return results.failed(job.path)
    return PhotoSet(job.source_hash, image.width, image.height, tuple(wanted))


class PhotoCache:
    """Renditions of photos in `folder`, produced on demand and kept across builds."""

    def __init__(self, folder: Path, options: Options = Options(), workers: int | None = None):
        self.folder = Path(folder)
        self.options = options
        self.workers = workers or os.cpu_count() or 1

    def path_of(self, rendition: Rendition) -> Path:
        """Where a rendition's file is in the cache."""
        return self.folder / rendition.file_name

    def ensure(self, sources: Iterable[Path]) -> Ensured:
        """Make sure every source photo has its renditions in the cache; see `Ensured`."""
        self.folder.mkdir(parents=True, exist_ok=True)
        manifest = read_manifest(self.folder, {"max_pixels": self.options.max_pixels})
        hashes = self._hash_all(list(dict.fromkeys(Path(s) for s in sources)), manifest)
        outcomes, todo = self._plan(hashes, manifest)
        outcomes.update(self._run(todo))
        self._record(manifest, outcomes)
        write_manifest(self.folder, manifest)
        return self._collect(hashes, outcomes, processed=len(todo))

    def publish(self, photos: Iterable[PhotoSet], out_dir: Path, link: bool = True) -> list[Path]:
        """Hard-link (or copy, where links are impossible or `link` is false) the renditions of
        `photos` into `out_dir`; returns the destination paths, sorted. A file already there with
        the same name and size is left alone: names encode the content, so it is the same file."""
        out_dir.mkdir(parents=True, exist_ok=True)
        names = sorted({name for photo in photos for name in photo.file_names})
        for name in names:
            _place(self.folder / name, out_dir / name, link)
        return [out_dir / name for name in names]

    def _hash_all(self, paths: list[Path], manifest: Manifest) -> dict[Path, str | Problem]:
        """Each path's content hash (in the order given), reusing the manifest's when the file's
        size and modification time are unchanged; a Problem for a file that cannot be read."""
        out: dict[Path, str | Problem] = {}
        stale: list[tuple[Path, list[int]]] = []
        for path in paths:
            out[path] = results.missing(str(path))
            try:
                stat = path.stat()
            except OSError:
                continue
            stamp = [stat.st_size, stat.st_mtime_ns]
            known = manifest.sources.get(os.path.abspath(path))
            if isinstance(known, list) and known[:2] == stamp and isinstance(known[-1], str):
                out[path] = known[-1]
            else:
                stale.append((path, stamp))
        for (path, stamp), digest in zip(stale, self._digests([p for p, _ in stale])):
            if digest:
                out[path] = digest
                manifest.sources[os.path.abspath(path)] = [*stamp, digest]
        return out

    def _digests(self, paths: list[Path]) -> list[str | None]:
        if len(paths) <= PARALLEL_MIN:
            return [file_hash(p) for p in paths]
        with ThreadPoolExecutor(max_workers=min(8, 2 * self.workers)) as pool:
            return list(pool.map(file_hash, paths))

    def _plan(self, hashes: dict[Path, str | Problem],
              manifest: Manifest) -> tuple[dict[str, PhotoSet | Problem], dict[str, Path]]:
        """Split the distinct hashes into those the cache answers and those needing work."""
        present = {entry.name for entry in os.scandir(self.folder)}
        done: dict[str, PhotoSet | Problem] = {}
        todo: dict[str, Path] = {}
        for path, digest in hashes.items():
            if isinstance(digest, Problem) or digest in done or digest in todo:
                continue
            cached = self._cached(manifest, digest, present)
            if cached is None:
                todo[digest] = path
            else:
                done[digest] = cached
        return done, todo

    def _cached(self, manifest: Manifest, digest: str, present: set[str]) -> PhotoSet | Problem | None:
        """The manifest's answer for `digest` if its files are all in the folder, else None."""
        problem = manifest.problems.get(digest)
        if isinstance(problem, dict) and problem.get("rule") == results.NOT_IMAGE:
            return results.not_image("")
        if isinstance(problem, dict) and problem.get("rule") == results.TOO_LARGE:
            pixels = problem.get("pixels")
            return results.too_large("", pixels if isinstance(pixels, int) else None, self.options.max_pixels)
        entry = manifest.photos.get(digest)
        try:
            size = (int(entry["width"]), int(entry["height"]))
        except (TypeError, KeyError, ValueError):
            return None
        wanted = self.options.wanted(digest, size)
        if not all(r.file_name in present for r in wanted):
            return None
        return PhotoSet(digest, size[0], size[1], tuple(wanted))

    def _run(self, todo: dict[str, Path]) -> dict[str, PhotoSet | Problem]:
        """Process the photos in `todo`: in this process when few, else in worker processes."""
        jobs = [_Job(str(path), digest, str(self.folder), self.options)
                for digest, path in todo.items()]
        if len(jobs) <= PARALLEL_MIN or self.workers < 2:
            return {job.source_hash: _work(job) for job in jobs}
        context = multiprocessing.get_context(
            "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
        with ProcessPoolExecutor(min(self.workers, len(jobs)), mp_context=context) as pool:
            futures = [pool.submit(_work, job) for job in jobs]
            return {job.source_hash: _outcome(future, job) for job, future in zip(jobs, futures)}

    @staticmethod
    def _record(manifest: Manifest, outcomes: dict[str, PhotoSet | Problem]) -> None:
        for digest, outcome in outcomes.items():
            if isinstance(outcome, PhotoSet):
                manifest.photos[digest] = outcome.to_json()
                manifest.problems.pop(digest, None)
            elif outcome.rule in _CACHED_RULES:
                manifest.problems[digest] = {"rule": outcome.rule, "pixels": outcome.pixels}  # worded when read

    @staticmethod
    def _collect(hashes: dict[Path, str | Problem], outcomes: dict[str, PhotoSet | Problem],
                 processed: int) -> Ensured:
        result = Ensured(processed=processed)
        for path, digest in hashes.items():
            outcome = digest if isinstance(digest, Problem) else outcomes[digest]
            if isinstance(outcome, PhotoSet):
                result.photos[path] = outcome
            else:
                result.problems.append(replace(outcome, source=str(path)))
        return result


def _outcome(future: Future, job: _Job) -> PhotoSet | Problem:
    """A worker's result; a worker that died (out of memory, crashed decoder) gives a Problem
    that is not cached, so the next build tries again."""
    try:
        return future.result()
    except Exception:  # noqa: BLE001 - BrokenProcessPool and whatever a dying worker raised
        return results.failed(job.path)


def _place(source: Path, dest: Path, link: bool) -> None:
    """Put a copy of (or a hard link to) `source` at `dest`, atomically."""
    try:
        if dest.stat().st_size == source.stat().st_size:
            return
    except FileNotFoundError:
        pass
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        if not link:
            raise OSError("copy requested")
        os.link(source, tmp)
    except OSError:
        shutil.copyfile(source, tmp)
    os.replace(tmp, dest)
