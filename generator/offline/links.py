"""One pass over one built page: internal links made to name files, the page marked offline, the
header's search box replaced by a link that says search needs the online site.

Only start tags are touched, each edited in place (an attribute value gets `index.html`
inserted), so everything else in the page stays byte for byte as MkDocs wrote it. Python's
`html.parser` finds the start tags, so text that merely looks like a tag (in scripts, comments,
attribute values) is never edited.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Collection
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote

from generator import i18n
from generator.model.languages import PRIMARY
from generator.pages.labels import label

# Attributes a visitor follows (click, submit): rewritten to name a file. Attributes the browser
# fetches by itself (photos, scripts) already name files; they are only checked.
FOLLOWED = frozenset({"href", "action", "formaction"})
FETCHED = frozenset({"src", "srcset", "poster"})
WATCHED = FOLLOWED | FETCHED
HEADER_SEARCH_CLASS = "ocop-header-search"
OFFLINE_ATTRIBUTE = "data-ocop-offline"

_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")
_ATTR = re.compile(r"""\s([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
_SVG = re.compile(r"<svg\b.*?</svg>", re.S)
_REFRESH = re.compile(r"""(\s*\d+\s*;\s*url\s*=\s*)(.*)""", re.I | re.S)

@dataclass(frozen=True)
class Rewritten:
    text: str
    links: int  # links changed to name a file
    broken: tuple[tuple[int, str], ...]  # (line, address) of addresses that lead to no file of the site


def file_link(page: str, value: str, files: Collection[str]) -> str | None:
    """The address `value`, written in the page at `page` (a path in the site, like
    "products/x/index.html"), as one that names a file; None when it leads to no file of the site.

    External addresses, fragments and the page itself (`?q=…`) come back as they are.
    >>> file_link("products/x/index.html", "../y/#photos", {"products/y/index.html"})
    '../y/index.html#photos'
    """
    if not value or value.startswith(("#", "//")) or _SCHEME.match(value):
        return value
    cut = _path_end(value)
    path, rest = value[:cut], value[cut:]
    if not path:
        return value
    target = _target(page, path)
    if target is None:
        return None
    if target in files and not path.endswith("/"):
        return value
    if (f"{target}/index.html" if target else "index.html") in files:
        return (path if path.endswith("/") else path + "/") + "index.html" + rest
    return None


def fetched_ok(page: str, value: str, files: Collection[str]) -> bool:
    """Whether an address the browser loads by itself (a photo, a script) is a file of the site."""
    if not value or value.startswith(("#", "//")) or _SCHEME.match(value):
        return True
    path = value[:_path_end(value)]
    return not path or _target(page, path) in files


def _path_end(value: str) -> int:
    ends = [i for i in (value.find("?"), value.find("#")) if i >= 0]
    return min(ends) if ends else len(value)


def _target(page: str, path: str) -> str | None:
    """The site path `path` leads to from `page`; None if it leaves the site or is absolute."""
    if path.startswith("/"):
        return None
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(path)))
    if joined == ".." or joined.startswith("../"):
        return None
    return "" if joined == "." else joined


def rewrite_page(text: str, page: str, files: Collection[str]) -> Rewritten:
    """The page `text`, found at site path `page`, as it must be in the offline copy."""
    scan = _Scan(text, page, files)
    scan.feed(text)
    scan.close()
    out, last = [], 0
    for start, end, new in sorted(scan.edits):
        out.append(text[last:start])
        out.append(new)
        last = end
    out.append(text[last:])
    return Rewritten("".join(out), scan.changed, tuple(scan.broken))


def header_link(href: str, lang: str, icon: str) -> str:
    """What stands in the header instead of the search box: a link to the search page, which
    lists what works from disk, saying in the page's language that search needs the online site."""
    lang = lang if lang in i18n.available() else PRIMARY
    short, long = label(lang, "offline_search_short"), label(lang, "offline_search_long")
    return (f'<a class="md-header__option ocop-header-offline" href="{html.escape(href)}" '
            f'title="{html.escape(long)}" aria-label="{html.escape(long)}">'
            f'<span class="md-header__button md-icon">{icon}</span>'
            f'<span class="ocop-header-offline__text">{html.escape(short)}</span></a>')


