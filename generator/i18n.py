"""Interface words from gettext catalogues: one `.po` file per language in
`generator/locales/<code>/LC_MESSAGES/messages.po`, compiled in memory on first use and read
through Python's `gettext`, plural forms included.

A message id is a key ("home", "status_valid"), not an English sentence: several words of the
interface are the same in English and different elsewhere ("About" is both `about` and
`description`), and a key stays put when the English wording changes. English is one catalogue
among the others (Weblate calls this "monolingual gettext"). A word with plural forms has a
`msgid_plural` equal to its key and is read with `ngettext`, by count.

A language's words fall back along its chain (zh -> en -> vi, generator/model/languages.py); a key
that no language of the chain has is a programming error and raises KeyError, so a typo in a
template fails the build instead of printing the key. Untranslated and fuzzy entries count as
missing. The catalogue's `Language` header is the language's CLDR locale (generator/formats.py).

Translators' workflow (README.md, "Adding a language"):

    pybabel extract -F babel.cfg --no-default-keywords -k L -k Ln:1,1 -k Lforms:1,1 -k label:2 \\
        -k label_n:2,2 -k label_text:1 -k N_ -o generator/locales/messages.pot generator theme_overrides
    pybabel update -i generator/locales/messages.pot -d generator/locales --no-fuzzy-matching -w 100
    pybabel compile -d generator/locales --statistics     # checks; the build compiles by itself
"""

from __future__ import annotations

import gettext
import io
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALES = Path(__file__).parent / "locales"
MAPPING = Path(__file__).parent.parent / "babel.cfg"  # how `pybabel extract` reads the files of SOURCES
SOURCES = ("generator", "theme_overrides")  # the folders whose code and templates write interface text
# The functions whose string arguments are interface words (`pybabel extract -k ...`): L, Ln and
# Lforms in templates, label, label_n and label_text in Python, N_ for a key put together at run time.
KEYWORDS = ("L", "Ln:1,1", "Lforms:1,1", "label:2", "label_n:2,2", "label_text:1", "N_")
DOMAIN = "messages"
TEMPLATE = LOCALES / f"{DOMAIN}.pot"
_HOME = Path(__file__).parent.parent  # the project folder, to name files the way its README does


def N_(key: str) -> str:
    """Marks a key that is looked up later under a name made at run time (``"status_" + x``), so
    that `pybabel extract` still finds it. Returns `key` unchanged."""
    return key


def po_path(code: str) -> Path:
    return LOCALES / code / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=None)
def available() -> tuple[str, ...]:
    """The languages that have a catalogue."""
    return tuple(sorted(p.parent.parent.name for p in LOCALES.glob(f"*/LC_MESSAGES/{DOMAIN}.po")))


@lru_cache(maxsize=None)
def catalogue(code: str) -> Catalog:
    """The parsed `.po` of a language. Raises LookupError when the language has none."""
    path = po_path(code)
    if not path.is_file():
        known = ", ".join(available())
        shown = path.relative_to(_HOME) if path.is_relative_to(_HOME) else path
        raise LookupError(f"language {code!r} has no interface catalogue: add {shown}, a copy of another"
                          f" language's, translated (languages with one: {known})")
    with path.open("rb") as f:
        return read_po(f, locale=None, domain=DOMAIN)


@lru_cache(maxsize=None)
def locale(code: str) -> Locale:
    """The CLDR locale of a language, from its catalogue's `Language` header ("vi_VN", "zh_Hans_CN")."""
    found = catalogue(code).locale
    if found is None:
        raise LookupError(f"{po_path(code)}: the Language header is missing")
    return found


@lru_cache(maxsize=None)
def plural_keys() -> frozenset[str]:
    """The keys that have plural forms, in any catalogue."""
    return frozenset(m.id[0] for code in available() for m in catalogue(code) if m.id and m.pluralizable)


class _Missing(gettext.NullTranslations):
    """The end of every chain: a key no language has."""

    def gettext(self, message):
        raise KeyError(f"interface word {message!r} is in no catalogue (generator/locales)")

    def ngettext(self, msgid1, msgid2, n):
        raise KeyError(f"interface word {msgid1!r} is in no catalogue (generator/locales)")


def _compiled(code: str) -> gettext.GNUTranslations:
    """A fresh GNUTranslations of one language's interface words."""
    return _gnu(catalogue(code))


def _gnu(source: Catalog) -> gettext.GNUTranslations:
    """`source` compiled in memory, its untranslated and fuzzy entries left out (they fall back)."""
    kept = Catalog(locale=source.locale, domain=source.domain)
    for message in source:
        if message.id and not message.fuzzy and _translated(message):
            kept[message.id] = message
    buffer = io.BytesIO()
    write_mo(buffer, kept, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def _translated(message) -> bool:
    strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
    return all(strings)


@lru_cache(maxsize=None)
def translations(chain: tuple[str, ...]) -> gettext.NullTranslations:
    """The words of the first language of `chain`, falling back along the rest of it."""
    first = _compiled(chain[0])
    last = first
    for code in chain[1:]:
        nxt = _compiled(code)
        last.add_fallback(nxt)
        last = nxt
    last.add_fallback(_Missing())
    return first


def refresh() -> None:
    """Forget every catalogue read so far (a translator edited a `.po` while `mkdocs serve` runs)."""
    for cached in (available, catalogue, locale, plural_keys, translations, _staff):
        cached.cache_clear()


def stamp() -> tuple[tuple[str, int], ...]:
    """(language, modification time) of every catalogue: what `refresh` depends on."""
    return tuple((code, po_path(code).stat().st_mtime_ns) for code in available())


# Messages for staff (validation messages, command output, prompts and help) are written in English
# in the code, the text `pybabel extract -k en_vi -k vi_en -k S_` collects into `staff.pot`; their
# Vietnamese is `vi/LC_MESSAGES/staff.po`. Unlike the interface words, a message is a sentence with
# named values, so its English text is its id (classic gettext): a changed English sentence is a new
# message, which the test of the catalogue shows untranslated.
STAFF = "staff"
STAFF_TEMPLATE = LOCALES / f"{STAFF}.pot"
STAFF_KEYWORDS = ("en_vi", "vi_en", "S_")


@lru_cache(maxsize=None)
def _staff() -> gettext.NullTranslations:
    with (LOCALES / "vi" / "LC_MESSAGES" / f"{STAFF}.po").open("rb") as f:
        return _gnu(read_po(f, locale=None, domain=STAFF))


def en_vi(message: str, /, **values) -> tuple[str, str]:
    """A message for staff in English and in Vietnamese, `{name}` filled in from `values`:
    ``error(loc, rule, *en_vi("{n} is not a star rating", n=stars))``. A message staff.po does not
    translate (yet) reads in English in both."""
    return message.format(**values), _staff().gettext(message).format(**values)


def vi_en(message: str, /, **values) -> tuple[str, str]:
    """`en_vi` the other way round, Vietnamese first (``say(*vi_en("Written"))``, Say takes vi, en)."""
    en, vi = en_vi(message, **values)
    return vi, en


def S_(message: str) -> str:
    """Marks an English message for staff that is filled in later (a table of a command's
    messages), so that `pybabel extract` finds it. Returns `message` unchanged."""
    return message


def vietnamese(message: str) -> str:
    """The Vietnamese of an English message for staff, its `{values}` not filled in."""
    return _staff().gettext(message)
