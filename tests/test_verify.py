"""The label check (issue 16): lookup keys read the same in Python and in the browser, the
lookup trees answer every product and nothing else, the check page gives the right verdict in
both languages on a phone, the list of labels no longer valid, the province's contact."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from html import unescape
import unicodedata
import urllib.parse
from pathlib import Path

import pytest

from generator.model import lookup
from generator.model.identifiers import gtin_ok
from generator.model.records import Certificate
from generator import formats
from generator.model.certificates import STATUSES
from generator.pages import urls, verify_data
from generator.pages.labels import label
from generator.pages.site import SiteData
from tests.browser import serve
from tests.sitebuild import ROOT

TODAY = dt.date(2026, 11, 23)
ASSETS = ROOT / "theme_overrides" / "assets" / "ocop"


# --- the keys ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed,key", [
    ("1234/QĐ-UBND", "1234/qd-ubnd"),
    ("1234/qd-ubnd", "1234/qd-ubnd"),
    ("1234 / QĐ-UBND", "1234/qd-ubnd"),
    ("1234 / QĐ – UBND", "1234/qd-ubnd"),  # en dash
    ("1234/QÐ-UBND", "1234/qd-ubnd"),  # Ð (U+00D0), the look-alike of Đ in old fonts
    ("１２３４／ＱĐ－ＵＢＮＤ", "1234/qd-ubnd"),  # full-width, as some phone keyboards type
    ("215/QĐ-BNN-VPĐP", "215/qd-bnn-vpdp"),
    ("8936045120019", "08936045120019"),
    ("8 936045 120019", "08936045120019"),
    ("036000291452", "00036000291452"),  # UPC-A and its EAN-13 form are one key
    ("0036000291452", "00036000291452"),
    ("12345670", "00000012345670"),
    ("22-193-06691-1-2024", "22-193-06691-1-2024"),
    ("Rượu mơ", "ruoumo"),
])
def test_id_key(typed, key):
    assert lookup.id_key(typed) == key


@pytest.mark.parametrize("typed,key", [
    ("Rượu mơ Yên Tử!", "ruou mo yen tu"),
    (unicodedata.normalize("NFD", "Rượu mơ"), "ruou mo"),
    ("  ĐŨA   tre—Đông Triều ", "dua tre dong trieu"),
    ("Gà Tiên Yên ủ muối", "ga tien yen u muoi"),
])
def test_name_key(typed, key):
    assert lookup.name_key(typed) == key


@pytest.mark.parametrize("typed,found", [
    ("8936045120019", ("id", "08936045120019!")),
    ("1234 / qđ-ubnd", ("id", "1234/qd-ubnd!")),
    ("1234", ("id", "1234/")),  # every decision numbered 1234
    ("22-193-06691-1-2024", ("id", "22-193-06691-1-2024!")),
    ("mật ong", ("name", "mat ong")),
    ("Nước mắm cốt cá cơm Cái Rồng loại đặc biệt", ("name", "nuoc mam cot ca com cai rong loa")),  # cut at 32
])
def test_lookup_prefix(typed, found):
    assert lookup.lookup_prefix(typed) == found


# Inputs for the Python/JavaScript comparison: the tables above and what people really type.
TYPED = [
    "1234/QĐ-UBND", "1234/qd-ubnd", "1234 / QĐ-UBND", "1234 / QĐ – UBND", "1234/QÐ-UBND", "１２３４／ＱĐ－ＵＢＮＤ",
    "  1234/qđ-ubnd  ", "1234/QĐ-UBND.KT", "215/QĐ-BNN-VPĐP", "1234⁄QĐ‑UBND", "Số 1234/QĐ-UBND", "1234", "29",
    "8936045120019", "8 936045 120019", "８９３６０４５１２００１９", "8936045120018", "036000291452", "0036000291452",
    "12345670", "10036000291459", "893-6045-12001-9", "22-193-06691-1-2024", "22 06691 1 2025",
    "Rượu mơ", "RƯỢU MƠ YÊN TỬ", unicodedata.normalize("NFD", "Rượu mơ Yên Tử"), "Đũa tre", "Chè   xanh—Đường Hoa",
    "mật ong!!", "ô mai", "Straße", "ÆØ œuvre", "İstanbul", "", "   ", "rượu 29 độ", "🍶 rượu", "ﬁlm", "½ kg",
    "Nước mắm cốt cá cơm Cái Rồng loại đặc biệt hảo hạng", "mực", "Ⅻ", "ǅ", "x" * 40,
]


def python_answers() -> list:
    out = []
    for text in TYPED:
        key = lookup.id_key(text)
        out.append([lookup.id_key(text), lookup.name_key(text), lookup.query_kind(text),
                    list(lookup.lookup_prefix(text)), gtin_ok(key) if re.fullmatch(r"\d{14}", key) else None])
    return out


def test_javascript_reads_every_input_as_python_does(browser):
    """lookup.js, run in Chromium, gives the same keys as generator/model/lookup.py."""
    with serve(ASSETS) as base:
        page = browser.new_page()
        page.goto(base + "lookup.js")
        got = page.evaluate("""async ([url, typed]) => {
            const m = await import(url);
            return typed.map((text) => {
                const key = m.idKey(text);
                return [key, m.nameKey(text), m.queryKind(text), m.lookupPrefix(text),
                        /^\\d{14}$/.test(key) ? m.gtinOk(key) : null];
            });
        }""", [base + "lookup.js", TYPED])
        page.close()
    expected = python_answers()
    assert [(t, g) for t, g, e in zip(TYPED, got, expected) if g != e] == []
    assert got == expected


def test_javascript_constants_are_python_s():
    text = (ASSETS / "lookup.js").read_text(encoding="utf-8")
    assert f"export const NAME_CHARS = {lookup.NAME_CHARS};" in text
    assert f'export const SPLIT = "{lookup.SPLIT}";' in text


# --- the trees ---------------------------------------------------------------------------------------
def walk(files: dict[str, str], tree: str, prefix: str) -> list[str]:
    """The slugs a browser finds for `prefix`: verify.js's walk, written again in Python."""
    def load(name):
        return json.loads(files[f"{verify_data.FOLDER}{tree}/{name}.json"])

    found: list[str] = []

    def visit(node) -> bool:
        if "c" in node:
            i = 0
            while i + 1 < len(node["c"]) and node["c"][i + 1][0] <= prefix:
                i += 1
            while i < len(node["c"]) and node["c"][i][0] < prefix + "\uffff":
                if not visit(load(node["c"][i][1])):
                    return False
                i += 1
            return True
        for key, index in node["e"]:
            slug = node["r"][index][0]
            full = key + lookup.SPLIT + slug
            if full < prefix:
                continue
            if not full.startswith(prefix):
                return False
            if slug not in found:
                found.append(slug)
        return True

    visit(load("root"))
    return found


