"""Which pages a quick `mkdocs serve` rebuild renders for an edit (generator/serve/changes.py)."""

from __future__ import annotations

import dataclasses

import pytest

from generator.model.text import Text
from generator.serve.changes import Edited, edited_records, pages_to_render, removed_urls
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
    rebuild = pages_to_render(old, new, Edited(products={SLUG}), set())
    assert {p.key for p in rebuild.now if p.kind == "product"} == {SLUG}
    producer = catalogue.products[SLUG].producer
    assert {p.key for p in rebuild.now if p.kind == "producer"} == {producer}
    listings = [p for p in rebuild.now if p.kind == "listing"]
    assert listings and len(listings) < len([p for p in new.pages() if p.kind == "listing"]) / 4
    assert len(rebuild.now) + len(rebuild.later) < len(new.pages()) / 5


def test_pages_that_count_the_whole_catalogue_wait_for_the_second_round(catalogue):
    old = SiteData(catalogue, TODAY)
    new = edited_site(catalogue, SLUG, description=Text("Mô tả mới"))
    rebuild = pages_to_render(old, new, Edited(products={SLUG}), set())
    assert {"home", "producers", "statistics"} <= {p.kind for p in rebuild.later}
    assert not {p.kind for p in rebuild.now} & {"home", "producers", "statistics", "category"}
    assert {p.url for p in rebuild.now}.isdisjoint(p.url for p in rebuild.later)


def test_a_change_of_stars_renders_every_listing_page_those_showing_it_first(catalogue):
    """Every listing page shows the size of every facet in its filter menu."""
    old = SiteData(catalogue, TODAY)
    new = edited_site(catalogue, SLUG, stars=4)
    rebuild = pages_to_render(old, new, Edited(products={SLUG}), set())
    listings = {p.url for p in new.pages() if p.kind == "listing"}
    first = {p.url for p in rebuild.now if p.kind == "listing"}
    assert first | {p.url for p in rebuild.later if p.kind == "listing"} == listings
    assert "catalogue/stars-4/" in first and "catalogue/stars-5/" in first  # where it goes, where it was
    assert 0 < len(first) < len(listings) / 4


def test_pages_a_cut_short_second_round_left_are_rendered_again(catalogue):
    old = SiteData(catalogue, TODAY)
    new = edited_site(catalogue, SLUG, description=Text("Mô tả mới"))
    other = next(s for s in catalogue.products if s != SLUG)
    stale = {f"products/{other}/", "en/catalogue/stars-3/newest/"}
    rebuild = pages_to_render(old, new, Edited(products={SLUG}), set(), stale=stale)
    assert stale <= {p.url for p in rebuild.later}


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


def test_plan_pages_are_rendered_only_when_a_changed_product_counts_in_them_or_they_changed(catalogue):
    from generator.pages.plans import counted_products

    old = SiteData(catalogue, TODAY)
    plan = next(iter(catalogue.plans.values()))
    counted = {s for t in plan.targets if t.computed for s in counted_products(plan, t, old)}
    inside = next(iter(counted))
    outside = next(s for s in catalogue.products if s not in counted)
    for slug, expected in ((inside, True), (outside, False)):
        new = edited_site(catalogue, slug, description=Text("Mô tả mới"))
        rebuild = pages_to_render(old, new, Edited(products={slug}), set())
        assert (plan.slug in {p.key for p in rebuild.later if p.kind == "plan"}) is expected
    edited_plan = pages_to_render(old, old, Edited(plans={plan.slug}), set())
    assert {p.key for p in edited_plan.now if p.kind == "plan"} == {plan.slug}  # its own file: first
