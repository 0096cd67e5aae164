"""Translated text: Vietnamese is the primary language, English an optional override.

One fallback rule for the whole project (Lektor's "alternatives"): ask for a language, get that
language's text if the record has it, else the Vietnamese text. `lang_of` tells which language
was actually returned so a page can mark fallback text with `lang="vi"`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

PRIMARY = "vi"
LANGS = ("vi", "en")


@dataclass(frozen=True, slots=True)
class Text:
    vi: str
    en: str | None = None

    def get(self, lang: str) -> str:
        if lang == "en" and self.en:
            return self.en
        return self.vi

    def lang_of(self, lang: str) -> str:
        """The language `get(lang)` returns: `lang` itself, or "vi" when it fell back."""
        return "en" if lang == "en" and self.en else PRIMARY

    def __str__(self) -> str:
        return self.vi


# Letters that do not decompose into a base letter and combining marks.
_FOLD_EXTRA = {
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
}
_FOLD = {ord(k): v for k, v in _FOLD_EXTRA.items()} | {code: "" for code in range(0x300, 0x370)}


def fold(text: str) -> str:
    """Lowercase `text` and remove its diacritics: "Rượu Mơ Đông" gives "ruou mo dong". The one
    folding of the project: slugs, signer names, search copies."""
    return unicodedata.normalize("NFD", text).translate(_FOLD).lower()
