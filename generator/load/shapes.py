"""Shapes: what each field of a record may hold. One description serves two ends: the loader
checks YAML nodes against it (type, required, unknown keys, duplicate keys) and `ocop schema`
turns it into JSON Schema for editors, so the editor and the generator agree.

A shape's `check` returns the clean Python value, or MISSING after recording an issue.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable

import yaml

from generator.issues import Issue, error
from generator.model import hygiene
from generator.model.records import Loc
from generator.model.languages import DEFAULT, PRIMARY
from generator.model.text import Text as TextValue
from generator.load.addresses import email_problem, web_address_problem
from generator.i18n import en_vi

MISSING: Any = object()


@dataclass
class Ctx:
    """The state of checking one file: its path, the positions found, the issues raised."""

    path: str
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    langs: tuple[str, ...] = DEFAULT  # the configured languages: the keys localized text accepts

    def loc(self, node: yaml.Node) -> Loc:
        return Loc(self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    def fail(self, node: yaml.Node, key: str, rule: str, en: str, vi: str) -> Any:
        self.issues.append(error(self.loc(node), rule, *en_vi("{key}: {en}", key=key or 'file', en=en,
                                                              key_vi=key or 'tệp', vi=vi)))
        return MISSING


def nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _found(node: yaml.Node) -> tuple[str, str]:
    """How to describe what the user wrote, in English and Vietnamese."""
    if isinstance(node, yaml.MappingNode):
        return en_vi("a group of fields")
    if isinstance(node, yaml.SequenceNode):
        return en_vi("a list")
    shown = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    return f'"{shown}"', f'"{shown}"'


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and (
        node.tag == "tag:yaml.org,2002:null" or (node.value == "" and node.style is None))


class Shape:
    doc = ""

    def check(self, node: yaml.Node, key: str, ctx: Ctx) -> Any:
        raise NotImplementedError

    def schema(self) -> dict:
        raise NotImplementedError

    def _scalar(self, node: yaml.Node, key: str, ctx: Ctx, want_en: str, want_vi: str,
                role: str = hygiene.LINE) -> str | Any:
        """The text of a scalar node, NFC; MISSING (with an issue) when it is not a scalar or its
        text fails the hygiene checks of `role` (generator/model/hygiene.py)."""
        if isinstance(node, yaml.ScalarNode):
            value = nfc(node.value)
            bad = hygiene.problem(value, role)
            if bad is not None:
                return ctx.fail(node, key, "bad-text", *bad)
            return value
        found_en, found_vi = _found(node)
        return ctx.fail(node, key, "wrong-type", *en_vi("expected {want_en}, found {found_en}", want_en=want_en,
                                                        found_en=found_en, want_vi=want_vi, found_vi=found_vi))


@dataclass
class Str(Shape):
    """Any text; YAML's own typing is ignored so `0912345678` keeps its leading zero."""

    doc: str = ""
    pattern: str | None = None
    hint: tuple[str, str] | None = None  # (en, vi) description of the expected form
    role: str = hygiene.LINE  # what the text is, for its hygiene checks and length limit

    def check(self, node, key, ctx):
        value = self._scalar(node, key, ctx, *en_vi("text"), self.role)
        if value is MISSING or not self.pattern or re.fullmatch(self.pattern, value):
            return value
        en, vi = self.hint or en_vi("text matching {pattern}", pattern=self.pattern)
        return ctx.fail(node, key, "bad-format", *en_vi('expected {en}, found "{short}"', en=en,
                                                        short=_short(value), vi=vi))

    def schema(self):
        out: dict = {"type": "string", "maxLength": hygiene.LIMITS[self.role]}
        if self.pattern:
            out["pattern"] = f"^(?:{self.pattern})$"
        return _doc(out, self.doc)


def _short(value: str) -> str:
    return value if len(value) <= 60 else value[:57] + "..."


SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"


def Slug(doc: str = "") -> Str:  # noqa: N802 - reads like a type in shape tables
    return Str(doc, SLUG, en_vi("a slug: lowercase letters a-z, digits and hyphens, e.g. ha-long"))


