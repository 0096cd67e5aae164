"""Barcodes, phone numbers, tax codes and product codes."""

from __future__ import annotations

import pytest

from generator.model import categories
from generator.model import identifiers as ids
from tests.conftest import PRODUCER


@pytest.mark.parametrize("code,ok", [
    ("8934588012341", True), ("8934588012342", False), ("96385074", True), ("036000291452", True),
    ("10012345678902", True), ("893458801234", False), ("89345880123a1", False),
])
def test_gtin(code, ok):
    assert ids.gtin_ok(code) is ok


@pytest.mark.parametrize("phone,digits,display,tel", [
    ("0912 345 678", "0912345678", "0912 345 678", "+84912345678"),
    ("+84 912.345.678", "0912345678", "0912 345 678", "+84912345678"),
    ("(0203) 3812 345", "02033812345", "0203 3812 345", "+842033812345"),
    ("1800 1234", "18001234", "1800 1234", "18001234"),
])
def test_phone_normalised(phone, digits, display, tel):
    assert ids.phone_digits(phone) == digits
    assert ids.phone_display(digits) == display
    assert ids.phone_tel(digits) == tel


@pytest.mark.parametrize("phone", ["3812345", "0112345678", "091234567", "hotline"])
def test_phone_rejected(phone):
    assert ids.phone_digits(phone) is None


@pytest.mark.parametrize("value,code,how", [
    ("14", "14", "number"), ("1", "01", "number"), ("27", None, None), ("Gia vị khác", "10", "alias"),
    ("Mỹ phẩm có thành phần từ thảo dược", "19", "alias"), ("rượu trắng", "14", "name"), ("Rượu", None, None),
    # tone placement: old "thuỷ", new "thủy"; both spellings of a name are the same name
    ("Thịt, thuỷ sản, trứng, sữa tươi", "02", "name"), ("Thịt, thủy sản, trứng, sữa tươi", "02", "name"),
    ("Chế biến từ thuỷ, hải sản", "08", "alias"), ("CHẾ BIẾN TỪ THỦY, HẢI SẢN", "08", "alias"),
])
def test_category_resolution(value, code, how):
    assert categories.resolve(value) == (code, how)


def test_category_current_name_is_not_called_older(check):
    from tests.conftest import PRODUCT

    issues = check({"products/ruou-mo-yen-tu.yml": PRODUCT.replace('category: "15"', "category: Rượu trắng")})
    assert [(i.rule, i.severity, i.en, i.vi) for i in issues] == [(
        "category-name", "warning",
        'category: "Rượu trắng" is set 14 (White spirits); write its number: category: "14"',
        'category: "Rượu trắng" là bộ 14 (Rượu trắng); hãy ghi số của bộ: category: "14"')]
    issues = check({"products/ruou-mo-yen-tu.yml": PRODUCT.replace('category: "15"',
                                                                    "category: Thịt, thuỷ sản, trứng, sữa tươi")})
    assert [i.rule for i in issues] == ["category-name"]
    assert "older" not in issues[0].en and "tên cũ" not in issues[0].vi


def test_category_alias_is_reported_as_the_canonical_set(check):
    from tests.conftest import PRODUCT

    issues = check({"products/ruou-mo-yen-tu.yml": PRODUCT.replace('category: "15"', "category: Các sản phẩm khác từ chè, trà")})
    assert [(i.rule, i.en) for i in issues] == [(
        "category-alias",
        'category: "Các sản phẩm khác từ chè, trà" is an older name of set 12 (Herbal and other plant teas); '
        'write category: "12"')]


@pytest.mark.parametrize("kind,tax_code,rule", [
    ("enterprise", '"5701234567"', None),
    ("branch", '"5701234567-001"', None),
    ("household", '"022085001234"', None),  # a household business: the owner's personal id
    ("farm", '"022085001234"', None),  # a farm is run by an individual
    ("farm", '"5701234567"', None),
    ("enterprise", '"022085001234"', "tax-code"),
    ("cooperative", '"022085001234"', "tax-code"),
    ("branch", '"5701234567"', "tax-code"),
    ("cooperative", '"57012"', "tax-code"),
])
def test_tax_codes(check, kind, tax_code, rule):
    text = PRODUCER.replace("kind: cooperative", f"kind: {kind}").replace('"5701234567"', tax_code)
    issues = check({"producers/htx-yen-tu.yml": text})
    assert [i.rule for i in issues] == ([rule] if rule else [])


