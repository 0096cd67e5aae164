"""The `ocop init` command line: flags, questions in a terminal for what the flags leave out, and
what it prints. The work is done by generator/init/__init__.py."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

from generator.init import Options, create, defaults_for
from generator.init.localities import read_localities
from generator.rules.province import PROVINCE_CODES
from generator.themedir import THEME
from generator.i18n import en_vi, vi_en


def _english(vi: str, en: str) -> str:
    return en


def arguments(init: argparse.ArgumentParser, say=_english) -> None:
    """The flags of `ocop init`; `say(vi, en)` picks the language of their help (Vietnamese for
    `ocop`, generator/commands/init.py)."""
    init.add_argument("folder", nargs="?", default=".", help=say(
        *vi_en("where to write it (default: current folder)")))
    init.add_argument("--code", help=say(*vi_en("2-digit province code of Decision 19/2025, e.g. 01 (Hà Nội)")))
    init.add_argument("--name", help=say(*vi_en("Vietnamese name, e.g. Hà Nội (default: from the code)")))
    init.add_argument("--name-en", help=say(*vi_en("English name, e.g. Hanoi (default: from the code)")))
    init.add_argument("--kind", choices=("province", "city"), help=say(
        *vi_en("city: a centrally-run city (default: from the code)")))
    init.add_argument("--city-since", metavar="YYYY-MM-DD", help=say(
        *vi_en("a centrally-run city since this day, when recent")))
    init.add_argument("--formerly", action="append", default=[], metavar=say(*vi_en("NAME:CODE")), help=say(
        *vi_en("a province merged into this one and its old code, e.g. 'Hải Dương:30' (repeatable)")))
    init.add_argument("--localities", metavar="CSV", help=say(
        *vi_en("communes and wards: name, kind, code, formerly columns")))
    init.add_argument("--site-url", default="", help=say(*vi_en("the address the site will be published at")))
    init.add_argument("--generator-repo", metavar="OWNER/NAME", help=say(
        *vi_en("GitHub repository the workflows install the generator from (default: this generator's origin)")))
    init.add_argument("--generator-ref", metavar="COMMIT", help=say(
        *vi_en("its commit (default: this generator's)")))
    init.add_argument("--no-input", action="store_true", help=say(
        *vi_en("never ask; fail on what is missing")))
    init.add_argument("--lang", choices=("en", "vi"), default="en", help=say(
        *vi_en("language of the messages")))
    init.set_defaults(run=run)


def run(args, today) -> int:
    say = _Say(args.lang)
    ask = _asker(not args.no_input and sys.stdin.isatty())
    code = args.code or ask("Mã tỉnh (2 chữ số) / province code (2 digits)", "")
    if code not in PROVINCE_CODES:
        return say.usage(*en_vi('--code: "{code}" is not one of the 34 province codes of Decision 19/2025',
                                code=code))
    known = defaults_for(code)
    name_vi = args.name or ask("Tên tỉnh, thành phố / name", known["name_vi"])
    name_en = args.name_en or ask("Tên tiếng Anh / English name", known["name_en"])
    kind = args.kind or ask("Tỉnh hay thành phố trực thuộc trung ương / province or city", known["kind"])
    city_since = args.city_since or (known["city_since"] if kind == "city" and kind == known["kind"] else None)
    csv_path = args.localities or ask("Tệp CSV các xã, phường / CSV of communes and wards", "")
    problem = _check(kind, city_since, csv_path, args.formerly)
    if problem:
        return say.usage(*problem)
    path = Path(csv_path)
    if not path.is_file():
        return say.usage(*en_vi("--localities: {path} not found", path=path))
    rows, problems, ignored = read_localities(path.read_bytes())
    for p in problems:
        say.line(f"{path}:{p.line}: {p.en}", f"{path}:{p.line}: {p.vi}", err=True)
    if problems:
        say.line(*en_vi("{n_problems} problems in {path}; nothing was written", n_problems=len(problems), path=path), err=True)
        return 1
    if ignored:
        say.line(*en_vi("{path}: columns ignored: {ignored}", path=path, ignored=', '.join(ignored)))
    repo, ref = _generator_pin(args, say)
    options = Options(name_vi=name_vi, name_en=name_en or name_vi, code=code, kind=kind, localities=rows,
                      city_since=city_since, formerly=[tuple(f.rsplit(":", 1)) for f in args.formerly],
                      site_url=args.site_url, generator_repo=repo, generator_ref=ref)
    root = Path(args.folder)
    try:
        written = create(root, options)
    except FileExistsError as exc:
        say.line(*en_vi("ocop init: {exc} already exist in {root}; nothing was written", exc=exc, root=root), err=True)
        return 1
    say.line(*en_vi("{root}: {n_written} files written, {n_rows} communes and wards", root=root,
                    n_written=len(written), n_rows=len(rows)))
    return _validate(root, today, args.lang, say)


def _check(kind, city_since, csv_path, formerly) -> tuple[str, str] | None:
    if kind not in ("province", "city"):
        return en_vi('--kind: expected province or city, found "{kind}"', kind=kind)
    if city_since and not _is_date(city_since):
        return en_vi('--city-since: expected YYYY-MM-DD, found "{city_since}"', city_since=city_since)
    bad = [f for f in formerly if not re.fullmatch(r".+:\d{2}", f)]
    if bad:
        return en_vi('--formerly: expected NAME:CODE (e.g. "Hải Dương:30"), found "{bad}"', bad=bad[0])
    if not csv_path:
        return en_vi("--localities: the CSV of communes and wards is needed")
    return None


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text))


def _generator_pin(args, say) -> tuple[str, str]:
    """Where the new catalogue's workflows install the generator from: the flags, else this
    generator's own git origin and commit."""
    repo, ref = args.generator_repo, args.generator_ref
    source = THEME.parent
    repo = repo or _github_repo(_git(source, "remote", "get-url", "origin"))
    ref = ref or _git(source, "rev-parse", "HEAD")
    if not repo or not ref:
        say.line(*en_vi("note: the workflows do not know where to install the generator from; give "
                        "--generator-repo OWNER/NAME and --generator-ref COMMIT, or edit .github/workflows/*.yml"))
    return repo or "OWNER/NAME", ref or "main"


