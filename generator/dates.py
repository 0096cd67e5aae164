"""The build date ("today"): from an option, else SOURCE_DATE_EPOCH, else the real date.

Status, "upcoming" and "expiring" all depend on it, so a build is reproducible only when it is
fixed; templates never read the clock.
"""

from __future__ import annotations

import datetime as dt
import os

from generator import formats


def resolve_today(option: str | dt.date | None = None, environ: dict | None = None) -> dt.date:
    if isinstance(option, dt.date):
        return option
    if option:
        return dt.date.fromisoformat(option)
    epoch = (environ if environ is not None else os.environ).get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return dt.date.today()


def dmy(day: dt.date) -> str:
    """A date as Vietnamese readers write it: 05/08/2026 (generator/formats.py)."""
    return formats.date(day, "vi")
