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


@emits("date-in-future", "plan-period")
def period(cat, ctx):
    for plan in cat.plans.values():
        start, end = plan.period
        if start and end and end < start:
            yield error(plan.source.at("period.to"), "plan-period",
                        f"period.to: the plan ends ({end}) before it starts ({start})",
                        f"period.to: kế hoạch kết thúc ({dmy(end)}) trước khi bắt đầu ({dmy(start)})")
        days = [("issued_on", plan.issued_on)]
        days += [(f"targets[{i}].as_of", t.as_of) for i, t in enumerate(plan.targets)]
        for key, day in days:
            if day and day > ctx.today:
                yield error(plan.source.at(key), "date-in-future",
                            f"{key}: {day} is in the future (today is {ctx.today}); check the year",
                            f"{key}: ngày {dmy(day)} ở tương lai (hôm nay là {dmy(ctx.today)}); hãy kiểm tra năm")


@emits("target-where")
def where(cat, ctx):
    checks = {
        "stars": (lambda v: v in OCOP_STARS, "3, 4 or 5", "3, 4 hoặc 5"),
        "categories": (lambda v: categories.resolve(str(v))[0] is not None, 'a set number "01" to "26"',
                       'số bộ sản phẩm "01" đến "26"'),
        "producer_kinds": (lambda v: v in PRODUCER_KINDS, ", ".join(PRODUCER_KINDS), ", ".join(PRODUCER_KINDS)),
    }
    for plan in cat.plans.values():
        for t_index, target in enumerate(plan.targets):
            for field, (ok, want_en, want_vi) in checks.items():
                for i, value in enumerate(target.where.get(field, ())):
                    if not ok(value):
                        key = f"targets[{t_index}].where.{field}[{i}]"
                        yield error(plan.source.at(key), "target-where",
                                    f'{key}: expected {want_en}, found "{value}"',
                                    f'{key}: cần {want_vi}, nhưng thấy "{value}"')


RULES = (period, where)
