"""Search as a visitor uses it: diacritics optional, both languages, filters, sorting."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

import pytest

from generator.pages.site import SiteData
from generator.search.codes import decision_word
from generator.search.records import FOLDED_SHARE, CODES, DESCRIPTION, KIND, MAKER, NAME, product_records
from tests.browser import serve

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def base_url(sample_site):
    with serve(sample_site) as url:
        yield url


@pytest.fixture
def page(browser):
    tab = browser.new_page(viewport={"width": 390, "height": 900})
    yield tab
    tab.close()


def search(page, base_url, query="", lang="vi", **params):
    prefix = "" if lang == "vi" else f"{lang}/"
    extra = "".join(f"&{k}={quote(v)}" for k, v in params.items())
    page.goto(f"{base_url}{prefix}search/?q={quote(query)}{extra}")
    page.wait_for_selector("#ocop-search-results[aria-busy=false]", state="attached")
    return page.locator("#ocop-search-results .ocop-card__name").all_inner_texts()


def test_typing_without_diacritics_finds_the_same_products(page, base_url):
    plain = search(page, base_url, "ruou mo")
    accented = search(page, base_url, "rượu mơ")
    assert plain and plain == accented
    assert plain[0] == "Rượu mơ Yên Tử"


def test_d_finds_the_letter_dd(page, base_url):
    assert search(page, base_url, "dong trung ha thao")[0] == "Đông trùng hạ thảo sấy thăng hoa"


def test_english_page_finds_english_names(page, base_url):
    results = search(page, base_url, "apricot liqueur", lang="en")
    assert results[0] == "Yen Tu apricot liqueur"
    assert page.locator("html").get_attribute("lang") == "en"


def test_filter_to_five_stars_shows_only_five_stars(page, base_url, catalogue):
    search(page, base_url, "", stars="5 sao")
    labels = page.locator("#ocop-search-results .ocop-badge").evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label'))")
    five = [p for p in catalogue.products.values() if p.stars == 5]
    assert len(labels) == len(five)
    assert all(label.startswith("OCOP 5 sao") for label in labels)


def test_sort_by_name_follows_vietnamese_order(page, base_url, catalogue):
    site = SiteData(catalogue, TODAY)
    names = search(page, base_url, "", sort="name", stars="4 sao")
    expected = [catalogue.products[s].name.vi for s in site.name_order("vi") if catalogue.products[s].stars == 4]
    assert names == expected[:12]


@pytest.mark.parametrize("sort", ["stars", "newest"])
def test_sorts_follow_the_catalogue_orders(page, base_url, catalogue, sort):
    site = SiteData(catalogue, TODAY)
    names = search(page, base_url, "", sort=sort)
    expected = [catalogue.products[s].name.vi for s in site.ordered(catalogue.products, "vi", sort)]
    assert page.locator("#ocop-search-status").inner_text().startswith(str(len(catalogue.products)))
    assert names == expected[:12]


def test_sorting_a_query_keeps_only_its_matches(page, base_url, catalogue):
    site = SiteData(catalogue, TODAY)
    relevance = search(page, base_url, "ruou")
    by_stars = search(page, base_url, "ruou", sort="stars")
    rank = {catalogue.products[s].name.vi: i for i, s in enumerate(site.ordered(catalogue.products, "vi", "stars"))}
    assert sorted(by_stars) == sorted(relevance) and len(by_stars) > 1
    assert by_stars == sorted(relevance, key=rank.__getitem__)


def test_only_a_visitor_who_sorts_downloads_the_orders(page, base_url):
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    search(page, base_url, "ruou mo", stars="5 sao")
    assert not [url for url in fetched if "ocop-order" in url]
    search(page, base_url, "ruou mo", sort="newest")
    assert [url for url in fetched if url.endswith("pagefind/ocop-order-vi.json")]


def test_result_leads_to_the_product_in_the_same_language(page, base_url):
    search(page, base_url, "apricot liqueur", lang="en")
    page.locator("#ocop-search-results .ocop-card__link").first.click()
    assert page.url == base_url + "en/products/ruou-mo-yen-tu/"
    assert page.locator("h1").inner_text() == "Yen Tu apricot liqueur"


def test_expired_and_revoked_products_are_found_with_their_status(page, base_url, catalogue):
    revoked = next(p for p in catalogue.products.values() if p.certificate.revoked_on)
    search(page, base_url, revoked.name.vi)
    first = page.locator("#ocop-search-results .ocop-card").first
    assert first.locator(".ocop-card__name").inner_text() == revoked.name.vi
    assert first.locator(".ocop-status").inner_text() == "Đã thu hồi"


def test_header_box_searches_from_any_page(page, base_url):
    page.goto(base_url + "producers/")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.fill("#ocop-header-q", "mien dong")
    page.keyboard.press("Enter")
    page.wait_for_selector("#ocop-search-results[aria-busy=false]", state="attached")
    assert page.locator("#ocop-q").input_value() == "mien dong"
    assert page.locator(".ocop-card__name").first.inner_text().startswith("Miến dong")


def test_records_weigh_the_name_above_the_description_above_the_producer(catalogue):
    records = {r.url: r for r in product_records(SiteData(catalogue, TODAY), "vi")}
    blocks = records["products/ruou-mo-yen-tu/"].blocks
    weight = {text: w for w, text in blocks}
    assert blocks[0] == (NAME, "Rượu mơ Yên Tử")
    assert weight[next(t for t in weight if t.startswith("Hợp tác xã Nông nghiệp Yên Tử"))] == MAKER
    assert NAME > DESCRIPTION > KIND > MAKER
    assert records["products/ruou-mo-yen-tu/"].filters["stars"] == ["5 sao"]


def test_each_block_is_followed_by_its_words_folded_weighing_less(catalogue):
    records = {r.url: r for r in product_records(SiteData(catalogue, TODAY), "vi")}
    assert records["products/ruou-mo-yen-tu/"].blocks[1] == (NAME * FOLDED_SHARE, "ruou mo yen tu")
    blocks = records["products/dong-trung-ha-thao-say-thang-hoa/"].blocks
    assert blocks[0] == (NAME, "Đông trùng hạ thảo sấy thăng hoa")
    # đ kept as Pagefind folds it; and in ASCII, a word of its own, so that "dong" finds it
    assert blocks[1] == (NAME * FOLDED_SHARE, "đong trung ha thao say thang")
    assert blocks[2] == (NAME * (1 + FOLDED_SHARE), "dong")


@pytest.mark.parametrize("decision, word", [
    ("1234/QĐ-UBND", "1234qdubnd"),
    ("215/QĐ-BNN-VPĐP", "215qdbnnvpdp"),
    ("26/2026/QĐ-TTg", "262026qdttg"),
    (" 1234 / qđ – ubnd ", "1234qdubnd"),
    ("QĐ-UBND", None),
    ("số 12", None),
])
def test_decision_numbers_become_one_code_word(decision, word):
    assert decision_word(decision) == word


def test_label_numbers_are_indexed(catalogue):
    records = {r.url: r for r in product_records(SiteData(catalogue, TODAY), "en")}
    codes = records["en/products/ruou-mo-yen-tu/"].blocks[-1]
    # the barcode as the label check reads it (14 digits), the decision and the earlier ones
    assert codes == (CODES, "08936045120019 215qdbnnvpdp 4012qdubnd 2655qdubnd")


@pytest.mark.parametrize("query", ["893 6045 120019", "215 / qđ – bnn-vpđp"])
def test_a_label_number_leads_to_the_label_check(page, base_url, query):
    assert search(page, base_url, query) == ["Rượu mơ Yên Tử"]
    page.click("#ocop-search-check a")
    page.wait_for_selector("#ocop-verify-result .ocop-verdict, #ocop-verify-result h2", state="attached")
    assert page.url == f"{base_url}kiem-tra/?q={quote(query, safe='')}"
    assert "Rượu mơ Yên Tử" in page.locator("#ocop-verify-result").inner_text()


def test_a_name_does_not_offer_the_label_check(page, base_url):
    search(page, base_url, "893 6045 120019")
    page.fill("#ocop-q", "rượu 29 độ")
    page.press("#ocop-q", "Enter")
    page.wait_for_function("document.querySelector('#ocop-search-check').hidden")


def test_the_search_page_needs_no_web_worker(page, base_url):
    workers = []
    page.on("worker", lambda worker: workers.append(worker.url))
    assert search(page, base_url, "trà")[0].startswith("Trà")
    assert workers == []


def test_an_abandoned_index_stops_between_records(tmp_path, catalogue):
    import threading

    from generator.search.pagefind_index import Cancelled, write_index

    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        write_index(product_records(SiteData(catalogue, TODAY), "vi"), tmp_path / "pagefind", stop)
    assert not (tmp_path / "pagefind" / "pagefind-entry.json").exists()


def test_pagefind_cuts_its_index_at_our_chunk_size(tmp_path, catalogue, monkeypatch):
    """PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE is what keeps a first query under 300 KB at 20,000
    products: a Pagefind that stopped reading it would cut the sample into one chunk."""
    import generator.search.pagefind_index as pagefind_index
    from generator.search.stable import read_data

    records = product_records(SiteData(catalogue, TODAY), "vi")

    def chunks(size: int) -> int:
        monkeypatch.setattr(pagefind_index, "CHUNK_SIZE", size)
        out = tmp_path / str(size)
        pagefind_index.write_index(records, out)
        (meta,) = out.glob("pagefind.vi_*.pf_meta")
        return len(read_data(meta)[2])

    assert chunks(20_000) == 1 and chunks(300) > 5


def test_more_results_come_in_batches(page, base_url, catalogue):
    first = search(page, base_url, "", sort="name")
    assert len(first) == 12 < len(catalogue.products)
    page.click("#ocop-search-more")
    page.wait_for_function("document.querySelectorAll('#ocop-search-results .ocop-card').length === 24")
    names = page.locator("#ocop-search-results .ocop-card__name").all_inner_texts()
    assert names[:12] == first and len(set(names)) == 24


@pytest.mark.parametrize("lang, words", [("vi", "Xem thêm kết quả"), ("en", "More results")])
def test_more_results_only_when_there_are_more(page, base_url, lang, words):
    more = page.get_by_role("button", name=words)
    search(page, base_url, "", lang)  # no query: no results, nothing more to show
    assert not more.is_visible()
    assert len(search(page, base_url, "", lang, sort="name")) == 12  # the whole catalogue: more to come
    assert more.is_visible()
    assert 0 < len(search(page, base_url, "ruou mo" if lang == "vi" else "liqueur", lang)) < 12
    assert not more.is_visible()


def test_chinese_page_finds_a_product_by_its_chinese_name(page, base_url):
    """Pagefind's extended binary splits Chinese into words: part of a name finds the product."""
    assert search(page, base_url, "下龙墨鱼饼", lang="zh")[0] == "下龙墨鱼饼"
    assert search(page, base_url, "墨鱼饼", lang="zh")[0] == "下龙墨鱼饼"
    assert page.locator("html").get_attribute("lang") == "zh"


def test_the_count_of_results_takes_its_plural_form(page, base_url, catalogue):
    """"1 result", "18 results": the form the page's language gives the number (Intl.PluralRules
    over the catalogue's forms)."""
    assert len(search(page, base_url, "", lang="en", status="Revoked")) == 1
    assert page.locator("#ocop-search-status").inner_text() == "1 result"
    search(page, base_url, "", lang="en", stars="4 stars")
    four = sum(1 for p in catalogue.products.values() if p.stars == 4)
    assert page.locator("#ocop-search-status").inner_text() == f"{four} results"
    search(page, base_url, "", status="Đã thu hồi")
    assert page.locator("#ocop-search-status").inner_text() == "1 kết quả"
