"""Finding a name from a few words typed by a person (`ocop new` choices, product-set
suggestions): "Trà" finds "Sản phẩm trà từ thực vật khác" but not "trang trí"; "tra" (typed
without diacritics) finds both.

Each typed word must begin a word of the text. A typed word with diacritics is compared with
its diacritics; one typed without them is compared with the text's diacritics folded.
"""

from __future__ import annotations

import re
import unicodedata

from generator.model.text import fold

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def matches(query: str, text: str) -> bool:
    """Whether every word of `query` begins a word of `text`."""
    typed = words(query)
    if not typed:
        return False
    exact = words(text)
    folded = [fold(w) for w in exact]
    for word in typed:
        pool = folded if fold(word) == word else exact
        if not any(candidate.startswith(word) for candidate in pool):
            return False
    return True
