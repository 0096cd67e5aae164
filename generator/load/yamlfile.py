"""Read one YAML file into a PyYAML node tree, turning every way a file can be broken into
issues: bytes that are not UTF-8, a byte-order mark, Windows line endings, tabs used for
indentation, syntax errors, duplicate keys are found later by the shape checker, and aliases
(`*name`) are refused outright so an "alias bomb" can never expand.

Uses the libyaml C parser when PyYAML has it (20,000 files must load in seconds).
"""

from __future__ import annotations

import re

import yaml

from generator.issues import Issue, error, warning
from generator.model.records import Loc
from generator.i18n import en_vi

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TAB_INDENT = re.compile(r"^[ ]*\t", re.M)

# libyaml's problems, said in plain words. Matched by prefix; the rest falls back to the raw text.
_PROBLEMS = [
    ("mapping values are not allowed", *en_vi("a ':' inside a value; put the whole value in quotes")),
    ("could not find expected ':'", *en_vi("a line has no ':' after its key; write `key: value`")),
    ("did not find expected key", *en_vi("the indentation does not line up with the keys above it")),
    ("did not find expected '-' indicator", *en_vi("a list item is not lined up with the items above it")),
    ("found character that cannot start any token", *en_vi("a character that YAML does not allow here")),
    ("found unexpected end of stream", *en_vi("the file ends inside a quoted value; close the quotes")),
    ("found unknown escape character", *en_vi("an unknown backslash escape inside double quotes; use single quotes")),
    ("control characters are not allowed", *en_vi("an invisible control character; delete it and retype the text")),
    ("found undefined alias", *en_vi("a '*' starts a value; put the value in quotes")),
    ("found unexpected ':'", *en_vi("a ':' in the wrong place; put the value in quotes")),
    ("expected <block end>, but found", *en_vi("the indentation is inconsistent around here")),
    ("but found another document", *en_vi("the file holds a second document after '---'; keep one record per file")),
    ("while parsing a flow", *en_vi("a bracket {{ or [ is not closed")),
    ("block sequence entries are not allowed", *en_vi("a list item ('- ') is in the wrong place; put each item on "
                                                      "a line of its own, indented under the field name")),
    ("found a tab character", *en_vi("a tab where YAML needs spaces; replace it with spaces")),
]

_INDENT_PROBLEMS = ("mapping values are not allowed", "did not find expected key",
                    "did not find expected '-' indicator", "expected <block end>")
_OPENING_QUOTE = re.compile(r"""^\s*(?:-\s+)*(?:[^\s#'"][^:#]*:\s+)?(?:-\s+)*(["'])""")


def read_node(path: str, data: bytes) -> tuple[yaml.Node | None, list[Issue]]:
    """Parse `data` (the bytes of `path`) into a node tree; issues explain any failure."""
    issues: list[Issue] = []
    text = _decode(path, data, issues)
    if text is None:
        return None, issues
    if "\t" in text:
        issues += _tab_issues(path, text)
        if any(i.severity == "error" for i in issues):
            return None, issues
    # An alias needs an anchor (&name) to point at; without one, compose reports "undefined alias".
    if "&" in text and "*" in text and _has_alias(path, text, issues):
        return None, issues
    if text.count("[") + text.count("{") + text.count("- ") > _DEPTH_SCAN_AT and _too_deep(path, text, issues):
        return None, issues
    try:
        node = yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        issues.append(_syntax_issue(path, exc, text))
        return None, issues
    except yaml.YAMLError as exc:  # errors without a position
        issues.append(error(Loc(path), "yaml-syntax", *en_vi("the file is not valid YAML: {exc}", exc=exc)))
        return None, issues
    if node is None:
        issues.append(error(Loc(path), "empty-file", *en_vi("the file is empty; fill in the fields of the template")))
    return node, issues


def _decode(path: str, data: bytes, issues: list[Issue]) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        issues.append(warning(Loc(path), "byte-order-mark",
                              *en_vi("the file starts with an invisible byte-order mark (BOM); save it as UTF-8 "
                                     "without BOM")))
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = data[exc.start]
        issues.append(error(Loc(path, line, column), "not-utf8",
                            *en_vi("byte 0x{byte:02X} is not UTF-8 text; save the file with UTF-8 encoding "
                                   "(Vietnamese letters saved in another encoding look like this)", byte=byte)))
        return None
    if "\r\n" in text:
        line = text.count("\n", 0, text.index("\r\n")) + 1
        issues.append(warning(Loc(path, line, len(text[:text.index("\r\n")].rsplit("\n", 1)[-1]) + 1),
                              "line-endings",
                              *en_vi("Windows line endings (CRLF); save the file with Unix (LF) line endings")))
        text = text.replace("\r\n", "\n")
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        issues.append(error(Loc(path, line, offset - text.rfind("\n", 0, offset)), "not-text",
                            *en_vi("the file contains NUL bytes: it is not a text file")))
        return None
    return text


def _tab_issues(path: str, text: str) -> list[Issue]:
    issues = []
    for match in _TAB_INDENT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        column = match.end() - match.start()
        issues.append(error(Loc(path, line, column), "tab-indent",
                            *en_vi("a tab is used for indentation; YAML needs spaces: replace the tab with spaces")))
    return issues


