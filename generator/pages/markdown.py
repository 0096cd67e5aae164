"""The records' Markdown (description, story, about) rendered to HTML that is safe to inline.

Staff write Markdown; anyone who can open a pull request can write anything. So:

- raw HTML is never passed through: `<script>`, `<iframe>` and `<img onerror=…>` are shown as the
  text they are (Python-Markdown's HTML block and inline HTML handlers are removed, so its
  serializer escapes them like any other text);
- a link must go to http, https, mailto or tel, or be relative (`/san-pham/x/`, `#mua`, `../`);
  any other scheme (`javascript:`, `data:`, `vbscript:`, however spelled, with entities, tabs
  or mixed case) leaves the link text as plain text;
- an image must be relative (served by the site itself: no trackers, no hot-linking); any other
  image is replaced by its alt text.

URLs are judged as a browser reads them (the WHATWG URL parser): entities decoded, spaces and
controls around the URL and tabs and line breaks inside it dropped, and a backslash taken as a
slash. So a slash and a backslash before a host name, two backslashes before it, or
`/&#9;/host/x.png`, which a browser reads as `//host/x.png` (another host), are not relative.

Python-Markdown's defaults otherwise: emphasis, lists, headings, code, quotes, `<https://…>`
autolinks and `<name@example.vn>` (which it writes as entities to deter harvesters).
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

from generator.model.text import Text

LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
_EDGE_JUNK = "".join(chr(c) for c in range(0x21))  # what browsers strip around a URL
_INNER_JUNK = re.compile(r"[\t\n\r]")  # ... and what they remove inside one


def as_browser_reads(url: str) -> str:
    """`url` as a browser reads it in an attribute: entities decoded, surrounding controls and
    spaces and inner tabs and newlines dropped, backslashes taken as slashes (as browsers do for
    http and https URLs, and for relative URLs on an http or https page)."""
    seen = html.unescape(url.replace(AMP_SUBSTITUTE, "&"))
    return _INNER_JUNK.sub("", seen.strip(_EDGE_JUNK)).replace("\\", "/")


def url_scheme(url: str) -> str | None:
    """The scheme a browser would see in an attribute holding `url`, lowercased; None for a
    relative URL."""
    found = _SCHEME.match(as_browser_reads(url))
    return found.group(1).lower() if found else None


def is_safe_link(url: str) -> bool:
    """Whether `url` may be a link target: http(s), mailto, tel, or relative to this site (a
    network-path `//host` written in disguise is not)."""
    seen = as_browser_reads(url)
    found = _SCHEME.match(seen)
    if found:
        return found.group(1).lower() in LINK_SCHEMES
    return not seen.startswith("//")


def is_safe_image(url: str) -> bool:
    """Whether `url` may be an image source: relative, so served by the site itself."""
    seen = as_browser_reads(url)
    return _SCHEME.match(seen) is None and not seen.startswith("//")


def _to_text(elem: etree.Element, text: str | None = None) -> None:
    """Turn `elem` into a bare span: it keeps its content (or `text`), loses its attributes."""
    if text is not None:
        elem.text = text
    elem.tag = "span"
    elem.attrib.clear()


class _Sanitise(Treeprocessor):
    """Turns links and images with a forbidden URL into text. Runs after every other tree
    processor, so it sees the URLs as they will be written."""

    def run(self, root: etree.Element) -> None:
        for elem in root.iter():
            if elem.tag == "a" and not is_safe_link(elem.get("href", "")):
                _to_text(elem)
            elif elem.tag == "img" and not is_safe_image(elem.get("src", "")):
                _to_text(elem, elem.get("alt", ""))


class _SafeMarkdown(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_Sanitise(md), "ocop_sanitise", -10)


_local = threading.local()


def _converter() -> markdown.Markdown:
    """One converter per thread, reused: building one costs more than converting a paragraph."""
    if not hasattr(_local, "md"):
        _local.md = markdown.Markdown(extensions=[_SafeMarkdown()], output_format="html")
    return _local.md


def markdown_html(source: str) -> str:
    """`source` Markdown as safe HTML (see the module docstring)."""
    return _converter().reset().convert(source)


def text_html(text: Text | None, lang: str) -> str:
    """A record's Markdown field in `lang`, as safe HTML; "" when there is none. Vietnamese text
    shown on an English page (no translation yet) is wrapped in `<div lang="vi">`."""
    if text is None:
        return ""
    rendered = markdown_html(text.get(lang))
    shown = text.lang_of(lang)
    return rendered if shown == lang else f'<div lang="{shown}">{rendered}</div>'
