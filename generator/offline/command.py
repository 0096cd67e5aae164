"""`ocop offline [--output PATH] [--zip] [--site DIR]`: the offline copy, as a folder or a .zip.

Without --site the site is built first (`mkdocs build` into a temporary folder, so `site/` is
left alone and the copy shows the catalogue as it is now). Exit 0 when the copy is written and
every link in it leads to a file; 1 when the build failed, the output is in the way, or some
link leads nowhere (the copy is still written, each such link reported with its page and line);
2 for bad usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.offline import copy

WORDS = {
    "vi": {
        "help": "bản sao của trang web để mở từ ổ đĩa hoặc USB (không cần mạng)",
        "output": "nơi ghi bản sao (mặc định: ocop-offline/, hoặc ocop-offline.zip với --zip)",
        "zip": "ghi một tệp .zip duy nhất (có ghi chú cách mở ở ngoài cùng)",
        "site": "dùng trang đã dựng sẵn trong thư mục này thay vì dựng lại",
        "building": "Đang dựng trang web…",
        "build_failed": "ocop offline: dựng trang web không thành công (xem lỗi ở trên); chưa ghi bản sao nào.",
        "no_site": "ocop offline: không thấy trang đã dựng ở {site} (cần có {site}/index.html); "
                   "hãy chạy mkdocs build, hoặc bỏ --site để dựng luôn.",
        "overlap": "ocop offline: --output {output} không được nằm trong trang đã dựng {site} hay chứa nó.",
        "in_the_way": "ocop offline: {output} đã có và không phải một bản sao cũ; không ghi đè. "
                      "Hãy chọn --output khác.",
        "broken": "{page}:{line}: cảnh báo: liên kết {address} không dẫn tới tệp nào trong bản sao",
        "more_broken": "… và {n} liên kết hỏng khác",
        "done_folder": "{output}: bản sao {pages} trang, {files} tệp, {size} MB; mở {output}/index.html",
        "done_zip": "{output}: {pages} trang, {files} tệp, {size} MB; giải nén rồi mở index.html",
    },
    "en": {
        "help": "a copy of the site that works opened from disk or a USB stick (no internet)",
        "output": "where to write the copy (default: ocop-offline/, or ocop-offline.zip with --zip)",
        "zip": "write one .zip file (with a note on how to open it at its top level)",
        "site": "use the site already built in this folder instead of building it",
        "building": "Building the site…",
        "build_failed": "ocop offline: the site did not build (see the errors above); no copy was written.",
        "no_site": "ocop offline: no built site in {site} (it needs {site}/index.html); "
                   "run mkdocs build, or leave out --site to build it now.",
        "overlap": "ocop offline: --output {output} must not be inside the built site {site} nor contain it.",
        "in_the_way": "ocop offline: {output} exists and is not an earlier copy; it was not overwritten. "
                      "Choose another --output.",
        "broken": "{page}:{line}: warning: the link {address} leads to no file of the copy",
        "more_broken": "… and {n} more broken links",
        "done_folder": "{output}: a copy of {pages} pages, {files} files, {size} MB; open {output}/index.html",
        "done_zip": "{output}: {pages} pages, {files} files, {size} MB; extract it, then open index.html",
    },
}
SHOWN_BROKEN = 20
_HEADER_NAME = re.compile(r'<div class="md-header__topic">\s*<span class="md-ellipsis">\s*([^<]+?)\s*</span>')


def add_parser(sub) -> None:
    """Registers `ocop offline` on the subcommands of the `ocop` parser."""
    words = WORDS["vi"]  # help in Vietnamese, as the staff read it
    parser = sub.add_parser("offline", help=words["help"], description=words["help"])
    parser.add_argument("--output", metavar="PATH", help=words["output"])
    parser.add_argument("--zip", action="store_true", help=words["zip"])
    parser.add_argument("--site", metavar="DIR", help=words["site"])
    parser.add_argument("--root", metavar="DIR", default=".", help="thư mục danh mục (mặc định: thư mục hiện tại)")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ thông báo")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, today: dt.date | None = None) -> int:
    words = WORDS[args.lang]
    root = Path(args.root)
    as_zip = args.zip or (args.output or "").lower().endswith(".zip")
    output = Path(args.output or ("ocop-offline.zip" if as_zip else "ocop-offline")).absolute()
    if not copy.replaceable(output):
        print(words["in_the_way"].format(output=output), file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="ocop-offline-") as work:
        site = Path(args.site).absolute() if args.site else Path(work) / "site"
        if _overlap(site, output):
            print(words["overlap"].format(output=output, site=site), file=sys.stderr)
            return 2
        if not args.site:
            print(words["building"], file=sys.stderr)
            if _build(root, site) != 0:
                print(words["build_failed"], file=sys.stderr)
                return 1
        if not (site / "index.html").is_file():
            print(words["no_site"].format(site=site), file=sys.stderr)
            return 1
        names, url = _identity(root, site)
        output.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=work if as_zip else output.parent, prefix=".ocop-offline-"))
        try:
            copied = copy.write_folder(site, staging / "copy", copy.note(names, url))
            if as_zip:
                copy.write_zip(staging / "copy", output, _stamp())
                copied.size = output.stat().st_size
            else:
                copy.replace_folder(staging / "copy", output)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    _report(copied, output, as_zip, words)
    return 1 if copied.broken else 0


def _report(copied: copy.Copied, output: Path, as_zip: bool, words: dict) -> None:
    for page, line, address in copied.broken[:SHOWN_BROKEN]:
        print(words["broken"].format(page=page, line=line, address=address), file=sys.stderr)
    if len(copied.broken) > SHOWN_BROKEN:
        print(words["more_broken"].format(n=len(copied.broken) - SHOWN_BROKEN), file=sys.stderr)
    size = f"{copied.size / 1e6:.1f}"
    print(words["done_zip" if as_zip else "done_folder"].format(
        output=output, pages=copied.pages, files=copied.files, size=size))


def _overlap(site: Path, output: Path) -> bool:
    site, output = site.resolve(), output.resolve()
    return site == output or site in output.parents or output in site.parents


def _build(root: Path, out: Path) -> int:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(out)]
    return subprocess.run(command, cwd=root, env=env).returncode


def _identity(root: Path, site: Path) -> tuple[tuple[str, str], str]:
    """The site's name in Vietnamese and English, as its home pages' headers show it (mkdocs.yml
    or province.yml decided it), and site_url from mkdocs.yml: for the note."""
    import yaml

    names = []
    for home in (site / "index.html", site / "en" / "index.html"):
        try:
            found = _HEADER_NAME.search(home.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            found = None
        names.append(html.unescape(found.group(1)) if found else "")
    vi, en = names[0] or "OCOP", names[1] or names[0] or "OCOP"
    try:
        data = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        data = {}
    url = data.get("site_url") if isinstance(data, dict) else None
    return (vi, en), (url if isinstance(url, str) else "")


def _stamp() -> dt.datetime:
    """The time written on the zip's files: SOURCE_DATE_EPOCH when set (same input, same bytes)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).replace(tzinfo=None)
    return dt.datetime.now().replace(microsecond=0)
