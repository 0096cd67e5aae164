"""Vietnamese text.

`no-vietnamese` (warning): the Vietnamese text of a name or description (the plain value, or
its `vi:`) has no Vietnamese letter with a diacritic: it was typed without them, or it is the
English text in the Vietnamese place.
    good: ``name: {vi: Rượu mơ Yên Tử, en: Yen Tu apricot liqueur}``
    bad:  ``name: Yen Tu apricot liqueur``; ``name: Ruou mo Yen Tu``
Short names (fewer than three words) are not checked: brand names are often written that way.
"""

from __future__ import annotations

import re

from generator.issues import emits, warning
from generator.i18n import en_vi

_WORD = re.compile(r"[^\W\d_]+")
_LINK = re.compile(r"\(?https?://\S+|\[|\]|[*_`#>]")


def _lacks_vietnamese(text: str) -> bool:
    words = _WORD.findall(_LINK.sub(" ", text[:400]))
    return len(words) >= 3 and all(word.isascii() for word in words)


def _fields(cat):
    for p in cat.products.values():
        yield p, "name", p.name
        yield p, "description", p.description
    for m in cat.producers.values():
        yield m, "name", m.name
        yield m, "about", m.about
    for f in cat.fairs.values():
        yield f, "name", f.name


@emits("no-vietnamese")
def texts(cat, ctx):
    for record, key, text in _fields(cat):
        if text is None or not _lacks_vietnamese(text.vi):
            continue
        shown = text.vi if len(text.vi) <= 40 else text.vi[:37] + "..."
        at = record.source.at(f"{key}.vi") if f"{key}.vi" in record.source.positions else record.source.at(key)
        yield warning(at, "no-vietnamese",
                      *en_vi('{key}: "{shown}" has no Vietnamese letter with diacritics; write the Vietnamese '
                             "text with its diacritics here (English goes in {key}: {{vi: ..., en: ...}})", key=key,
                             shown=shown))


RULES = (texts,)
