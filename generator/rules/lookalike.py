"""Producer names that only look alike.

`lookalike-name` (warning): two producers whose names differ only in what a reader cannot see
(invisible characters, compatibility forms such as full-width letters, or Cyrillic and Greek
letters that look Latin) are named together, each file naming the other: one of them is likely
a copy meant to pass for the other. A name that mixes Latin with Cyrillic or Greek letters is
reported even without a twin.
    bad: ``name: Hợp tác xã Yên Tử`` in one file and ``name: Hợp tác xã Yên Тử`` (a Cyrillic Т)
    in another
"""

from __future__ import annotations

import unicodedata

from generator.issues import emits, warning
from generator.model.hygiene import visible
from generator.i18n import en_vi

# Cyrillic and Greek letters drawn like Latin ones (from Unicode's confusables, the common ones).
_CONFUSABLE = str.maketrans({
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "һ": "h", "ԁ": "d", "ӏ": "l", "ԛ": "q", "ԝ": "w",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
})
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def skeleton(name: str) -> str:
    """What `name` looks like: compatibility forms folded (NFKC), invisible characters and
    spaces removed, look-alike letters read as Latin."""
    return visible(unicodedata.normalize("NFKC", name)).translate(_CONFUSABLE)


def mixed_scripts(name: str) -> bool:
    """Whether `name` has letters of more than one of Latin, Cyrillic and Greek."""
    seen = set()
    for char in name:
        if char.isascii() or not char.isalpha():
            if char.isalpha():
                seen.add("LATIN")
            continue
        script = unicodedata.name(char, "").split(" ", 1)[0]
        if script in _SCRIPTS:
            seen.add(script)
    return len(seen) > 1


@emits("lookalike-name")
def producers(cat, ctx):
    by_look: dict[str, list] = {}
    for maker in cat.producers.values():
        if maker.name is None:
            continue
        for lang, name in (("vi", maker.name.vi), ("en", maker.name.en)):
            if name:
                by_look.setdefault(skeleton(name), []).append((maker, lang, name))
    twins: set[tuple[str, str]] = set()
    for group in by_look.values():
        if len({name for _, _, name in group}) < 2:
            continue
        for maker, lang, name in group:
            for other, _, other_name in group:
                if other_name != name and other.slug != maker.slug:
                    twins.add((maker.slug, lang))
                    yield _twin(maker, lang, name, other, other_name)
    for maker in cat.producers.values():
        if maker.name is None:
            continue
        for lang, name in (("vi", maker.name.vi), ("en", maker.name.en)):
            if name and (maker.slug, lang) not in twins and mixed_scripts(name):
                yield warning(maker.source.at("name"), "lookalike-name",
                              *en_vi('name: "{name}" mixes Latin letters with Cyrillic or Greek ones that look '
                                     "the same; retype it with a Vietnamese keyboard", name=name))


def _twin(maker, lang, name, other, other_name):
    return warning(maker.source.at("name"), "lookalike-name",
                   *en_vi('name: "{name}" looks the same as the name of {path} ("{other_name}") but is written '
                          "with other characters (invisible ones, or look-alike letters); check which file is "
                          "genuine", name=name, path=other.source.path, other_name=other_name))


RULES = (producers,)
