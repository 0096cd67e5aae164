"""Stars and scores.

`stars-not-ocop`: only 3, 4 and 5 stars are OCOP products; 1★ and 2★ get no decision.
    good: ``stars: 4``            bad: ``stars: 2``

`score-out-of-band`: the council score must lie in the band of the stars:
3★ from 50 to under 70, 4★ from 70 to under 90, 5★ from 90 to 100.
    good: ``stars: 4`` with ``score: 78.5``       bad: ``stars: 4`` with ``score: 68``

`score-proposed-five-stars` (warning): a 4★ product scoring 90 or more was proposed to the
ministry for 5★; when the ministry's council scores it lower, the province recognises it as 4★
(Decision 26/2026 Art. 7.4). Accepted, but check that the ministry did not recognise it as 5★.
    accepted with a warning: ``stars: 4`` with ``score: 91``

`score-parts-sum`: parts A, B and C add up to the score. Councils print each part averaged over
their members and rounded to two decimals, so each part may be 0.01 off.
    good: ``score: 78`` with ``score_parts: {a: 32, b: 20, c: 26}``
    good: ``score: 76`` with ``score_parts: {a: 30.33, b: 20.33, c: 25.33}`` (75.99, rounded parts)
    bad:  ``score: 78`` with ``score_parts: {a: 30, b: 20, c: 26}`` (76)

`score-part-over-max`: each part stays under its maximum, which depends on the decision in force
on the certificate date: A/B/C = 35/25/40 under Decision 1048 (before 24/02/2023), 40/25/35 from
Decision 148 on.
    good: issued 2024, ``a: 38``      bad: issued 2021, ``a: 38`` (maximum 35 under 1048)
"""

from __future__ import annotations

from generator.issues import emits, error, warning
from generator.model.regimes import OCOP_STARS, PART_ROUNDING, STAR_BANDS, in_band, regime_on
from generator.i18n import en_vi


@emits("stars-not-ocop")
def stars_not_ocop(cat, ctx):
    for p in cat.products.values():
        if p.stars is not None and p.stars not in OCOP_STARS:
            if p.stars in (1, 2):
                en = (f"{p.stars} stars is not an OCOP product (only 3, 4 or 5 stars are recognised); "
                      "remove the product or correct the stars")
                vi = (f"{p.stars} sao không phải sản phẩm OCOP (chỉ 3, 4 hoặc 5 sao được công nhận); "
                      "hãy xóa sản phẩm hoặc sửa số sao")
            else:
                en = f"expected 3, 4 or 5 stars, found {p.stars}"
                vi = f"số sao phải là 3, 4 hoặc 5, nhưng thấy {p.stars}"
            yield error(p.source.at("stars"), "stars-not-ocop", f"stars: {en}", f"stars: {vi}")


def _band(stars: int) -> str:
    low, high = STAR_BANDS[stars]
    return f"{low:g} to 100" if stars == 5 else f"{low:g} to under {high:g}"


def _band_vi(stars: int) -> str:
    low, high = STAR_BANDS[stars]
    return f"từ {low:g} đến 100" if stars == 5 else f"từ {low:g} đến dưới {high:g}"


@emits("score-out-of-band", "score-proposed-five-stars")
def score_out_of_band(cat, ctx):
    for p in cat.products.values():
        if p.score is None or p.stars not in OCOP_STARS or in_band(p.stars, p.score):
            continue
        if p.stars == 4 and p.score >= STAR_BANDS[5][0]:
            yield warning(p.source.at("score"), "score-proposed-five-stars",
                          *en_vi("score: {score:g} is in the 5-star band: a 4-star product scoring 90 or more was "
                                 "proposed to the ministry for 5 stars and kept 4 when the ministry scored it "
                                 "lower; if the ministry recognised it, write stars: 5 and its decision",
                                 score=p.score))
            continue
        yield error(p.source.at("score"), "score-out-of-band",
                    *en_vi("score: {score:g} does not fit {stars} stars, which needs a score from {band}; correct "
                           "the score or the stars as printed on the decision", score=p.score, stars=p.stars,
                           band=_band(p.stars), band_vi=_band_vi(p.stars)))


@emits("score-part-over-max", "score-parts-sum")
def score_parts(cat, ctx):
    for p in cat.products.values():
        parts = p.score_parts
        if parts is None:
            continue
        total = round(parts.a + parts.b + parts.c, 2)
        if p.score is not None and abs(total - round(p.score, 2)) > 3 * PART_ROUNDING + 1e-9:
            yield error(p.source.at("score_parts"), "score-parts-sum",
                        *en_vi("score_parts: A + B + C = {total:g}, but score is {score:g}; they must be equal (up "
                               "to 0.01 per part when parts are rounded averages)", total=total, score=p.score))
        if p.certificate.issued_on is None:
            continue
        regime = regime_on(p.certificate.issued_on)
        for name, value, maximum in zip("abc", (parts.a, parts.b, parts.c), regime.maxima):
            if value > maximum:
                yield error(p.source.at(f"score_parts.{name}"), "score-part-over-max",
                            *en_vi("score_parts.{name}: {value:g} is more than the maximum of {maximum} for part "
                                   "{part} under {regime}", name=name, value=value, maximum=maximum,
                                   part=name.upper(), regime=regime.name))


RULES = (stars_not_ocop, score_out_of_band, score_parts)
