"""Every string field the JSON Schemas define holds hostile text, and nothing of it acts.

The fields come from the schemas (generator/schema.py, the same shapes the loader checks), not
from a list written here: a field added next year is covered without anyone remembering it.
Each payload below goes into every string field of one record of each kind (and of one
locality; the province's own fields take the first markup payloads together). A payload that the
validator refuses must be refused with an error on the field's own line; whatever it accepts is
built into one site, in which:

- Chromium opens every page: no dialog, no request to another origin, no element or attribute a
  payload carries, no link with a scheme other than http(s), mailto, tel or geo;
- the search page and the label check show the payload records without running them;
- the JSON, CSV, calendars, sitemap and booklets hold the text as data: parsed back, it is what
  the record said, and no CSV cell starts a formula, no calendar line a property of its own.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
import os
import re
import unicodedata
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.rules import validate
from generator.schema import schema_for
from generator.load.settings import configured_languages
from tests.browser import serve
from tests.sitebuild import EPOCH, scaffold

# every language the sample's mkdocs.yml configures (the build copies it): a zh field is a field too
LANGS = configured_languages(Path(__file__).resolve().parent.parent).codes

TODAY = dt.date(2026, 11, 23)

PAYLOADS = [
    "<img src=x onerror=alert(1) data-pwn>",
    "<script data-pwn>alert(2)</script>",
    "</script><script data-pwn>alert(3)</script><!--",
    "\"'><svg onload=alert(4) data-pwn>",
    "' autofocus onfocus=alert(5) data-pwn x='",
    "UBND tỉnh X <b onmouseover=alert(6) data-pwn>x</b>",
    "</title></textarea></style><iframe data-pwn src=//evil.invalid/></iframe>",
    "javascript:alert(7)",
    " JaVa\tScRiPt:alert(8)",
    "&#106;avascript:alert(9)",
    "data:text/html,<script data-pwn>alert(10)</script>",
    "https://evil.invalid/x\"onmouseover=alert(11) data-pwn=\"",
    "https://ocopx.invalid/?a=1&b=2",
    "![a](//evil.invalid/a.png) ![b](/\\evil.invalid/b.png) ![c](\\\\evil.invalid\\c.png) "
    "![d](/&#9;/evil.invalid/d.png) [e](javascript:alert(12)) [f](java&#9;script:alert(13)) "
    "[g](/\\evil.invalid/) <javascript:alert(14)>",
    "=HYPERLINK(\"https://evil.invalid\",\"x\")",
    "+1+1",
    "-2+3",
    "@SUM(1)",
    "a\r\nATTACH:https://evil.invalid/x",
    "x\ny",
    "\u202eevil",
    "tên\u200bẩn",
    "\x1b]0;owned\x07",
]
MARKUP = [p for p in PAYLOADS if not re.search(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]", p)]
N = len(PAYLOADS)
FOLDERS = {"product": "products", "producer": "producers", "fair": "fairs", "plan": "plans"}
REMOVE = object()


def _base(kind: str, i: int) -> dict:
    """A valid record of `kind` number `i`: its required values and its numbers. Every other
    string field is filled from the schema."""
    if kind == "product":
        return {"name": f"Sản phẩm ocopx {i:02d}", "producer": f"m{i:02d}", "category": "15", "stars": 4,
                "score": 78, "score_parts": {"a": 30, "b": 20, "c": 28},
                "certificate": {"decision": f"{i + 1}/QĐ-UBND", "issued_by": "UBND tỉnh Quảng Ninh",
                                "issued_on": dt.date(2025, 8, 10)},
                "locality": f"l{i:02d}", "description": f"Mô tả {i}", "price": {"from": 1000, "to": 2000},
                "history": [{"stars": 3, "issued_on": dt.date(2022, 1, 10)}],
                "where_to_buy": [{"name": "Gian hàng", "url": "https://shop.example.vn/"},
                                 {"name": "Cửa hàng", "address": "Số 1"}]}
    if kind == "producer":
        return {"name": f"Hợp tác xã ocopx {i:02d}", "kind": "cooperative", "locality": f"l{i:02d}",
                "location": {"lat": 21.0, "lon": 107.0}}
    if kind == "fair":
        return {"name": f"Hội chợ {i}", "starts_on": dt.date(2027, 1, 1), "ends_on": dt.date(2027, 1, 3),
                "venue": {"name": "Nhà văn hóa"}, "booths": 10, "exhibitors": [f"m{i:02d}"], "products": [f"p{i:02d}"]}
    if kind == "plan":
        return {"title": f"Kế hoạch {i}", "document": f"{i + 1}/KH-UBND", "issued_on": dt.date(2026, 1, 1),
                "period": {"from": dt.date(2025, 1, 1), "to": dt.date(2030, 12, 31)},
                "targets": [{"label": "Sản phẩm", "count": "products", "where": {"stars": [3, 4, 5]}, "target": 1},
                            {"label": "Tập huấn", "target": 10, "actual": 5, "as_of": dt.date(2026, 6, 1)}]}
    return {"name": "Quảng Ninh", "code": "22", "formerly": [{"name": "Hải Dương", "code": "30"}],
            "localities": [{"slug": f"l{j:02d}", "name": f"xã {j}", "kind": "commune"} for j in range(N)]}


# --- the schema's string fields --------------------------------------------------------------------------
def string_fields(schema: dict, path: tuple = ()) -> list[tuple[tuple, dict]]:
    """(path, field schema) of every string field: a path is keys and list indexes; a list of
    several shapes (oneOf, or anyOf: a photo's path or {file, caption}) has one item of each; text fields ({vi, en} or a string) are one."""
    if "$ref" in schema:
        return [(path, {"text": schema["$ref"].rsplit("/", 1)[1]})]
    if "oneOf" in schema or "anyOf" in schema:
        raise AssertionError(f"oneOf/anyOf outside a list at {path}")
    kind = schema.get("type")
    if kind == "object":
        out = []
        for name, sub in schema["properties"].items():
            out += string_fields(sub, path + (name,))
        return out
    if kind == "array":
        items = schema["items"]
        options = items.get("oneOf") or items.get("anyOf")
        if options:
            return [f for index, option in enumerate(options) for f in string_fields(option, path + (index,))]
        return string_fields(items, path + (0,))
    if kind == "string" or ("enum" in schema and all(isinstance(v, str) for v in schema["enum"])):
        return [(path, schema)]
    return []


def _get(doc, path):
    for key in path:
        if isinstance(doc, list):
            if key >= len(doc):
                return REMOVE
            doc = doc[key]
        elif isinstance(doc, dict):
            if key not in doc:
                return REMOVE
            doc = doc[key]
        else:
            return REMOVE
    return doc


def _set(doc, path, value):
    for index, key in enumerate(path[:-1]):
        nxt = path[index + 1]
        if isinstance(doc, list):
            while len(doc) <= key:
                doc.append([] if isinstance(nxt, int) else {})
        elif key not in doc:
            doc[key] = [] if isinstance(nxt, int) else {}
        doc = doc[key]
    last = path[-1]
    if isinstance(doc, list):
        while len(doc) <= last:
            doc.append(None)
    doc[last] = value


def _remove(doc, path, base):
    """Take the value at `path` out of `doc` (back to the base record's when it has one), and
    any list or group left empty that the base record does not have."""
    kept = _get(base, path)
    if kept is not REMOVE:
        _set(doc, path, copy.deepcopy(kept))
        return
    parent = _get(doc, path[:-1])
    if isinstance(parent, list):
        parent[path[-1]] = None  # a hole, dropped when written
    elif isinstance(parent, dict):
        parent.pop(path[-1], None)
    for cut in range(len(path) - 1, 0, -1):
        holder = _get(doc, path[:cut])
        if (holder in ({}, []) or (isinstance(holder, list) and all(x is None for x in holder))) \
                and _get(base, path[:cut]) is REMOVE:
            _remove_key(doc, path[:cut])


def _remove_key(doc, path):
    parent = _get(doc, path[:-1])
    if isinstance(parent, dict):
        parent.pop(path[-1], None)
    elif isinstance(parent, list):
        parent[path[-1]] = None


def _value(base_value, field: dict, payload: str):
    """The payload for a field: after the base record's text when it has free text there."""
    if "text" in field:  # the English text without the base: a CSV cell that starts with the payload
        return {"vi": f"{base_value} {payload}" if isinstance(base_value, str) else payload,
                **{code: payload for code in LANGS if code != "vi"}}
    if isinstance(base_value, str) and not ({"pattern", "format", "enum"} & set(field)):
        return f"{base_value} {payload}"
    return payload


# --- writing YAML, one value per line ----------------------------------------------------------------
def _quoted(text: str) -> str:
    out = ['"']
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20 or 0x7f <= code <= 0x9f or unicodedata.category(char) in ("Cf", "Zl", "Zp", "Co", "Cn"):
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    return "".join(out) + '"'


def _scalar(value) -> str:
    if isinstance(value, str):
        return _quoted(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def to_yaml(doc) -> tuple[str, dict[int, tuple]]:
    """The document as YAML, and the path of the value on each line."""
    lines: list[str] = []
    where: dict[int, tuple] = {}

    def add(text, path):
        lines.append(text)
        where[len(lines)] = path

    def mapping(values, path, indent, prefix=""):
        for n, (key, value) in enumerate(values.items()):
            lead = indent + (prefix if n == 0 else " " * len(prefix))
            node(value, path + (key,), f"{lead}{key}:", len(lead) + 2)

    def node(value, path, head, child):
        pad = " " * child
        if isinstance(value, dict) and _is_text(path):
            add(head, path)
            for lang, text in value.items():
                add(f"{pad}{lang}: {_scalar(text)}", path)
        elif isinstance(value, dict):
            add(head, path)
            mapping(value, path, pad)
        elif isinstance(value, list):
            items = [(i, v) for i, v in enumerate(value) if v is not None]
            add(head if items else f"{head} []", path)
            for i, item in items:
                if isinstance(item, dict) and not _is_text(path + (i,)):
                    mapping(item, path + (i,), pad, "- ")
                else:
                    node(item, path + (i,), f"{pad}-", child + 2)
        else:
            add(f"{head} {_scalar(value)}", path)

    mapping(doc, (), "")
    return "\n".join(lines) + "\n", where


_TEXT_PATHS: set[tuple] = set()


def _is_text(path: tuple) -> bool:
    return tuple(k if isinstance(k, str) else 0 for k in path) in _TEXT_PATHS


# --- the catalogue -----------------------------------------------------------------------------------------
class Hostile:
    """Every record of the payload catalogue, and which payloads each field refused."""

    def __init__(self, root: Path):
        self.root = root
        self.fields = {kind: string_fields(schema_for(kind, LANGS)) for kind in (*FOLDERS, "province")}
        for found in self.fields.values():
            for path, field in found:
                if "text" in field:
                    _TEXT_PATHS.add(tuple(k if isinstance(k, str) else 0 for k in path))
        self.docs: dict[str, tuple[dict, dict]] = {}  # file -> (document, base)
        self.refused: dict[tuple[str, tuple], list] = {}  # (file, field) -> issues that refused it
        for kind, folder in FOLDERS.items():
            for i, payload in enumerate(PAYLOADS):
                base = _base(kind, i)
                doc = copy.deepcopy(base)
                for path, field in self.fields[kind]:
                    _set(doc, path, _value(_get(base, path), field, payload))
                self.docs[f"{folder}/{'pmfk'[list(FOLDERS).index(kind)]}{i:02d}.yml"] = (doc, base)
        base = _base("province", 0)
        doc = copy.deepcopy(base)
        for path, field in self.fields["province"]:
            if path[0] == "localities":
                for j, payload in enumerate(PAYLOADS):
                    place = (path[0], j, *path[2:])
                    _set(doc, place, _value(_get(base, place), field, payload))
            else:
                _set(doc, path, _value(_get(base, path), field, " ".join(MARKUP[:4])))
        self.docs["province.yml"] = (doc, base)

    def settle(self) -> list:
        """Write the files; take out each value refused by an error, until there is none."""
        for _ in range(8):
            lines = {}
            for rel, (doc, _) in self.docs.items():
                text, lines[rel] = to_yaml(doc)
                (self.root / rel).parent.mkdir(parents=True, exist_ok=True)
                (self.root / rel).write_text(text, encoding="utf-8")
            _, issues = validate(str(self.root), TODAY, langs=LANGS)
            errors = [i for i in issues if i.severity == "error"]
            if not errors:
                return issues
            for issue in errors:
                path = lines.get(issue.loc.path, {}).get(issue.loc.line)
                assert path is not None, f"an error not on a payload's line: {issue}"
                doc, base = self.docs[issue.loc.path]
                self.refused.setdefault((issue.loc.path, path), []).append(issue)
                _remove(doc, path, base)
        raise AssertionError("the payload catalogue does not settle: " + "\n".join(map(str, errors[:20])))

    def carried(self, rel: str, path: tuple):
        return _get(self.docs[rel][0], path)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    import subprocess
    import sys

    root = tmp_path_factory.mktemp("hostile")
    catalogue = Hostile(root)
    issues = catalogue.settle()
    scaffold(root)
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(root / "mkdocs.yml"), "-d",
                          str(root / "site")], capture_output=True, text=True, cwd=root,
                         env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"})
    assert run.returncode == 0, run.stderr[-3000:]
    return catalogue, issues, root / "site"


def test_the_fields_come_from_the_schemas(hostile):
    catalogue, _, _ = hostile
    fields = {kind: {p for p, _ in found} for kind, found in catalogue.fields.items()}
    assert ("certificate", "issued_by") in fields["product"] and ("where_to_buy", 1, "address") in fields["product"]
    assert ("localities", 0, "name") in fields["province"] and ("notice",) in fields["province"]
    assert sum(len(f) for f in fields.values()) >= 70


_HIDDEN = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_control_and_direction_characters_never_get_through(hostile):
    """Every error was on the line of a payload (Hostile.settle checks it); what is left holds
    no control character (but Markdown's line breaks) and no direction override."""
    catalogue, _, _ = hostile
    assert catalogue.refused

    def strings(value):
        if isinstance(value, dict):
            for v in value.values():
                yield from strings(v)
        elif isinstance(value, list):
            for v in value:
                yield from strings(v)
        elif isinstance(value, str):
            yield value

    for rel, (doc, _) in catalogue.docs.items():
        for text in strings(doc):
            assert not _HIDDEN.search(text), (rel, text)


# Where the markup payloads must have got through validation into the site (a floor: the test
# covers every field; these are the ones the issue names).
CARRIERS = [
    ("product", ("name",)), ("product", ("certificate", "decision")), ("product", ("certificate", "issued_by")),
    ("product", ("address_as_recognised",)), ("product", ("description",)), ("product", ("story",)),
    ("product", ("certificate", "revoked_reason")), ("product", ("where_to_buy", 1, "address")),
    ("producer", ("name",)), ("producer", ("address",)), ("producer", ("representative",)),
    ("producer", ("about",)), ("fair", ("name",)), ("fair", ("venue", "address")), ("fair", ("organisers", 0)),
    ("plan", ("title",)), ("plan", ("document",)), ("plan", ("targets", 0, "label")),
]


def test_markup_reaches_the_fields_that_show_it(hostile):
    catalogue, _, _ = hostile
    for kind, path in CARRIERS:
        rel = f"{FOLDERS[kind]}/{'pmfk'[list(FOLDERS).index(kind)]}00.yml"
        value = catalogue.carried(rel, path)
        shown = value["vi"] if isinstance(value, dict) else value
        assert isinstance(shown, str) and PAYLOADS[0] in shown, (rel, path, catalogue.refused.get((rel, path)))
    province = catalogue.docs["province.yml"][0]
    assert PAYLOADS[0] in province["name"]["vi"] and PAYLOADS[0] in province["notice"]["vi"]
    assert PAYLOADS[0] in province["localities"][0]["name"]["vi"]


_CHECK_PAGE = r"""() => {
  const bad = [];
  const allowed = new Set(["http:", "https:", "mailto:", "tel:", "geo:"]);
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      if (a.name.startsWith("on") || a.name === "data-pwn" || a.name === "autofocus") bad.push(el.outerHTML.slice(0, 160));
    }
    if (["IFRAME", "OBJECT", "EMBED", "BASE", "FRAME", "FRAMESET"].includes(el.tagName)) bad.push(el.tagName);
    if (el.tagName === "META" && el.httpEquiv) bad.push(el.outerHTML);
    if ((el.tagName === "A" || el.tagName === "AREA") && el.hasAttribute("href") && !allowed.has(el.protocol)) bad.push(el.href);
    if (["IMG", "SOURCE", "SCRIPT", "LINK", "VIDEO", "AUDIO", "INPUT"].includes(el.tagName)) {
      for (const name of ["src", "href", "srcset"]) {
        const v = el.getAttribute(name);
        if (!v || (el.tagName === "LINK" && /^(canonical|alternate)$/.test(el.rel))) continue;  // not fetched
        const urls = name === "srcset" ? v.split(",").map((c) => c.trim().split(/\s+/)[0]) : [v];
        for (const u of urls) {
          if (new URL(u, document.baseURI).origin !== location.origin) bad.push(el.outerHTML.slice(0, 160));
        }
      }
    }
  }
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try { JSON.parse(s.textContent); } catch (e) { bad.push("JSON-LD: " + e); }
  }
  return bad;
}"""


def test_no_page_runs_or_fetches_anything_of_the_payloads(hostile, browser):
    catalogue, _, site = hostile
    # Listings sorted by stars or date hold the same cards as the one sorted by name: skipped. The
    # staff editor (admin/) shows no record until a member of staff signs in: tests/test_admin.py.
    # Redirect pages (products/, data/schemas/) hold no record text and move on at once.
    pages = sorted(rel for rel in (p.relative_to(site).as_posix() for p in site.rglob("*.html"))
                   if not re.search(r"(^|/)catalogue/([a-z0-9-]+/)?(stars|newest)/|^admin/", rel)
                   and 'http-equiv="refresh"' not in (site / rel).read_text(encoding="utf-8"))
    assert len(pages) > 100
    with serve(site) as base:
        context = browser.new_context()
        page = context.new_page()
        dialogs: list[str] = []
        away: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
        page.on("request", lambda r: None if r.url.startswith((base, "data:", "blob:")) else away.append(r.url))
        found = {}
        for rel in pages:
            page.goto(base + rel, wait_until="load")
            bad = page.evaluate(_CHECK_PAGE)
            if bad:
                found[rel] = bad[:3]
        page.goto(base + "search/?q=ocopx")
        page.wait_for_selector("#ocop-search-results[aria-busy=false]", state="attached")
        assert page.locator(".ocop-card").count() > 0
        for card in page.locator(".ocop-card__name").all_inner_texts():
            assert "ocopx" in card
        bad = page.evaluate(_CHECK_PAGE)
        if bad:
            found["search/?q=ocopx"] = bad[:3]
        page.goto(base + "kiem-tra/?q=ocopx")  # the label check draws its list of matches
        page.wait_for_selector("#ocop-verify-result *", state="attached")
        assert "ocopx" in page.locator("#ocop-verify-result").inner_text()
        bad = page.evaluate(_CHECK_PAGE)
        if bad:
            found["kiem-tra/?q=…"] = bad[:3]
        shown = page.goto(base + "products/p00/")
        assert shown.ok and PAYLOADS[0] in page.locator("h1").inner_text()
        assert PAYLOADS[0] in page.title()
        context.close()
    assert found == {}
    assert dialogs == []
    assert away == []


def test_open_data_holds_the_text_as_data(hostile):
    from generator.pages.export import csv_value

    catalogue, _, site = hostile
    data = json.loads((site / "data" / "catalogue.json").read_text(encoding="utf-8"))
    names = {p["slug"]: p["name"]["vi"] for p in data["products"]}
    assert PAYLOADS[0] in names["p00"]
    rows = list(csv.DictReader(io.StringIO((site / "data" / "products.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == len(names)
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
        assert csv_value(row["name_vi"]) == names[row["slug"]]
    english = {csv_value(r["name_en"]) for r in rows}
    assert {"=HYPERLINK(\"https://evil.invalid\",\"x\")", "+1+1", "-2+3", "@SUM(1)"} <= english


def test_calendars_have_no_property_of_the_payloads(hostile):
    from icalendar import Calendar

    _, _, site = hostile
    allowed = {"BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "UID", "DTSTAMP", "DTSTART", "DTEND",
               "SUMMARY", "DESCRIPTION", "LOCATION", "URL"}
    files = list(site.rglob("*.ics"))
    assert len(files) > N
    for path in files:
        raw = path.read_bytes().decode("utf-8")
        assert "\r" not in raw.replace("\r\n", "")
        for line in raw.split("\r\n"):
            if line and not line.startswith(" "):
                assert re.match(r"[A-Z-]+", line).group() in allowed, line
        vietnamese = path.relative_to(site).parts[0] not in ("en", "zh")  # each language its own calendars
        for event in Calendar.from_ical(raw).walk("VEVENT"):
            summary = str(event["SUMMARY"])  # the name, whole: the Vietnamese one or a payload given as English
            assert summary.startswith("Hội chợ") or (not vietnamese and summary in PAYLOADS), (path, summary)


def test_sitemap_is_well_formed_and_names_only_the_site(hostile):
    _, _, site = hostile
    tree = ET.parse(site / "sitemap.xml")
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locs = [e.text for e in tree.iter(f"{ns}loc")]
    assert len(locs) > 100 and all(loc.startswith("https://example.github.io/ocop/") for loc in locs)
    assert all(re.fullmatch(r"[a-z0-9/:._-]+", loc) for loc in locs)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.bad: list = []

    def handle_starttag(self, tag, attrs):
        names = {name for name, _ in attrs}
        if "data-pwn" in names or any(n.startswith("on") for n in names) or tag in ("script", "iframe"):
            self.bad.append((tag, attrs))
        for name, value in attrs:
            if name in ("src", "href") and value and re.match(r"\s*(javascript|data:text|https?://evil|//)", value, re.I):
                self.bad.append((tag, attrs))


def test_booklets_hold_the_text_and_no_markup(hostile):
    from pypdf import PdfReader

    from generator.booklet.render import Booklet, BookletOptions
    from generator.pages.site import SiteData

    catalogue, _, site = hostile
    cat, _ = validate(str(catalogue.root), TODAY)
    booklet = Booklet(SiteData(cat, TODAY), BookletOptions(lang="vi", site_url="https://example.github.io/ocop/",
                                                           fonts=catalogue.root / "theme_overrides/assets/fonts",
                                                           cache=catalogue.root / ".cache/ocop"))
    for _, html in booklet.html_parts(booklet.pagination()):
        parser = _Tags()
        parser.feed(html)
        assert parser.bad == []
    for lang in ("vi", "en"):
        reader = PdfReader(site / f"booklet-{lang}.pdf")
        text = " ".join(page.extract_text() for page in reader.pages)
        assert "data-pwn" in text and "onerror=alert(1)" in text.replace("\n", "")
        for page in reader.pages:
            for annotation in page.get("/Annots") or []:
                target = annotation.get_object().get("/A", {}).get("/URI")
                assert target is None or str(target).startswith("https://example.github.io/ocop/"), target
