"""A renewal written into a product file (`ocop renew`): the current certificate goes into
`history` as it was (decision, signer, date, with the stars and score it gave), and the new
decision takes its place. The file is edited as text, so its comments and the order of its
fields stay as staff wrote them; only the certificate, stars, score and history lines change.

Before:                                  After:
    stars: 4                                 stars: 4
    score: 78.5                              certificate:
    certificate:                               decision: 567/QĐ-UBND
      decision: 1234/QĐ-UBND                   issued_by: UBND tỉnh Quảng Ninh
      issued_by: UBND tỉnh Quảng Ninh          issued_on: 2028-07-01
      issued_on: 2025-08-10                  history:
                                               - stars: 4
                                                 score: 78.5
                                                 decision: 1234/QĐ-UBND
                                                 issued_by: UBND tỉnh Quảng Ninh
                                                 issued_on: 2025-08-10
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import yaml

from generator.load.yamlfile import Loader
from generator.i18n import en_vi

MOVED = ("stars", "score", "score_parts")  # top-level fields that describe the old recognition too


@dataclass(frozen=True)
class Renewal:
    decision: str = ""
    issued_by: str = ""
    issued_on: str = ""
    stars: str = ""  # empty: keep the current stars
    score: str = ""  # empty: no score for the new recognition


class NotRenewable(ValueError):
    """The file has no certificate to move (the message says so in en and vi)."""

    def __init__(self, en: str, vi: str):
        super().__init__(en)
        self.en, self.vi = en, vi


def renew(text: str, new: Renewal) -> str:
    """The product file `text` with its certificate moved into history and `new` in its place."""
    from generator.skeletons import _value

    root = yaml.compose(text, Loader=Loader)
    if not isinstance(root, yaml.MappingNode):
        raise NotRenewable(*en_vi("the file is not a group of fields"))
    lines = text.split("\n")
    keys = {k.value: (k, v) for k, v in root.value if isinstance(k, yaml.ScalarNode)}
    if "certificate" not in keys or not isinstance(keys["certificate"][1], yaml.MappingNode):
        raise NotRenewable(*en_vi("the file has no certificate: to move; fill in its certificate first"))
    entry = [f"{name}: {_source(text, keys[name][1])}" for name in MOVED if name in keys]
    entry += [f"{k.value}: {_source(text, v)}" for k, v in keys["certificate"][1].value]
    edits: list[tuple[int, int, list[str]]] = []  # (first line, line after, new lines), 0-based
    cert_key, cert_value = keys["certificate"]
    indent = _child_indent(cert_value, 2)
    fresh = ["certificate:"] + [f"{' ' * indent}{name}:" + (f" {_value(key, value)}" if value else "")
                                for name, key, value in (
        ("decision", "certificate.decision", new.decision), ("issued_by", "certificate.issued_by", new.issued_by),
        ("issued_on", "certificate.issued_on", new.issued_on))]
    if "history" in keys:
        edits.append(_add_to_history(text, lines, *keys["history"], entry))
        edits.append((*_span(lines, root, cert_key), fresh))
    else:
        edits.append((*_span(lines, root, cert_key), fresh + ["history:"] + _item(entry, 2)))
    for name in ("score", "score_parts"):
        if name in keys:
            edits.append((*_span(lines, root, keys[name][0]), []))
    edits += _stars_and_score(lines, keys, new)
    for first, after, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        lines[first:after] = replacement
    return "\n".join(lines)


def _source(text: str, node: yaml.Node) -> str:
    """A value as it was written: its own text when on one line, else in flow style."""
    written = text[node.start_mark.index:node.end_mark.index]
    if "\n" not in written.strip():
        return written.strip()
    value = yaml.load(text[node.start_mark.index - node.start_mark.column:node.end_mark.index]
                      if isinstance(node, yaml.MappingNode) and node.flow_style is False else written,
                      Loader=yaml.BaseLoader)
    return json.dumps(value, ensure_ascii=False)


def _child_indent(node: yaml.MappingNode, default: int) -> int:
    if node.flow_style or not node.value:
        return default
    return node.value[0][0].start_mark.column


def _item(entry: list[str], indent: int) -> list[str]:
    pad = " " * indent
    return [f"{pad}- {entry[0]}"] + [f"{pad}  {line}" for line in entry[1:]]


def _span(lines: list[str], root: yaml.MappingNode, key: yaml.Node) -> tuple[int, int]:
    """The lines of a top-level field: from its key to the last line of its value, leaving the
    comments and blank lines before the next field where they are."""
    first = key.start_mark.line
    following = [k.start_mark.line for k, _ in root.value if k.start_mark.line > first]
    after = min(following) if following else len(lines)
    while after - 1 > first and (not lines[after - 1].strip() or lines[after - 1].lstrip().startswith("#")):
        after -= 1
    return first, after


def _add_to_history(text, lines, key, value, entry) -> tuple[int, int, list[str]]:
    if isinstance(value, yaml.SequenceNode) and not value.flow_style and value.value:
        first_item = value.value[0].start_mark
        indent = len(lines[first_item.line][:first_item.column].rstrip()) - 1  # where its "-" is
        last = max(item.end_mark.line - (1 if item.end_mark.column == 0 else 0) for item in value.value)
        while last > value.value[-1].start_mark.line and (not lines[last].strip() or lines[last].lstrip().startswith("#")):
            last -= 1
        return last + 1, last + 1, _item(entry, indent)
    items = [_source(text, item) for item in value.value] if isinstance(value, yaml.SequenceNode) else []
    first = key.start_mark.line
    after = value.end_mark.line + (0 if value.end_mark.column == 0 else 1)
    return first, max(after, first + 1), ["history:"] + [f"  - {item}" for item in items] + _item(entry, 2)


def _stars_and_score(lines: list[str], keys: dict, new: Renewal) -> list[tuple[int, int, list[str]]]:
    edits = []
    if "stars" in keys and new.stars:
        node = keys["stars"][1]
        line = lines[node.start_mark.line]
        end = node.end_mark.column if node.end_mark.line == node.start_mark.line else len(line)
        replacement = [line[:node.start_mark.column] + new.stars + line[end:]]
        if new.score:
            replacement.append(f"score: {new.score}")
        edits.append((node.start_mark.line, node.start_mark.line + 1, replacement))
    elif new.score:
        at = keys["certificate"][0].start_mark.line
        edits.append((at, at, [f"score: {new.score}"]))
    return edits