@pytest.mark.parametrize("code,ok", [
    ('"22-06925-3-2026"', True), ('"22-193-06925-2-2022"', True), ('"24-06925-3-2026"', False),
    ('"22-193-06925-2-2026"', False), ('"OCOP-22"', False),
])
def test_product_codes(check, code, ok):
    from tests.conftest import PRODUCT

    issues = check({"products/ruou-mo-yen-tu.yml": PRODUCT + f"code: {code}\n"})
    assert [i.rule for i in issues] == ([] if ok else ["product-code"])


def test_personal_id_for_a_company_is_refused(check):
    text = PRODUCER.replace('"5701234567"', '"022085001234"')
    issues = check({"producers/htx-yen-tu.yml": text}, expected=[("producers/htx-yen-tu.yml", 4, 11, "tax-code")])
    assert issues[0].en == ("tax_code: a 12-digit code is a personal identification number, used by households, "
                            "individual businesses and farms only; this producer is a cooperative: write its 10-digit "
                            "tax code")
    assert issues[0].vi == ("tax_code: mã 12 chữ số là số định danh cá nhân, chỉ dùng cho hộ gia đình, hộ kinh doanh "
                            "và trang trại; chủ thể này không phải hộ hay trang trại: hãy ghi mã số thuế 10 chữ số")


def test_personal_id_before_july_2025_is_a_warning(check):
    import datetime as dt

    text = PRODUCER.replace("kind: cooperative", "kind: farm").replace('"5701234567"', '"022085001234"')
    from tests.conftest import PRODUCT
    product = PRODUCT.replace("issued_on: 2025-08-10", "issued_on: 2024-08-10")
    issues = check({"producers/htx-yen-tu.yml": text, "products/ruou-mo-yen-tu.yml": product}, today=dt.date(2025, 6, 1))
    assert [(i.rule, i.severity, i.en) for i in issues] == [(
        "tax-code", "warning", "tax_code: the 12-digit personal identification number replaces the tax code only "
        "from 2025-07-01; until then write the 10-digit tax code")]


HAI_PHONG = """\
name: {vi: Thành phố Hải Phòng, en: Hai Phong City}
code: "31"
formerly:
  - {name: {vi: Hải Dương, en: Hai Duong}, code: "30"}
localities:
  - {slug: ha-long, name: phường Hải Dương, kind: ward}
"""


@pytest.mark.parametrize("code,ok", [
    ('"31-10507-2-2026"', True), ('"30-288-10507-2-2023"', True), ('"30-10507-2-2025"', True),
    ('"30-10507-2-2026"', False), ('"24-10507-2-2026"', False),
])
def test_product_codes_of_a_merged_province(check, code, ok):
    from tests.conftest import PRODUCT

    product = PRODUCT.replace("issued_by: UBND tỉnh Quảng Ninh", "issued_by: UBND thành phố Hải Phòng")
    issues = check({"province.yml": HAI_PHONG, "products/ruou-mo-yen-tu.yml": product + f"code: {code}\n"})
    assert [i.rule for i in issues] == ([] if ok else ["product-code"])


def test_product_code_messages_name_the_former_province(check):
    from tests.conftest import PRODUCT

    product = PRODUCT.replace("issued_by: UBND tỉnh Quảng Ninh", "issued_by: UBND thành phố Hải Phòng")
    issues = check({"province.yml": HAI_PHONG, "products/ruou-mo-yen-tu.yml": product + 'code: "30-10507-2-2026"\n'})
    assert (issues[0].en, issues[0].vi) == (
        "code: 30 is the former code of Hai Duong; codes given after the 2025 merger start with 31",
        "code: 30 là mã cũ của Hải Dương; mã số cấp sau khi sáp nhập năm 2025 bắt đầu bằng 31")
    issues = check({"province.yml": HAI_PHONG, "products/ruou-mo-yen-tu.yml": product + 'code: "24-10507-2-2026"\n'})
    assert (issues[0].en, issues[0].vi) == (
        "code: starts with province code 24, but this catalogue is Hai Phong City (31, or 30 for codes given before "
        "the 2025 merger)",
        "code: bắt đầu bằng mã tỉnh 24, nhưng danh mục này là Thành phố Hải Phòng (31, hoặc 30 với mã cấp trước "
        "khi sáp nhập năm 2025)")
