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

from generator.i18n import S_, vietnamese
from generator.offline import copy

# The messages of `ocop offline`, in English; their Vietnamese comes from staff.po (generator/i18n.py).
_ENGLISH = {
    "output": S_("where to write the copy (default: ocop-offline/, or ocop-offline.zip with --zip)"),
    "zip": S_("write one .zip file (with a note on how to open it at its top level)"),
    "site": S_("use the site already built in this folder instead of building it"),
    "building": S_("Building the site…"),
    "build_failed": S_("ocop offline: the site did not build (see the errors above); no copy was written."),
    "no_site": S_("ocop offline: no built site in {site} (it needs {site}/index.html); "
                  "run mkdocs build, or leave out --site to build it now."),
    "overlap": S_("ocop offline: --output {output} must not be inside the built site {site} nor contain it."),
    "in_the_way": S_("ocop offline: {output} exists and is not an earlier copy; it was not overwritten. "
                     "Choose another --output."),
    "broken": S_("{page}:{line}: warning: the link {address} leads to no file of the copy"),
    "more_broken": S_("… and {n} more broken links"),
    "done_folder": S_("{output}: a copy of {pages} pages, {files} files, {size} MB; open {output}/index.html"),
    "done_zip": S_("{output}: {pages} pages, {files} files, {size} MB; extract it, then open index.html"),
}
WORDS = {"en": _ENGLISH, "vi": {key: vietnamese(text) for key, text in _ENGLISH.items()}}
SHOWN_BROKEN = 20
_HEADER_NAME = re.compile(r'<div class="md-header__topic">\s*<span class="md-ellipsis">\s*([^<]+?)\s*</span>')


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
