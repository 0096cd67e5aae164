"""Translated text: Vietnamese is the primary language, English an optional override.

One fallback rule for the whole project (Lektor's "alternatives"): ask for a language, get that
language's text if the record has it, else the Vietnamese text. `lang_of` tells which language
was actually returned so a page can mark fallback text with `lang="vi"`.
"""

from __future__ import annotations

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
