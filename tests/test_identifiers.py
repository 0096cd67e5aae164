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
    ("household", '"022085001234"', None),
    ("enterprise", '"022085001234"', "tax-code"),
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
