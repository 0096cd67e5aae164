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
import re
from pathlib import Path
from stat import S_ISLNK, S_ISREG

from generator.issues import emits, error, warning
from generator.load.catalogue import prefetch

HEADER = 1 << 16  # enough of a photo for Pillow to read its size, with the EXIF block before it
_MAGIC = ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG"))


def image_kind(head: bytes) -> str | None:
    """'JPEG', 'PNG' or 'WEBP' from a file's first bytes, else None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return None


LARGE = 5 * 1024 * 1024  # bytes: above this a photo draws `image-file-large`
WARNINGS = frozenset({"image-file-large"})


def check_image(root: Path, folder: str, rel_path: str, real_root: str, known: dict,
                processed=lambda path, stamp: False) -> tuple[str, str, str] | None:
    """(rule, en, vi) describing what is wrong with the photo, or None when it is fine.
    `real_root` is `root` with links resolved. `known` keeps the verdict on each file's content
    by (path, size, modification time), so that a `mkdocs serve` rebuild does not open every
    photo again; `processed(path, (size, time))` tells whether the photo cache already decoded
    the file whole (then it is not decoded again)."""
    if rel_path.startswith(("/", "\\")) or ":" in rel_path[:3]:
        return ("image-outside-repo", f'"{rel_path}" is an absolute path; write it relative to {folder}/',
                f'"{rel_path}" là đường dẫn tuyệt đối; hãy ghi đường dẫn tính từ thư mục {folder}/')
    real, stat = _resolve(real_root, f"{folder}/{rel_path}")
    if stat == "link":
        return ("image-symlink", f'"{folder}/{real}" is a symbolic link; put the photo file itself there',
                f'"{folder}/{real}" là liên kết tượng trưng (symlink); hãy đặt chính tệp ảnh vào đó')
    if not real.startswith(real_root + os.sep):
        return ("image-outside-repo", f'"{rel_path}" points outside the repository; put the photo in {folder}/',
                f'"{rel_path}" trỏ ra ngoài kho dữ liệu; hãy đặt ảnh trong thư mục {folder}/')
    if stat is None or not S_ISREG(stat.st_mode):
        return ("image-missing", f'"{folder}/{rel_path}" does not exist; upload the photo or correct the name '
                "(names are case-sensitive)",
                f'không có tệp "{folder}/{rel_path}"; hãy tải ảnh lên hoặc sửa tên (phân biệt chữ hoa, chữ thường)')
    key = (folder, rel_path, real, stat.st_size, stat.st_mtime_ns)
    if key not in known:
        whole = processed(real, (stat.st_size, stat.st_mtime_ns))
        # The decoding itself is kept by the file's identity: hard links to one photo decode once.
        content = ("decoded", stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)
        if not whole and content not in known:
            known[content] = _inspect(Path(real))
        known[key] = None if whole else _content_problem(known[content], folder, rel_path)
        if known[key] is None and stat.st_size > LARGE:
            known[key] = _too_large(Path(real), f"{folder}/{rel_path}", stat.st_size)
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


def _inspect(path: Path) -> None | str | int:
    """What `_decode` says of the picture at `path`; "bad" when it is not JPEG, PNG or WebP."""
    with open(path, "rb", opener=_no_follow) as handle:
        head = handle.read(16)
    return "bad" if image_kind(head) is None else _decode(path)


def _content_problem(outcome: None | str | int, folder: str, rel_path: str) -> tuple[str, str, str] | None:
    shown = f"{folder}/{rel_path}"
    if outcome == "truncated":
        return ("image-not-image", f'"{shown}" is cut short (the file ends before the picture does); '
                "upload the photo again",
                f'"{shown}" bị thiếu dữ liệu (tệp kết thúc trước khi hết ảnh); hãy tải ảnh lên lại')
    if isinstance(outcome, int):
        from generator.images.process import MAX_PIXELS

        found, found_vi = (f"{outcome:,}", f"{outcome:,}") if outcome else ("more than can be read safely",
                                                                            "nhiều hơn mức đọc an toàn")
        return ("image-too-large", f'"{shown}" has too many pixels: {found}, at most {MAX_PIXELS:,}; '
                "resize it (2000 pixels wide is plenty)",
                f'"{shown}" có quá nhiều điểm ảnh: {found_vi}, tối đa {MAX_PIXELS:,}; '
                "hãy thu nhỏ ảnh (rộng 2000 điểm ảnh là đủ)")
    if outcome is not None:
        return _not_image(shown)
    return None


def _not_image(shown: str) -> tuple[str, str, str]:
    return ("image-not-image", f'"{shown}" is not a JPEG, PNG or WebP picture, or it is damaged; '
            "export it as JPEG and upload it again",
            f'"{shown}" không phải ảnh JPEG, PNG hoặc WebP, hoặc đã bị hỏng; hãy xuất ảnh dạng JPEG và tải lại')


def _no_follow(path, flags):
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0))


def _decode(path: Path) -> None | str | int:
    """None when the whole picture decodes; "truncated"; the pixel count (0: unknown) when it
    has too many; "bad" for anything else. The pixel count is read from the header first, so a
    decompression bomb is never decoded."""
    import warnings

    from PIL import Image

    from generator.images.process import MAX_PIXELS, OPEN_FORMATS

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # counted below, against our limit
            with Image.open(path, formats=OPEN_FORMATS) as img:
                pixels = img.width * img.height
                if pixels > MAX_PIXELS:
                    return pixels
                if pixels <= 0:
                    return "bad"
                if img.format == "JPEG":
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


class _Processed:
    """The photos the build's photo cache has decoded whole and processed (its manifest: source
    path, size, time and content hash; renditions by hash). Read once, when first asked."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.stamps: dict[str, tuple[int, int]] | None = None

    def __call__(self, path: str, stamp: tuple[int, int]) -> bool:
        if self.stamps is None:
            from generator.images.process import MAX_PIXELS
            from generator.images.store import read_manifest

            manifest = read_manifest(self.folder, {"max_pixels": MAX_PIXELS})
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
            rule, en, vi = problem
            issue = warning if rule in WARNINGS else error
            yield issue(record.source.at(key), rule, f"{key}: {en}", f"{key}: {vi}")


RULES = (photos,)


def _too_large(path: Path, name: str, size: int) -> tuple[str, str, str]:
    mb = f"{size / 1024 / 1024:.1f}"
    gps_en = gps_vi = ""
    if _has_gps(path):
        gps_en = (" It also records where it was taken (GPS): the site removes that, but the original in the "
                  "repository keeps it.")
        gps_vi = (" Ảnh còn ghi vị trí nơi chụp (GPS): trang web xóa thông tin này, nhưng ảnh gốc trong kho dữ liệu "
                  "vẫn giữ.")
    return ("image-file-large",
            f'"{name}" is {mb} MB, over 5 MB; save it smaller (1-2 MB is plenty) and upload it again.{gps_en}',
            f'"{name}" nặng {mb.replace(".", ",")} MB, quá 5 MB; hãy lưu ảnh nhỏ hơn (1–2 MB là đủ) rồi tải lại.'
            f"{gps_vi}")


def _has_gps(path: Path) -> bool:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            return bool(img.getexif().get_ifd(0x8825))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return False
