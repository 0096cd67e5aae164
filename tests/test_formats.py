"""Numbers, prices and dates by Babel (CLDR) in each site language (generator/formats.py)."""

from __future__ import annotations

import datetime as dt
import timeit
import tomllib
from pathlib import Path

import babel
import pytest

from generator import formats
from generator.dates import dmy
from generator.pages.charts import format_number

NBSP = "\u00a0"


@pytest.mark.parametrize("value, vi, en, zh", [
    (0, "0", "0", "0"), (1, "1", "1", "1"), (15000, "15.000", "15,000", "15,000"),
    (1500000, "1.500.000", "1,500,000", "1,500,000"), (12345.5, "12.345,5", "12,345.5", "12,345.5"),
    (2.0, "2", "2", "2"), (0.125, "0,12", "0.12", "0.12"), (-4500, "-4.500", "-4,500", "-4,500"),
])
def test_numbers(value, vi, en, zh):
    assert [formats.number(value, lang) for lang in ("vi", "en", "zh")] == [vi, en, zh]
    assert [format_number(value, lang) for lang in ("vi", "en")] == [vi, en]  # the charts' name still works


@pytest.mark.parametrize("amount, vi, en, zh", [
    (0, f"0{NBSP}₫", "₫0", "₫0"), (1, f"1{NBSP}₫", "₫1", "₫1"), (15000, f"15.000{NBSP}₫", "₫15,000", "₫15,000"),
    (1500000, f"1.500.000{NBSP}₫", "₫1,500,000", "₫1,500,000"),
])
def test_prices_in_dong_each_language_its_own_way(amount, vi, en, zh):
    assert [formats.money(amount, lang) for lang in ("vi", "en", "zh")] == [vi, en, zh]


@pytest.mark.parametrize("day, vi, en, zh", [
    (dt.date(2026, 8, 5), "05/08/2026", "8/5/26", "2026/8/5"),
    (dt.date(2025, 12, 31), "31/12/2025", "12/31/25", "2025/12/31"),
])
def test_dates_vietnamese_day_month_year_in_full(day, vi, en, zh):
    assert [formats.date(day, lang) for lang in ("vi", "en", "zh")] == [vi, en, zh]
    assert dmy(day) == vi


@pytest.mark.parametrize("start, end, vi, en, zh", [
    (dt.date(2026, 3, 5), dt.date(2026, 3, 8), "5 – 8 thg 3, 2026", "Mar 5 – 8, 2026", "2026年3月5日 – 8日"),
    (dt.date(2026, 3, 30), dt.date(2026, 4, 2), "30 thg 3 – 2 thg 4, 2026", "Mar 30 – Apr 2, 2026",
     "2026年3月30日 – 4月2日"),
    (dt.date(2026, 12, 28), dt.date(2027, 1, 3), "28 thg 12, 2026 – 3 thg 1, 2027", "Dec 28, 2026 – Jan 3, 2027",
     "2026年12月28日 – 2027年1月3日"),
    (dt.date(2026, 3, 5), dt.date(2026, 3, 5), "5 thg 3, 2026", "Mar 5, 2026", "2026年3月5日"),
])
def test_fair_date_ranges_repeat_only_what_differs(start, end, vi, en, zh):
    got = [formats.date_range(start, end, lang).replace("\u2009", " ") for lang in ("vi", "en", "zh")]
    assert got == [vi, en, zh]


def test_an_unknown_language_is_named():
    with pytest.raises(ValueError, match="expected one of en, vi, zh, found 'fr'"):
        formats.number(1, "fr")


def test_a_thousand_calls_cost_a_few_milliseconds():
    """Called on every page of a 20,000-product build: the same values come back, and are kept."""
    day = dt.date(2026, 8, 5)
    formats.money(15000, "vi"), formats.date(day, "vi"), formats.number(1500000, "en")
    seconds = timeit.timeit(lambda: (formats.money(15000, "vi"), formats.date(day, "vi"),
                                     formats.number(1500000, "en")), number=1000)
    assert seconds < 0.01  # 3,000 calls; Babel alone would take some 35 ms


def test_babel_is_pinned_to_the_installed_version():
    project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert f"babel=={babel.__version__}" in project["project"]["dependencies"]


def test_the_booklet_and_the_site_write_prices_and_dates_alike(catalogue, tmp_path):
    """The product page and the booklet's card of one product show the same price and dates."""
    import jinja2

    from generator.booklet.render import Booklet, BookletOptions
    from generator.pages.render import Renderer
    from generator.pages.site import PageSpec, SiteData
    from tests.conftest import TODAY
    from tests.sitebuild import ROOT

    site = SiteData(catalogue, TODAY)
    slug = next(s for s, p in catalogue.products.items() if p.price and p.price.high > p.price.low)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "theme_overrides")), autoescape=True)
    for lang in ("vi", "en"):
        booklet = Booklet(site, BookletOptions(lang=lang, fonts=ROOT / "theme_overrides" / "assets" / "fonts",
                                               cache=tmp_path / "cache"), {})
        helpers = booklet._context(booklet.pagination())
        page = Renderer(env, site).page_helpers(PageSpec(f"products/{slug}/", lang, "product", slug))
        price = catalogue.products[slug].price
        assert helpers["money"](price.low) == page["money"](price.low) == formats.money(price.low, lang)
        assert helpers["date"](TODAY) == page["date"](TODAY)
        card = helpers["card"](catalogue.products[slug])
        assert formats.money(price.low, lang) in card and formats.money(price.high, lang) in card


@pytest.mark.parametrize("count, en", [(0, "0 products"), (1, "1 product"), (2, "2 products"), (1234, "1,234 products")])
def test_a_count_of_products_takes_the_plural_its_language_asks_for(count, en):
    from generator.pages.labels import label_n

    assert label_n("en", "n_products", count, n=formats.number(count, "en")) == en
    assert label_n("vi", "n_products", count, n=formats.number(count, "vi")) == f"{formats.number(count, 'vi')} sản phẩm"
    assert formats.plural(count, "zh") == "other"  # Chinese, like Vietnamese, has one form


def test_producers_with_one_product_read_1_product_in_english(sample_site):
    import re

    page = (sample_site / "en" / "producers" / "index.html").read_text(encoding="utf-8")
    counts = re.findall(r"\((\d+) products?\)", page)
    assert "1" in counts  # the sample has producers with a single product
    assert "(1 products)" not in page and "(1 product)" in page
    assert not re.search(r"\((?:[02-9]|\d\d+) product\)", page)
