"""Interface words of the catalogue pages. Data text (names, descriptions) comes from the records;
everything a template or page module writes by itself comes from the gettext catalogues in
generator/locales (generator/i18n.py), one `.po` file per language. A word a language lacks is
taken from the next language of its fallback chain.

Templates call `L(key, **values)` and, for a word with plural forms, `Ln(key, count, **values)`;
Python calls `label(lang, key, ...)` and `label_n(lang, key, count, ...)`. Keys made at run time
("status_" + status) are listed below with `N_` so that `pybabel extract` keeps them."""

from __future__ import annotations

from generator import formats, i18n
from generator.i18n import N_
from generator.model.languages import PRIMARY, Lang
from generator.model.text import Text

# Keys templates and modules build at run time; a test checks these cover the model's values.
DYNAMIC = (
    N_("status_valid"), N_("status_expiring"), N_("status_renewal-pending"), N_("status_expired"),
    N_("status_revoked"),
    N_("kind_cooperative"), N_("kind_cooperative-group"), N_("kind_enterprise"), N_("kind_branch"),
    N_("kind_farm"), N_("kind_household"), N_("kind_association"),
    N_("level_district"), N_("level_province"), N_("level_ministry"),
    N_("locality_commune"), N_("locality_ward"), N_("locality_special-zone"),
    N_("sort_name"), N_("sort_stars"), N_("sort_newest"), N_("sort_relevance"),
    N_("label_today_valid"), N_("label_today_renewal-pending"), N_("label_today_expired"),
    N_("label_today_revoked"),
    N_("verdict_valid"), N_("verdict_expiring"), N_("verdict_renewal-pending"), N_("verdict_expired"),
    N_("verdict_revoked"),
    N_("verdict_valid_line"), N_("verdict_expiring_line"), N_("verdict_renewal-pending_line"),
    N_("verdict_expired_line"), N_("verdict_revoked_line"),
    N_("lang_vi"), N_("lang_en"), N_("lang_zh"), N_("counted"), N_("producers_counted"),
    N_("identity_where_province"), N_("identity_where_city"),
)


def label(lang: str, key: str, **values) -> str:
    """The word `key` in `lang` (a Lang follows its fallback chain; a bare code falls back to
    Vietnamese), its `{placeholders}` filled in from `values`. Raises KeyError for a key no
    catalogue has, TypeError for a word with plural forms (use `label_n`)."""
    if key in i18n.plural_keys():
        raise TypeError(f"interface word {key!r} has plural forms: use label_n / Ln with a count")
    text = _translations(lang).gettext(key)
    return text.format(**values) if values else text


def label_n(lang: str, key: str, count: int | float, **values) -> str:
    """The form of the word `key` that goes with the number `count` ("1 product", "2 products";
    one form in Vietnamese and Chinese), by the catalogue's plural rule. `count` is also the
    placeholder `{n}` unless `values` gives one (a formatted number, "1.500")."""
    if isinstance(count, bool) or not isinstance(count, (int, float)) or count != int(count):
        raise TypeError(f"interface word {key!r}: the count must be a whole number, found {count!r}")
    text = _translations(lang).ngettext(key, key, int(count))
    return text.format(**{"n": count, **values})


def label_forms(lang: str, key: str) -> dict[str, str]:
    """The forms of the plural word `key` by CLDR category, placeholders left in, for a script that
    picks one with `Intl.PluralRules`: {"one": "{n} result", "other": "{n} results"} in English,
    {"other": "{n} kết quả"} in Vietnamese."""
    rule = formats.locale(lang).plural_form
    words = _translations(lang)
    forms = {}
    for n in range(200):  # the first whole number of each category: 1 is "one", 0 "other" in English
        forms.setdefault(rule(n), words.ngettext(key, key, n))
    return forms


def _translations(lang: str):
    return i18n.translations(lang.chain if isinstance(lang, Lang) else (lang,) if lang == PRIMARY else (lang, PRIMARY))


def label_text(key: str, langs, make=None, **values) -> Text:
    """The interface word `key` in each of `langs` as one Text (a page title each language's page
    shows in its own words). `make(lang, word)` may build on the word, e.g. add a name after it."""
    words = {str(lang): label(lang, key, **values) for lang in langs}
    if make is not None:
        words = {code: make(lang, words[code]) for code, lang in zip(words, langs)}
    vi = words.pop(PRIMARY, None) or label(PRIMARY, key, **values)
    return Text(vi, **words)
