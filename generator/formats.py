"""Numbers, prices and dates in each site language, by Babel (CLDR data) rather than by hand.

Functions take `(value, lang)` where `lang` is a site language code ("vi", "en", "zh"). Each
language's Babel `Locale` and every pattern are parsed once, never per call; and since these run
on every page of a 20,000-product build, where the same prices, counts and dates come back again
and again, each function keeps what it made (Babel's own formatting costs 5 to 35 µs a call; a
kept answer well under one).

    number(1500000, "vi") == "1.500.000"        number(1500000, "en") == "1,500,000"
    money(15000, "vi") == "15.000\u00a0₫"          money(15000, "en") == "₫15,000"
    date(dt.date(2026, 8, 5), "vi") == "05/08/2026"   (dd/mm/yyyy, as Vietnamese readers write it)

Babel's own short Vietnamese date is "5/8/26", so Vietnamese dates use the pattern dd/MM/y.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_interval, parse_pattern as parse_date_pattern
from babel.numbers import format_currency, parse_pattern

from generator import i18n

_NUMBER = parse_pattern("#,##0.##")  # thousands grouped, at most two decimals
_DATES = {"vi": parse_date_pattern("dd/MM/y")}  # a language's own date pattern, where CLDR's short one will not do
_KEPT = 1 << 16  # answers kept per function
_SKELETON = "yMMMd"  # a fair's dates, "5 – 8 thg 3, 2026" / "Mar 5 – 8, 2026"


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


@lru_cache(maxsize=_KEPT)
def date(day: dt.date, lang: str) -> str:
    """A date: 05/08/2026 in Vietnamese, the language's short date elsewhere (8/5/26 in English)."""
    pattern = _DATES.get(lang)
    if pattern is not None:
        return pattern.apply(day, locale(lang))
    return format_date(day, "short", locale=locale(lang))


@lru_cache(maxsize=_KEPT)
def date_range(start: dt.date, end: dt.date, lang: str) -> str:
    """From `start` to `end` as CLDR writes an interval, repeating only what differs."""
    return format_interval(start, end, _SKELETON, locale=locale(lang))


@lru_cache(maxsize=_KEPT)
def plural(count: int | float, lang: str) -> str:
    """The CLDR plural category of `count` in the language: "one" or "other" in English ("1
    product", "2 products"); always "other" in Vietnamese and Chinese, which have one form."""
    return locale(lang).plural_form(count)


def forget() -> None:
    """Forget every kept answer (a catalogue's Language header changed while serving)."""
    for kept in (locale, number, money, date, date_range, plural):
        kept.cache_clear()