@dataclass
class Url(Shape):
    doc: str = ""
    https_only: bool = False

    def check(self, node, key, ctx):
        value = self._scalar(node, key, ctx, *en_vi("a web address"))
        if value is MISSING:
            return value
        bad = web_address_problem(value, self.https_only)
        if bad is None:
            return value
        return ctx.fail(node, key, "bad-url", *bad)

    def schema(self):
        scheme = "https" if self.https_only else "https?"
        pattern = f"^{scheme}://[^\\s\"'<>\\\\/@?#]+([/?#][^\\s\"'<>\\\\]*)?$"
        return _doc({"type": "string", "pattern": pattern, "maxLength": hygiene.LIMITS[hygiene.LINE]}, self.doc)


@dataclass
class Email(Shape):
    """An e-mail address, checked by a real parser (email-validator, without asking the network)."""

    doc: str = ""

    def check(self, node, key, ctx):
        value = self._scalar(node, key, ctx, *en_vi("an e-mail address"))
        if value is MISSING:
            return value
        bad = email_problem(value)
        if bad is None:
            return value
        return ctx.fail(node, key, "email-format", *bad)

    def schema(self):
        return _doc({"type": "string", "format": "email", "maxLength": 254}, self.doc)


@dataclass
class Text(Shape):
    """Localized text: a Vietnamese string, or {vi: ..., en: ..., zh: ...} with a key for each
    configured language (the file's `ctx.langs`); Vietnamese is required."""

    doc: str = ""
    markdown: bool = False
    role: str = hygiene.PROSE  # NAME for names and titles; Markdown text is always MARKDOWN

    def __post_init__(self):
        if self.markdown:
            self.role = hygiene.MARKDOWN

    def check(self, node, key, ctx):
        if isinstance(node, yaml.MappingNode):
            part = Str(role=self.role)
            parts = Obj(dict.fromkeys(ctx.langs, part), required={PRIMARY}).check(node, key, ctx)
            if parts is MISSING or PRIMARY not in parts:
                return MISSING
            return TextValue(parts[PRIMARY], **{k: v or None for k, v in parts.items() if k != PRIMARY})
        form = "{" + ", ".join(f"{code}: ..." for code in ctx.langs) + "}"
        value = self._scalar(node, key, ctx, *en_vi("text or {form}", form=form), self.role)
        return MISSING if value is MISSING else TextValue(value)

    def schema(self):
        ref = {hygiene.MARKDOWN: "markdown", hygiene.NAME: "name"}.get(self.role, "text")
        return _doc({"$ref": f"#/$defs/{ref}"}, self.doc)


_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}


@dataclass
class Num(Shape):
    doc: str = ""
    integer: bool = False
    minimum: float | None = None
    maximum: float | None = None

    def check(self, node, key, ctx):
        want = en_vi("a whole number") if self.integer else en_vi("a number")
        if not isinstance(node, yaml.ScalarNode) or node.tag not in _NUMBER_TAGS or node.style:
            found_en, found_vi = _found(node)
            return ctx.fail(node, key, "wrong-type", *en_vi("expected {want}, found {found_en}", want=want[0],
                                                            found_en=found_en, want_vi=want[1], found_vi=found_vi))
        try:
            value = float(node.value.replace("_", ""))
        except ValueError:
            value = float("nan")
        if value != value or value in (float("inf"), float("-inf")) or (self.integer and value != int(value)):
            return ctx.fail(node, key, "wrong-type", *en_vi('expected {want}, found "{value}"', want=want[0],
                                                            value=node.value, want_vi=want[1]))
        if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
            return ctx.fail(node, key, "out-of-range",
                            *en_vi("expected a value from {minimum} to {maximum}, found {value}",
                                   minimum=_n(self.minimum), maximum=_n(self.maximum), value=node.value))
        return int(value) if self.integer else value

    def schema(self):
        out: dict = {"type": "integer" if self.integer else "number"}
        if self.minimum is not None:
            out["minimum"] = self.minimum
        if self.maximum is not None:
            out["maximum"] = self.maximum
        return _doc(out, self.doc)


def _n(value: float | None) -> str:
    if value is None:
        return "…"
    return f"{value:g}"


def Int(doc: str = "", minimum: float | None = None, maximum: float | None = None) -> Num:  # noqa: N802
    return Num(doc, True, minimum, maximum)


# Dates a record may hold: anything later would overflow date arithmetic (a fair's calendar entry
# ends the day after its last day; a certificate expires 36 months after it is issued).
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)

_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


