"""Translated text: Vietnamese is the primary language, English an optional override.

One fallback rule for the whole project (Lektor's "alternatives"): ask for a language, get that
language's text if the record has it, else the Vietnamese text. `lang_of` tells which language
was actually returned so a page can mark fallback text with `lang="vi"`.
"""

from __future__ import annotations

import re
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


# The five tone marks. Where a tone sits in "oa", "oe", "uy" differs between spellings (old
# "hoà", "thuỷ", "khoẻ"; new "hòa", "thủy", "khỏe"); both are correct and mean the same word.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORDS = re.compile(r"\w+", re.U)
_WORD_GAPS = re.compile(r"\s+")


def name_key(text: str) -> str:
    """A key under which two spellings of one name are equal: NFC, case folded, spaces
    collapsed, and each word's tone mark moved to the word's end, so "Thuỷ" and "thủy", "Hoà"
    and "hòa", "Uỷ ban" and "Ủy ban" agree while "Tỉnh" and "Tịnh" (other tones) do not.
    Punctuation is kept; compare names with this, never with `fold`, when the marks matter."""
    return _WORD_GAPS.sub(" ", _WORDS.sub(_tone_last, unicodedata.normalize("NFC", text).casefold())).strip()


def _tone_last(word: re.Match) -> str:
    letters = unicodedata.normalize("NFD", word.group())
    tones = "".join(c for c in letters if c in _TONES)
    if not tones:
        return word.group()
    return unicodedata.normalize("NFC", "".join(c for c in letters if c not in _TONES) + tones)
