"""Numbers people type into search: a barcode (whole, or grouped as printed under the bars) and
a recognition decision number in any case and spacing ("1234/QĐ-UBND", "1234 / qd – ubnd").

They are read as the label check reads them (`generator/model/lookup.py` `id_key`, and its twin
`assets/ocop/lookup.js` in the browser), and indexed as one word each, the key without its "/",
"-" and ".": "1234qdubnd", "08936045120019" (a barcode padded to 14 digits, as the check does).
The search page turns a query the check reads as a barcode or a decision number into the same
word (`codeQuery` in assets/ocop/search.js) and links to the label check with it, since Pagefind
would split "1234 / QĐ - UBND" into three words and never match "qd" to "qđ".
"""

from __future__ import annotations

import re

from generator.model.lookup import id_key

_PUNCTUATION = re.compile(r"[/.\-]")
_DECISION = re.compile(r"\d+qd[a-z0-9]+")


def code_word(text: str) -> str:
    """The one word a barcode or decision number is indexed as: "1234/QĐ-UBND" gives "1234qdubnd"."""
    return _PUNCTUATION.sub("", id_key(text))


def decision_word(decision: str) -> str | None:
    """The code word of a decision number, or None when it does not look like one."""
    word = code_word(decision)
    return word if _DECISION.fullmatch(word) else None
