"""The legal regimes of OCOP recognition, as data: one row per decision, chosen by the date of
the recognition decision. Adding the next decision is adding a row, not an if-chain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Regime:
    id: str
    name: str  # as printed: the decision that governed recognition
    starts_on: dt.date
    # Maximum points of parts A (product and community), B (marketing), C (quality).
    maxima: tuple[int, int, int]
    # Which level of government may sign a certificate of each star rating.
    signers: dict[str, frozenset[int]]


REGIMES = (
    Regime("1048", "Quyết định 1048/QĐ-TTg", dt.date(2019, 8, 21), (35, 25, 40),
           {"province": frozenset({3, 4}), "ministry": frozenset({5})}),
    Regime("148", "Quyết định 148/QĐ-TTg", dt.date(2023, 2, 24), (40, 25, 35),
           {"district": frozenset({3}), "province": frozenset({4}), "ministry": frozenset({5})}),
    Regime("148+1489", "Quyết định 148/QĐ-TTg, sửa đổi bởi 1489/QĐ-TTg", dt.date(2025, 7, 6), (40, 25, 35),
           {"province": frozenset({3, 4}), "ministry": frozenset({5})}),
    Regime("26/2026", "Quyết định 26/2026/QĐ-TTg", dt.date(2026, 5, 22), (40, 25, 35),
           {"province": frozenset({3, 4}), "ministry": frozenset({5})}),
)

# Star bands on the 100-point average council score: half-open [low, high), 5★ closed at 100.
STAR_BANDS = {3: (50.0, 70.0), 4: (70.0, 90.0), 5: (90.0, 100.0)}
OCOP_STARS = frozenset(STAR_BANDS)

# The central ministry that signs 5★ decisions, by date.
MINISTRIES = (
    (dt.date(1900, 1, 1), "Bộ Nông nghiệp và Phát triển nông thôn"),
    (dt.date(2025, 3, 1), "Bộ Nông nghiệp và Môi trường"),
)


def regime_on(day: dt.date) -> Regime:
    """The regime in force on `day`; decisions older than 1048 are judged by 1048."""
    current = REGIMES[0]
    for regime in REGIMES:
        if regime.starts_on <= day:
            current = regime
    return current


def ministry_on(day: dt.date) -> str:
    current = MINISTRIES[0][1]
    for since, name in MINISTRIES:
        if since <= day:
            current = name
    return current


def in_band(stars: int, score: float) -> bool:
    low, high = STAR_BANDS[stars]
    return low <= score < high or (stars == 5 and score == high)


def allowed_signers(regime: Regime, stars: int) -> list[str]:
    return [level for level, stars_ in regime.signers.items() if stars in stars_]
