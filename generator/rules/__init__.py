"""Rules: functions over the loaded catalogue that yield issues. Each module's docstring
explains its rules with a good and a bad example; it doubles as documentation for staff."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Iterable

from generator.heap import no_cyclic_gc
from generator.issues import Issue, ordered, rule_failed
from generator.load import load_catalogue
from generator.load.cache import LoadCache
from generator.model.records import Catalogue
from generator.rules import (
    categories, certificates, duplicates, fairs, identifiers, images, lookalike, plans, province, references,
    signers, stars, vietnamese,
)
from generator.rules.context import RuleContext

Rule = Callable[[Catalogue, RuleContext], Iterable[Issue]]

RULES: tuple[Rule, ...] = (
    *province.RULES, *stars.RULES, *signers.RULES, *certificates.RULES, *categories.RULES, *references.RULES,
    *identifiers.RULES, *images.RULES, *fairs.RULES, *plans.RULES, *duplicates.RULES, *vietnamese.RULES,
    *lookalike.RULES,
)


def check(catalogue: Catalogue, today: dt.date, photo_checks: dict | None = None,
          photo_cache: Path | None = None) -> list[Issue]:
    ctx = RuleContext(catalogue, today, photo_checks, photo_cache)
    issues: list[Issue] = []
    for rule in RULES:
        try:
            issues.extend(rule(catalogue, ctx))
        except Exception as exc:  # a bug in one rule must not hide the other rules' issues
            issues.append(rule_failed(rule, exc))
    return issues


def validate(root: str, today: dt.date, cache: LoadCache | None = None,
             langs: tuple[str, ...] | None = None) -> tuple[Catalogue, list[Issue]]:
    """Load everything and run every rule; all issues, sorted by file and line. With a `cache`,
    records of files unchanged since it was filled are reused instead of parsed again (the caller
    opens and saves it)."""
    with no_cyclic_gc():
        catalogue, issues = load_catalogue(root, cache, langs)
        photo_cache = cache.path.parent / "images" if cache is not None and cache.path is not None else None
        issues.extend(check(catalogue, today, cache.photo_checks if cache is not None else None, photo_cache))
    return catalogue, ordered(issues)
