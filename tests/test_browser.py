"""A visitor in Chromium, on a phone (390 px) and a desktop (1280 px)."""

from __future__ import annotations

import datetime as dt
import re
import urllib.request

import pytest

from tests.browser import serve


@pytest.fixture(scope="session")
def base_url(sample_site):
    with serve(sample_site) as url:
        yield url


@pytest.fixture(params=[390, 1280], ids=["phone", "desktop"])
def page(request, browser):
    context = browser.new_context(viewport={"width": request.param, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


def test_home_card_product_and_language_switch(page, base_url):
    page.goto(base_url)
    assert page.locator("html").get_attribute("lang") == "vi"
    card = page.locator(".ocop-card__link").first
    name = card.locator(".ocop-card__name").inner_text()
    card.click()
    assert page.locator("h1").inner_text() == name
    assert page.get_by_role("img", name=re.compile(r"^OCOP \d sao")).first.is_visible()
    vi_path = page.url[len(base_url):]
    page.get_by_role("button", name="Chọn ngôn ngữ").click()
    page.get_by_role("link", name="English").click()
    assert page.url == base_url + "en/" + vi_path
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Certificate").is_visible()


def test_filter_catalogue_to_five_stars(page, base_url, catalogue):
    page.goto(base_url + "catalogue/")
    filters = page.locator(".ocop-filters summary")
    filters.click()
    page.locator(".ocop-filters").get_by_role("link", name="5 sao").click()
    labels = page.locator(".ocop-card .ocop-badge").evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    expected = [p for p in catalogue.products.values() if p.stars == 5 and not p.certificate.revoked_on]
    assert labels and set(labels) == {"OCOP 5 sao"}
    assert len(labels) <= len(expected)


def test_plan_shows_computed_target_equal_to_matching_products(page, base_url, catalogue):
    from generator.pages.plans import counted_products
    from generator.pages.site import SiteData

    site = SiteData(catalogue, dt.date(2026, 11, 23))
    plan = next(p for p in catalogue.plans.values() if any(t.computed for t in p.targets))
    index, target = next((i, t) for i, t in enumerate(plan.targets) if t.computed)
    expected = len(counted_products(plan, target, site))
    page.goto(base_url + f"plans/{plan.slug}/")
    section = page.locator(".ocop-target").nth(index)
    assert section.locator("h3").inner_text() == target.label.vi
    shown = section.locator(".ocop-target__value").inner_text()
    assert shown.startswith(f"{expected} / ")
    section.locator("summary").click()
    assert section.locator("details li").count() == expected


@pytest.mark.parametrize("trimmed, lands_on", [("products/", "catalogue/"), ("en/products/", "en/catalogue/"),
                                               ("data/schemas/", "data/")])
def test_a_trimmed_url_leads_to_a_page(page, base_url, trimmed, lands_on):
    page.goto(base_url + trimmed)
    page.wait_for_url(base_url + lands_on)
    assert page.locator("h1").first.is_visible()


@pytest.mark.parametrize("prefix, line", [
    ("", "15/06/2022: 3 sao (1902/QĐ-UBND), UBND thị xã Đông Triều, điểm đánh giá 64/100"),
    ("en/", "Jun 15, 2022: 3 stars (1902/QĐ-UBND), UBND thị xã Đông Triều, council score 64/100"),
])
def test_earlier_recognitions_show_their_signer_and_score(page, base_url, prefix, line):
    page.goto(f"{base_url}{prefix}products/gao-nep-cai-hoa-vang-dong-trieu/")
    timeline = page.locator(".ocop-timeline li")
    assert timeline.first.is_visible()
    assert line in timeline.all_inner_texts()


def test_fair_calendar_file_parses(page, base_url, catalogue):
    from icalendar import Calendar

    fair = sorted(catalogue.fairs.values(), key=lambda f: f.starts_on)[-1]
    page.goto(base_url + f"fairs/{fair.slug}/")
    link = page.get_by_role("link", name="Thêm vào lịch (.ics)")
    href = link.get_attribute("href")
    with urllib.request.urlopen(page.url + href) as response:
        calendar = Calendar.from_ical(response.read())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 1
    assert str(events[0]["SUMMARY"]) == fair.name.vi
    assert events[0]["DTSTART"].dt == fair.starts_on
    assert events[0]["DTEND"].dt == fair.ends_on + dt.timedelta(days=1)


def test_every_product_page_prints_on_one_a4_sheet(browser, base_url, catalogue):
    tab = browser.new_page()
    for slug in catalogue.products:
        tab.goto(base_url + f"products/{slug}/")
        pdf = tab.pdf(format="A4")
        assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, slug
    tab.close()


def test_chinese_product_page_and_its_switcher(page, base_url):
    page.goto(base_url + "zh/products/cha-muc-ha-long/")
    assert page.locator("html").get_attribute("lang") == "zh"
    assert page.locator("h1").inner_text() == "下龙墨鱼饼"
    assert page.get_by_role("heading", name="认证证书").is_visible()
    # Be Vietnam Pro, then the visitor's own CJK fonts (ocop.css: the site ships no CJK web font)
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith('"Be Vietnam Pro", "PingFang SC", ') and family.endswith('"Source Han Sans SC", sans-serif')
    # the story has no Chinese yet: shown in English, marked so, with a visible note
    story = page.locator("[lang=en]", has_text="Squid cake pounding in Hon Gai")
    assert story.count() == 1
    assert page.get_by_text("此内容以英语显示").first.is_visible()
    for name, lang, path in (("Tiếng Việt", "vi", ""), ("English", "en", "en/")):
        page.goto(base_url + "zh/products/cha-muc-ha-long/")
        page.get_by_role("button", name="选择当前语言").click()
        page.get_by_role("link", name=name).click()
        assert page.url == f"{base_url}{path}products/cha-muc-ha-long/"
        assert page.locator("html").get_attribute("lang") == lang
        assert "PingFang" not in page.evaluate("getComputedStyle(document.body).fontFamily")
