"""Photos and logos.

`image-outside-repo`: a photo path is relative to the record's folder and stays inside the
repository (no absolute paths, no ``..`` climbing out).
    good: ``images: [ruou-mo-yen-tu/chai.jpg]``      bad: ``images: [/home/me/chai.jpg]``

`image-symlink`: the photo (or a folder on its way) is not a symbolic link. A link is refused
without looking at what it points to: it could publish any file of the machine that builds.

`image-missing`: the file exists.

`image-not-image`: the file is a real JPEG, PNG or WebP picture (checked by its content, not its
name), complete: the whole picture is decoded once (a JPEG at an eighth of its size, which reads
every byte of it), so a photo cut short by a failed upload is found here, with its line, rather
than by the build.
    bad: a HEIC photo from a phone renamed to ``chai.jpg``; a PDF; an empty file; half a JPEG

`image-too-large`: the picture has at most as many pixels as the build processes (60 megapixels;
a decompression bomb claims billions). Counted from the header, before anything is decoded.

`image-file-large` (warning): a photo over 5 MB. The site makes its own small copies, but the
original stays in the repository and in every copy of it; a phone photo saved at 1–2 MB is
plenty. When the photo records where it was taken (GPS), the warning says so: the site strips
it, the original in the repository keeps it.
"""

from __future__ import annotations

import os
from pathlib import Path
from stat import S_ISLNK, S_ISREG

from generator.images import check, results
from generator.images.results import Problem
from generator.issues import emits
from generator.load.catalogue import prefetch

HEADER = 1 << 16  # enough of a photo for Pillow to read its size, with the EXIF block before it
LARGE = 5 * 1024 * 1024  # bytes: above this a photo draws `image-file-large`


def check_image(root: Path, folder: str, rel_path: str, real_root: str, known: dict,
                processed=lambda path, stamp: False) -> Problem | None:
    """What is wrong with the photo (generator/images/results.py), or None when it is fine.
    `real_root` is `root` with links resolved. `known` keeps the verdict on each file's content
    by (path, size, modification time), so that a `mkdocs serve` rebuild does not open every
    photo again; `processed(path, (size, time))` tells whether the photo cache already decoded
    the file whole (then it is not decoded again)."""
    if rel_path.startswith(("/", "\\")) or ":" in rel_path[:3]:
        return results.absolute(rel_path, folder)
    real, stat = _resolve(real_root, f"{folder}/{rel_path}")
    if stat == "link":
        return results.symlink(f"{folder}/{real}")
    if not real.startswith(real_root + os.sep):
        return results.outside(rel_path, folder)
    if stat is None or not S_ISREG(stat.st_mode):
        return results.missing(f"{folder}/{rel_path}")
    key = (folder, rel_path, real, stat.st_size, stat.st_mtime_ns)
    if key not in known:
        whole = processed(real, (stat.st_size, stat.st_mtime_ns))
        # The decoding itself is kept by the file's identity: hard links to one photo decode once.
        content = ("decoded", stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)
        if not whole and content not in known:
            known[content] = check.inspect(Path(real))
        known[key] = None if whole else _content_problem(known[content], folder, rel_path)
        if known[key] is None and stat.st_size > LARGE:
            known[key] = results.file_large(f"{folder}/{rel_path}", stat.st_size, check.has_gps(Path(real)))
    return known[key]


def _resolve(real_root: str, rel: str) -> tuple[str, os.stat_result | str | None]:
    """The path `rel` names under `real_root` (a path without links), and the lstat of what it
    names (None: nothing there); or (the part of `rel` that is a link, "link"): links are not
    followed. One lstat per component below the root: realpath would look at every component of
    the root again, for each of 8,000 photos."""
    path, stat = real_root, None
    parts = rel.split("/")
    for index, part in enumerate(parts):
        if part in ("", "."):
            continue
        if part == "..":
            path, stat = os.path.dirname(path), None
            continue
        path = os.path.join(path, part)
        try:
            stat = os.lstat(path)
        except OSError:
            stat = None
            continue
        if S_ISLNK(stat.st_mode):
            return "/".join(parts[1:index + 1]), "link"
    if stat is None:  # after "..": a folder already looked at on the way
        try:
            stat = os.lstat(path)
        except OSError:
            return path, None
    return path, stat


def _content_problem(outcome: None | str | int, folder: str, rel_path: str) -> Problem | None:
    """The problem `check.inspect` found in the picture's content, or None."""
    shown = f"{folder}/{rel_path}"
    if outcome == "truncated":
        return results.truncated(shown)
    if isinstance(outcome, int):
        return results.too_large(shown, outcome, check.MAX_PIXELS)
    return None if outcome is None else results.not_image(shown)


class _Processed:
    """The photos the build's photo cache has decoded whole and processed (its manifest: source
    path, size, time and content hash; renditions by hash). Read once, when first asked."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.stamps: dict[str, tuple[int, int]] | None = None

    def __call__(self, path: str, stamp: tuple[int, int]) -> bool:
        if self.stamps is None:
            from generator.images.store import read_manifest

            manifest = read_manifest(self.folder, {"max_pixels": check.MAX_PIXELS})
            self.stamps = {source: (entry[0], entry[1]) for source, entry in manifest.sources.items()
                           if isinstance(entry, list) and len(entry) == 3 and entry[2] in manifest.photos}
        return self.stamps.get(path) == stamp


@emits("image-file-large", "image-missing", "image-not-image", "image-outside-repo", "image-symlink",
       "image-too-large")
def photos(cat, ctx):
    root = Path(cat.root)
    real_root = os.path.realpath(root)
    entries = list(cat.photos())
    if not ctx.photo_checks:  # none checked in this process yet
        prefetch([os.path.join(root, folder, rel_path) for folder, _, _, rel_path in entries], HEADER)
    processed = _Processed(ctx.photo_cache or Path(real_root) / ".cache" / "ocop" / "images")
    for folder, record, key, rel_path in entries:
        problem = check_image(root, folder, rel_path, real_root, ctx.photo_checks, processed)
        if problem:
            yield problem.issue(record.source.at(key), key)


RULES = (photos,)