@pytest.fixture(scope="module")
def site(catalogue):
    from generator.load.settings import configured_languages

    return SiteData(catalogue, TODAY, configured_languages(ROOT))  # vi, en, zh (zh falls back to en)


def names(p) -> list[str]:
    return [p.name.own(code) for code in p.name.languages()]


@pytest.mark.parametrize("leaf,fanout", [(verify_data.LEAF_BYTES, verify_data.FANOUT), (300, 3)])
def test_every_product_is_found_by_each_of_its_keys_and_nothing_else(site, monkeypatch, leaf, fanout):
    """Small leaves and nodes of 3 children make trees four levels deep out of 80 products."""
    monkeypatch.setattr(verify_data, "LEAF_BYTES", leaf)
    monkeypatch.setattr(verify_data, "FANOUT", fanout)
    files = dict(verify_data.lookup_files(site, {}))
    if leaf == 300:
        assert len([f for f in files if f.startswith("verify-data/name/")]) > 100
    products = site.catalogue.products.values()
    for p in products:
        for value in filter(None, (p.barcode, p.certificate.decision, p.code)):
            tree, prefix = lookup.lookup_prefix(value)
            same = {q.slug for q in products if value in (q.barcode, q.certificate.decision, q.code)}
            assert set(walk(files, tree, prefix)) == same, value
        for text in names(p):
            words = lookup.name_key(text).split(" ")
            for i in range(len(words)):
                fragment = " ".join(words[i:i + 2])
                tree, prefix = lookup.lookup_prefix(fragment)
                expected = {q.slug for q in products if any(
                    f" {lookup.name_key(n)}".find(f" {prefix}") >= 0 for n in names(q))}
                assert set(walk(files, tree, prefix)) == expected, fragment
    assert walk(files, *lookup.lookup_prefix("8930000000002")) == []
    assert set(walk(files, *lookup.lookup_prefix("1690"))) == {
        p.slug for p in products if p.certificate.decision == "1690/QĐ-UBND"}


