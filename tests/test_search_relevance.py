"""The relevance set (tests/search_relevance.yml): each query typed into the sample site's search
page in Chromium, as a visitor would, and its first results checked against what must and must not
be there. One test per query, so the summary line is the share that passes."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

from tests.browser import serve

CASES = yaml.safe_load((Path(__file__).parent / "search_relevance.yml").read_text(encoding="utf-8"))


def _id(case: dict) -> str:
    return f"{case.get('lang', 'vi')}:{case['q']}"


@pytest.fixture(scope="module")
def tab(sample_site, browser):
    with serve(sample_site) as url:
        page = browser.new_page(viewport={"width": 390, "height": 900})
        yield page, url
        page.close()


def first_results(tab, query: str, lang: str) -> list[str]:
    page, base_url = tab
    page.goto(f"{base_url}{'en/' if lang == 'en' else ''}search/?q={quote(query)}")
    page.wait_for_selector("#ocop-search-results[aria-busy=false]", state="attached")
    return page.locator("#ocop-search-results .ocop-card__name").all_inner_texts()


def test_the_set_names_real_products_and_has_forty_queries(catalogue):
    names = {lang: {p.name.get(lang) for p in catalogue.products.values()} for lang in ("vi", "en")}
    assert len(CASES) >= 40
    for case in CASES:
        lang = case.get("lang", "vi")
        named = [*case.get("want", ()), *case.get("only", ()), *case.get("not", ())]
        assert named and set(named) <= names[lang], (_id(case), set(named) - names[lang])
        assert 1 <= case["top"] <= 12  # the first batch of cards the page shows


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_relevance(tab, case):
    lang = case.get("lang", "vi")
    first = first_results(tab, case["q"], lang)[:case["top"]]
    shown = f"{_id(case)} first {case['top']}: {first}"
    assert set(case.get("want", ())) <= set(first), shown
    if "only" in case:
        assert len(first) == case["top"] and set(first) <= set(case["only"]), shown
    assert not set(case.get("not", ())) & set(first), shown
