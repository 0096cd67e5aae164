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
    (dt.date(2026, 8, 5), "05/08/2026", "Aug 5, 2026", "2026年8月5日"),
    (dt.date(2025, 12, 31), "31/12/2025", "Dec 31, 2025", "2025年12月31日"),
    (dt.date(2027, 1, 1), "01/01/2027", "Jan 1, 2027", "2027年1月1日"),
])
def test_dates_vietnamese_day_month_year_in_full_others_cldr_s_medium_date(day, vi, en, zh):
    assert [formats.date(day, lang) for lang in ("vi", "en", "zh")] == [vi, en, zh]
    assert dmy(day) == vi


THIN = "\u2009"


@pytest.mark.parametrize("start, end, vi, en, zh", [
    (dt.date(2026, 3, 5), dt.date(2026, 3, 8), "05 – 08/03/2026", "Mar 5 – 8, 2026", "2026年3月5日 – 8日"),
    (dt.date(2026, 3, 30), dt.date(2026, 4, 2), "30/03 – 02/04/2026", "Mar 30 – Apr 2, 2026",
     "2026年3月30日 – 4月2日"),
    (dt.date(2026, 12, 28), dt.date(2027, 1, 3), "28/12/2026 – 03/01/2027", "Dec 28, 2026 – Jan 3, 2027",
     "2026年12月28日 – 2027年1月3日"),
    (dt.date(2026, 3, 5), dt.date(2026, 3, 5), "05/03/2026", "Mar 5, 2026", "2026年3月5日"),
])
def test_fair_date_ranges_repeat_only_what_differs(start, end, vi, en, zh):
    got = [formats.date_range(start, end, lang) for lang in ("vi", "en", "zh")]
    assert got == [x.replace(" – ", f"{THIN}–{THIN}") for x in (vi, en, zh)]  # CLDR's thin spaces around the dash
    for lang, text in zip(("vi", "en", "zh"), got):
        # in pieces, each end for a <time> of its own: (start, separator, end), or the one day
        expected = text.partition(f"{THIN}–{THIN}") if start != end else (formats.date(start, lang),)
        assert formats.date_range_parts(start, end, lang) == expected


@pytest.mark.parametrize("start, end", [
    (dt.date(2026, 3, 5), dt.date(2026, 3, 8)), (dt.date(2026, 3, 30), dt.date(2026, 4, 2)),
    (dt.date(2026, 12, 28), dt.date(2027, 1, 3)), (dt.date(2024, 2, 28), dt.date(2024, 2, 29)),
])
def test_english_and_chinese_ranges_are_babel_s_own_intervals(start, end):
    from babel.dates import format_interval

    for lang in ("en", "zh"):
        assert formats.date_range(start, end, lang) == format_interval(start, end, "yMMMd", locale=formats.locale(lang))
    assert formats.date_range(start, end, "vi").endswith(formats.date(end, "vi"))  # the end date in full


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
    """The product page and the booklet's card of one product show the same price and dates, and
    the booklet's list of fairs their dates as the fair pages write them."""
    import jinja2

    from generator.booklet.render import Booklet, BookletOptions
    from generator.load.settings import configured_languages
    from generator.pages.render import Renderer
    from generator.pages.site import PageSpec, SiteData
    from tests.conftest import TODAY
    from tests.sitebuild import ROOT

    site = SiteData(catalogue, TODAY, configured_languages(ROOT))
    slug = next(s for s, p in catalogue.products.items() if p.price and p.price.high > p.price.low)
    fair = catalogue.fairs[FAIR]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "theme_overrides")), autoescape=True)
    for lang in ("vi", "en", "zh"):
        booklet = Booklet(site, BookletOptions(lang=lang, fonts=ROOT / "theme_overrides" / "assets" / "fonts",
                                               cache=tmp_path / "cache"), {})
        helpers = booklet._context(booklet.pagination())
        page = Renderer(env, site).page_helpers(PageSpec(f"products/{slug}/", site.languages[lang], "product", slug))
        price = catalogue.products[slug].price
        assert helpers["money"](price.low) == page["money"](price.low) == formats.money(price.low, lang)
        assert helpers["date"](TODAY) == page["date"](TODAY) == formats.date(TODAY, lang)
        card = helpers["card"](catalogue.products[slug])
        assert formats.money(price.low, lang) in card and formats.money(price.high, lang) in card
        assert formats.date(site.info[slug].expires_on, lang) in card
        shown = "".join(page["date_range_parts"](fair.starts_on, fair.ends_on))
        assert shown == helpers["date_range"](fair.starts_on, fair.ends_on) == THIN.join(("", *RANGES[lang]))[1:]
        back = dict(booklet.html_parts(booklet.pagination()))["back"]
        assert f"<dt>{shown}</dt>" in back


