"""Size maths for photo renditions: pure functions, no Pillow.

A `Rendition` is the full request for one output file (which photo, how big, which format, which
quality) and its `file_name` encodes every one of those parameters, so the same request always
names the same file and a cache needs no other bookkeeping (the idea of Lektor's thumbnails).

Photos are never upscaled: a 500-px wide photo asked for 320, 640 and 1280 gives 320 and 500.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

DEFAULT_WIDTHS: tuple[int, ...] = (320, 640, 1280)
FORMATS: tuple[str, ...] = ("webp", "jpeg")
DEFAULT_QUALITY: dict[str, int] = {"webp": 80, "jpeg": 80}
HASH_CHARS = 16  # characters of the content hash kept in file names

_EXTENSIONS = {"webp": "webp", "jpeg": "jpg"}
_MIME = {"webp": "image/webp", "jpeg": "image/jpeg"}


@dataclass(frozen=True, slots=True, order=True)
class Rendition:
    """One output file: a photo (by content hash) at one size, format and quality."""

    source_hash: str
    width: int
    height: int
    format: str  # "webp" or "jpeg"
    quality: int

    def __post_init__(self) -> None:
        if self.format not in _EXTENSIONS:
            raise ValueError(f"format: expected one of {sorted(_EXTENSIONS)}, found {self.format!r}")
        if self.width < 1 or self.height < 1 or not 1 <= self.quality <= 100:
            raise ValueError(f"expected positive sizes and quality 1-100, found {self}")

    @property
    def file_name(self) -> str:
        """E.g. ``0123456789abcdef-640x480-q80.webp``: every parameter, so names never collide."""
        short = self.source_hash[:HASH_CHARS]
        return f"{short}-{self.width}x{self.height}-q{self.quality}.{_EXTENSIONS[self.format]}"

    @property
    def mime_type(self) -> str:
        """The `type` attribute of a `<source>` element."""
        return _MIME[self.format]


def scaled_height(source: tuple[int, int], width: int) -> int:
    """The height that keeps the source's aspect ratio at `width`, rounded half up, at least 1."""
    source_width, source_height = source
    return max(1, (2 * source_height * width + source_width) // (2 * source_width))


def target_widths(source_width: int, widths: Iterable[int] = DEFAULT_WIDTHS) -> list[int]:
    """The widths to produce, ascending: requested widths below the source's, then the source
    width itself if anything at or above it was requested (never upscale)."""
    wanted = sorted({w for w in widths if w > 0})
    out = [w for w in wanted if w < source_width]
    if any(w >= source_width for w in wanted):
        out.append(source_width)
    return out


def renditions(source_hash: str, source: tuple[int, int], widths: Iterable[int] = DEFAULT_WIDTHS,
               formats: Iterable[str] = FORMATS,
               quality: dict[str, int] | None = None) -> list[Rendition]:
    """Every rendition of one photo whose size *after* EXIF orientation is `source` (w, h),
    ordered by format then width."""
    quality = {**DEFAULT_QUALITY, **(quality or {})}
    sizes = [(w, scaled_height(source, w)) for w in target_widths(source[0], widths)]
    return [Rendition(source_hash, w, h, fmt, quality[fmt]) for fmt in formats for w, h in sizes]


def srcset(items: Iterable[Rendition], url_prefix: str) -> str:
    """The `srcset` attribute value, e.g. ``/assets/photos/ab-320x240-q80.webp 320w, ...``.

    Pass renditions of one format; they are listed by width. `url_prefix` may be relative
    (``../assets/photos``) or absolute, with or without a trailing slash.
    """
    prefix = url_prefix.rstrip("/")
    parts = (f"{prefix}/{r.file_name} {r.width}w" if prefix else f"{r.file_name} {r.width}w"
             for r in sorted(items, key=lambda r: r.width))
    return ", ".join(parts)
