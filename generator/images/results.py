"""What the photo pipeline hands back: a `PhotoSet` per usable photo, a `Problem` per bad one.

Both are plain values (no Pillow), so they cross process boundaries and live in the JSON manifest.
This is the one place a photo problem is worded, whoever finds it (the photo rule of `ocop
validate`, the build's photo cache, the booklet): a `Problem` becomes an `Issue` at the line of
the record that names the photo (`Problem.issue`), in the language asked for, e.g.
``images[1]: "products/x/chai.jpg" is not a JPEG, PNG or WebP picture, or it is damaged; ...``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.images.sizes import Rendition, srcset
from generator.i18n import en_vi

NOT_IMAGE = "image-not-image"
TOO_LARGE = "image-too-large"
MISSING = "image-missing"
FAILED = "image-failed"
OUTSIDE = "image-outside-repo"
SYMLINK = "image-symlink"
FILE_LARGE = "image-file-large"
WARNINGS = frozenset({FILE_LARGE})  # the others are errors


@dataclass(frozen=True, slots=True)
class Problem:
    """A photo that cannot be used, as a value (never an exception). `en` and `vi` say what is
    wrong and what to do, after the photo's name."""

    source: str  # the path as the caller gave it
    rule: str
    en: str
    vi: str
    pixels: int | None = None  # image-too-large: the count found (None: more than can be read)

    def message(self, lang: str = "en", shown: str | None = None) -> str:
        """`"<shown or source>" <what is wrong>` in `lang`."""
        return f'"{self.source if shown is None else shown}" {self.vi if lang == "vi" else self.en}'

    def issue(self, at, key: str, shown: str | None = None):
        """The problem as an Issue at `at` (the record's line), for the field `key` (``images[0]``)."""
        from generator.issues import error, warning

        make = warning if self.rule in WARNINGS else error
        return make(at, self.rule, f"{key}: {self.message('en', shown)}", f"{key}: {self.message('vi', shown)}")


def not_image(source: str) -> Problem:
    return Problem(source, NOT_IMAGE,
                   *en_vi("is not a JPEG, PNG or WebP picture, or it is damaged; export it as JPEG and upload it "
                          "again"))


def truncated(source: str) -> Problem:
    return Problem(source, NOT_IMAGE, *en_vi("is cut short (the file ends before the picture does); upload the "
                                             "photo again"))


def too_large(source: str, pixels: int | None, limit: int) -> Problem:
    found, found_vi = (f"{pixels:,}", f"{pixels:,}") if pixels else en_vi("more than can be read safely")
    return Problem(source, TOO_LARGE,
                   *en_vi("has too many pixels: {found}, at most {limit:,}; resize it (2000 pixels wide is plenty)",
                          found=found, limit=limit, found_vi=found_vi),
                   pixels or None)


def missing(source: str) -> Problem:
    return Problem(source, MISSING, *en_vi("does not exist; upload the photo or correct the name (names are "
                                           "case-sensitive)"))


def absolute(source: str, folder: str) -> Problem:
    return Problem(source, OUTSIDE, *en_vi("is an absolute path; write it relative to {folder}/", folder=folder))


def outside(source: str, folder: str) -> Problem:
    return Problem(source, OUTSIDE, *en_vi("points outside the repository; put the photo in {folder}/", folder=folder))


def symlink(source: str) -> Problem:
    return Problem(source, SYMLINK, *en_vi("is a symbolic link; put the photo file itself there"))


def file_large(source: str, size: int, gps: bool) -> Problem:
    mb = f"{size / 1024 / 1024:.1f}"
    gps_en = (" It also records where it was taken (GPS): the site removes that, but the original in the "
              "repository keeps it.") if gps else ""
    gps_vi = (" Ảnh còn ghi vị trí nơi chụp (GPS): trang web xóa thông tin này, nhưng ảnh gốc trong kho dữ liệu "
              "vẫn giữ.") if gps else ""
    return Problem(source, FILE_LARGE,
                   *en_vi("is {mb} MB, over 5 MB; save it smaller (1-2 MB is plenty) and upload it again.{gps_en}",
                          mb=mb, gps_en=gps_en, mb_vi=mb.replace('.', ','), gps_vi=gps_vi))


def failed(source: str) -> Problem:
    return Problem(source, FAILED,
                   *en_vi("could not be converted (the converter stopped, perhaps out of memory); build again, and "
                          "if it persists export it again as a smaller JPEG"))


@dataclass(frozen=True, slots=True)
class PhotoSet:
    """All renditions of one photo, with its size after EXIF orientation (`width` x `height`)."""

    source_hash: str
    width: int
    height: int
    renditions: tuple[Rendition, ...]

    def of_format(self, fmt: str) -> tuple[Rendition, ...]:
        """The renditions in one format ("webp" or "jpeg"), narrowest first."""
        return tuple(sorted((r for r in self.renditions if r.format == fmt), key=lambda r: r.width))

    @property
    def cover(self) -> Rendition:
        """The widest JPEG (the `src` fallback and the Open Graph image); the widest of any
        format if no JPEG was asked for."""
        pool = self.of_format("jpeg") or tuple(sorted(self.renditions, key=lambda r: r.width))
        return pool[-1]

    @property
    def cover_size(self) -> tuple[int, int]:
        """(width, height) of `cover`, for the `width`/`height` attributes of `<img>`."""
        return self.cover.width, self.cover.height

    @property
    def file_names(self) -> tuple[str, ...]:
        return tuple(r.file_name for r in self.renditions)

    def srcset(self, url_prefix: str, fmt: str) -> str:
        """The `srcset` of one format, URLs under `url_prefix`."""
        return srcset(self.of_format(fmt), url_prefix)

    def to_json(self) -> dict[str, Any]:
        return {"width": self.width, "height": self.height, "renditions": [
            {"file": r.file_name, "width": r.width, "height": r.height, "format": r.format,
             "quality": r.quality} for r in self.renditions]}

    @classmethod
    def from_json(cls, source_hash: str, data: dict[str, Any]) -> PhotoSet:
        """The inverse of `to_json`; raises KeyError, TypeError or ValueError on a bad entry."""
        items = tuple(Rendition(source_hash, int(r["width"]), int(r["height"]), str(r["format"]),
                                int(r["quality"])) for r in data["renditions"])
        return cls(source_hash, int(data["width"]), int(data["height"]), items)