FAIR = "hoi-cho-ocop-quang-ninh-xuan-2027"  # 2027-01-28 to 2027-02-02, upcoming on TODAY
RANGES = {"vi": ("28/01", "–", "02/02/2027"), "en": ("Jan 28", "–", "Feb 2, 2027"), "zh": ("2027年1月28日", "–", "2月2日")}


def test_fair_dates_on_every_page_that_shows_them(sample_site):
    """Each end of a fair's dates is a <time> with its ISO date, in each language's own way:
    on the fair's page, the list of fairs, the home page and the pages of its products."""
    for lang, prefix in (("vi", ""), ("en", "en/"), ("zh", "zh/")):
        start, dash, end = RANGES[lang]
        html = (f'<time datetime="2027-01-28">{start}</time>{THIN}{dash}{THIN}'
                f'<time datetime="2027-02-02">{end}</time>')
        for page in (f"fairs/{FAIR}", "fairs", "", "products/ruou-mo-yen-tu"):
            text = (sample_site / prefix / page / "index.html").read_text(encoding="utf-8")
            assert html in text, (lang, page)
    plans = (sample_site / "en" / "plans" / "index.html").read_text(encoding="utf-8")
    assert f'<time datetime="2026-01-01">Jan 1, 2026</time>{THIN}–{THIN}<time datetime="2030-12-31">Dec 31, 2030</time>' in plans


def test_no_iso_date_is_shown_to_a_reader(sample_site):
    """ISO dates stay in attributes and machine files; the text a reader sees on a generated
    page never has one (the hand-written pages for staff quote YAML, where dates are ISO)."""
    import re

    from tests.sitebuild import ROOT

    iso = re.compile(r">[^<]*\b20\d\d-\d\d-\d\d\b[^<]*<")
    for lang in ("en", "zh"):
        written = {page.stem for page in (ROOT / "docs" / lang).glob("*.md")}
        for path in (sample_site / lang).rglob("index.html"):
            if path.parent.name in written:
                continue
            text = path.read_text(encoding="utf-8")
            text = re.sub(r"<(script|style|pre|code)\b.*?</\1>", "", text, flags=re.S)  # YAML examples keep theirs
            assert not iso.search(text), (path, iso.search(text).group())


@pytest.mark.parametrize("count, en", [(0, "0 products"), (1, "1 product"), (2, "2 products"), (1234, "1,234 products")])
def test_a_count_of_products_takes_the_plural_its_language_asks_for(count, en):
    from generator.pages.labels import label_n

    assert label_n("en", "n_products", count, n=formats.number(count, "en")) == en
    assert label_n("vi", "n_products", count, n=formats.number(count, "vi")) == f"{formats.number(count, 'vi')} sản phẩm"
    assert label_n("zh", "n_products", count, n=str(count)) == f"{count} 个产品"  # one form, as in Vietnamese


def test_producers_with_one_product_read_1_product_in_english(sample_site):
    import re

    page = (sample_site / "en" / "producers" / "index.html").read_text(encoding="utf-8")
    counts = re.findall(r"\((\d+) products?\)", page)
    assert "1" in counts  # the sample has producers with a single product
    assert "(1 products)" not in page and "(1 product)" in page
    assert not re.search(r"\((?:[02-9]|\d\d+) product\)", page)
