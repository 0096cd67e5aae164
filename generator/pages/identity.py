"""Who the site is: its name, description and footer in each language, and the booklet's title,
all from province.yml, so that no catalogue shows another province's name.

    province.yml ``name: {vi: Hà Nội, en: Hanoi}``, ``kind: city`` gives
    site name "OCOP Hà Nội" / "OCOP Hanoi", footer "Danh mục sản phẩm OCOP thành phố Hà Nội" /
    "OCOP product catalogue of Hanoi", booklet "Danh mục sản phẩm OCOP Hà Nội".

mkdocs.yml may still set `site_name`, `site_description` or `copyright` (the footer); a value
written there is used on every page, in both languages. MkDocs requires `site_name`, so
``site_name: ""`` means "from province.yml".
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass

from markupsafe import Markup, escape

from generator.i18n import N_
from generator.model.languages import PRIMARY, Lang, Languages
from generator.model.records import Province
from generator.model.text import Text
from generator.pages.labels import label

_PREFIX = re.compile(r"^\s*(?:tỉnh|thành\s+phố|tp\.?)\s+", re.I)


@dataclass(frozen=True, slots=True)
class Identity:
    site_name: Text
    description: Text
    footer: Text
    booklet_title: Text


def bare_name(name: str) -> str:
    """The province's name without "Tỉnh", "Thành phố", "TP" or "TP." in front."""
    return _PREFIX.sub("", name).strip() or name.strip()


def is_city(province: Province) -> bool:
    """A centrally-run city: `kind: city` in province.yml, or a name written "Thành phố …"."""
    if getattr(province, "kind", None) == "city":  # province.yml `kind`: province (the default) or city
        return True
    return bool(re.match(r"\s*(?:thành\s+phố|tp\b)", province.name.vi, re.I))


def identity(province: Province | None, langs=()) -> Identity:
    """The site's name, description, footer and booklet title in Vietnamese, English and each other
    of `langs`, worded by the interface catalogues ("identity_*", generator/locales)."""
    codes = [PRIMARY, "en", *(str(lang) for lang in langs if lang not in (PRIMARY, "en"))]
    fields = {name: {} for name in ("site_name", "description", "footer", "booklet_title")}
    for code in codes:
        lang = _lang(code, langs)
        if province is None:
            anonymous = label(lang, "identity_anonymous")
            words = {"site_name": "OCOP", "description": anonymous, "footer": anonymous, "booklet_title": anonymous}
        else:
            place = _place(province, lang)
            where_key = N_("identity_where_city") if is_city(province) else N_("identity_where_province")
            where = label(lang, where_key, place=place)
            words = {"site_name": label(lang, "identity_site_name", place=place),
                     "description": label(lang, "identity_description", where=where),
                     "footer": label(lang, "identity_footer", where=where),
                     "booklet_title": label(lang, "identity_booklet_title", place=place)}
        for name, word in words.items():
            fields[name][code] = word
    return Identity(**{name: Text(words.pop(PRIMARY), **words) for name, words in fields.items()})


def _lang(code: str, langs) -> Lang:
    """The configured language `code` with its fallback chain, or `code` falling back to Vietnamese."""
    for lang in langs:
        if lang == code and isinstance(lang, Lang):
            return lang
    return Lang(code)


def _place(province: Province, lang: Lang) -> str:
    """The province's name in `lang` without "Tỉnh"/"Thành phố": its own name in the language,
    else (English) the Vietnamese name without diacritics, else the name along the chain."""
    own = province.name.own(lang) if lang != PRIMARY else province.name.vi
    if own:
        return bare_name(own)
    if lang == "en":
        return ascii_name(bare_name(province.name.vi))
    return bare_name(province.name.get(lang))


def ascii_name(text: str) -> str:
    """"Bát Tràng" -> "Bat Trang": diacritics removed, đ -> d, case kept (English names)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def configs_by_language(config, ident: Identity, langs=None) -> dict:
    """The MkDocs configuration each language's pages are rendered with: the same object for
    the default language (its empty fields filled in from province.yml), a shallow copy for each
    other. Made once per build from the build's one `Identity` (`SiteData.identity`, which the
    booklet uses too); a page only picks its language's. Values are escaped once here, since
    Material's templates print them without autoescaping."""
    langs = langs or Languages.of()
    fields = {"site_name": ident.site_name, "site_description": ident.description, "copyright": ident.footer}
    blank = [key for key in fields if not config.get(key)]
    out = {}
    for lang in langs:
        target = config if lang == langs.default else copy.copy(config)
        for key in blank:
            target[key] = Markup(escape(fields[key].get(lang)))
        out[lang] = target
    return out
