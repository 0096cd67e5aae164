"""What the photo pipeline hands back: a `PhotoSet` per usable photo, a `Problem` per bad one.

Both are plain values (no Pillow), so they cross process boundaries and live in the JSON manifest.
Problem messages say what was found and what to do, in English and Vietnamese, without the file
name: the caller prefixes the record's key (``images[0]: ...``) as the rules do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.images.sizes import Rendition, srcset

NOT_IMAGE = "image-not-image"
TOO_LARGE = "image-too-large"
MISSING = "image-missing"
FAILED = "image-failed"


@dataclass(frozen=True, slots=True)
class Problem:
    """A photo that cannot be used, as a value (never an exception)."""

    source: str  # the path as the caller gave it
    rule: str
    en: str
    vi: str

    def message(self, lang: str = "en") -> str:
        return self.vi if lang == "vi" else self.en


def not_image(source: str) -> Problem:
    return Problem(source, NOT_IMAGE,
                   "the file is damaged or is not a JPEG, PNG or WebP picture; "
                   "export it as JPEG and upload it again",
                   "tệp bị hỏng hoặc không phải ảnh JPEG, PNG hay WebP; "
                   "hãy xuất ảnh dạng JPEG và tải lại")


def too_large(source: str, pixels: int | None, limit: int) -> Problem:
    found = _pixels(pixels, "en") if pixels else "more pixels than can be read safely"
    found_vi = _pixels(pixels, "vi") if pixels else "quá nhiều điểm ảnh để đọc an toàn"
    return Problem(source, TOO_LARGE,
                   f"the picture is too large: found {found}, expected at most "
                   f"{_pixels(limit, 'en')}; resize it (2000 pixels wide is plenty)",
                   f"ảnh quá lớn: {found_vi}, tối đa {_pixels(limit, 'vi')}; "
                   "hãy thu nhỏ ảnh (rộng 2000 điểm ảnh là đủ)")


def _pixels(count: int, lang: str) -> str:
    """E.g. "61 megapixels" / "61 megapixel", or a plain count below one million."""
    if count >= 1_000_000:
        return f"{round(count / 1e6)} megapixel" + ("s" if lang == "en" else "")
    return f"{count} pixels" if lang == "en" else f"{count} điểm ảnh"


def missing(source: str) -> Problem:
    return Problem(source, MISSING, "the file does not exist or cannot be read",
                   "tệp không tồn tại hoặc không đọc được")


def failed(source: str) -> Problem:
    return Problem(source, FAILED,
                   "the picture could not be converted (the converter stopped, perhaps out of memory); "
                   "build again, and if it persists export it again as a smaller JPEG",
                   "không chuyển đổi được ảnh (trình chuyển đổi dừng, có thể do thiếu bộ nhớ); "
                   "hãy build lại, nếu vẫn lỗi hãy xuất lại ảnh dạng JPEG nhỏ hơn")


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

