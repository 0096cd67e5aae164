"""Numbers, prices and dates in each site language, by Babel (CLDR data) rather than by hand.

Functions take `(value, lang)` where `lang` is a site language code ("vi", "en", "zh"). Each
language's Babel `Locale` and every pattern are parsed once, never per call; and since these run
on every page of a 20,000-product build, where the same prices, counts and dates come back again
and again, each function keeps what it made (Babel's own formatting costs 5 to 35 µs a call; a
kept answer well under one).

    number(1500000, "vi") == "1.500.000"        number(1500000, "en") == "1,500,000"
    money(15000, "vi") == "15.000\u00a0₫"          money(15000, "en") == "₫15,000"
    date(dt.date(2026, 8, 5), "vi") == "05/08/2026"   (dd/mm/yyyy, as Vietnamese readers write it)
    date(dt.date(2026, 8, 5), "en") == "Aug 5, 2026"  date(dt.date(2026, 8, 5), "zh") == "2026年8月5日"
    date_range(dt.date(2026, 3, 5), dt.date(2026, 3, 8), "vi") == "05 – 08/03/2026"   (thin spaces)

Other languages write CLDR's medium date, whose month is a word or a 月 and so cannot be misread
(8/5/26 is 5 August in English and 8 May in Vietnamese). Babel's own Vietnamese dates are "5 thg 8,
2026" and "5/8/26", so Vietnamese uses dd/MM/y, and for a range CLDR's Vietnamese interval shape
(only what differs is repeated, with CLDR's " – ") with those numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel import Locale
from babel.dates import parse_pattern as parse_date_pattern
from babel.numbers import format_currency, parse_pattern

from generator import i18n

_NUMBER = parse_pattern("#,##0.##")  # thousands grouped, at most two decimals
_DATES = {"vi": "dd/MM/y"}  # a language's own date pattern, where CLDR's medium one will not do
_DATE_LENGTH = "medium"  # "Aug 5, 2026", "2026年8月5日"
_SKELETON = "yMMMd"  # the medium date's fields: CLDR's intervals for it, "Mar 5 – 8, 2026"
# A language's own range patterns where CLDR's will not do, by the largest field that differs:
# (start, end); the separator between them is CLDR's, from the language's _SKELETON interval.
_RANGES = {"vi": {"y": ("dd/MM/y", "dd/MM/y"), "M": ("dd/MM", "dd/MM/y"), "d": ("dd", "dd/MM/y")}}
_SEPARATOR = re.compile(r"\s*[–—~～-]\s*$")  # what ends the first half of a CLDR interval pattern
_KEPT = 1 << 16  # answers kept per function
# The same dates in a browser (verify.js): Intl.DateTimeFormat's options that write `date`'s
# answer, dd/MM/y or the medium date (tests/test_verify.py compares the two in Chromium).
_INTL = {"dd/MM/y": {"day": "2-digit", "month": "2-digit", "year": "numeric"},
         _DATE_LENGTH: {"year": "numeric", "month": "short", "day": "numeric"}}


@lru_cache(maxsize=None)
def locale(lang: str) -> Locale:
    """The Babel locale of a site language: its interface catalogue's `Language` header
    (generator/locales/<lang>/LC_MESSAGES/messages.po, "vi_VN")."""
    try:
        return i18n.locale(str(lang))
    except LookupError:
        raise ValueError(f"language: expected one of {', '.join(i18n.available())}, found {lang!r}") from None


def og_locale(lang: str) -> str:
    """The language as Open Graph writes a locale, language_TERRITORY: vi_VN, en_US, zh_CN."""
    found = locale(lang)
    return f"{found.language}_{found.territory}" if found.territory else found.language


@lru_cache(maxsize=_KEPT)
def number(value: int | float, lang: str) -> str:
    """`value` with the language's grouping and decimal signs, at most two decimals."""
    return _NUMBER.apply(value, locale(lang))


@lru_cache(maxsize=_KEPT)
def money(amount: int, lang: str) -> str:
    """An amount of đồng the way the language writes prices: 15.000 ₫ (vi), ₫15,000 (en)."""
    return format_currency(amount, "VND", locale=locale(lang))


@lru_cache(maxsize=None)
def _date_pattern(lang: str):
    own = _DATES.get(lang)
    return parse_date_pattern(own) if own else locale(lang).date_formats[_DATE_LENGTH]


@lru_cache(maxsize=_KEPT)
def date(day: dt.date, lang: str) -> str:
    """A date: 05/08/2026 in Vietnamese, CLDR's medium date elsewhere (Aug 5, 2026; 2026年8月5日)."""
    return _date_pattern(lang).apply(day, locale(lang))


def intl_date(lang: str) -> dict:
    """What a script gives `new Intl.DateTimeFormat(locale, options)` to write a date as `date`
    does: {"locale": "vi-VN", "options": {"day": "2-digit", ...}}. The options name UTC, the zone
    of `new Date("2026-08-05")`."""
    return {"locale": str(locale(lang)).replace("_", "-"),
            "options": {**_INTL[_DATES.get(lang, _DATE_LENGTH)], "timeZone": "UTC"}}


@lru_cache(maxsize=None)
def _range_patterns(lang: str) -> dict[str, tuple]:
    """The largest field that differs ("y", "M", "d") -> (start pattern, separator, end pattern)."""
    cldr = locale(lang).interval_formats[_SKELETON]
    out = {}
    for field in ("y", "M", "d"):
        first, second = cldr[field]
        cut = _SEPARATOR.search(first)
        separator = cut.group() if cut else ""
        first = first[:cut.start()] if cut else first
        first, second = _RANGES.get(lang, {}).get(field, (first, second))
        out[field] = (parse_date_pattern(first), separator, parse_date_pattern(second))
    return out


@lru_cache(maxsize=_KEPT)
def date_range_parts(start: dt.date, end: dt.date, lang: str) -> tuple[str, ...]:
    """A range of days in pieces, so a page can make each end a <time>: (start, separator, end),
    what the two share written once: ("05", " – ", "08/03/2026"), ("Mar 5", " – ", "8, 2026"),
    ("2026年3月5日", " – ", "8日"); one piece, `date(start)`, when the range is a single day."""
    if start == end:
        return (date(start, lang),)
    field = "y" if start.year != end.year else "M" if start.month != end.month else "d"
    first, separator, second = _range_patterns(lang)[field]
    where = locale(lang)
    return first.apply(start, where), separator, second.apply(end, where)


@lru_cache(maxsize=_KEPT)
def date_range(start: dt.date, end: dt.date, lang: str) -> str:
    """From `start` to `end`: 05 – 08/03/2026 (vi), Mar 5 – 8, 2026 (en), 2026年3月5日 – 8日 (zh);
    across months 30/03 – 02/04/2026, Mar 30 – Apr 2, 2026 (CLDR's interval of the medium date)."""
    return "".join(date_range_parts(start, end, lang))


def forget() -> None:
    """Forget every kept answer (a catalogue's Language header changed while serving)."""
    for kept in (locale, _date_pattern, _range_patterns, number, money, date, date_range, date_range_parts):
        kept.cache_clear()
