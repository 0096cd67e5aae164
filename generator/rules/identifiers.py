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
                        f'code: "{p.code}" is not an OCOP product code; expected T-X-STT-YYYY such as '
                        '22-06925-3-2026 (or T-H-X-STT-YYYY before 2025)',
                        f'code: "{p.code}" không phải mã số sản phẩm OCOP; cần dạng T-X-STT-YYYY như '
                        "22-06925-3-2026 (hoặc T-H-X-STT-YYYY trước năm 2025)")
            continue
        match = new or old
        year = int(match.groups()[-1])
        if province and province.code and match.group(1) != province.code:
            yield from _other_province_code(at, match.group(1), year, province)
        if old and year > 2025:
            yield error(at, "product-code",
                        f'code: codes from {year} have no district part; write T-X-STT-YYYY',
                        f"code: mã số từ năm {year} không còn phần mã huyện; hãy viết dạng T-X-STT-YYYY")


def _other_province_code(at, code, year, province):
    former = next((f for f in province.formerly if f.code == code), None)
    old = ", ".join(f.code for f in province.formerly if f.code)
    codes, codes_vi = province.code, province.code
    if old:
        codes += f", or {old} for codes given before the 2025 merger"
        codes_vi += f", hoặc {old} với mã cấp trước khi sáp nhập năm 2025"
    if former is None:
        yield error(at, "product-code",
                    f"code: starts with province code {code}, but this catalogue is "
                    f"{province.name.en or province.name.vi} ({codes})",
                    f"code: bắt đầu bằng mã tỉnh {code}, nhưng danh mục này là {province.name.vi} ({codes_vi})")
    elif year > MERGED_YEAR:
        yield error(at, "product-code",
                    f"code: {code} is the former code of {former.name.en or former.name.vi}; codes given after the "
                    f"2025 merger start with {province.code}",
                    f"code: {code} là mã cũ của {former.name.vi}; mã số cấp sau khi sáp nhập năm 2025 bắt đầu "
                    f"bằng {province.code}")


@emits("email-format", "location-outside-vietnam", "phone-format", "tax-code")
def producers(cat, ctx):
    for m in cat.producers.values():
        yield from _tax_code(m, ctx.today)
        if m.phone and ids.phone_digits(m.phone) is None:
            yield error(m.source.at("phone"), "phone-format",
                        f'phone: "{m.phone}" is not a Vietnamese phone number; write it with its area code, '
                        "e.g. 0203 3812 345 or 0912 345 678",
                        f'phone: "{m.phone}" không phải số điện thoại Việt Nam; hãy ghi kèm mã vùng, '
                        "ví dụ 0203 3812 345 hoặc 0912 345 678")
        if m.email and not _EMAIL.fullmatch(m.email):
            yield error(m.source.at("email"), "email-format", f'email: "{m.email}" is not an e-mail address',
                        f'email: "{m.email}" không phải địa chỉ thư điện tử')
        if m.location and not (_LAT[0] <= m.location[0] <= _LAT[1] and _LON[0] <= m.location[1] <= _LON[1]):
            yield error(m.source.at("location"), "location-outside-vietnam",
                        f"location: {m.location[0]}, {m.location[1]} is outside Vietnam; check the numbers "
                        "(lat is about 8 to 23, lon about 102 to 117) and that they are not swapped",
                        f"location: {m.location[0]}, {m.location[1]} nằm ngoài Việt Nam; hãy kiểm tra "
                        "(vĩ độ lat khoảng 8 đến 23, kinh độ lon khoảng 102 đến 117) và không bị đảo ngược")


@emits("email-format", "phone-format")
def province_contact(cat, ctx):
    contact = cat.province.contact if cat.province else None
    if contact is None:
        return
    at = cat.province.source.at
    if contact.phone and ids.phone_digits(contact.phone) is None:
        yield error(at("contact.phone"), "phone-format",
                    f'contact.phone: "{contact.phone}" is not a Vietnamese phone number; write it with its '
                    "area code, e.g. 0203 3812 345 or a 1800 hotline",
                    f'contact.phone: "{contact.phone}" không phải số điện thoại Việt Nam; hãy ghi kèm mã vùng, '
                    "ví dụ 0203 3812 345 hoặc đường dây nóng 1800")
    if contact.email and not _EMAIL.fullmatch(contact.email):
        yield error(at("contact.email"), "email-format", f'contact.email: "{contact.email}" is not an e-mail address',
                    f'contact.email: "{contact.email}" không phải địa chỉ thư điện tử')


def _tax_code(m, today):
    if not m.tax_code:
        return
    form = ids.tax_code_form(m.tax_code)
    at = m.source.at("tax_code")
    if form is None:
        yield error(at, "tax-code",
                    f'tax_code: "{m.tax_code}" is not a tax code: expected 10 digits, 10-3 digits for a branch, '
                    "or 12 digits for a household business",
                    f'tax_code: "{m.tax_code}" không phải mã số thuế: cần 10 chữ số, 10-3 chữ số với chi nhánh, '
                    "hoặc 12 chữ số với hộ kinh doanh")
    elif form == "personal" and m.kind not in (*PERSONAL_ID_KINDS, None):
        yield error(at, "tax-code",
                    "tax_code: a 12-digit code is a personal identification number, used by households, "
                    f"individual businesses and farms only; this producer is a {m.kind}: write its 10-digit tax code",
                    "tax_code: mã 12 chữ số là số định danh cá nhân, chỉ dùng cho hộ gia đình, hộ kinh doanh và "
                    "trang trại; chủ thể này không phải hộ hay trang trại: hãy ghi mã số thuế 10 chữ số")
    elif form == "personal" and today < PERSONAL_ID_SINCE:
        yield warning(at, "tax-code",
                      f"tax_code: the 12-digit personal identification number replaces the tax code only from "
                      f"{PERSONAL_ID_SINCE}; until then write the 10-digit tax code",
                      f"tax_code: số định danh cá nhân 12 chữ số chỉ thay mã số thuế từ ngày "
                      f"{dmy(PERSONAL_ID_SINCE)}; trước đó hãy ghi mã số thuế 10 chữ số")
    elif m.kind == "branch" and form != "branch":
        yield warning(at, "tax-code", "tax_code: a branch's tax code has 13 digits, written 10-3 (0101234567-001)",
                      "tax_code: mã số thuế của chi nhánh có 13 chữ số, viết dạng 10-3 (0101234567-001)")


@emits("price-range")
def price(cat, ctx):
    for p in cat.products.values():
        if p.price and p.price.low > p.price.high:
            yield error(p.source.at("price.to"), "price-range",
                        f"price: 'from' ({p.price.low:,} đ) is above 'to' ({p.price.high:,} đ); swap them",
                        f"price: giá 'from' ({p.price.low:,} đ) cao hơn giá 'to' ({p.price.high:,} đ); hãy đổi chỗ")


RULES = (barcode, product_code, producers, province_contact, price)