def _git(folder: Path, *command: str) -> str:
    if not (folder / ".git").exists():
        return ""
    try:
        run = subprocess.run(["git", "-C", str(folder), *command], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    return run.stdout.strip() if run.returncode == 0 else ""


def _github_repo(url: str) -> str:
    found = re.search(r"github\.com[:/]([\w.-]+/[\w.-]+?)(?:\.git)?/?$", url)
    return found.group(1) if found else ""


def _validate(root: Path, today, lang: str, say) -> int:
    from generator import issues as fmt
    from generator.rules import validate

    _, found = validate(str(root), today)
    for issue in found:
        print(fmt.format_text(issue, lang))
    print(fmt.summary(found, lang))
    errors, _, _ = fmt.counts(found)
    if not errors:
        say.line(*en_vi("next: cd {root} && mkdocs serve", root=root))
    return 1 if errors else 0


def _asker(interactive: bool):
    def ask(question: str, default: str | None) -> str:
        if not interactive:
            return default or ""
        answer = input(f"{question}{f' [{default}]' if default else ''}: ").strip()
        return answer or default or ""
    return ask


class _Say:
    def __init__(self, lang: str):
        self.lang = lang

    def line(self, en: str, vi: str, err: bool = False) -> None:
        print(vi if self.lang == "vi" else en, file=sys.stderr if err else sys.stdout)

    def usage(self, en: str, vi: str) -> int:
        self.line(f"ocop init: {en}", f"ocop init: {vi}", err=True)
        return 2
