"""The legal rules of OCOP recognition, as data: who signs which star and when, the score parts,
the centrally-run cities, the agriculture ministry's names, the personal identification number.
One row per decision or change, chosen by the date of the recognition decision: adding the next
decision or the next city is adding a row, not an if-chain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from generator.i18n import en_vi

# The levels of government, lowest first: a body ranks by its place here.
LEVELS = ("commune", "district", "province", "ministry")


@dataclass(frozen=True, slots=True)
class Regime:
    id: str
    name: str  # as printed: the decision that governed recognition
    starts_on: dt.date
    # Maximum points of parts A (product and community), B (marketing), C (quality).
    maxima: tuple[int, int, int]
    # Which level of government may sign a certificate of each star rating.
    signers: dict[str, frozenset[int]]


_148 = "Quyết định 148/QĐ-TTg"
REGIMES = (
    Regime(*en_vi("1048"), dt.date(2019, 8, 21), (35, 25, 40),
           {"province": frozenset({3, 4}), "ministry": frozenset({5})}),
    Regime("148", _148, dt.date(2023, 2, 24), (40, 25, 35),
           {"district": frozenset({3}), "province": frozenset({4}), "ministry": frozenset({5})}),
    # Districts were abolished on 01/07/2025; until Decision 1489 (06/07/2025) gave 3★ to the
    # province, the province signed 3★ under 148 as well.
    Regime("148", _148, dt.date(2025, 7, 1), (40, 25, 35),
           {"province": frozenset({3, 4}), "ministry": frozenset({5})}),
    Regime(*en_vi("148+1489"), dt.date(2025, 7, 6), (40, 25, 35),
           {"province": frozenset({3, 4}), "ministry": frozenset({5})}),
    Regime(*en_vi("26/2026"), dt.date(2026, 5, 22), (40, 25, 35),
           {"province": frozenset({3, 4}), "ministry": frozenset({5})}),
)

# Levels that no longer exist, with their last day (Resolution 202/2025/QH15: two-tier local
# government from 01/07/2025).
ABOLISHED = {"district": dt.date(2025, 6, 30)}

# Star bands on the 100-point average council score: half-open [low, high), 5★ closed at 100.
STAR_BANDS = {3: (50.0, 70.0), 4: (70.0, 90.0), 5: (90.0, 100.0)}
OCOP_STARS = frozenset(STAR_BANDS)
# Councils print each part averaged over their members, rounded to two decimals, so the parts
# may miss the total by this much each.
PART_ROUNDING = 0.01


@dataclass(frozen=True, slots=True)
class City:
    """A centrally-run city (thành phố trực thuộc trung ương): a "thành phố" at province level."""

    name: str
    since: dt.date | None = None  # None: for the whole period the rules cover
    spellings: tuple[str, ...] = ()  # other ways decisions write its name, and its name before


CENTRAL_CITIES = (
    City("Hà Nội"),
    City("Hồ Chí Minh", spellings=("HCM",)),
    City("Hải Phòng"),
    City("Đà Nẵng"),
    City("Cần Thơ"),
    # Resolution 175/2024/QH15: Thừa Thiên Huế became the centrally-run city of Huế on 01/01/2025;
    # before, "thành phố Huế" was a district-level city of that province.
    City("Huế", dt.date(2025, 1, 1), ("Thừa Thiên Huế",)),
)


@dataclass(frozen=True, slots=True)
class Ministry:
    """A name of the agriculture ministry, the one ministry that signs OCOP certificates (5★)."""

    name: str
    spellings: tuple[str, ...]  # short forms seen on decisions; "và"/"&" are ignored
    since: dt.date | None
    until: dt.date | None


MINISTRIES = (
    Ministry("Bộ Nông nghiệp và Phát triển nông thôn", (*en_vi("NN&PTNT"), "NNPTNT"),
             None, dt.date(2025, 2, 28)),
    # Resolution 176/2025/QH15 merged it with the environment ministry from 01/03/2025.
    Ministry("Bộ Nông nghiệp và Môi trường", (*en_vi("NN&MT"), "NNMT"), dt.date(2025, 3, 1), None),
)
# Around a rename either name is accepted, with a warning: stamps and letterheads change late.
RENAME_GRACE_DAYS = 31

# Circular 86/2024/TT-BTC: from 01/07/2025 an individual's 12-digit personal identification number
# is their tax code; producers run by individuals (households, individual businesses, farms) use it.
PERSONAL_ID_SINCE = dt.date(2025, 7, 1)
PERSONAL_ID_KINDS = ("household", "farm")


def regime_on(day: dt.date) -> Regime:
    """The regime in force on `day`; decisions older than 1048 are judged by 1048."""
    current = REGIMES[0]
    for regime in REGIMES:
        if regime.starts_on <= day:
            current = regime
    return current


def ministry_on(day: dt.date) -> Ministry:
    """The agriculture ministry's name on `day`."""
    return next(m for m in MINISTRIES if (m.since is None or m.since <= day) and (m.until is None or day <= m.until))


def ministry_name_verdict(written: Ministry, day: dt.date) -> tuple[str, dt.date | None]:
    """("ok", None) when `written` was the ministry's name on `day`; else the verdict and the
    day of the change: "renamed" (a warning) within RENAME_GRACE_DAYS of it, "wrong" further
    away (that name did not exist on that day)."""
    if written.since and day < written.since:
        change = written.since  # the name did not exist yet
    elif written.until and day > written.until:
        change = written.until + dt.timedelta(days=1)  # it had been changed
    else:
        return "ok", None
    return ("renamed" if abs((day - change).days) < RENAME_GRACE_DAYS else "wrong"), change


def in_band(stars: int, score: float) -> bool:
    low, high = STAR_BANDS[stars]
    return low <= score < high or (stars == 5 and score == high)


def allowed_signers(regime: Regime, stars: int) -> list[str]:
    return [level for level, stars_ in regime.signers.items() if stars in stars_]


def signer_verdict(level: str, stars: int, day: dt.date) -> str:
    """Whether a body of `level` may sign a `stars` certificate dated `day`:

    "ok"; "commune" (that level never signs); "abolished" (the level no longer existed);
    "above" (a higher body signing a lower star: a warning); "below" (a lower body signing a
    higher star: an error).
    """
    allowed = allowed_signers(regime_on(day), stars)
    if level in allowed:
        return "ok"
    if not any(level in regime.signers for regime in REGIMES):
        return "commune"
    if level in ABOLISHED and day > ABOLISHED[level]:
        return "abolished"
    highest = max(LEVELS.index(a) for a in allowed)
    return "above" if LEVELS.index(level) > highest else "below"
