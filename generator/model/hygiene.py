"""Text hygiene: what a value in a record may contain, whatever the field.

Records are written by staff, copied from web pages and word processors, and may come from
anyone who can open a pull request. So, checked on every text value as it is loaded:

- control characters (C0, DEL, C1) are errors; a line break only in Markdown (multi-line) text;
- bidirectional overrides and isolates (U+202A–202E, U+2066–2069) are errors anywhere: they
  make text read differently from what it is ("Trojan Source");
- invisible characters (zero-width space and joiners, word joiner, soft hyphen, BOM, direction
  marks) are errors in names, identifiers, addresses and other one-line values; prose may keep
  them (emoji sequences need the zero-width joiner);
- a name that is blank once spaces and invisible characters are removed is an error;
- every value has an upper length (the limit is in the message), so one record cannot become a
  page of many megabytes.

The common case costs one `str.isprintable` per value, and for names and identifiers one search
for the few invisible characters that count as printable.
"""

from __future__ import annotations

import re
import unicodedata
from generator.i18n import en_vi

# What a field holds, for the checks and limits below.
NAME = "name"  # names and titles: one line, no invisible characters, not blank
LINE = "line"  # identifiers, addresses, numbers written as text, URLs: one line, no invisible characters
PROSE = "prose"  # short localized text (theme, packaging, usage): one line, invisible characters allowed
MARKDOWN = "markdown"  # description, story, about, summary: several lines

LIMITS = {NAME: 300, LINE: 1000, PROSE: 2000, MARKDOWN: 20000}

_BIDI = "\u202a-\u202e\u2066-\u2069"
_INVISIBLE = "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0"
_CONTROL = "\x00-\x09\x0b-\x1f\x7f-\x9f"
# Anything any check could object to (line break included): the fast path is "not found".
_SUSPECT = re.compile(f"[{_CONTROL}\n{_BIDI}{_INVISIBLE}]")
_CONTROL_RE = re.compile(f"[{_CONTROL}]")
_BIDI_RE = re.compile(f"[{_BIDI}]")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")


def describe(char: str) -> str:
    """U+202E RIGHT-TO-LEFT OVERRIDE; U+0009 (a control character) for those without a name."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}" if name else f"U+{ord(char):04X}"


def problem(value: str, role: str) -> tuple[str, str] | None:
    """(en, vi) saying what is wrong with `value` for a field of `role`, or None when it is clean."""
    limit = LIMITS[role]
    if len(value) > limit:
        return en_vi("the text is {n_value:,} characters long; at most {limit:,} are allowed here: shorten it",
                       n_value=len(value), limit=limit)
    # Quick answer: control, format (bidi, zero-width) and line-separator characters are not
    # printable; the few invisible characters that are (Hangul fillers) are looked for only where
    # they are errors.
    if value.isprintable() and (role in (PROSE, MARKDOWN) or _INVISIBLE_RE.search(value) is None):
        if role == NAME and not value.strip():
            return _BLANK
        return None
    bidi = _BIDI_RE.search(value)
    if bidi:
        what = describe(bidi.group())
        return en_vi("an invisible direction override ({what}) at character {start}: it makes the text read "
                       "differently from what it is; delete it and retype the text", what=what,
                       start=bidi.start() + 1)
    for found in _CONTROL_RE.finditer(value):
        what = describe(found.group())
        return en_vi("an invisible control character ({what}) at character {start}; delete it and retype the text",
                       what=what, start=found.start() + 1)
    if role != MARKDOWN and "\n" in value:
        at = value.index("\n") + 1
        return en_vi("a line break at character {at}; this field is one line: join the lines (or use `>-` to "
                       "fold a long value)", at=at)
    if role == NAME and not visible(value):
        return _BLANK
    if role in (NAME, LINE):
        hidden = _INVISIBLE_RE.search(value)
        if hidden:
            what = describe(hidden.group())
            return en_vi("an invisible character ({what}) at character {start}; names and identifiers must be "
                           "plain text: delete it", what=what, start=hidden.start() + 1)
    return None


_BLANK = en_vi("the name is blank (only spaces or invisible characters); write the name")


def visible(text: str) -> str:
    """`text` without invisible characters and spaces."""
    return "".join(_INVISIBLE_RE.sub("", text).split())


def shown(text: str) -> str:
    """`text` safe to print on a terminal or in a CI log: control characters, direction
    overrides and invisible characters written as escapes (\\x1b, \\u202e), so no escape
    sequence from a record reaches a reviewer's terminal and no text is reordered."""
    if _SUSPECT.search(text) is None:
        return text
    return _SUSPECT.sub(_escape, text)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
