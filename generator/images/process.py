"""Pillow at the edge: open a photo, apply its orientation, bring it to sRGB, resize, encode.

Output files carry no metadata at all: no EXIF (so no GPS position, camera or date), no XMP and no
ICC profile (pixels are converted to sRGB, which browsers assume when there is none). The same
input gives the same bytes: nothing depends on time, and Pillow's encoders are deterministic.

Every failure is returned as a `Problem`, never raised: photos come from many people's phones.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Iterable, Iterator

from PIL import Image, ImageCms, ImageOps

from generator.images.check import MAX_PIXELS, OPEN_FORMATS
from generator.images.results import Problem, not_image, too_large
from generator.images.sizes import Rendition

SRGB = ImageCms.createProfile("sRGB")

_16_BIT = {"I;16", "I;16B", "I;16L", "I;16N", "I", "F"}
_PLAIN = {"RGB", "RGBA", "L", "LA", "CMYK"}
_ALIAS = {"1": "L", "RGBX": "RGB", "RGBa": "RGBA", "La": "LA", "PA": "RGBA"}


def prepare(path: Path, max_pixels: int = MAX_PIXELS) -> Image.Image | Problem:
    """The photo at `path` upright, in sRGB, mode RGB or RGBA, with no metadata; or a Problem.

    The pixel count is checked from the header before anything is decoded.
    """
    source = str(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path, formats=OPEN_FORMATS) as opened:
                pixels = opened.width * opened.height
                if pixels > max_pixels:
                    return too_large(source, pixels, max_pixels)
                upright = ImageOps.exif_transpose(opened)
        return to_srgb(upright)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return too_large(source, None, max_pixels)
    except Exception:  # noqa: BLE001 - hostile files make Pillow raise almost anything
        return not_image(source)


def to_srgb(image: Image.Image) -> Image.Image:
    """`image` as RGB (or RGBA when it has real transparency) in sRGB, with `info` emptied."""
    icc = image.info.get("icc_profile")
    image = _plain_mode(image)
    alpha = image.getchannel("A") if image.mode in ("RGBA", "LA") else None
    colour = image.convert(image.mode[:-1]) if alpha is not None else image
    colour = _apply_profile(colour, icc)
    if alpha is not None and alpha.getextrema()[0] < 255:
        colour.putalpha(alpha)
    colour.info = {}
    return colour


def _plain_mode(image: Image.Image) -> Image.Image:
    """Convert exotic modes to one of RGB, RGBA, L, LA, CMYK."""
    mode = image.mode
    if mode in _PLAIN:
        return image
    if mode == "P":
        return image.convert("RGBA" if image.has_transparency_data else "RGB")
    if mode in _16_BIT:
        return _to_8_bit(image)
    return image.convert(_ALIAS.get(mode, "RGB"))


def _to_8_bit(image: Image.Image) -> Image.Image:
    """A 16-bit or float grey image scaled (not clipped) to 8-bit L."""
    floats = image.convert("F")
    top = floats.getextrema()[1]
    if top <= 1.0:
        scale = 255.0
    elif top <= 255:
        scale = 1.0
    else:
        scale = 255.0 / (65535 if top <= 65535 else top)
    return floats.point(lambda v: v * scale + 0.5).convert("L")  # + 0.5: F to L truncates


def _apply_profile(image: Image.Image, icc: bytes | None) -> Image.Image:
    """Convert RGB, L or CMYK pixels from their embedded profile to sRGB, giving RGB.

    A missing, sRGB or unusable profile means the pixels are taken as they are.
    """
    if icc:
        try:
            profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if "srgb" not in ImageCms.getProfileDescription(profile).lower():
                return ImageCms.profileToProfile(image, profile, SRGB, outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass
    return image if image.mode == "RGB" else image.convert("RGB")


def resize(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """`image` at `size` with Lanczos filtering (the image itself when already that size)."""
    if image.size == size:
        return image
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def encode(image: Image.Image, fmt: str, quality: int) -> bytes:
    """WebP (keeping transparency) or progressive JPEG (flattened onto white), no metadata.

    Pillow writes only the metadata passed to `save` (never `image.info`); none is passed.
    """
    buffer = io.BytesIO()
    if fmt == "jpeg":
        _on_white(image).save(buffer, "JPEG", quality=quality, optimize=True,
                              progressive=True, subsampling="4:2:0", exif=b"")
    else:
        image.save(buffer, "WEBP", quality=quality, method=6, exif=b"", xmp=b"")
    return buffer.getvalue()


def _on_white(image: Image.Image) -> Image.Image:
    if image.mode != "RGBA":
        return image
    white = Image.new("RGB", image.size, (255, 255, 255))
    white.paste(image, mask=image.getchannel("A"))
    return white


def render_all(image: Image.Image, wanted: Iterable[Rendition]) -> Iterator[tuple[Rendition, bytes]]:
    """Encode every rendition of a prepared image, resizing once per size."""
    by_size: dict[tuple[int, int], list[Rendition]] = {}
    for rendition in wanted:
        by_size.setdefault((rendition.width, rendition.height), []).append(rendition)
    for size, group in by_size.items():
        scaled = resize(image, size)
        for rendition in group:
            yield rendition, encode(scaled, rendition.format, rendition.quality)
