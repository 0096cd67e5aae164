"""Scores as councils print them: parts averaged to two decimals, 4★ proposed for 5★."""

from __future__ import annotations

import pytest

from tests.conftest import PRODUCT

P = "products/ruou-mo-yen-tu.yml"


def scored(score: str, parts: str | None, stars: int = 4) -> str:
    text = PRODUCT.replace("score: 78.5", f"score: {score}").replace("stars: 4", f"stars: {stars}")
    return text.replace("{a: 32, b: 20, c: 26.5}", parts) if parts else text.replace(
        "score_parts: {a: 32, b: 20, c: 26.5}\n", "")


@pytest.mark.parametrize("score,parts", [
    ("76.00", "{a: 30.33, b: 20.33, c: 25.33}"),  # 75.99: each part a rounded average
    ("76", "{a: 30.34, b: 20.33, c: 25.33}"),
    ("80.01", "{a: 33.67, b: 20.67, c: 25.67}"),  # 80.01
    ("80", "{a: 33.67, b: 20.67, c: 25.67}"),  # 80.01 against a total printed as 80
    ("78.5", "{a: 32, b: 20, c: 26.5}"),
])
def test_rounded_parts_are_accepted(check, score, parts):
    check({P: scored(score, parts)}, expected=[])


def test_parts_that_do_not_add_up(check):
    issues = check({P: scored("78", "{a: 30, b: 20, c: 26}")}, expected=[(P, 6, 14, "score-parts-sum")])
    assert issues[0].en == ("score_parts: A + B + C = 76, but score is 78; they must be equal (up to 0.01 per part "
                            "when parts are rounded averages)")
    assert issues[0].vi == ("score_parts: A + B + C = 76, nhưng score là 78; hai số phải bằng nhau (cho phép lệch "
                            "0,01 mỗi phần khi điểm phần là trung bình đã làm tròn)")
    check({P: scored("76", "{a: 30.32, b: 20.32, c: 25.32}")}, expected=[(P, 6, 14, "score-parts-sum")])  # 75.96


def test_four_stars_scoring_90_or_more_is_a_warning(check):
    issues = check({P: scored("91.5", "{a: 37, b: 22, c: 32.5}")})
    assert [(i.rule, i.severity) for i in issues] == [("score-proposed-five-stars", "warning")]
    assert issues[0].en == (
        "score: 91.5 is in the 5-star band: a 4-star product scoring 90 or more was proposed to the ministry for "
        "5 stars and kept 4 when the ministry scored it lower; if the ministry recognised it, write stars: 5 and its "
        "decision")
    assert issues[0].vi == (
        "score: điểm 91.5 thuộc mức 5 sao: sản phẩm 4 sao đạt từ 90 điểm đã được đề nghị Bộ công nhận 5 sao và giữ "
        "4 sao khi hội đồng trung ương chấm thấp hơn; nếu Bộ đã công nhận, hãy ghi stars: 5 và quyết định của Bộ")
    check({P: scored("90", None)}, expected=[(P, 5, 8, "score-proposed-five-stars")])


@pytest.mark.parametrize("stars,score", [(4, "68"), (3, "72"), (3, "91"), (5, "89.5")])
def test_other_scores_outside_the_band_stay_errors(check, stars, score):
    issues = check({P: scored(score, None, stars).replace("issued_by: UBND tỉnh Quảng Ninh", "issued_by: "
                                                           + ("Bộ Nông nghiệp và Môi trường" if stars == 5
                                                              else "UBND tỉnh Quảng Ninh"))})
    assert [(i.rule, i.severity) for i in issues] == [("score-out-of-band", "error")]
