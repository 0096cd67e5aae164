"""Identifiers: GTIN barcodes, tax codes, Vietnamese phone numbers, OCOP product codes.
Pure functions, used by the rules and by the pages (display and tel: links)."""

from __future__ import annotations

import re

_PHONE_NOISE = re.compile(r"[\s.\-()]")


def gtin_ok(code: str) -> bool:
    """GTIN-8/12/13/14 with a correct GS1 mod-10 check digit."""
    if not code.isdigit() or len(code) not in (8, 12, 13, 14):
        return False
    return int(code[-1]) == gtin_check_digit(code[:-1])


def gtin_check_digit(body: str) -> int:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def phone_digits(phone: str) -> str | None:
    """The national form of a Vietnamese number ("0912345678"), or None if it is not one.

    Mobile numbers are 0 + 3/5/7/8/9 + 8 digits; landlines 02 + 9 digits; hotlines 1800/1900.
    "+84" and "84" prefixes become "0".
    """
    digits = _PHONE_NOISE.sub("", phone)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if re.fullmatch(r"0[35789]\d{8}|02\d{9}|1[89]00\d{4}(?:\d{2})?", digits):
        return digits
    return None


def phone_display(digits: str) -> str:
    """Grouped for reading: 0912 345 678, 0203 3812 345, 1800 1234."""
    if digits.startswith("02"):
        return f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    if digits.startswith("1"):
        return f"{digits[:4]} {digits[4:]}"
    return f"{digits[:4]} {digits[4:7]} {digits[7:]}"


def phone_tel(digits: str) -> str:
    """The `tel:` form: +84 and the number without its leading 0 (hotlines stay as they are)."""
    return f"+84{digits[1:]}" if digits.startswith("0") else digits


def tax_code_form(code: str) -> str | None:
    """'enterprise' (10 digits), 'branch' (10-3), 'personal' (12: an individual's personal
    identification number, their tax code from 01/07/2025), or None."""
    compact = code.replace(" ", "")
    if re.fullmatch(r"\d{10}", compact):
        return "enterprise"
    if re.fullmatch(r"\d{10}-?\d{3}", compact):
        return "branch"
    if re.fullmatch(r"\d{12}", compact):
        return "personal"
    return None


NEW_CODE = re.compile(r"(\d{2})-(\d{5})-(\d+)-(\d{4})")
OLD_CODE = re.compile(r"(\d{2})-(\d{3})-(\d{5})-(\d+)-(\d{4})")
