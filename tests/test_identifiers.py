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


@pytest.mark.parametrize("value,code,alias", [
    ("14", "14", False), ("1", "01", False), ("27", None, False), ("Gia vị khác", "10", True),
    ("Mỹ phẩm có thành phần từ thảo dược", "19", True), ("rượu trắng", "14", True), ("Rượu", None, False),
])
def test_category_resolution(value, code, alias):
    assert categories.resolve(value) == (code, alias)


def test_category_alias_is_reported_as_the_canonical_set(check):
    from tests.conftest import PRODUCT

    issues = check({"products/ruou-mo-yen-tu.yml": PRODUCT.replace('category: "15"', "category: Đồ uống có cồn khác")})
    assert [(i.rule, i.en) for i in issues] == [(
        "category-alias",
        'category: "Đồ uống có cồn khác" is an older name of set 15 (Other alcoholic drinks); write category: "15"')]


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
