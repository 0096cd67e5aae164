"""Codes, numbers and contact details.

`barcode-check-digit`: a barcode is a GTIN-8, 12, 13 or 14 whose last digit is the GS1 check digit.
    good: ``barcode: "8934588012341"``      bad: ``barcode: "8934588012342"``

`product-code`: the OCOP product code is ``T-X-STT-YYYY`` (from 2025: province, commune,
number, year) or ``T-H-X-STT-YYYY`` (before 2025, with the district), and T is this province, or
a province merged into it (its `formerly` code in province.yml) for codes given before the merger.
    good: ``code: "22-06925-3-2026"``       bad: ``code: "24-06925-3-2026"`` in Quảng Ninh (22)
    good in Hải Phòng (31, formerly Hải Dương 30): ``code: "30-288-10507-2-2023"``

`tax-code`: 10 digits; 10-3 digits for a branch. From 01/07/2025 an individual's 12-digit personal
identification number is their tax code: accepted for households, individual businesses and
farms (run by individuals), not for companies and cooperatives.
    good: ``tax_code: "5701234567"``; ``kind: farm`` with ``tax_code: "022085001234"``
    bad:  ``tax_code: "57012345"``; ``kind: cooperative`` with ``tax_code: "022085001234"``

`phone-format`: a Vietnamese phone number: mobile 0xxx xxx xxx, landline 02xx xxxx xxx, or +84.
    good: ``phone: "0203 3812 345"``        bad: ``phone: "3812345"``

The same two rules check the provincial OCOP office's `contact` in province.yml.

`email-format`: an e-mail address. `location-outside-vietnam`: a map position inside Vietnam.
`price-range`: ``price.from`` is not above ``price.to``.
"""

from __future__ import annotations

import re

from generator.issues import emits, error, warning
from generator.model import identifiers as ids
from generator.model.regimes import PERSONAL_ID_KINDS, PERSONAL_ID_SINCE
from generator.rules.context import dmy
from generator.i18n import en_vi

MERGED_YEAR = 2025  # provinces merged on 01/07/2025: a former province's code is at most this year's

# Vietnam with its islands (Hoàng Sa, Trường Sa), as a box: enough to catch swapped lat/lon.
_LAT, _LON = (8.0, 23.5), (102.0, 117.5)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


@emits("barcode-check-digit")
def barcode(cat, ctx):
    for p in cat.products.values():
        code = (p.barcode or "").replace(" ", "")
        if not p.barcode or ids.gtin_ok(code):
            continue
        if code.isdigit() and len(code) in (8, 12, 13, 14):
            expected = ids.gtin_check_digit(code[:-1])
            en = f"the check digit of {code} should be {expected}, not {code[-1]}; copy the number again from the label"
            vi = f"chữ số kiểm tra của {code} phải là {expected}, không phải {code[-1]}; hãy chép lại số trên nhãn"
        else:
            en = f'"{p.barcode}" is not a GTIN barcode: expected 8, 12, 13 or 14 digits'
            vi = f'"{p.barcode}" không phải mã vạch GTIN: cần 8, 12, 13 hoặc 14 chữ số'
        yield error(p.source.at("barcode"), "barcode-check-digit", f"barcode: {en}", f"barcode: {vi}")


@emits("product-code")
def product_code(cat, ctx):
    province = cat.province
    for p in cat.products.values():
        if not p.code:
            continue
        at = p.source.at("code")
        new, old = ids.NEW_CODE.fullmatch(p.code), ids.OLD_CODE.fullmatch(p.code)
        if not (new or old):
            yield error(at, "product-code",
                        *en_vi('code: "{code}" is not an OCOP product code; expected T-X-STT-YYYY such as '
                               "22-06925-3-2026 (or T-H-X-STT-YYYY before 2025)", code=p.code))
            continue
        match = new or old
        year = int(match.groups()[-1])
        if province and province.code and match.group(1) != province.code:
            yield from _other_province_code(at, match.group(1), year, province)
        if old and year > 2025:
            yield error(at, "product-code",
                        *en_vi("code: codes from {year} have no district part; write T-X-STT-YYYY", year=year))