def test_records_carry_the_build_s_status_and_dates(site):
    files = dict(verify_data.lookup_files(site, {}))
    records = {r[0]: r for name, text in files.items() for r in json.loads(text).get("r", [])}
    assert set(records) == set(site.catalogue.products)
    for slug, r in records.items():
        info = site.info[slug]
        assert dict(zip(verify_data.RECORD_FIELDS, r))["status"] == info.status
    revoked = dict(zip(verify_data.RECORD_FIELDS, records["muc-mot-nang-van-don"]))
    assert (revoked["date"], revoked["reason"][0][:13]) == ("2026-03-10", "Nhãn sản phẩm")
    assert revoked["reason"][1].startswith("The label understated")  # English, no Chinese: zh falls back to it
    assert len(revoked["reason"]) == 2
    apricot = dict(zip(verify_data.RECORD_FIELDS, records["ruou-mo-yen-tu"]))
    assert apricot["name"] == ["Rượu mơ Yên Tử", "Yen Tu apricot liqueur", "安子梅子酒"]
    expired = dict(zip(verify_data.RECORD_FIELDS, records["muc-kho-ha-long"]))
    assert expired["date"] == "2024-11-11"  # valid through 2024-11-10, its expiry


@pytest.mark.parametrize("written, expected", [
    ({}, "Chè"),
    ({"en": "Chè"}, "Chè"),  # the same as the Vietnamese: every page falls back to it
    ({"en": "Tea"}, ["Chè", "Tea"]),
    ({"en": "Tea", "zh": "茶"}, ["Chè", "Tea", "茶"]),
    ({"zh": "茶"}, ["Chè", "", "茶"]),
    ({"en": "Tea", "zh": "Tea"}, ["Chè", "Tea"]),  # zh would fall back to the same English
    ({"en": "Chè", "zh": "Tea"}, ["Chè", "", "Tea"]),
])
def test_record_texts_carry_only_what_falling_back_would_not_give(written, expected):
    """A record's name, reason or producer (verify.js reads them along the page's chain)."""
    from generator.model.languages import Languages
    from generator.model.text import Text

    languages = Languages.of(["vi", "en", "zh"], {"zh": ["en", "vi"]})
    text = Text("Chè", **written)
    assert verify_data.texts(text, languages) == expected
    assert verify_data.texts(None, languages) == ""
    # what each page would show from the record is what the server shows
    kept = dict(zip(verify_data.text_order(languages), [expected] if isinstance(expected, str) else expected))
    for lang in languages:
        shown = next(kept[c] for c in lang.chain if kept.get(c))
        assert shown == text.get(lang), lang
    # a chain through a language left out still finds the right text: x falls back to zh, then vi
    odd = Languages.of(["vi", "en", "zh", "x"], {"x": ["zh"]})
    assert verify_data.texts(Text("Chè", en="Tea", zh="Tea"), odd) == ["Chè", "Tea", "Tea"]


