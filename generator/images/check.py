"""Pillow at the edge, for `ocop validate`: what a photo's bytes are, without processing it.

The photo rule (generator/rules/images.py) works on paths and verdicts; the reading happens here,
beside the rest of the Pillow code (generator/images/process.py), with the same formats and the
same pixel limit as the build.
"""

from __future__ import annotations

import os
import re
import warnings
from pathlib import Path

MAX_PIXELS = 60_000_000  # ~60 MP: a 48 MP phone photo passes, a decompression bomb does not
OPEN_FORMATS = ("JPEG", "PNG", "WEBP")  # "JPEG" also opens MPO (phone JPEGs with 2 pictures)

_MAGIC = ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG"))


def image_kind(head: bytes) -> str | None:
    """'JPEG', 'PNG' or 'WEBP' from a file's first bytes, else None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return None


def inspect(path: Path) -> None | str | int:
    """What `decode` says of the picture at `path`; "bad" when it is not JPEG, PNG or WebP."""
    with open(path, "rb", opener=_no_follow) as handle:
        head = handle.read(16)
    return "bad" if image_kind(head) is None else decode(path)


def _no_follow(path, flags):
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0))


def decode(path: Path) -> None | str | int:
    """None when the whole picture decodes; "truncated"; the pixel count (0: unknown) when it
    has too many; "bad" for anything else. The pixel count is read from the header first, so a
    decompression bomb is never decoded."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # counted below, against our limit
            with Image.open(path, formats=OPEN_FORMATS) as img:
                pixels = img.width * img.height
                if pixels > MAX_PIXELS:
                    return pixels
                if pixels <= 0:
                    return "bad"
                if img.format == "JPEG":  # an eighth of the size still reads every byte
                    img.draft("RGB", (max(1, img.width // 8), max(1, img.height // 8)))
                img.load()
    except Image.DecompressionBombError as exc:  # over twice Pillow's own limit
        found = re.search(r"\((\d+) pixels\)", str(exc))
        return int(found.group(1)) if found else 0
    except OSError as exc:
        return "truncated" if "truncated" in str(exc) else "bad"
    except Exception:  # noqa: BLE001 - hostile files make Pillow raise almost anything
        return "bad"
    return None


def has_gps(path: Path) -> bool:
    """Whether the photo's EXIF records where it was taken."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            return bool(img.getexif().get_ifd(0x8825))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return False