def _other_province_code(at, code, year, province):
    former = next((f for f in province.formerly if f.code == code), None)
    old = ", ".join(f.code for f in province.formerly if f.code)
    codes, codes_vi = province.code, province.code
    if old:
        codes += f", or {old} for codes given before the 2025 merger"
        codes_vi += f", hoặc {old} với mã cấp trước khi sáp nhập năm 2025"
    if former is None:
        yield error(at, "product-code",
                    *en_vi("code: starts with province code {code}, but this catalogue is {en} ({codes})", code=code,
                           en=province.name.en or province.name.vi, codes=codes, vi=province.name.vi,
                           codes_vi=codes_vi))
    elif year > MERGED_YEAR:
        yield error(at, "product-code",
                    *en_vi("code: {code} is the former code of {en}; codes given after the 2025 merger start with "
                           "{province_code}", code=code, en=former.name.en or former.name.vi,
                           province_code=province.code, name_vi=former.name.vi))


@emits("email-format", "location-outside-vietnam", "phone-format", "tax-code")
def producers(cat, ctx):
    for m in cat.producers.values():
        yield from _tax_code(m, ctx.today)
        if m.phone and ids.phone_digits(m.phone) is None:
            yield error(m.source.at("phone"), "phone-format",
                        *en_vi('phone: "{phone}" is not a Vietnamese phone number; write it with its area code, '
                               "e.g. 0203 3812 345 or 0912 345 678", phone=m.phone))
        if m.email and not _EMAIL.fullmatch(m.email):
            yield error(m.source.at("email"), "email-format", *en_vi('email: "{email}" is not an e-mail address',
                                                                     email=m.email))
        if m.location and not (_LAT[0] <= m.location[0] <= _LAT[1] and _LON[0] <= m.location[1] <= _LON[1]):
            yield error(m.source.at("location"), "location-outside-vietnam",
                        *en_vi("location: {lat}, {lon} is outside Vietnam; check the numbers (lat is about 8 to "
                               "23, lon about 102 to 117) and that they are not swapped", lat=m.location[0],
                               lon=m.location[1]))


@emits("email-format", "phone-format")
def province_contact(cat, ctx):
    contact = cat.province.contact if cat.province else None
    if contact is None:
        return
    at = cat.province.source.at
    if contact.phone and ids.phone_digits(contact.phone) is None:
        yield error(at("contact.phone"), "phone-format",
                    *en_vi('contact.phone: "{phone}" is not a Vietnamese phone number; write it with its area '
                           "code, e.g. 0203 3812 345 or a 1800 hotline", phone=contact.phone))
    if contact.email and not _EMAIL.fullmatch(contact.email):
        yield error(at("contact.email"), "email-format", *en_vi('contact.email: "{email}" is not an e-mail '
                                                                "address", email=contact.email))


def _tax_code(m, today):
    if not m.tax_code:
        return
    form = ids.tax_code_form(m.tax_code)
    at = m.source.at("tax_code")
    if form is None:
        yield error(at, "tax-code",
                    *en_vi('tax_code: "{tax_code}" is not a tax code: expected 10 digits, 10-3 digits for a '
                           "branch, or 12 digits for a household business", tax_code=m.tax_code))
    elif form == "personal" and m.kind not in (*PERSONAL_ID_KINDS, None):
        yield error(at, "tax-code",
                    *en_vi("tax_code: a 12-digit code is a personal identification number, used by households, "
                           "individual businesses and farms only; this producer is a {kind}: write its 10-digit "
                           "tax code", kind=m.kind))
    elif form == "personal" and today < PERSONAL_ID_SINCE:
        yield warning(at, "tax-code",
                      *en_vi("tax_code: the 12-digit personal identification number replaces the tax code only "
                             "from {PERSONAL_ID_SINCE}; until then write the 10-digit tax code",
                             PERSONAL_ID_SINCE=PERSONAL_ID_SINCE, PERSONAL_ID_SINCE_vi=dmy(PERSONAL_ID_SINCE)))
    elif m.kind == "branch" and form != "branch":
        yield warning(at, "tax-code", *en_vi("tax_code: a branch's tax code has 13 digits, written 10-3 "
                                             "(0101234567-001)"))


@emits("price-range")
def price(cat, ctx):
    for p in cat.products.values():
        if p.price and p.price.low > p.price.high:
            yield error(p.source.at("price.to"), "price-range",
                        *en_vi("price: 'from' ({low:,} đ) is above 'to' ({high:,} đ); swap them", low=p.price.low,
                               high=p.price.high))


RULES = (barcode, product_code, producers, province_contact, price)
