"""Which pages a quick `mkdocs serve` rebuild renders for an edit (generator/pages/changes.py)."""

from __future__ import annotations

import dataclasses

import pytest

from generator.model.text import Text
from generator.pages.changes import Edited, edited_records, pages_to_render, removed_urls
from generator.pages.site import SiteData
from tests.conftest import TODAY

SLUG = "ruou-mo-yen-tu"


def edited_site(catalogue, slug, **fields) -> SiteData:
    products = dict(catalogue.products)
    products[slug] = dataclasses.replace(products[slug], **fields)
    return SiteData(dataclasses.replace(catalogue, products=products), TODAY)


def test_a_new_description_renders_its_product_and_what_lists_it_not_other_products(catalogue):
    old = SiteData(catalogue, TODAY)
    new = edited_site(catalogue, SLUG, description=Text("Mô tả mới"))
    pages = pages_to_render(old, new, Edited(products={SLUG}), set())
    products = {p.key for p in pages if p.kind == "product"}
    assert products == {SLUG}
    producer = catalogue.products[SLUG].producer
    assert {p.key for p in pages if p.kind == "producer"} == {producer}
    listings = [p for p in pages if p.kind == "listing"]
    assert listings and len(listings) < len([p for p in new.pages() if p.kind == "listing"]) / 4
    assert len(pages) < len(new.pages()) / 5


def test_a_change_of_stars_renders_every_listing_page(catalogue):
    """Every listing page shows the size of every facet in its filter menu."""
    old = SiteData(catalogue, TODAY)
    new = edited_site(catalogue, SLUG, stars=4)
    pages = pages_to_render(old, new, Edited(products={SLUG}), set())
    assert {p.url for p in pages if p.kind == "listing"} == {p.url for p in new.pages() if p.kind == "listing"}


def test_a_deleted_product_has_its_pages_removed(catalogue):
    old = SiteData(catalogue, TODAY)
    products = {s: p for s, p in catalogue.products.items() if s != SLUG}
    new = SiteData(dataclasses.replace(catalogue, products=products), TODAY)
    assert {"products/ruou-mo-yen-tu/", "en/products/ruou-mo-yen-tu/"} <= set(removed_urls(old.pages(), new.pages()))


@pytest.mark.parametrize("paths, expected", [
    (["products/a.yml", "producers/b.yml"], Edited(products={"a"}, producers={"b"})),
    (["fairs/f.yml", "plans/p.yml"], Edited(fairs={"f"}, plans={"p"})),
    (["province.yml"], None),  # locality names are on most pages: a full rebuild
    (["products/a/cover.jpg"], None),
])
def test_edited_records(paths, expected):
    assert edited_records(paths) == expected


def test_plan_pages_are_rendered_only_when_a_changed_product_counts_in_them(catalogue):
    from generator.pages.plans import counted_products

    old = SiteData(catalogue, TODAY)
    plan = next(iter(catalogue.plans.values()))
    counted = {s for t in plan.targets if t.computed for s in counted_products(plan, t, old)}
    inside = next(iter(counted))
    outside = next(s for s in catalogue.products if s not in counted)
    for slug, expected in ((inside, True), (outside, False)):
        new = edited_site(catalogue, slug, description=Text("Mô tả mới"))
        pages = pages_to_render(old, new, Edited(products={slug}), set())
        assert (plan.slug in {p.key for p in pages if p.kind == "plan"}) is expected
