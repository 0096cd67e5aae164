"""Writing the offline copy: a folder, or one .zip, with a note on how to open it.

Pages are rewritten by `links.rewrite_page`, each read and parsed once; on a large site the pages
are shared among the machine's cores. Every other file is copied as it is, except the search
index (it cannot load from disk), the staff editor `admin/` (it signs in to GitHub and edits the
repository: nothing a reader of the copy can use) and `404.html` (its addresses start at the
server's root and no page links to it).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import shutil
import tempfile
import zipfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from generator.files import write_atomic
from generator.offline.links import rewrite_page

NOTE_NAME = "HUONG-DAN-README.txt"
LEFT_OUT_FOLDERS = ("pagefind", "admin")
LEFT_OUT_FILES = ("404.html",)
STORED = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".pdf", ".woff", ".woff2", ".gz", ".zip", ".pf_fragment",
          ".pf_index", ".pf_meta", ".pagefind")
PAGES_PER_CORE = 1500  # below this many pages, starting worker processes costs more than it saves


@dataclass
class Copied:
    pages: int = 0
    files: int = 0
    size: int = 0
    links: int = 0
    broken: list[tuple[str, int, str]] = field(default_factory=list)  # (page, line, address)


def note(names: tuple[str, str], site_url: str) -> str:
    """The note at the top of the copy, Vietnamese first, with Windows line ends; `names` is the
    site's name in Vietnamese and English."""
    online_vi = f" Bản trực tuyến: {site_url}" if site_url else ""
    online_en = f" The online site: {site_url}" if site_url else ""
    lines = [
        f"{names[0]}: bản sao để xem không cần mạng",
        "",
        "Mở tệp index.html (nhấp đúp) để xem bằng trình duyệt.",
        "Nếu đang xem bên trong tệp .zip, hãy giải nén trước (Extract All / Giải nén tất cả).",
        "Mọi trang, ảnh, danh mục in (PDF), lịch hội chợ (.ics) và dữ liệu mở đều mở được từ ổ đĩa.",
        "Riêng tìm kiếm chỉ chạy trên trang trực tuyến; ở đây hãy xem danh mục theo số sao,"
        " bộ sản phẩm hoặc địa phương." + online_vi,
        "",
        f"{names[1]}: a copy to browse without the internet",
        "",
        "Open index.html (double-click it) to view it in a web browser.",
        "If you are looking inside the .zip file, extract it first (Extract All).",
        "Every page, photo, printable catalogue (PDF), fair calendar (.ics) and open data file opens from disk.",
        "Search works only on the online site; here, browse the catalogue by stars, product set or locality."
        + online_en,
        "",
    ]
    return "\r\n".join(lines)


def site_files(site: Path) -> list[str]:
    """Every file of the built site that goes into the copy, as sorted site paths."""
    found = []
    for folder, dirs, names in os.walk(site):
        rel = os.path.relpath(folder, site)
        if rel == ".":
            dirs[:] = [d for d in dirs if d not in LEFT_OUT_FOLDERS]
            names = [n for n in names if n not in LEFT_OUT_FILES]
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        found += [prefix + name for name in names]
    return sorted(found)


def write_folder(site: Path, dest: Path, note_text: str, jobs: int = 0) -> Copied:
    """The copy of `site` in the new folder `dest`."""
    files = site_files(site)
    known = frozenset(files)
    pages = [f for f in files if f.endswith(".html")]
    copied = Copied(pages=len(pages), files=len(files) + 1)
    dest.mkdir(parents=True)
    for rel in files:
        if not rel.endswith(".html"):
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(site / rel, target)
    jobs = jobs or _cores()
    if jobs > 1 and len(pages) >= 2 * PAGES_PER_CORE:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            results = list(pool.map(_rewrite_pages, [str(site)] * jobs, [str(dest)] * jobs,
                                    [pages[i::jobs] for i in range(jobs)], [known] * jobs))
    else:
        results = [_rewrite_pages(str(site), str(dest), pages, known)]
    for links, broken in results:
        copied.links += links
        copied.broken += broken
    copied.broken.sort()
    (dest / NOTE_NAME).write_bytes(note_text.encode("utf-8-sig"))
    copied.size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    return copied


def _rewrite_pages(site: str, dest: str, pages: list[str], known: frozenset[str]):
    links, broken = 0, []
    for page in pages:
        target = os.path.join(dest, page)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            with open(os.path.join(site, page), encoding="utf-8", newline="") as handle:
                result = rewrite_page(handle.read(), page, known)
        except UnicodeDecodeError:  # not a page MkDocs wrote (those are UTF-8): copied as it is
            shutil.copyfile(os.path.join(site, page), target)
            continue
        with open(target, "w", encoding="utf-8", newline="") as handle:
            handle.write(result.text)
        links += result.links
        broken += [(page, line, address) for line, address in result.broken]
    return links, broken


def write_zip(folder: Path, output: Path, stamp: dt.datetime) -> None:
    """The folder as one .zip with its files at the top level, the note first. Same folder and
    `stamp`, same bytes."""
    names = sorted((p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()),
                   key=lambda name: (name != NOTE_NAME, name))
    date_time = max(stamp, dt.datetime(1980, 1, 1)).timetuple()[:6]

    def fill(handle) -> None:
        with zipfile.ZipFile(handle, "w") as archive:
            for name in names:
                info = zipfile.ZipInfo(name, date_time)
                info.external_attr = 0o644 << 16
                stored = name.lower().endswith(STORED)
                info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                archive.writestr(info, (folder / name).read_bytes(), compresslevel=None if stored else 6)

    write_atomic(output, fill)  # an interrupted run leaves the earlier .zip, never half of one


def replace_folder(new: Path, output: Path) -> None:
    """Put the finished copy `new` at `output`, where there is nothing or an earlier copy."""
    if output.exists():
        old = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.old-"))
        os.replace(output, old / "copy")
        os.replace(new, output)
        shutil.rmtree(old)
    else:
        os.replace(new, output)


def replaceable(output: Path) -> bool:
    """Whether `output` may be overwritten: nothing there, an empty folder, an earlier copy (it has
    the note) or, for a .zip, an earlier zip."""
    if not output.exists():
        return True
    if output.is_dir():
        return (output / NOTE_NAME).is_file() or not any(output.iterdir())
    return output.suffix.lower() == ".zip" and zipfile.is_zipfile(output)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
