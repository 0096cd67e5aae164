"""Trade fairs.

`fair-dates`: a fair ends on or after the day it starts.
    good: ``starts_on: 2027-01-28`` and ``ends_on: 2027-02-02``
    bad:  ``starts_on: 2027-02-02`` and ``ends_on: 2027-01-28``
"""

from __future__ import annotations

from generator.issues import emits, error
from generator.rules.context import dmy


@emits("fair-dates")
def fair_dates(cat, ctx):
    for f in cat.fairs.values():
        if f.starts_on and f.ends_on and f.ends_on < f.starts_on:
            yield error(f.source.at("ends_on"), "fair-dates",
                        f"ends_on: the fair ends ({f.ends_on}) before it starts ({f.starts_on}); swap the dates",
                        f"ends_on: hội chợ kết thúc ({dmy(f.ends_on)}) trước khi bắt đầu ({dmy(f.starts_on)}); "
                        "hãy đổi chỗ hai ngày")


RULES = (fair_dates,)
