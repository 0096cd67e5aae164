"""Translated text: Vietnamese is the primary language, every other configured language an
optional override.

One fallback rule for the whole project (Lektor's "alternatives"): ask for a language, get that
language's text if the record has it, else the text of the next language in the language's
fallback chain (generator/model/languages.py; Vietnamese last). `lang_of` tells which language was
actually returned so a page can mark fallback text with its `lang`.
"""

from __future__ import annotations

import re
import unicodedata

from generator.model.languages import PRIMARY, Lang


class Text:
    """`Text("Chả mực", "Squid cake", zh="墨鱼饼")`: Vietnamese first, then English, then any other
    language by keyword. Immutable, hashable, compared by value."""

    __slots__ = ("vi", "_more")

    def __init__(self, vi: str, en: str | None = None, /, **more: str | None) -> None:
        others = {"en": en, **more} if en is not None else more
        object.__setattr__(self, "vi", vi)
        object.__setattr__(self, "_more", tuple((k, v) for k, v in others.items() if v))

    def __setattr__(self, name, value):
        raise AttributeError("Text is immutable")

    def __eq__(self, other) -> bool:
        return isinstance(other, Text) and self.vi == other.vi and dict(self._more) == dict(other._more)

    def __hash__(self) -> int:
        return hash((self.vi, frozenset(self._more)))

    def __repr__(self) -> str:
        more = "".join(f", {k}={v!r}" for k, v in self._more)
        return f"Text({self.vi!r}{more})"

    def __reduce__(self):
        return (_text, (self.vi, self._more))

    @property
    def en(self) -> str | None:
        return self.own("en")

    def own(self, lang: str) -> str | None:
        """The text written in `lang` itself, without falling back; None when there is none."""
        if lang == PRIMARY:
            return self.vi
        for code, value in self._more:
            if code == lang:
                return value
        return None

    def languages(self) -> tuple[str, ...]:
        """The languages this text is written in, Vietnamese first."""
        return (PRIMARY, *(code for code, _ in self._more))

    def get(self, lang: str) -> str:
        return self.own(self.lang_of(lang)) or self.vi

    def lang_of(self, lang: str) -> str:
        """The language `get(lang)` returns: `lang` itself, or the first language of its fallback
        chain this text has (Vietnamese at the latest)."""
        if lang == PRIMARY:
            return PRIMARY
        chain = lang.chain if isinstance(lang, Lang) else (lang, PRIMARY)
        have = self._more
        for code in chain:
            if code == PRIMARY:
                return PRIMARY
            for written, _ in have:
                if written == code:
                    return code
        return PRIMARY

    def __str__(self) -> str:
        return self.vi


def _text(vi: str, more: tuple) -> Text:
    return Text(vi, **dict(more))


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