def test_javascript_reads_the_record_fields_in_python_s_order():
    text = (ASSETS / "verify.js").read_text(encoding="utf-8")
    body = re.search(r"function fields\(r\) \{(.*?)\n\}", text, re.S).group(1)
    found = re.findall(r"(\w+): (?:texts\()?r\[(\d+)\]", body)
    assert [name for name, _ in sorted(found, key=lambda f: int(f[1]))] == list(verify_data.RECORD_FIELDS)


@pytest.mark.parametrize("cert,state,since", [
    (Certificate("1/QĐ", "UBND", dt.date(2022, 1, 10)), "expired", dt.date(2025, 1, 11)),
    (Certificate("1/QĐ", "UBND", dt.date(2022, 1, 10), renewal_pending_until=dt.date(2025, 5, 1)), "expired",
     dt.date(2025, 5, 2)),
    (Certificate("1/QĐ", "UBND", dt.date(2024, 1, 10), revoked_on=dt.date(2025, 3, 1)), "revoked", dt.date(2025, 3, 1)),
    (Certificate("1/QĐ", "UBND", dt.date(2025, 1, 10)), "valid", None),
])
def test_lapsed_since(cert, state, since):
    assert verify_data.lapsed_since(cert, state) == since


# --- the built site ------------------------------------------------------------------------------------
def html(site_dir: Path, url: str) -> str:
    return (site_dir / url / "index.html").read_text(encoding="utf-8")


def test_check_pages_in_both_languages_linked_from_menu_home_and_every_product(sample_site, catalogue):
    vi, en = html(sample_site, "kiem-tra"), html(sample_site, "en/verify")
    assert "<h1>Kiểm tra nhãn OCOP</h1>" in vi and "<h1>Check an OCOP label</h1>" in en
    assert 'href="../en/verify/" hreflang="en"' in vi and 'href="../../kiem-tra/" hreflang="vi"' in en
    assert "Dữ liệu của danh mục tính đến ngày 23/11/2026." in vi and "as of Nov 23, 2026." in en
    home_vi, home_en = html(sample_site, "."), html(sample_site, "en")
    assert '<a class="md-button" href="kiem-tra/">Kiểm tra nhãn OCOP</a>' in home_vi
    assert '<a class="md-button" href="../en/verify/">Check an OCOP label</a>' in home_en
    assert '<a href="kiem-tra/" class="md-nav__link">' in home_vi and '<a href="verify/" class="md-nav__link">' in home_en
    for slug in catalogue.products:
        assert 'href="../../kiem-tra/"' in html(sample_site, f"products/{slug}")
        assert 'href="../../../en/verify/"' in html(sample_site, f"en/products/{slug}")


@pytest.mark.parametrize("slug,vi,en", [
    ("ruou-mo-yen-tu", "Nhãn OCOP của sản phẩm này còn hiệu lực đến ngày 16/01/2028.",
     "This product's OCOP label is valid until Jan 16, 2028."),
    ("che-xanh-duong-hoa", "còn hiệu lực đến ngày 15/12/2026.", "is valid until Dec 15, 2026."),
    ("hong-tra-duong-hoa", "còn hiệu lực đến ngày", "(renewal under way)"),
    ("muc-kho-ha-long", "không còn hiệu lực từ ngày 11/11/2024.", "has not been valid since Nov 11, 2024."),
    ("muc-mot-nang-van-don", "đã bị thu hồi ngày 10/03/2026, không còn hiệu lực.", "was revoked on Mar 10, 2026"),
])
def test_product_page_says_in_one_line_whether_the_label_is_valid_today(sample_site, slug, vi, en):
    for prefix, words in (("", vi), ("en/", en)):
        line = re.search(r'<p class="ocop-product__today">(.*?)</p>', html(sample_site, f"{prefix}products/{slug}"))
        assert words in unescape(line.group(1))  # the page escapes the apostrophe of "product's"
        assert ("23/11/2026" if prefix == "" else "Nov 23, 2026") in line.group(1)


