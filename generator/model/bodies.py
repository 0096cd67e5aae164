"""Signing bodies read as names, the way decisions print them.

A body name has a grammar: optional titles ("Chủ tịch", "TM.", "KT."), then "UBND" / "Ủy ban nhân
dân" (any case, any tone placement), then a level word ("tỉnh", "thành phố", "TP", "TP.",
"huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu") and the unit's name, optionally
followed by ", tỉnh X" / ", thành phố X" naming its parent. Or "Bộ" and a ministry's name. Or a
body that advises but does not sign ("Sở …", "Hội đồng …").

The level comes from the body's first level word, matched with its diacritics before anything is
folded: "UBND thị xã Tịnh Biên" and "UBND huyện Sơn Tịnh" are districts ("Tịnh" is not "tỉnh"),
"UBND huyện Ba Chẽ, tỉnh Quảng Ninh" is a district, and "UBND thành phố Hà Tĩnh" is a city whose
level depends on whether Hà Tĩnh is centrally run (it is not: a district-level city).

Pure functions over strings and dates, tested with tables.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from generator.model.records import Province
from generator.model.regimes import CENTRAL_CITIES, MINISTRIES, Ministry
from generator.model.text import fold, name_key
from generator.i18n import en_vi

# Words before the body that say who signs for it: skipped.
_TITLES = ("tm", "kt", "phó chủ tịch", "chủ tịch", "bộ trưởng", "thứ trưởng")
_COMMITTEE = ("ubnd", "ủy ban nhân dân")
# Level words, and the tier each names ("city": province or district level, by the city).
LEVEL_WORDS = {
    "tỉnh": "province", "thành phố": "city", "tp": "city",
    "huyện": "district", "quận": "district", "q": "district", "thị xã": "district", "tx": "district",
    "xã": "commune", "phường": "commune", "thị trấn": "commune", "tt": "commune", "đặc khu": "commune",
}
# Names written as one word with their level word.
_FUSED = {"tphcm": ("city", "Hồ Chí Minh")}
# Bodies that prepare or advise but do not sign a recognition decision.
NON_SIGNING = (*en_vi("sở"), "văn phòng", "ban", "chi cục", "cục", "trung tâm", "phòng", "hđnd", "tổ")
_MINISTRY = ("bộ",)
_IGNORED_IN_MINISTRY = {"và", "&"}

_TOKEN = re.compile(r"\w+|,", re.U)


@dataclass(frozen=True, slots=True)
class Body:
    kind: str  # "committee" (a people's committee), "ministry", or "advisory" (does not sign)
    tier: str | None = None  # committee: "province", "city", "district", "commune"; None: no level word
    word: str = ""  # the level word as written, e.g. "thị xã"
    unit: str = ""  # the unit's name as written, e.g. "Tịnh Biên"; a ministry's name after "Bộ"
    parent: str | None = None  # ", tỉnh Quảng Ninh" -> "Quảng Ninh"
    ministry: Ministry | None = None  # the agriculture ministry under the name written; None: another


def _phrases(words) -> list[tuple[str, ...]]:
    return sorted((tuple(name_key(w).split()) for w in words), key=len, reverse=True)


_TITLE_P, _COMMITTEE_P, _MINISTRY_P, _NON_SIGNING_P = map(_phrases, (_TITLES, _COMMITTEE, _MINISTRY, NON_SIGNING))
_LEVEL_P = {tuple(name_key(w).split()): tier for w, tier in LEVEL_WORDS.items()}
_LEVEL_ORDER = sorted(_LEVEL_P, key=len, reverse=True)


def _match(keys: list[str], at: int, phrases) -> int:
    """The number of words of the longest phrase found at `at`, or 0."""
    for phrase in phrases:
        if tuple(keys[at:at + len(phrase)]) == phrase:
            return len(phrase)
    return 0


@lru_cache(maxsize=4096)  # a province prints few signers, thousands of times
def parse(text: str) -> Body | None:
    """The body named by `text`, or None when it follows no known pattern."""
    tokens = list(_TOKEN.finditer(text))
    keys = [name_key(t.group()) for t in tokens]
    at = 0
    while n := _match(keys, at, _TITLE_P):
        at += n
    if n := _match(keys, at, _MINISTRY_P):
        return _ministry(text, tokens, keys, at + n)
    if _match(keys, at, _NON_SIGNING_P):
        return Body("advisory", unit=_span(text, tokens, at, len(tokens)))
    committee = _match(keys, at, _COMMITTEE_P)
    at += committee
    if at < len(keys) and keys[at] in _FUSED:
        tier, unit = _FUSED[keys[at]]
        return Body("committee", tier, tokens[at].group(), unit, _parent(text, tokens, keys, at + 1))
    n = _match(keys, at, _LEVEL_ORDER)
    if not n:
        return Body("committee") if committee else None
    tier = _LEVEL_P[tuple(keys[at:at + n])]
    end = _unit_end(keys, at + n)
    return Body("committee", tier, _span(text, tokens, at, at + n), _span(text, tokens, at + n, end),
                _parent(text, tokens, keys, end))


def _unit_end(keys: list[str], start: int) -> int:
    """The unit's name runs to a comma or to a parent's level word (tỉnh, thành phố, TP)."""
    end = start
    while end < len(keys) and keys[end] != ",":
        n = _match(keys, end, _LEVEL_ORDER)
        if end > start and n and _LEVEL_P[tuple(keys[end:end + n])] in ("province", "city"):
            break
        end += 1
    return end


def _parent(text, tokens, keys, at: int) -> str | None:
    while at < len(keys) and keys[at] == ",":
        at += 1
    n = _match(keys, at, _LEVEL_ORDER)
    if n and _LEVEL_P[tuple(keys[at:at + n])] in ("province", "city"):
        end = at + n
        while end < len(keys) and keys[end] != ",":
            end += 1
        return _span(text, tokens, at + n, end) or None
    if at < len(keys) and keys[at] in _FUSED:
        return _FUSED[keys[at]][1]
    return None


def _span(text: str, tokens, start: int, end: int) -> str:
    return text[tokens[start].start():tokens[end - 1].end()] if start < end else ""


def _ministry(text, tokens, keys, at: int) -> Body:
    written = [k for k in keys[at:] if k not in _IGNORED_IN_MINISTRY and k != ","]
    for ministry in MINISTRIES:
        for spelling in (ministry.name.split(" ", 1)[1], *ministry.spellings):
            form = [k for k in map(name_key, _TOKEN.findall(spelling)) if k not in _IGNORED_IN_MINISTRY]
            if written[:len(form)] == form:
                return Body("ministry", unit=_span(text, tokens, at, len(tokens)), ministry=ministry)
    return Body("ministry", unit=_span(text, tokens, at, len(tokens)))


@lru_cache(maxsize=4096)
def place_key(name: str) -> str:
    """A place's name for comparison: its level word ("Tỉnh", "Thành phố", "TP", "TP.") dropped,
    diacritics folded (so tone placement and a forgotten mark do not matter), and a centrally-run
    city's other spellings ("HCM", "TP.HCM", "TPHCM") made its name."""
    keys = [name_key(t) for t in _TOKEN.findall(name) if t != ","]
    if keys and keys[0] in _FUSED:
        keys = name_key(_FUSED[keys[0]][1]).split()
    else:
        n = _match(keys, 0, [p for p, tier in _LEVEL_P.items() if tier in ("province", "city")])
        keys = keys[n:]
    folded = fold(" ".join(keys))
    return _CITY_SPELLINGS.get(folded, folded)