class _Scan(HTMLParser):
    def __init__(self, text: str, page: str, files: Collection[str]):
        super().__init__(convert_charrefs=False)
        self.text, self.page, self.files = text, page, files
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.edits: list[tuple[int, int, str]] = []
        self.broken: list[tuple[int, str]] = []
        self.changed = 0
        self.lang = "vi"
        self.header: tuple[int, str] | None = None  # start and search page address of the header form

    def at(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        self._tag(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, attrs)

    def _tag(self, tag, attrs):
        if self.header is not None:
            return
        if tag == "html":
            start = self.at()
            self.lang = dict(attrs).get("lang") or "vi"
            self.edits.append((start + 5, start + 5, f" {OFFLINE_ATTRIBUTE}"))
        if tag == "form" and HEADER_SEARCH_CLASS in (dict(attrs).get("class") or "").split():
            action = file_link(self.page, html.unescape(dict(attrs).get("action") or ""), self.files)
            if action is not None:
                self.header = (self.at(), action)
                return
        if tag == "meta" and (dict(attrs).get("http-equiv") or "").lower() == "refresh":
            self._refresh()
            return
        if not any(name in WATCHED for name, _ in attrs):
            return
        start, raw = self.at(), self.get_starttag_text()
        new_raw = self._attributes(raw)
        if new_raw != raw:
            self.edits.append((start, start + len(raw), new_raw))

    def handle_endtag(self, tag):
        if tag != "form" or self.header is None:
            return
        start, action = self.header
        end = self.text.index(">", self.at()) + 1
        icon = _SVG.search(self.text, start, end)
        self.edits.append((start, end, header_link(action, self.lang, icon.group(0) if icon else "")))
        self.header = None
        self.changed += 1

    def _attributes(self, raw: str) -> str:
        """The start tag `raw` with its followed addresses naming files; fetched ones checked."""
        name_end = re.match(r"<[^\s/>]*", raw).end()
        out, last = [], 0
        for match in _ATTR.finditer(raw, name_end):
            name, quoted = match.group(1).lower(), match.group(2)
            if quoted is None or (name not in FOLLOWED and name not in FETCHED):
                continue
            inner_start = match.start(2) + (1 if quoted[0] in "\"'" else 0)
            inner = quoted[1:-1] if quoted[0] in "\"'" else quoted
            if name in FETCHED:
                self._check_fetched(name, html.unescape(inner))
                continue
            new_inner = self._followed(inner)
            if new_inner != inner:
                out.append(raw[last:inner_start])
                out.append(new_inner)
                last = inner_start + len(inner)
        if not out:
            return raw
        out.append(raw[last:])
        return "".join(out)

    def _followed(self, inner: str) -> str:
        value = html.unescape(inner)
        new = file_link(self.page, value, self.files)
        if new is None:
            self.broken.append((self.getpos()[0], value))
            return inner
        if new == value:
            return inner
        self.changed += 1
        cut = _path_end(value)
        added = new[cut:len(new) - (len(value) - cut)]  # what file_link inserted after the path
        raw_cut = _path_end(inner)
        if html.unescape(inner[:raw_cut]) == value[:cut]:
            return inner[:raw_cut] + added + inner[raw_cut:]
        return html.escape(new)

    def _refresh(self) -> None:
        """A redirect page's `<meta http-equiv="refresh" content="0; url=…">` is followed like a link."""
        start, raw = self.at(), self.get_starttag_text()
        match = re.search(r"""\scontent\s*=\s*("[^"]*"|'[^']*')""", raw, re.I)
        refresh = _REFRESH.fullmatch(match.group(1)[1:-1]) if match else None
        if refresh is None:
            return
        inner_start = match.start(1) + 1 + refresh.start(2)
        inner = refresh.group(2)
        new_inner = self._followed(inner)
        if new_inner != inner:
            self.edits.append((start, start + len(raw),
                               raw[:inner_start] + new_inner + raw[inner_start + len(inner):]))

    def _check_fetched(self, name: str, value: str) -> None:
        addresses = [part.split()[0] for part in value.split(",") if part.strip()] if name == "srcset" else [value]
        self.broken.extend((self.getpos()[0], a) for a in addresses if not fetched_ok(self.page, a, self.files))