def test_product_page_links_its_traceability_stamp_and_its_qr_code_is_its_own_address(sample_site, catalogue):
    zxingcpp = pytest.importorskip("zxingcpp")
    from tests.test_qr import rasterise

    for slug, p in catalogue.products.items():
        page = html(sample_site, f"products/{slug}")
        line = re.search(r'<p class="ocop-product__today">(.*?)</p>', page).group(1)
        assert (f'href="{p.traceability_url}"' in line) == bool(p.traceability_url)
    svg = re.search(r'<svg[^>]*class="ocop-qr".*?</svg>', html(sample_site, "products/ruou-mo-yen-tu"), re.S).group(0)
    [found] = zxingcpp.read_barcodes(rasterise(svg))
    assert found.text == "https://example.github.io/ocop/products/ruou-mo-yen-tu/"


def test_list_of_labels_no_longer_valid_newest_first_with_open_data(sample_site):
    page = html(sample_site, "kiem-tra/het-hieu-luc")
    rows = re.findall(r'<tr><td><time datetime="([\d-]+)">.*?href="\.\./\.\./products/([a-z0-9-]+)/"', page)
    # muc-kho-ha-long lapsed on 2024-11-11, more than 24 months before 2026-11-23: not listed
    assert rows == [("2026-06-13", "ruou-nep-cai-hoa-vang-dong-trieu"), ("2026-03-10", "muc-mot-nang-van-don")]
    assert "ocop@example.com" in page and 'href="tel:+842033000000"' in page
    assert "OCOP labels no longer valid" in html(sample_site, "en/verify/no-longer-valid")
    text = (sample_site / "data/no-longer-valid.csv").read_text(encoding="utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    assert [(r["slug"], r["status"], r["not_valid_since"]) for r in table] == [
        ("ruou-nep-cai-hoa-vang-dong-trieu", "expired", "2026-06-13"), ("muc-mot-nang-van-don", "revoked", "2026-03-10")]
    assert table[1]["name_zh"] == "" and table[1]["revoked_reason_en"].startswith("The label understated")
    assert {"name_vi", "name_en", "name_zh", "revoked_reason_vi", "revoked_reason_en", "revoked_reason_zh"} <= set(table[0])
    data = json.loads((sample_site / "data/no-longer-valid.json").read_text(encoding="utf-8"))
    assert (data["date"], data["since"]) == ("2026-11-23", "2024-11-23")
    assert data["province"]["name"] == {"vi": "Quảng Ninh", "en": "Quang Ninh", "zh": "广宁"}
    assert [r["slug"] for r in data["labels"]] == [r["slug"] for r in table]
    assert 'href="../data/no-longer-valid.csv"' in html(sample_site, "data")


def test_localized_paths_switch_language():
    assert urls.other_lang("kiem-tra/", "vi", "en") == "en/verify/"
    assert urls.other_lang("en/verify/no-longer-valid/page-2/", "en", "vi") == "kiem-tra/het-hieu-luc/page-2/"
    assert urls.other_lang("products/kiem-tra/", "vi", "en") == "en/products/kiem-tra/"


# --- the province's contact ----------------------------------------------------------------------------
def test_contact_is_loaded_and_checked(check):
    from tests.conftest import PROVINCE

    line = PROVINCE.count("\n") + 1
    issues = check({"province.yml": PROVINCE + 'contact: {phone: "3812345", email: ocop.example, address: x}\n'},
                   expected=[("province.yml", line, 18, "phone-format"), ("province.yml", line, 36, "email-format")])
    assert issues[0].message("en").startswith('contact.phone: "3812345" is not a Vietnamese phone number')


def test_contact_in_the_schema():
    from generator.schema import schema_for

    contact = schema_for("province")["properties"]["contact"]
    assert set(contact["properties"]) == {"name", "phone", "email", "address"}


# --- in the browser, on a phone ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def site_url(sample_site):
    with serve(sample_site) as url:
        yield url


