"""Lookup keys: how a barcode, a decision number, a product code or a piece of a product's name
is read, the same way when the catalogue is built (here) and in a visitor's browser
(`theme_overrides/assets/ocop/lookup.js`, the same rules line by line; `tests/test_verify.py`
runs both over one table and requires the same answers).

People type what they read on a label, on a phone: "8 936045 120019", "1234/qđ-ubnd",
"1234 / QĐ – UBND", full-width digits from some keyboards, Đ typed as the look-alike Ð. All of
them must find the record that says `8936045120019` or `1234/QĐ-UBND`.

Pure functions over strings; used by the label check (`generator/pages/verify_data.py`) and free
for search to use.
"""

from __future__ import annotations

import re
import unicodedata

from generator.model.text import fold

NAME_CHARS = 32  # name keys are cut here (longer queries are checked against the names themselves)
SPLIT = "!"  # between a key and a slug in the check's trees: sorts after " ", before a-z 0-9 / . -
# Characters people type for "-" and "/": hyphens, dashes, minus signs; fraction and division slashes.
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
_SLASHES = re.compile("[\u2044\u2215\uff0f]")
_ID_DROP = re.compile(r"[^a-z0-9/.\-]")
_NAME_SPLIT = re.compile(r"[^a-z0-9]+")
_GTIN = re.compile(r"\d{8}|\d{12,14}")


def _folded(text: str) -> str:
    """Compatibility forms first (NFKD: full-width "８９３" becomes "893"), then the project's
    folding (lowercase, no diacritics, đ and Ð to d)."""
    return fold(unicodedata.normalize("NFKD", text))


def id_key(text: str) -> str:
    """The key a barcode, decision number or product code is stored and looked up under.

    Case, diacritics and spaces do not count; any dash is "-", any slash "/"; only a-z, 0-9,
    "/", "-" and "." are kept. A GTIN (8, 12, 13 or 14 digits and nothing else) is padded with
    zeros to 14 digits, so the EAN-13 printed under a bar code and the same code read as a
    GTIN-14 (or a UPC-A read as EAN-13) are one key.

    >>> id_key("1234 / QĐ – UBND")
    '1234/qd-ubnd'
    >>> id_key("8 936045 120019")
    '08936045120019'
    """
    key = _ID_DROP.sub("", _SLASHES.sub("/", _DASHES.sub("-", _folded(text))))
    return key.zfill(14) if _GTIN.fullmatch(key) else key


def name_key(text: str) -> str:
    """A name as words of a-z and 0-9 separated by one space: "Rượu mơ Yên Tử!" gives
    "ruou mo yen tu". Letters outside Vietnamese and English separate words."""
    return " ".join(_NAME_SPLIT.split(_folded(text))).strip()


def query_kind(text: str) -> str:
    """How the check reads what was typed: "gtin" (a barcode: 8, 12, 13 or 14 digits), "id"
    (anything else with a digit: a decision number or product code, else a name) or "name"."""
    key = id_key(text)
    if len(key) == 14 and key.isdigit():
        return "gtin"
    return "id" if any(c.isdigit() for c in key) else "name"


def lookup_prefix(text: str) -> tuple[str, str]:
    """(tree, prefix): where the label check looks for what was typed. The trees hold
    "<key>!<slug>" strings (`generator/pages/verify_data.py`); every string starting with the
    prefix answers:

    - a barcode, decision number or product code: that key exactly, "<id_key>!";
    - digits alone that are no barcode: every decision with that number, "<digits>/"
      ("1234" finds 1234/QĐ-UBND and 1234/QĐ-BNN);
    - words: the names with a word that starts so, the name_key cut at NAME_CHARS.

    >>> lookup_prefix("1234 / qđ-ubnd")
    ('id', '1234/qd-ubnd!')
    """
    kind = query_kind(text)
    if kind == "name":
        return "name", name_key(text)[:NAME_CHARS].rstrip()
    key = id_key(text)
    return "id", key + ("/" if kind == "id" and key.isdigit() else SPLIT)
