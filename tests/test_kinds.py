"""The table of page kinds (generator/pages/kinds.py): every kind has a template, a context
builder and its dependencies declared; an unknown kind fails loudly instead of rendering an
empty page."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.model.text import Text
from generator.serve import changes
from generator.serve.changes import Edited, pages_to_render
from generator.pages.kinds import KINDS, MENU, RECORDS, kind
from generator.pages.render import Renderer
from generator.pages.site import PageSpec, SiteData
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parent.parent
FRAGMENTS = {"macros", "card", "filters"}  # templates included by others, not pages


def test_every_template_is_a_kind_and_every_kind_has_a_template():
    templates = {p.stem for p in (ROOT / "theme_overrides" / "ocop").glob("*.html")} - FRAGMENTS
    assert templates == set(KINDS)


def test_every_kind_has_its_context_builder():
    missing = [name for name, entry in KINDS.items() if not callable(getattr(Renderer, entry.context, None))]
    assert missing == []


def test_the_site_makes_pages_of_every_kind_and_of_no_other(catalogue):
    made = {spec.kind for spec in SiteData(catalogue, TODAY).pages()}
    assert made == set(KINDS)


def test_every_kind_with_a_page_per_record_says_which_edits_touch_it(catalogue):
    site = SiteData(catalogue, TODAY)
    now, later = changes.affected(site, site, Edited(products={"ruou-mo-yen-tu"}), set())
    per_record = {name for name, entry in KINDS.items() if entry.depends == RECORDS}
    assert per_record == set(now) | set(later)
    assert all(entry.shows for name, entry in KINDS.items() if name in per_record)


def test_a_kind_whose_dependencies_are_not_declared_stops_a_quick_rebuild(catalogue, monkeypatch):
    site = SiteData(catalogue, TODAY)
    real = changes.affected

    def forgetful(*args):
        now, later = real(*args)
        now.pop("set")
        return now, later

    monkeypatch.setattr(changes, "affected", forgetful)
    with pytest.raises(ValueError, match="'set'"):
        pages_to_render(site, site, Edited(products={"ruou-mo-yen-tu"}), set())


def test_an_unknown_kind_fails_loudly_instead_of_rendering_an_empty_page(catalogue):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "theme_overrides")), autoescape=True)
    renderer = Renderer(env, SiteData(catalogue, TODAY))
    with pytest.raises(ValueError, match="unknown page kind 'prodcut'"):
        renderer.render(PageSpec("products/x/", "vi", "prodcut", "x", Text("x")))
    with pytest.raises(ValueError, match="unknown page kind"):
        kind("")


def test_the_menu_keeps_its_order_and_only_menu_pages_are_in_the_nav(catalogue):
    assert MENU == ("home", "catalogue", "verify", "producers", "localities", "categories", "fairs", "plans",
                    "statistics", "open_data")
    for spec in SiteData(catalogue, TODAY).pages():
        assert spec.in_nav == (spec.kind in MENU and spec.key == "" and not spec.params), spec