@pytest.fixture
def phone(browser):
    """A phone without the camera API (what every browser without BarcodeDetector is like)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    context.add_init_script("delete window.BarcodeDetector;")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert errors == []


PAGES = {"vi": "kiem-tra/", "en": "en/verify/", "zh": "zh/verify/"}
TITLES = {
    "vi": {"valid": "Sản phẩm OCOP được chứng nhận", "expiring": "Được chứng nhận, sắp hết hạn",
           "renewal-pending": "Đang đánh giá lại, nhãn vẫn có hiệu lực",
           "expired": "Hết hiệu lực: nhãn này không còn giá trị", "revoked": "Đã thu hồi: nhãn này không còn giá trị",
           "not-found": "Không tìm thấy"},
    "en": {"valid": "Certified OCOP product", "expiring": "Certified, expiring soon",
           "renewal-pending": "Renewal under way, the label is still valid",
           "expired": "Expired: this label is no longer valid", "revoked": "Revoked: this label is no longer valid",
           "not-found": "Not found"},
    "zh": {**{s: label("zh", f"verdict_{s}") for s in STATUSES}, "not-found": label("zh", "verdict_not_found")},
}
# (typed, verdict, product, what the verdict's line says in vi / en)
SINGLE = [
    ("8936045120019", "valid", "ruou-mo-yen-tu", "5 sao, hiệu lực đến ngày 16/01/2028.", "5 stars, valid until Jan 16, 2028."),
    ("8 936046 990130", "expiring", "che-xanh-duong-hoa", "hết hạn ngày 15/12/2026", "expires on Dec 15, 2026"),
    ("8936055770259", "renewal-pending", "nuoc-mam-cot-ca-com-cai-rong", "", ""),
    ("8936052300367", "expired", "muc-kho-ha-long", "hết hiệu lực từ ngày 11/11/2024", "not been valid since Nov 11, 2024"),
    ("8936054120673", "revoked", "muc-mot-nang-van-don", "bị thu hồi ngày 10/03/2026", "revoked on Mar 10, 2026"),
    ("215/QĐ-BNN-VPĐP", "valid", "ruou-mo-yen-tu", "", ""),
    ("215 / qđ – bnn – vpđp", "valid", "ruou-mo-yen-tu", "", ""),
    ("rượu mơ", "valid", "ruou-mo-yen-tu", "", ""),
    ("22-193-06691-2-2021", "expired", "muc-kho-ha-long", "", ""),
]


def check(tab, text: str) -> None:
    tab.get_by_role("searchbox").fill(text)
    tab.get_by_role("searchbox").press("Enter")
    tab.wait_for_selector("#ocop-verify-result[aria-busy=false]")


@pytest.mark.parametrize("lang", ["vi", "en", "zh"])
def test_a_typed_barcode_decision_or_name_gives_its_verdict(phone, site_url, catalogue, lang):
    from generator.load.settings import configured_languages

    site_lang = configured_languages(ROOT)[lang]
    phone.goto(site_url + PAGES[lang])
    assert phone.locator("#ocop-verify-scan").is_hidden()  # no camera API: typing only
    for typed, verdict, slug, vi, en in SINGLE:
        check(phone, typed)
        card = phone.locator(".ocop-verdict")
        assert card.count() == 1, typed
        assert card.get_attribute("class") == f"ocop-verdict ocop-verdict--{verdict}", typed
        assert card.locator(".ocop-verdict__title").inner_text() == TITLES[lang][verdict]
        assert {"vi": vi, "en": en}.get(lang, "") in card.locator(".ocop-verdict__line").inner_text()
        name = catalogue.products[slug].name
        heading = card.get_by_role("heading")
        assert heading.inner_text() == name.get(site_lang)  # zh falls back to English, then Vietnamese
        shown = name.lang_of(site_lang)
        assert heading.locator("span").get_attribute("lang") == (None if shown == lang else shown)
        assert (card.get_by_text(label(lang, "verdict_vi_name")).count() == 1) == (shown != "vi")
        assert card.get_by_role("link", name=name.get(site_lang)).get_attribute("href").endswith(
            f"{site_lang.prefix}products/{slug}/")
        assert card.locator("svg.ocop-badge").count() == 1 and card.locator("img.ocop-photo").count() == 1
        if verdict == "revoked":  # no Chinese reason: the English one, so marked
            reason = catalogue.products[slug].certificate.revoked_reason
            shown = card.get_by_text(label(lang, "verdict_reason")).locator("span")
            assert shown.inner_text() == reason.get(site_lang)
            assert shown.get_attribute("lang") == (None if reason.lang_of(site_lang) == lang else reason.lang_of(site_lang))
        report = card.locator(".ocop-report")
        assert report.count() == (1 if verdict in ("expired", "revoked") else 0), typed
        if report.count():
            assert "0203 3000 000" in report.inner_text()
        assert urllib.parse.parse_qs(urllib.parse.urlsplit(phone.url).query)["q"] == [typed]


@pytest.mark.parametrize("lang", ["vi", "en", "zh"])
def test_the_verdict_writes_its_date_as_the_server_does(phone, site_url, site, sample_site, lang):
    """verify.js writes the date with Intl.DateTimeFormat; it is Babel's (generator/formats.py),
    as the product page writes it: 16/01/2028, Jan 16, 2028, 2028年1月16日."""
    phone.goto(site_url + PAGES[lang])
    for typed, verdict, slug, _, _ in SINGLE[:5]:
        day = verify_data.verdict_date(site, slug)
        written = formats.date(day, lang)
        check(phone, typed)
        line = phone.locator(".ocop-verdict__line").inner_text()
        stars = site.catalogue.products[slug].stars
        assert line == label(lang, f"verdict_{verdict}_line", stars=stars, date=written), (lang, typed)
        page = html(sample_site, urls.product(slug, site.languages[lang]))
        today = re.search(r'<p class="ocop-product__today">(.*?)</p>', page).group(1)
        assert written in today, (lang, slug)
    assert phone.evaluate("""([locale, options]) => new Intl.DateTimeFormat(locale, options).format(
        new Date("2026-08-05"))""", list(formats.intl_date(lang).values())) == formats.date(dt.date(2026, 8, 5), lang)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_unknown_barcode_is_not_a_certified_product_of_the_province(phone, site_url, lang):
    phone.goto(site_url + PAGES[lang])
    for typed, note in (("8930000000002", False), ("8936045120018", True)):
        check(phone, typed)
        card = phone.locator(".ocop-verdict--not-found")
        assert card.locator(".ocop-verdict__title").inner_text() == TITLES[lang]["not-found"]
        line = card.locator(".ocop-verdict__line").inner_text()
        assert line == (f"“{typed}” không phải sản phẩm OCOP được chứng nhận của Quảng Ninh." if lang == "vi"
                        else f"“{typed}” is not a certified OCOP product of Quang Ninh.")
        assert "ocop@example.com" in card.locator(".ocop-report").inner_text()
        assert ("mistyped" in card.inner_text() or "gõ nhầm" in card.inner_text()) == note


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_name_fragment_lists_each_match_with_its_verdict(phone, site_url, lang):
    phone.goto(site_url + PAGES[lang] + "?q=" + ("mực" if lang == "vi" else "muc"))
    phone.wait_for_selector("#ocop-verify-result[aria-busy=false]")
    items = phone.locator(".ocop-verdict-list__item")
    found = {item.locator("a").get_attribute("href").rstrip("/").rsplit("/", 1)[1]:
             item.get_attribute("class").rsplit("ocop-verdict--", 1)[1] for item in items.all()}
    assert found == {"cha-muc-ha-long": "valid", "muc-kho-ha-long": "expired", "muc-mot-nang-van-don": "revoked"}
    assert phone.locator(".ocop-verdict-list__title").inner_text().startswith("3 ")
    # a decision that recognised several products lists them too
    check(phone, "1690/qđ-ubnd")
    assert phone.locator(".ocop-verdict-list__item").count() == 3


def test_a_scanned_barcode_is_checked_where_the_browser_detects_barcodes(browser, site_url):
    """BarcodeDetector and the camera, stood in for by a script: the button shows, a scan fills
    the field and the verdict follows."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    context.add_init_script("""
        window.BarcodeDetector = class {
            static async getSupportedFormats() { return ["qr_code", "ean_13", "ean_8"]; }
            constructor(options) { window.__formats = options.formats; }
            async detect() { return [{rawValue: "8936054120673", format: "ean_13"}]; }
        };
        navigator.mediaDevices.getUserMedia = async () => {
            const canvas = document.createElement("canvas");
            canvas.width = 64; canvas.height = 48;
            canvas.getContext("2d").fillRect(0, 0, 64, 48);
            return canvas.captureStream(5);
        };
    """)
    tab = context.new_page()
    tab.goto(site_url + "en/verify/")
    tab.get_by_role("button", name="Scan a barcode").click()
    tab.wait_for_selector(".ocop-verdict--revoked")
    assert tab.get_by_role("searchbox").input_value() == "8936054120673"
    assert tab.evaluate("window.__formats") == ["ean_13", "ean_8"]
    assert tab.locator("#ocop-verify-camera").is_hidden()
    context.close()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_without_javascript_the_page_says_so_and_leads_to_the_catalogue(browser, site_url, lang):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site_url + PAGES[lang])
    words = "Kiểm tra nhãn cần JavaScript." if lang == "vi" else "The label check needs JavaScript."
    message = tab.locator(".ocop-verify__noscript")  # Playwright's text search skips <noscript>
    assert message.is_visible() and message.inner_text().startswith(words)
    assert tab.locator("form[data-ocop-verify]").is_hidden()
    link = tab.locator("noscript a")
    assert link.get_attribute("href") == ("../catalogue/" if lang == "vi" else "../../en/catalogue/")
    context.close()


def test_verdicts_pass_axe_and_the_html_checker(browser, site_url, tmp_path):
    """The page with each kind of verdict drawn (the static page is in test_site_quality.py)."""
    import shutil
    import subprocess

    from tests.test_site_quality import AXE, VNU

    if not AXE.exists():
        pytest.skip("npm ci is needed for axe-core")
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.add_init_script("delete window.BarcodeDetector;")
    tab = context.new_page()
    problems, files = [], []
    for lang, url in PAGES.items():
        for typed in ("8936045120019", "8936046990130", "8936052300367", "8936054120673", "8930000000002", "mực"):
            tab.goto(f"{site_url}{url}?q={urllib.parse.quote(typed)}")
            tab.wait_for_selector("#ocop-verify-result[aria-busy=false]")
            files.append(tmp_path / f"{lang}-{len(files)}.html")
            files[-1].write_text("<!doctype html>\n" + tab.evaluate("document.documentElement.outerHTML"),
                                 encoding="utf-8")
            tab.add_script_tag(path=str(AXE))
            result = tab.evaluate("axe.run(document, {resultTypes: ['violations']})")
            problems += [(lang, typed, v["id"], v["help"]) for v in result["violations"]
                         if v["impact"] in ("serious", "critical")]
    context.close()
    assert problems == []
    if VNU.exists() and shutil.which("java"):
        run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
                             capture_output=True, text=True)
        messages = json.loads(run.stderr or "{}").get("messages", [])
        assert [(Path(m.get("url", "")).name, m.get("message")) for m in messages] == []


@pytest.mark.parametrize("lang, counter", [("vi", "Trang 2 / 2"), ("en", "Page 2 / 2"), ("zh", "第 2 页，共 2 页")])
def test_the_list_of_labels_no_longer_valid_counts_its_pages_in_each_language(catalogue, monkeypatch, lang, counter):
    import jinja2

    from generator.load.settings import configured_languages
    from generator.pages import verify
    from generator.pages.render import Renderer

    monkeypatch.setattr(verify, "LAPSED_PAGE", 1)  # the sample's two lapsed labels on two pages
    site = SiteData(catalogue, TODAY, configured_languages(ROOT))
    [_, second] = verify.lapsed_pages(site, site.languages[lang])
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "theme_overrides")), autoescape=True)
    page = Renderer(env, site).render(second)
    assert f"<span>{counter}</span>" in page
