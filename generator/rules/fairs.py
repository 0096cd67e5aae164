"""Trade fairs.

`fair-dates`: a fair ends on or after the day it starts.
    good: ``starts_on: 2027-01-28`` and ``ends_on: 2027-02-02``
    bad:  ``starts_on: 2027-02-02`` and ``ends_on: 2027-01-28``
"""

from __future__ import annotations

from generator.issues import emits, error
from generator.rules.context import dmy
from generator.i18n import en_vi


@emits("fair-dates")
def fair_dates(cat, ctx):
    for f in cat.fairs.values():
        if f.starts_on and f.ends_on and f.ends_on < f.starts_on:
            yield error(f.source.at("ends_on"), "fair-dates",
                        *en_vi("ends_on: the fair ends ({ends_on}) before it starts ({starts_on}); swap the dates",
                               ends_on=f.ends_on, starts_on=f.starts_on, ends_on_vi=dmy(f.ends_on),
                               starts_on_vi=dmy(f.starts_on)))


RULES = (fair_dates,)
