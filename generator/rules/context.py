"""What rules share: the build date and lookups computed once per run."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from pathlib import Path

from generator.dates import dmy  # noqa: F401 - re-exported for the rules
from generator.model.bodies import Home
from generator.model.records import Catalogue


class RuleContext:
    def __init__(self, catalogue: Catalogue, today: dt.date, photo_checks: dict | None = None,
                 photo_cache: Path | None = None):
        self.catalogue = catalogue
        self.today = today
        self.photo_cache = photo_cache  # the build's processed-photo cache folder, if known
        # photo file (path, size, time) -> what was wrong with it; kept by a serve session
        self.photo_checks = photo_checks if photo_checks is not None else {}

    @cached_property
    def localities(self) -> set[str]:
        province = self.catalogue.province
        return {loc.slug for loc in province.localities} if province else set()

    @cached_property
    def places(self):
        """The province's localities by slug and by their names, old and new (folded once for
        every rule that checks a locality: generator/rules/references.py)."""
        from generator.rules.references import Places

        return Places(self.catalogue)

    @cached_property
    def home(self) -> Home | None:
        """This catalogue's province as the signer rules see it."""
        return Home.of(self.catalogue.province)

    @cached_property
    def products_by_producer(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for product in self.catalogue.products.values():
            if product.producer:
                out.setdefault(product.producer, []).append(product.slug)
        return out
