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

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TAB_INDENT = re.compile(r"^[ ]*\t", re.M)

# libyaml's problems, said in plain words. Matched by prefix; the rest falls back to the raw text.
_PROBLEMS = [
    ("mapping values are not allowed", "a ':' inside a value; put the whole value in quotes",
     "có dấu ':' trong giá trị; hãy đặt cả giá trị trong dấu ngoặc kép"),
    ("could not find expected ':'", "a line has no ':' after its key; write `key: value`",
     "một dòng thiếu dấu ':' sau tên trường; hãy viết `tên: giá trị`"),
    ("did not find expected key", "the indentation does not line up with the keys above it",
     "thụt lề không thẳng hàng với các trường phía trên"),
    ("did not find expected '-' indicator", "a list item is not lined up with the items above it",
     "một mục của danh sách không thẳng hàng với các mục phía trên"),
    ("found character that cannot start any token", "a character that YAML does not allow here",
     "có ký tự YAML không cho phép ở đây"),
    ("found unexpected end of stream", "the file ends inside a quoted value; close the quotes",
     "tệp kết thúc khi dấu ngoặc kép chưa đóng; hãy đóng dấu ngoặc"),
    ("found unknown escape character", "an unknown backslash escape inside double quotes; use single quotes",
     "ký tự thoát '\\' không hợp lệ trong ngoặc kép; hãy dùng ngoặc đơn"),
    ("control characters are not allowed", "an invisible control character; delete it and retype the text",
     "có ký tự điều khiển vô hình; hãy xóa và gõ lại đoạn chữ"),
    ("found undefined alias", "a '*' starts a value; put the value in quotes",
     "giá trị bắt đầu bằng '*'; hãy đặt giá trị trong dấu ngoặc kép"),
    ("found unexpected ':'", "a ':' in the wrong place; put the value in quotes",
     "dấu ':' đặt sai chỗ; hãy đặt giá trị trong dấu ngoặc kép"),
    ("expected <block end>, but found", "the indentation is inconsistent around here",
     "thụt lề không nhất quán ở đoạn này"),
    ("but found another document", "the file holds a second document after '---'; keep one record per file",
     "tệp chứa tài liệu thứ hai sau '---'; mỗi tệp chỉ một bản ghi"),
    ("while parsing a flow", "a bracket { or [ is not closed",
     "dấu ngoặc { hoặc [ chưa được đóng"),
]


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
        issues.append(_syntax_issue(path, exc))
        return None, issues
    except yaml.YAMLError as exc:  # errors without a position
        issues.append(error(Loc(path), "yaml-syntax", f"the file is not valid YAML: {exc}",
                            f"tệp không phải YAML hợp lệ: {exc}"))
        return None, issues
    if node is None:
        issues.append(error(Loc(path), "empty-file", "the file is empty; fill in the fields of the template",
                            "tệp rỗng; hãy điền các trường theo mẫu"))
    return node, issues


def _decode(path: str, data: bytes, issues: list[Issue]) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        issues.append(warning(Loc(path), "byte-order-mark",
                              "the file starts with an invisible byte-order mark (BOM); save it as UTF-8 without BOM",
                              "tệp bắt đầu bằng ký tự BOM vô hình; hãy lưu dưới dạng UTF-8 không có BOM"))
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = data[exc.start]
        issues.append(error(Loc(path, line, column), "not-utf8",
                            f"byte 0x{byte:02X} is not UTF-8 text; save the file with UTF-8 encoding "
                            "(Vietnamese letters saved in another encoding look like this)",
                            f"byte 0x{byte:02X} không phải văn bản UTF-8; hãy lưu tệp với bảng mã UTF-8 "
                            "(chữ tiếng Việt lưu bằng bảng mã khác sẽ bị như vậy)"))
        return None
    if "\r\n" in text:
        line = text.count("\n", 0, text.index("\r\n")) + 1
        issues.append(warning(Loc(path, line, len(text[:text.index("\r\n")].rsplit("\n", 1)[-1]) + 1),
                              "line-endings",
                              "Windows line endings (CRLF); save the file with Unix (LF) line endings",
                              "xuống dòng kiểu Windows (CRLF); hãy lưu tệp với kiểu xuống dòng Unix (LF)"))
        text = text.replace("\r\n", "\n")
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        issues.append(error(Loc(path, line, offset - text.rfind("\n", 0, offset)), "not-text",
                            "the file contains NUL bytes: it is not a text file",
                            "tệp chứa byte NUL: đây không phải tệp văn bản"))
        return None
    return text


def _tab_issues(path: str, text: str) -> list[Issue]:
    issues = []
    for match in _TAB_INDENT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        column = match.end() - match.start()
        issues.append(error(Loc(path, line, column), "tab-indent",
                            "a tab is used for indentation; YAML needs spaces: replace the tab with spaces",
                            "dùng phím Tab để thụt lề; YAML cần dấu cách: hãy thay Tab bằng dấu cách"))
    return issues


def _has_alias(path: str, text: str, issues: list[Issue]) -> bool:
    """Refuse `*alias` references: they can expand exponentially (the "billion laughs")."""
    try:
        for event in yaml.parse(text, Loader=Loader):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                issues.append(error(Loc(path, mark.line + 1, mark.column + 1), "yaml-alias",
                                    "YAML anchors and aliases (&name, *name) are not allowed; write the value out "
                                    "in full, or put a value that starts with '*' in quotes",
                                    "không dùng neo và tham chiếu YAML (&tên, *tên); hãy viết đầy đủ giá trị, hoặc "
                                    "đặt giá trị bắt đầu bằng '*' trong dấu ngoặc kép"))
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
                                        f"values are nested more than {MAX_DEPTH} levels deep; a record needs a few",
                                        f"giá trị lồng nhau quá {MAX_DEPTH} cấp; một bản ghi chỉ cần vài cấp"))
                    return True
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return False  # compose reports the syntax error with its position
    return False


def _syntax_issue(path: str, exc: yaml.MarkedYAMLError) -> Issue:
    mark = exc.problem_mark or exc.context_mark
    if (exc.context or "").startswith("while parsing a flow") and exc.context_mark:
        mark = exc.context_mark  # an unclosed bracket: point at where it opens
    loc = Loc(path, mark.line + 1, mark.column + 1) if mark else Loc(path)
    problem = (exc.problem or exc.context or "").strip()
    for prefix, en, vi in _PROBLEMS:
        if problem.startswith(prefix) or (exc.context or "").startswith(prefix):
            return error(loc, "yaml-syntax", f"YAML syntax: {en}", f"lỗi cú pháp YAML: {vi}")
    return error(loc, "yaml-syntax", f"YAML syntax: {problem}; check quotes, colons and indentation here",
                 f"lỗi cú pháp YAML ({problem}); hãy kiểm tra dấu ngoặc, dấu ':' và thụt lề ở đây")
