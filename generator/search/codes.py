"""Numbers people type into search: a barcode (whole, or grouped with spaces as printed under the
bars) and a recognition decision number ("1234/QĐ-UBND", "1234/qd-ubnd", "1234 / QĐ - UBND").

Each is indexed as one code word: the barcode's digits, and the decision number folded (đ→d,
lowercase) with everything but letters and digits removed, "1234qdubnd". The search page
(`assets/ocop/search.js`, `codeQuery`) turns a query that looks like one of them into the same
word before it reaches Pagefind, which would otherwise split "1234 / QĐ - UBND" into three words
and never match "qd" to "qđ". The two must stay in step; the relevance set types them both ways.
"""

from __future__ import annotations

import re

from generator.model.text import fold

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_DECISION = re.compile(r"\d+qd[a-z0-9]+")


def compact(text: str) -> str:
    """`text` folded, lowercase, letters and digits only: "1234/QĐ-UBND" gives "1234qdubnd"."""
    return _NOT_ALNUM.sub("", fold(text))


def decision_word(decision: str) -> str | None:
    """The code word of a decision number, or None when it does not look like one."""
    word = compact(decision)
    return word if _DECISION.fullmatch(word) else None

