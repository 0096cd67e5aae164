"""Plan progress: each target with its current value, whether it is met, and for computed
targets the products (or producers) that count.

A computed target counts products whose recognition decision falls inside the plan period. A
certificate that expired after the period still counts for that period; a revoked one does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import categories
from generator.model.records import Plan, Target
from generator.pages.site import SiteData


@dataclass(frozen=True)
class Progress:
    target: Target
    value: float
    met: bool
    products: tuple[str, ...] = ()  # slugs that count (computed targets)
    producers: tuple[str, ...] = ()


def counted_products(plan: Plan, target: Target, site: SiteData) -> list[str]:
    wanted = _criteria(target)
    return [slug for slug, info in site.info.items() if _counts(plan, wanted, info, site)]


def counts(plan: Plan, target: Target, info, site: SiteData) -> bool:
    """Whether the product of `info` (a ProductInfo) counts towards a computed `target`."""
    return _counts(plan, _criteria(target), info, site)


def _criteria(target: Target) -> tuple[set, set, set, set]:
    where = target.where
    return (set(where.get("stars", ())), {categories.resolve(str(c))[0] for c in where.get("categories", ())},
            set(where.get("localities", ())), set(where.get("producer_kinds", ())))


def _counts(plan: Plan, wanted: tuple[set, set, set, set], info, site: SiteData) -> bool:
    stars, sets, localities, kinds = wanted
    start, end = plan.period
    p = info.product
    issued = p.certificate.issued_on
    if info.status == "revoked" or not issued or not (start <= issued <= end):
        return False
    if stars and p.stars not in stars or sets and p.category not in sets:
        return False
    if localities and p.locality not in localities:
        return False
    if kinds:
        maker = site.catalogue.producers.get(p.producer)
        return maker is not None and maker.kind in kinds
    return True


def progress(plan: Plan, site: SiteData) -> list[Progress]:
    rows = []
    for target in plan.targets:
        if target.computed:
            slugs = counted_products(plan, target, site)
            makers = sorted({site.catalogue.products[s].producer for s in slugs})
            value = len(makers) if target.count == "producers" else len(slugs)
            rows.append(Progress(target, value, value >= target.target, tuple(slugs), tuple(makers)))
        else:
            rows.append(Progress(target, target.actual, target.actual >= target.target))
    return rows