@dataclass
class Date(Shape):
    doc: str = ""

    def check(self, node, key, ctx):
        value = self._scalar(node, key, ctx, *en_vi("a date YYYY-MM-DD"))
        if value is MISSING:
            return value
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                return ctx.fail(node, key, "bad-date", *en_vi('"{value}" is not a real date', value=value))
            if not FIRST_DAY <= day <= LAST_DAY:
                return ctx.fail(node, key, "bad-date",
                                *en_vi("{value} is outside the dates a catalogue can hold ({FIRST_DAY} to "
                                       "{LAST_DAY}); check the year", value=value, FIRST_DAY=FIRST_DAY,
                                       LAST_DAY=LAST_DAY))
            return day
        hint_en = hint_vi = ""
        dmy = _DMY.fullmatch(value)
        if dmy:
            iso = f"{dmy.group(3)}-{int(dmy.group(2)):02d}-{int(dmy.group(1)):02d}"
            hint_en, hint_vi = en_vi(" (write {iso})", iso=iso)
        return ctx.fail(node, key, "bad-date", *en_vi("expected a date written YYYY-MM-DD, found "
                                                      '"{value}"{hint_en}', value=value, hint_en=hint_en,
                                                      hint_vi=hint_vi))

    def schema(self):
        return _doc({"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}, self.doc)


@dataclass
class Enum(Shape):
    """One of `choices`; `names` maps other accepted spellings (Vietnamese names such as
    "hợp tác xã") to the choice they stand for, compared without case."""

    choices: tuple
    doc: str = ""
    names: dict = field(default_factory=dict)

    def check(self, node, key, ctx):
        if isinstance(node, yaml.ScalarNode):
            for choice in self.choices:
                if str(choice) == node.value:
                    return choice
            named = self.names.get(" ".join(nfc(node.value).casefold().split()))
            if named is not None:
                return named
        found_en, found_vi = _found(node)
        listed = ", ".join(str(c) for c in self.choices)
        by_choice = {choice: name for name, choice in reversed(list(self.names.items()))}
        listed_vi = ", ".join(f"{c} ({by_choice[c]})" if c in by_choice else str(c) for c in self.choices)
        return ctx.fail(node, key, "not-allowed", *en_vi("expected one of {listed}; found {found_en}", listed=listed,
                                                         found_en=found_en, listed_vi=listed_vi, found_vi=found_vi))

    def schema(self):
        return _doc({"enum": [*self.choices, *self.names]}, self.doc)


@dataclass
class List(Shape):
    item: Shape
    doc: str = ""

    def check(self, node, key, ctx):
        if not isinstance(node, yaml.SequenceNode):
            found_en, found_vi = _found(node)
            return ctx.fail(node, key, "wrong-type", *en_vi("expected a list (lines starting with '- '), found "
                                                            "{found_en}", found_en=found_en, found_vi=found_vi))
        out = []
        for index, child in enumerate(node.value):
            child_key = f"{key}[{index}]"
            ctx.positions[child_key] = (child.start_mark.line + 1, child.start_mark.column + 1)
            if _is_null(child):
                ctx.fail(child, child_key, "empty-value", *en_vi("this list item is empty; remove the '-' line"))
                continue
            value = self.item.check(child, child_key, ctx)
            if value is not MISSING:
                out.append(value)
        return out

    def schema(self):
        return _doc({"type": "array", "items": self.item.schema()}, self.doc)


@dataclass
class Obj(Shape):
    fields: dict[str, Shape]
    required: set[str] = field(default_factory=set)
    doc: str = ""

    def check(self, node, key, ctx):
        if not isinstance(node, yaml.MappingNode):
            found_en, found_vi = _found(node)
            return ctx.fail(node, key, "wrong-type", *en_vi("expected a group of fields (key: value), found "
                                                            "{found_en}", found_en=found_en, found_vi=found_vi))
        out: dict[str, Any] = {}
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            name = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
            path = f"{key}.{name}" if key else name
            if not self._known_key(key_node, name, path, seen, ctx):
                continue
            seen[name] = key_node
            ctx.positions[path] = (value_node.start_mark.line + 1, value_node.start_mark.column + 1)
            if _is_null(value_node):
                continue
            value = self.fields[name].check(value_node, path, ctx)
            if value is not MISSING:
                out[name] = value
        for name in sorted(self.required - set(seen)):
            path = f"{key}.{name}" if key else name
            ctx.fail(node, path, "missing-field", *en_vi("required field is missing; add it"))
        for name in sorted(self.required & set(seen) - set(out)):
            if _is_null_value(node, name):
                path = f"{key}.{name}" if key else name
                ctx.fail(seen[name], path, "missing-field", *en_vi("required field has no value; fill it in"))
        return out

    def _known_key(self, key_node, name, path, seen, ctx) -> bool:
        if name in seen:
            first = seen[name].start_mark.line + 1
            ctx.fail(key_node, path, "duplicate-key",
                     *en_vi("this key is written twice (first on line {first}); keep only one", first=first))
            return False
        if name in self.fields:
            return True
        close = difflib.get_close_matches(name, list(self.fields), n=1, cutoff=0.6)
        tip_en = f'; did you mean "{close[0]}"?' if close else f"; allowed: {', '.join(self.fields)}"
        tip_vi = f'; có phải ý bạn là "{close[0]}"?' if close else f"; các trường hợp lệ: {', '.join(self.fields)}"
        ctx.fail(key_node, path, "unknown-key", *en_vi("unknown field{tip_en}", tip_en=tip_en, tip_vi=tip_vi))
        return False

    def schema(self):
        out = {
            "type": "object",
            "properties": {name: shape.schema() for name, shape in self.fields.items()},
            "additionalProperties": False,
        }
        if self.required:
            out["required"] = sorted(self.required)
        return _doc(out, self.doc)


def _is_null_value(node: yaml.MappingNode, name: str) -> bool:
    return any(k.value == name and _is_null(v) for k, v in node.value if isinstance(k, yaml.ScalarNode))


@dataclass
class OneOf(Shape):
    """Several object shapes told apart by which keys are present: `pick` returns the index."""

    options: list[Obj]
    pick: Callable[[set[str]], int]
    doc: str = ""

    def check(self, node, key, ctx):
        keys = {k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)} \
            if isinstance(node, yaml.MappingNode) else set()
        return self.options[self.pick(keys)].check(node, key, ctx)

    def schema(self):
        return _doc({"oneOf": [o.schema() for o in self.options]}, self.doc)


@dataclass
class ShortOrLong(Shape):
    """A value written short (a scalar) or long (a group of fields holding it under `key` and more
    beside it): a photo is `chai.jpg` or `{file: chai.jpg, caption: ...}`. The loader always
    gives the long form."""

    short: Shape
    long: Obj
    key: str
    doc: str = ""

    def check(self, node, key, ctx):
        if isinstance(node, yaml.MappingNode):
            return self.long.check(node, key, ctx)
        value = self.short.check(node, key, ctx)
        return MISSING if value is MISSING else {self.key: value}

    def schema(self):
        return _doc({"anyOf": [self.short.schema(), self.long.schema()]}, self.doc)


def _doc(out: dict, doc: str) -> dict:
    if doc:
        out["description"] = doc
    return out


def definitions(langs: tuple[str, ...] = DEFAULT) -> dict:
    """Shared JSON Schema definitions referenced by the shapes; localized text takes a key for
    each of the configured `langs`."""
    def text(limit: int) -> dict:
        string = {"type": "string", "minLength": 1, "maxLength": limit}
        properties = {code: string if code == PRIMARY else {**string, "minLength": 0} for code in langs}
        return {"anyOf": [string, {"type": "object", "properties": properties,
                                   "required": [PRIMARY], "additionalProperties": False}]}

    form = "{" + ", ".join(f"{code}: ..." for code in langs) + "}"
    return {"name": {**text(hygiene.LIMITS[hygiene.NAME]), "description": f"A name: Vietnamese, or {form}"},
            "text": {**text(hygiene.LIMITS[hygiene.PROSE]), "description": f"Vietnamese text, or {form}"},
            "markdown": {**text(hygiene.LIMITS[hygiene.MARKDOWN]),
                         "description": f"Markdown, Vietnamese or {form}; raw HTML is not rendered"}}


@dataclass
class Hint(Shape):
    """A shape with extra JSON Schema hints for editors (enum, pattern, examples). The loader
    checks as `shape` does; the rules give the precise, friendlier messages."""

    shape: Shape
    extra: dict

    def check(self, node, key, ctx):
        return self.shape.check(node, key, ctx)

    def schema(self):
        return {**self.shape.schema(), **self.extra}
