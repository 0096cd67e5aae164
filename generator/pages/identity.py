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

from generator.model.records import Province
from generator.model.languages import Languages
from generator.model.text import Text

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
    of `langs` (from its labels "identity_*", falling back to English words)."""
    ident = _identity(province)
    others = [lang for lang in langs if lang not in ("vi", "en")]
    if not others:
        return ident
    from generator.pages.labels import LABELS, label

    def more(field: str, text: Text) -> Text:
        words = {}
        for lang in others:
            key = f"identity_{field}"
            if key in LABELS.get(lang, {}):
                place = (province.name.own(lang) or province.name.get(lang)) if province else ""
                words[str(lang)] = label(lang, key, place=bare_name(place) if place else "")
        return Text(text.vi, text.en, **words)

    return Identity(*(more(name, getattr(ident, name)) for name in ("site_name", "description", "footer",
                                                                     "booklet_title")))


def _identity(province: Province | None) -> Identity:
    if province is None:
        return Identity(Text("OCOP"), Text("Danh mục sản phẩm OCOP", "OCOP product catalogue"),
                        Text("Danh mục sản phẩm OCOP", "OCOP product catalogue"),
                        Text("Danh mục sản phẩm OCOP", "OCOP product catalogue"))
    vi = bare_name(province.name.vi)
    en = bare_name(province.name.en) if province.name.en else ascii_name(vi)
    city = is_city(province)
    where_vi = f"thành phố {vi}" if city else f"tỉnh {vi}"
    where_en = en if city else f"{en} province"
    return Identity(
        site_name=Text(f"OCOP {vi}", f"OCOP {en}"),
        description=Text(f"Danh mục sản phẩm OCOP (Mỗi xã một sản phẩm) của {where_vi}",
                         f"Catalogue of OCOP (One Commune One Product) products of {where_en}"),
        footer=Text(f"Danh mục sản phẩm OCOP {where_vi}", f"OCOP product catalogue of {where_en}"),
        booklet_title=Text(f"Danh mục sản phẩm OCOP {vi}", f"OCOP product catalogue, {en}"),
    )


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