_CITY_SPELLINGS = {fold(s): fold(c.name) for c in CENTRAL_CITIES for s in c.spellings}
_CITY_SINCE = {fold(c.name): c.since for c in CENTRAL_CITIES}


@dataclass(frozen=True, slots=True)
class Home:
    """What the signer rules need to know of this catalogue's own province."""

    key: str  # place_key of its name
    city: bool
    city_since: dt.date | None
    names: frozenset[str]  # place keys of its name and of the provinces merged into it

    @classmethod
    def of(cls, province: Province | None) -> Home | None:
        if province is None:
            return None
        key = place_key(province.name.vi)
        former = {place_key(f.name.vi) for f in province.formerly}
        return cls(key, province.kind == "city", province.city_since, frozenset({key, *former}))


def central_city(name: str, home: Home | None) -> tuple[bool, dt.date | None]:
    """Whether "thành phố `name`" is a centrally-run city at all, and since when (None: for the
    whole period). The catalogue's own province.yml decides for its own name when it gives
    `city_since`; otherwise the table of centrally-run cities, then province.yml's `kind`."""
    key = place_key(name)
    if home and key == home.key and home.city and home.city_since:
        return True, home.city_since
    if key in _CITY_SINCE:
        return True, _CITY_SINCE[key]
    return bool(home and key == home.key and home.city), None


def is_central_city(name: str, day: dt.date | None, home: Home | None) -> bool:
    """Whether "thành phố `name`" was centrally run (province level) on `day` (None: today)."""
    central, since = central_city(name, home)
    return central and (since is None or day is None or since <= day)


def level_of(body: Body | None, day: dt.date | None, home: Home | None) -> str | None:
    """The level of government of `body` on `day`: "commune", "district", "province",
    "ministry", or None when the name does not tell (no level word; an advisory body)."""
    if body is None or body.kind == "advisory":
        return None
    if body.kind == "ministry":
        return "ministry"
    if body.tier == "city":
        central = body.parent is None and is_central_city(body.unit, day, home)
        return "province" if central else "district"
    return body.tier


def province_named(body: Body, level: str) -> str | None:
    """The province (or centrally-run city) a committee belongs to, as written, when it says."""
    if body.kind != "committee":
        return None
    return body.unit if level == "province" else body.parent


def shown_level(issued_by: str | None, level: str | None, day: dt.date | None, home: Home | None) -> str:
    """The signing level a product page names: `level` when written, else read from the name;
    "" when neither tells (or the body cannot sign)."""
    found = level or (level_of(parse(issued_by), day, home) if issued_by else None)
    return found if found in ("district", "province", "ministry") else ""
