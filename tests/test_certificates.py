"""Certificate arithmetic and the signing rules of each regime."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.model import certificates as certs
from generator.model.records import Certificate
from generator.model.regimes import allowed_signers, in_band, regime_on
from tests.conftest import PRODUCT

D = dt.date


@pytest.mark.parametrize("day,months,expected", [
    (D(2024, 5, 10), 36, D(2027, 5, 10)),
    (D(2024, 2, 29), 36, D(2027, 2, 28)),
    (D(2023, 11, 30), 3, D(2024, 2, 29)),
    (D(2025, 12, 31), 1, D(2026, 1, 31)),
])
def test_add_months(day, months, expected):
    assert certs.add_months(day, months) == expected


TODAY = D(2026, 11, 23)


@pytest.mark.parametrize("issued,revoked,pending,expected", [
    (D(2025, 8, 10), None, None, "valid"),
    (D(2024, 5, 22), None, None, "expiring"),        # expires 2027-05-22: 180 days left
    (D(2024, 5, 23), None, None, "valid"),           # 181 days left
    (D(2023, 11, 23), None, None, "expiring"),       # expires today: still valid today
    (D(2023, 11, 22), None, None, "expired"),
    (D(2023, 8, 1), None, D(2027, 1, 15), "renewal-pending"),
    (D(2023, 6, 1), None, D(2026, 11, 1), "expired"),  # the renewal grace has run out
    (D(2025, 8, 10), D(2026, 3, 1), None, "revoked"),
    (D(2025, 8, 10), D(2027, 3, 1), None, "valid"),  # a revocation dated later has not happened yet
])
def test_status(issued, revoked, pending, expected):
    cert = Certificate("1/QĐ-UBND", "UBND tỉnh Quảng Ninh", issued, revoked_on=revoked, renewal_pending_until=pending)
    assert certs.status(cert, TODAY) == expected


@pytest.mark.parametrize("day,regime", [
    (D(2020, 1, 1), "1048"), (D(2023, 2, 23), "1048"), (D(2023, 2, 24), "148"), (D(2025, 7, 1), "148"),
    (D(2025, 7, 5), "148"),
    (D(2025, 7, 6), "148+1489"), (D(2026, 5, 21), "148+1489"), (D(2026, 5, 22), "26/2026"),
])
def test_regime_by_date(day, regime):
    assert regime_on(day).id == regime


@pytest.mark.parametrize("regime_day,stars,signers", [
    (D(2022, 1, 1), 3, ["province"]),
    (D(2024, 1, 1), 3, ["district"]),
    (D(2024, 1, 1), 4, ["province"]),
    (D(2025, 6, 30), 3, ["district"]),
    (D(2025, 7, 1), 3, ["province"]),  # districts abolished; the province signs 3★ before 1489
    (D(2025, 8, 1), 3, ["province"]),
    (D(2026, 6, 1), 5, ["ministry"]),
])
def test_who_signs(regime_day, stars, signers):
    assert allowed_signers(regime_on(regime_day), stars) == signers


@pytest.mark.parametrize("stars,score,ok", [
    (3, 50, True), (3, 69.99, True), (3, 70, False), (4, 70, True), (4, 89.9, True), (4, 90, False),
    (5, 90, True), (5, 100, True), (3, 49.5, False),
])
def test_star_bands(stars, score, ok):
    assert in_band(stars, score) is ok


def _product(stars, issued_by, issued_on, extra=""):
    return (PRODUCT.replace("stars: 4", f"stars: {stars}").replace("score: 78.5\n", "")
            .replace("score_parts: {a: 32, b: 20, c: 26.5}\n", "")
            .replace("issued_by: UBND tỉnh Quảng Ninh", f"issued_by: {issued_by}")
            .replace("issued_on: 2025-08-10", f"issued_on: {issued_on}{extra}"))


P = "products/ruou-mo-yen-tu.yml"


def test_district_signed_three_stars_under_148(check):
    check({P: _product(3, "UBND huyện Ba Chẽ", "2024-04-15")}, expected=[])


def test_district_cannot_sign_under_1048(check):
    issues = check({P: _product(3, "UBND huyện Ba Chẽ", "2022-04-15")}, expected=[(P, 7, 14, "signer-not-allowed")])
    assert issues[0].vi == (
        'certificate.issued_by: theo Quyết định 1048/QĐ-TTg (áp dụng ngày 15/04/2022) giấy chứng nhận 3 sao do cấp '
        'tỉnh ký, không phải "UBND huyện Ba Chẽ" (cấp huyện); hãy kiểm tra cơ quan ký, số sao và ngày')


def test_five_stars_need_the_ministry(check):
    check({P: _product(5, "UBND tỉnh Quảng Ninh", "2025-08-10")}, expected=[(P, 7, 14, "signer-not-allowed")])
    check({P: _product(5, "Bộ Nông nghiệp và Môi trường", "2025-08-10")}, expected=[])


def test_declared_level_settles_an_unclear_signer(check):
    text = _product(4, "UBND Quảng Ninh", "2025-08-10").replace("  issued_on", "  level: province\n  issued_on")
    check({P: text}, expected=[])


def test_renewal_pending_accepted_within_180_days(check):
    text = _product(4, "UBND tỉnh Quảng Ninh", "2023-08-01", "\n  renewal_pending_until: 2027-01-15")
    check({P: text}, expected=[])


def test_traceability_recommended_for_four_stars_under_26_2026(check):
    issues = check({P: _product(4, "UBND tỉnh Quảng Ninh", "2026-06-01")})
    assert [(i.rule, i.severity) for i in issues] == [("traceability-recommended", "warning")]
