"""Provincial OCOP plans and their targets.

`plan-period`: the period runs forward (``from`` before ``to``).
`date-in-future`: the plan's date and a reported figure's ``as_of`` are not after today.
`target-where`: a computed target filters on real values: stars 3–5, set numbers 01–26, producer
kinds from the list; locality slugs must exist (reported as `unknown-locality`).
    good: ``where: {stars: [4, 5], categories: ["14", "15"]}``
    bad:  ``where: {stars: [6]}``
"""

from __future__ import annotations

from generator.issues import emits, error
from generator.load.kinds import PRODUCER_KINDS
from generator.model import categories
from generator.model.regimes import OCOP_STARS
from generator.rules.context import dmy
from generator.i18n import en_vi


@emits("date-in-future", "plan-period")
def period(cat, ctx):
    for plan in cat.plans.values():
        start, end = plan.period
        if start and end and end < start:
            yield error(plan.source.at("period.to"), "plan-period",
                        *en_vi("period.to: the plan ends ({end}) before it starts ({start})", end=end, start=start,
                               end_vi=dmy(end), start_vi=dmy(start)))
        days = [("issued_on", plan.issued_on)]
        days += [(f"targets[{i}].as_of", t.as_of) for i, t in enumerate(plan.targets)]
        for key, day in days:
            if day and day > ctx.today:
                yield error(plan.source.at(key), "date-in-future",
                            *en_vi("{key}: {day} is in the future (today is {today}); check the year", key=key,
                                   day=day, today=ctx.today, day_vi=dmy(day), today_vi=dmy(ctx.today)))


@emits("target-where")
def where(cat, ctx):
    checks = {
        "stars": (lambda v: v in OCOP_STARS, *en_vi("3, 4 or 5")),
        "categories": (lambda v: categories.resolve(str(v))[0] is not None, *en_vi('a set number "01" to "26"')),
        "producer_kinds": (lambda v: v in PRODUCER_KINDS, ", ".join(PRODUCER_KINDS), ", ".join(PRODUCER_KINDS)),
    }
    for plan in cat.plans.values():
        for t_index, target in enumerate(plan.targets):
            for field, (ok, want_en, want_vi) in checks.items():
                for i, value in enumerate(target.where.get(field, ())):
                    if not ok(value):
                        key = f"targets[{t_index}].where.{field}[{i}]"
                        yield error(plan.source.at(key), "target-where",
                                    *en_vi('{key}: expected {want_en}, found "{value}"', key=key, want_en=want_en,
                                           value=value, want_vi=want_vi))


RULES = (period, where)
