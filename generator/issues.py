"""The one Issue type and its formatters (text, GitHub annotations, JSON).

Rules and the loader yield issues; nothing raises inside the collecting loop. Every message is
written in English and Vietnamese; the formatter picks one. Messages quote what records hold, so
every formatter writes control characters, direction overrides and invisible characters in
messages and file names as escapes (`\x1b`, `\u202e`): no escape sequence from a record reaches
a reviewer's terminal or the CI log.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Iterable

from generator.model.hygiene import shown
from generator.model.records import Loc
from generator.i18n import en_vi

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Issue:
    loc: Loc
    rule: str  # kebab-case rule id, e.g. "score-out-of-band"
    severity: str  # ERROR or WARNING
    en: str
    vi: str

    def message(self, lang: str = "en") -> str:
        """The message in `lang`, safe to print (see the module docstring)."""
        return shown(self.vi if lang == "vi" else self.en)

    @property
    def sort_key(self) -> tuple:
        return (self.loc.path, self.loc.line, self.loc.column, self.rule)


def field(key: str) -> str:
    """A field's path as staff read it in a message: list positions counted from 1, so
    ``images[0]`` (the first photo) is shown as ``images[1]``."""
    return re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + 1}]", key) if "[" in key else key


_FIELD_PATH = re.compile(r"\b[a-z_]+(?:\.[a-z_]+)*\[\d+\][\w.\[\]]*")


def _counted_from_one(message: str) -> str:
    """Field paths in a message (``images[0]``, ``history[0].issued_on``) with their list
    positions shown from 1, as staff count; quoted values ("...") are left as written."""
    if "[" not in message:
        return message
    parts = message.split('"')
    for i in range(0, len(parts), 2):  # outside quotes
        parts[i] = _FIELD_PATH.sub(lambda m: field(m.group()), parts[i])
    return '"'.join(parts)


def error(loc: Loc, rule: str, en: str, vi: str) -> Issue:
    return Issue(loc, rule, ERROR, _counted_from_one(en), _counted_from_one(vi))


def warning(loc: Loc, rule: str, en: str, vi: str) -> Issue:
    return Issue(loc, rule, WARNING, _counted_from_one(en), _counted_from_one(vi))


def internal_error(loc: Loc, exc: Exception) -> Issue:
    """A bug in the generator, reported like any issue so the run still reports everything else."""
    what = f"{type(exc).__name__}: {exc}"
    return Issue(loc, "internal-error", ERROR,
                 *en_vi("the generator failed on this file ({what}); please report it to the maintainers", what=what))


def emits(*rule_ids: str):
    """Names the rule ids a rule function can report (each declared in generator/ruleids.py)."""

    def mark(rule):
        rule.rule_ids = rule_ids
        return rule

    return mark


def rule_failed(rule, exc: Exception) -> Issue:
    """A bug inside one rule function: reported at the rule's own source line, naming the ids it
    checks, so the maintainer knows where to look and staff know which check did not run."""
    ids = ", ".join(getattr(rule, "rule_ids", ())) or rule.__name__
    module = rule.__module__
    code = getattr(rule, "__code__", None)
    loc = Loc(module.replace(".", "/") + ".py", code.co_firstlineno if code else 1)
    what = f"{type(exc).__name__}: {exc}"
    return Issue(loc, "internal-error", ERROR,
                 *en_vi("the check {ids} ({module}.{name}) failed ({what}); the other checks ran; please report it "
                        "to the maintainers", ids=ids, module=module, name=rule.__name__, what=what))


def ordered(issues: Iterable[Issue]) -> list[Issue]:
    """Sorted by file, line and column, with exact repeats dropped."""
    return sorted(set(issues), key=lambda i: i.sort_key)


def counts(issues: list[Issue]) -> tuple[int, int, int]:
    """(errors, warnings, files with issues)."""
    errors = sum(1 for i in issues if i.severity == ERROR)
    return errors, len(issues) - errors, len({i.loc.path for i in issues})


# Rules that mean a file could not be read at all: the headline names such a file first.
BROKEN_FILE = frozenset({"yaml-syntax", "yaml-indent", "tab-indent", "not-utf8", "not-text", "unreadable",
                         "empty-file", "yaml-alias", "yaml-too-deep"})

_SEVERITY_VI = {ERROR: "lỗi", WARNING: "cảnh báo"}


def format_text(issue: Issue, lang: str = "en") -> str:
    severity = _SEVERITY_VI[issue.severity] if lang == "vi" else issue.severity
    loc = issue.loc
    return f"{shown(loc.path)}:{loc.line}:{loc.column}: {severity}: {issue.message(lang)} [{issue.rule}]"


def _data(text: str) -> str:
    """A workflow command's message, escaped as GitHub's toolkit does (escapeData)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """A workflow command's property value (file, title), escaped as GitHub's toolkit does
    (escapeProperty): a file name with ',' or ':' cannot add or end properties."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(issue: Issue, lang: str = "en") -> str:
    """A GitHub Actions workflow command: an annotation on the offending line of the PR."""
    loc = issue.loc
    return (f"::{issue.severity} file={_property(shown(loc.path))},line={loc.line},col={loc.column},"
            f"title={_property(issue.rule)}::{_data(issue.message(lang))}")


def as_json(issues: list[Issue], lang: str = "en") -> str:
    rows = [{
        "path": shown(i.loc.path), "line": i.loc.line, "column": i.loc.column, "severity": i.severity,
        "rule": i.rule, "message": i.message(lang), "message_en": i.message("en"), "message_vi": i.message("vi"),
    } for i in issues]
    return json.dumps(rows, ensure_ascii=False, indent=2)


def summary(issues: list[Issue], lang: str = "en") -> str:
    """The headline: counts and the first problem, e.g. to stop a build with."""
    errors, warnings, files = counts(issues)
    if not issues:
        return "Không có vấn đề nào." if lang == "vi" else "No problems found."
    first = issues[0] if not errors else next(
        (i for i in issues if i.rule in BROKEN_FILE), next(i for i in issues if i.severity == ERROR))
    where = f"{shown(first.loc.path)}:{first.loc.line}:{first.loc.column}"
    if lang == "vi":
        return (f"{errors} lỗi, {warnings} cảnh báo trong {files} tệp; "
                f"đầu tiên: {where} {first.message('vi')}")
    return (f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')} in {_plural(files, 'file')}; "
            f"first: {where} {first.message('en')}")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
