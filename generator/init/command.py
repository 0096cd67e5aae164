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


def _english(vi: str, en: str) -> str:
    return en


def arguments(init: argparse.ArgumentParser, say=_english) -> None:
    """The flags of `ocop init`; `say(vi, en)` picks the language of their help (Vietnamese for
    `ocop`, generator/commands/init.py)."""
    init.add_argument("folder", nargs="?", default=".", help=say(
        "nơi ghi danh mục mới (mặc định: thư mục hiện tại)", "where to write it (default: current folder)"))
    init.add_argument("--code", help=say("mã tỉnh 2 chữ số theo Quyết định 19/2025, ví dụ 01 (Hà Nội)",
                                         "2-digit province code of Decision 19/2025, e.g. 01 (Hà Nội)"))
    init.add_argument("--name", help=say("tên tiếng Việt, ví dụ Hà Nội (mặc định: theo mã tỉnh)",
                                         "Vietnamese name, e.g. Hà Nội (default: from the code)"))
    init.add_argument("--name-en", help=say("tên tiếng Anh, ví dụ Hanoi (mặc định: theo mã tỉnh)",
                                            "English name, e.g. Hanoi (default: from the code)"))
    init.add_argument("--kind", choices=("province", "city"), help=say(
        "city: thành phố trực thuộc trung ương (mặc định: theo mã tỉnh)",
        "city: a centrally-run city (default: from the code)"))
    init.add_argument("--city-since", metavar="YYYY-MM-DD", help=say(
        "là thành phố trực thuộc trung ương từ ngày này, nếu mới đây",
        "a centrally-run city since this day, when recent"))
    init.add_argument("--formerly", action="append", default=[], metavar=say("TÊN:MÃ", "NAME:CODE"), help=say(
        "một tỉnh đã hợp nhất vào tỉnh này và mã cũ của nó, ví dụ 'Hải Dương:30' (có thể ghi nhiều lần)",
        "a province merged into this one and its old code, e.g. 'Hải Dương:30' (repeatable)"))
    init.add_argument("--localities", metavar="CSV", help=say(
        "danh sách xã, phường: các cột name, kind, code, formerly",
        "communes and wards: name, kind, code, formerly columns"))
    init.add_argument("--site-url", default="", help=say("địa chỉ trang web sẽ được xuất bản",
                                                         "the address the site will be published at"))
    init.add_argument("--generator-repo", metavar="OWNER/NAME", help=say(
        "kho GitHub mà quy trình CI cài trình tạo từ đó (mặc định: kho gốc của trình tạo này)",
        "GitHub repository the workflows install the generator from (default: this generator's origin)"))
    init.add_argument("--generator-ref", metavar="COMMIT", help=say(
        "commit của kho đó (mặc định: của trình tạo này)", "its commit (default: this generator's)"))
    init.add_argument("--no-input", action="store_true", help=say(
        "không hỏi gì; báo lỗi nếu thiếu thông tin", "never ask; fail on what is missing"))
    init.add_argument("--lang", choices=("en", "vi"), default="en", help=say(
        "ngôn ngữ của thông báo: vi hoặc en", "language of the messages"))
    init.set_defaults(run=run)


def run(args, today) -> int:
    say = _Say(args.lang)
    ask = _asker(not args.no_input and sys.stdin.isatty())
    code = args.code or ask("Mã tỉnh (2 chữ số) / province code (2 digits)", "")
    if code not in PROVINCE_CODES:
        return say.usage(f'--code: "{code}" is not one of the 34 province codes of Decision 19/2025',
                         f'--code: "{code}" không thuộc 34 mã tỉnh theo Quyết định 19/2025')
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
        return say.usage(f"--localities: {path} not found", f"--localities: không tìm thấy {path}")
    rows, problems, ignored = read_localities(path.read_bytes())
    for p in problems:
        say.line(f"{path}:{p.line}: {p.en}", f"{path}:{p.line}: {p.vi}", err=True)
    if problems:
        say.line(f"{len(problems)} problems in {path}; nothing was written",
                 f"{len(problems)} lỗi trong {path}; chưa ghi tệp nào", err=True)
        return 1
    if ignored:
        say.line(f"{path}: columns ignored: {', '.join(ignored)}", f"{path}: bỏ qua các cột: {', '.join(ignored)}")
    repo, ref = _generator_pin(args, say)
    options = Options(name_vi=name_vi, name_en=name_en or name_vi, code=code, kind=kind, localities=rows,
                      city_since=city_since, formerly=[tuple(f.rsplit(":", 1)) for f in args.formerly],
                      site_url=args.site_url, generator_repo=repo, generator_ref=ref)
    root = Path(args.folder)
    try:
        written = create(root, options)
    except FileExistsError as exc:
        say.line(f"ocop init: {exc} already exist in {root}; nothing was written",
                 f"ocop init: {root} đã có {exc}; không ghi đè, chưa ghi tệp nào", err=True)
        return 1
    say.line(f"{root}: {len(written)} files written, {len(rows)} communes and wards",
             f"{root}: đã ghi {len(written)} tệp, {len(rows)} xã, phường")
    return _validate(root, today, args.lang, say)


def _check(kind, city_since, csv_path, formerly) -> tuple[str, str] | None:
    if kind not in ("province", "city"):
        return (f'--kind: expected province or city, found "{kind}"',
                f'--kind: cần province hoặc city, thấy "{kind}"')
    if city_since and not _is_date(city_since):
        return (f'--city-since: expected YYYY-MM-DD, found "{city_since}"',
                f'--city-since: cần ngày dạng YYYY-MM-DD, thấy "{city_since}"')
    bad = [f for f in formerly if not re.fullmatch(r".+:\d{2}", f)]
    if bad:
        return (f'--formerly: expected NAME:CODE (e.g. "Hải Dương:30"), found "{bad[0]}"',
                f'--formerly: cần TÊN:MÃ (ví dụ "Hải Dương:30"), thấy "{bad[0]}"')
    if not csv_path:
        return ("--localities: the CSV of communes and wards is needed",
                "--localities: cần tệp CSV danh sách xã, phường")
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
        say.line("note: the workflows do not know where to install the generator from; give --generator-repo "
                 "OWNER/NAME and --generator-ref COMMIT, or edit .github/workflows/*.yml",
                 "lưu ý: các workflow chưa biết cài trình tạo danh mục từ đâu; hãy thêm "
                 "--generator-repo OWNER/NAME và --generator-ref COMMIT, hoặc sửa .github/workflows/*.yml")
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
        say.line(f"next: cd {root} && mkdocs serve", f"tiếp theo: cd {root} && mkdocs serve")
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