def _has_alias(path: str, text: str, issues: list[Issue]) -> bool:
    """Refuse `*alias` references: they can expand exponentially (the "billion laughs")."""
    try:
        for event in yaml.parse(text, Loader=Loader):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                issues.append(error(Loc(path, mark.line + 1, mark.column + 1), "yaml-alias",
                                    *en_vi("YAML anchors and aliases (&name, *name) are not allowed; write the "
                                           "value out in full, or put a value that starts with '*' in quotes")))
                return True
    except yaml.YAMLError:
        return False  # compose will report the syntax error with its position
    return False


MAX_DEPTH = 50  # records nest 4 levels deep; libyaml's composer recurses and crashes near 100,000
_DEPTH_SCAN_AT = 1000


def _too_deep(path: str, text: str, issues: list[Issue]) -> bool:
    """Refuse absurd nesting before composing: the event parser keeps its own stack, so it is safe."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=Loader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    issues.append(error(Loc(path, mark.line + 1, mark.column + 1), "yaml-too-deep",
                                        *en_vi("values are nested more than {MAX_DEPTH} levels deep; a record "
                                               "needs a few", MAX_DEPTH=MAX_DEPTH)))
                    return True
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return False  # compose reports the syntax error with its position
    return False


def _syntax_issue(path: str, exc: yaml.MarkedYAMLError, text: str) -> Issue:
    """The real cause of a syntax error, in plain words: an unclosed quote on an earlier line, an
    indentation that does not line up (with the number of spaces expected), or libyaml's problem
    translated."""
    mark = exc.problem_mark or exc.context_mark
    if (exc.context or "").startswith("while parsing a flow") and exc.context_mark:
        mark = exc.context_mark  # an unclosed bracket: point at where it opens
    lines = text.split("\n")
    last = mark.line if mark else len(lines) - 1
    quote = _unclosed_quote(lines[:last + 1])
    if quote:
        line, column, char = quote
        en_name, vi_name = en_vi("double quote") if char == '"' else en_vi("single quote")
        return error(Loc(path, line, column), "yaml-syntax",
                     *en_vi("YAML syntax: the {en_name} ({char}) opened on line {line} is not closed; add {char} "
                            "at the end of the value", en_name=en_name, char=char, line=line, vi_name=vi_name))
    loc = Loc(path, mark.line + 1, mark.column + 1) if mark else Loc(path)
    problem = (exc.problem or exc.context or "").strip()
    if mark and problem.startswith(_INDENT_PROBLEMS):
        found = _misaligned(lines, mark.line)
        if found:
            line, have, above, want = found
            if want == 0:
                return error(Loc(path, line, have + 1), "yaml-indent",
                             *en_vi("YAML indentation: line {line} is indented {have} spaces, but the field on "
                                    "line {above} above it starts at the left edge; remove the spaces at the start "
                                    "of line {line}", line=line, have=have, above=above))
            return error(Loc(path, line, have + 1), "yaml-indent",
                         *en_vi("YAML indentation: line {line} is indented {have} spaces, but the field on line "
                                "{above} above it is indented {want}; fields of one group line up: indent line "
                                "{line} by {want} spaces", line=line, have=have, above=above, want=want))
    for prefix, en, vi in _PROBLEMS:
        if problem.startswith(prefix) or (exc.context or "").startswith(prefix):
            return error(loc, "yaml-syntax", *en_vi("YAML syntax: {en}", en=en, vi=vi))
    return error(loc, "yaml-syntax", *en_vi("YAML syntax: {problem}; check quotes, colons and indentation here",
                                            problem=problem))


def _unclosed_quote(lines: list[str]) -> tuple[int, int, str] | None:
    """(line, column, quote) of the first value that opens a quote and does not close it on its line."""
    for number, line in enumerate(lines, 1):
        opening = _OPENING_QUOTE.match(line)
        if opening and not _closes(line[opening.end():], opening.group(1)):
            return number, opening.end(), opening.group(1)
    return None


def _closes(rest: str, quote: str) -> bool:
    i = 0
    while i < len(rest):
        if quote == '"' and rest[i] == '\\':
            i += 2
            continue
        if rest[i] == quote:
            if quote == "'" and rest[i + 1:i + 2] == "'":
                i += 2  # '' is an escaped ' inside single quotes
                continue
            return True
        i += 1
    return False


def _misaligned(lines: list[str], index: int) -> tuple[int, int, int, int] | None:
    """(line, its indentation, line above, the indentation expected) when line `index` (0-based)
    holds a field indented differently from the field on the content line above it."""
    line = lines[index] if index < len(lines) else ""
    if not re.match(r"\s*[^\s#-][^:#]*:(\s|$)", line):
        return None
    have = len(line) - len(line.lstrip(" "))
    for above in range(index - 1, -1, -1):
        prev = lines[above]
        stripped = prev.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if re.search(r":\s*(#.*)?$", prev):  # it opens a group: deeper indentation is right
            return None
        key = re.match(r"(\s*(?:-\s+)*)[^\s#]", prev)
        want = len(key.group(1)) if key else 0
        return (index + 1, have, above + 1, want) if want != have else None
    return None
