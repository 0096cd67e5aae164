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
    start, end = plan.period
    where = target.where
    stars = set(where.get("stars", ()))
    sets = {categories.resolve(str(c))[0] for c in where.get("categories", ())}
    localities = set(where.get("localities", ()))
    kinds = set(where.get("producer_kinds", ()))
    out = []
    for slug, info in site.info.items():
        p = info.product
        issued = p.certificate.issued_on
        if info.status == "revoked" or not issued or not (start <= issued <= end):
            continue
        if stars and p.stars not in stars or sets and p.category not in sets:
            continue
        if localities and p.locality not in localities:
            continue
        maker = site.catalogue.producers.get(p.producer)
        if kinds and (maker is None or maker.kind not in kinds):
            continue
        out.append(slug)
    return out


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
