"""Photos and logos.

`image-outside-repo`: a photo path is relative to the record's folder and stays inside the
repository (no absolute paths, no ``..`` climbing out, no link pointing elsewhere).
    good: ``images: [ruou-mo-yen-tu/chai.jpg]``      bad: ``images: [/home/me/chai.jpg]``

`image-missing`: the file exists.

`image-not-image`: the file is a real JPEG, PNG or WebP picture (checked by its content, not its
name).
    bad: a HEIC photo from a phone renamed to ``chai.jpg``; a PDF; an empty file

`image-too-large` (warning): a photo over 5 MB. The site makes its own small copies, but the
original stays in the repository and in every copy of it; a phone photo saved at 1–2 MB is
plenty. When the photo records where it was taken (GPS), the warning says so: the site strips
it, the original in the repository keeps it.
"""

from __future__ import annotations

import os
from pathlib import Path
from stat import S_ISLNK, S_ISREG

from generator.issues import error, warning
from generator.load.catalogue import prefetch

LARGE = 5 * 1024 * 1024  # bytes: above this a photo draws `image-too-large`
WARNINGS = frozenset({"image-too-large"})
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


def check_image(root: Path, folder: str, rel_path: str, real_root: str, known: dict) -> tuple[str, str, str] | None:
    """(rule, en, vi) describing what is wrong with the photo, or None when it is fine.
    `real_root` is `root` with links resolved. `known` keeps the verdict on each file's content
    by (path, size, modification time), so that a `mkdocs serve` rebuild does not open every
    photo again."""
    if rel_path.startswith(("/", "\\")) or ":" in rel_path[:3]:
        return ("image-outside-repo", f'"{rel_path}" is an absolute path; write it relative to {folder}/',
                f'"{rel_path}" là đường dẫn tuyệt đối; hãy ghi đường dẫn tính từ thư mục {folder}/')
    real, stat = _resolve(real_root, f"{folder}/{rel_path}")
    if not real.startswith(real_root + os.sep):
        return ("image-outside-repo", f'"{rel_path}" points outside the repository; put the photo in {folder}/',
                f'"{rel_path}" trỏ ra ngoài kho dữ liệu; hãy đặt ảnh trong thư mục {folder}/')
    if stat is None or not S_ISREG(stat.st_mode):
        return ("image-missing", f'"{folder}/{rel_path}" does not exist; upload the photo or correct the name '
                "(names are case-sensitive)",
                f'không có tệp "{folder}/{rel_path}"; hãy tải ảnh lên hoặc sửa tên (phân biệt chữ hoa, chữ thường)')
    key = (folder, rel_path, real, stat.st_size, stat.st_mtime_ns)
    if key not in known:
        known[key] = _content_problem(Path(real), folder, rel_path)
    return known[key]


def _resolve(real_root: str, rel: str) -> tuple[str, os.stat_result | None]:
    """What os.path.realpath gives for `rel` under `real_root` (a path without links), and the
    stat of what it names (None: nothing there). Like realpath, one lstat per component, but
    only for the components below the root: realpath would look at every component of the root
    again, for each of 8,000 photos."""
    path, stat = real_root, None
    for part in rel.split("/"):
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
            path, stat = os.path.realpath(path), None
    if stat is None:
        try:
            stat = os.stat(path)
        except OSError:
            return path, None
    return path, stat


def _content_problem(path: Path, folder: str, rel_path: str) -> tuple[str, str, str] | None:
    with path.open("rb") as handle:
        head = handle.read(16)
    if image_kind(head) is None or not _decodable(path):
        return ("image-not-image", f'"{folder}/{rel_path}" is not a JPEG, PNG or WebP picture; '
                "export it as JPEG and upload it again",
                f'"{folder}/{rel_path}" không phải ảnh JPEG, PNG hoặc WebP; hãy xuất ảnh dạng JPEG và tải lại')
    size = path.stat().st_size
    if size > LARGE:
        return _too_large(path, f"{folder}/{rel_path}", size)
    return None


def _too_large(path: Path, name: str, size: int) -> tuple[str, str, str]:
    mb = f"{size / 1024 / 1024:.1f}"
    gps_en = gps_vi = ""
    if _has_gps(path):
        gps_en = (" It also records where it was taken (GPS): the site removes that, but the original in the "
                  "repository keeps it.")
        gps_vi = (" Ảnh còn ghi vị trí nơi chụp (GPS): trang web xóa thông tin này, nhưng ảnh gốc trong kho dữ liệu "
                  "vẫn giữ.")
    return ("image-too-large",
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


def _decodable(path: Path) -> bool:
    """Pillow can read the header (size, mode) without decoding the whole picture."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            return img.width > 0 and img.height > 0
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return False


def photos(cat, ctx):
    root = Path(cat.root)
    real_root = os.path.realpath(root)
    entries = list(cat.photos())
    if not ctx.photo_checks:  # none checked in this process yet
        prefetch([os.path.join(root, folder, rel_path) for folder, _, _, rel_path in entries], HEADER)
    for folder, record, key, rel_path in entries:
        problem = check_image(root, folder, rel_path, real_root, ctx.photo_checks)
        if problem:
            rule, en, vi = problem
            issue = warning if rule in WARNINGS else error
            yield issue(record.source.at(key), rule, f"{key}: {en}", f"{key}: {vi}")


RULES = (photos,)
