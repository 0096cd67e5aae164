"""Who may sign which star, read from signing bodies spelled the way decisions print them."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.model import bodies
from generator.model.records import FormerProvince, Province
from generator.model.regimes import ministry_name_verdict, MINISTRIES, signer_verdict
from generator.model.text import Text
from tests.conftest import PRODUCT

D = dt.date
P = "products/ruou-mo-yen-tu.yml"


@pytest.mark.parametrize("issued_by,kind,tier,word,unit,parent", [
    ("UBND tỉnh Quảng Ninh", "committee", "province", "tỉnh", "Quảng Ninh", None),
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "committee", "province", "TỈNH", "QUẢNG NINH", None),
    ("Uỷ ban nhân dân thành phố Cần Thơ", "committee", "city", "thành phố", "Cần Thơ", None),
    ("Chủ tịch UBND TP. Hồ Chí Minh", "committee", "city", "TP", "Hồ Chí Minh", None),
    ("TM. UBND tỉnh Khánh Hoà, KT. Chủ tịch", "committee", "province", "tỉnh", "Khánh Hoà", None),
    ("UBND TP.HCM", "committee", "city", "TP", "HCM", None),
    ("UBND TPHCM", "committee", "city", "TPHCM", "Hồ Chí Minh", None),
    ("UBND TP Thanh Hóa", "committee", "city", "TP", "Thanh Hóa", None),
    # "Tịnh" and "Tĩnh" fold to "tinh" but are not the level word "tỉnh"
    ("UBND thị xã Tịnh Biên", "committee", "district", "thị xã", "Tịnh Biên", None),
    ("UBND huyện Sơn Tịnh", "committee", "district", "huyện", "Sơn Tịnh", None),
    ("UBND thành phố Hà Tĩnh", "committee", "city", "thành phố", "Hà Tĩnh", None),
    ("UBND huyện Ba Chẽ, tỉnh Quảng Ninh", "committee", "district", "huyện", "Ba Chẽ", "Quảng Ninh"),
    ("UBND thành phố Hạ Long tỉnh Quảng Ninh", "committee", "city", "thành phố", "Hạ Long", "Quảng Ninh"),
    ("UBND thành phố Thủ Đức, TP. Hồ Chí Minh", "committee", "city", "thành phố", "Thủ Đức", "Hồ Chí Minh"),
    ("UBND quận 1, TP.HCM", "committee", "district", "quận", "1", "HCM"),
    ("UBND TX Quảng Yên", "committee", "district", "TX", "Quảng Yên", None),
    ("UBND xã Quảng La", "committee", "commune", "xã", "Quảng La", None),
    ("UBND phường Hạ Long", "committee", "commune", "phường", "Hạ Long", None),
    ("UBND thị trấn Tiên Yên", "committee", "commune", "thị trấn", "Tiên Yên", None),
    ("UBND đặc khu Vân Đồn", "committee", "commune", "đặc khu", "Vân Đồn", None),
    ("UBND Quảng Ninh", "committee", None, "", "", None),
    ("Sở Nông nghiệp và Môi trường", "advisory", None, "", "Sở Nông nghiệp và Môi trường", None),
    ("Hội đồng OCOP tỉnh", "advisory", None, "", "Hội đồng OCOP tỉnh", None),
    ("Phòng Kinh tế huyện Ba Chẽ", "advisory", None, "", "Phòng Kinh tế huyện Ba Chẽ", None),
    ("Bộ Công Thương", "ministry", None, "", "Công Thương", None),
])
def test_body_read_as_a_name(issued_by, kind, tier, word, unit, parent):
    body = bodies.parse(issued_by)
    assert (body.kind, body.tier, body.word, body.unit, body.parent) == (kind, tier, word, unit, parent)


@pytest.mark.parametrize("issued_by,ministry", [
    ("Bộ Nông nghiệp và Phát triển nông thôn", 0), ("Bộ NN&PTNT", 0), ("Bộ Nông nghiệp & Phát triển Nông thôn", 0),
    ("Bộ trưởng Bộ Nông nghiệp và PTNT", 0), ("Bộ Nông nghiệp và Môi trường", 1), ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", 1),
    ("Bộ NN&MT", 1), ("Bộ Công Thương", None), ("Bộ Y tế", None),
])
def test_agriculture_ministry_under_its_names(issued_by, ministry):
    found = bodies.parse(issued_by).ministry
    assert found == (MINISTRIES[ministry] if ministry is not None else None)


@pytest.mark.parametrize("text", ["Hội đồng", "", "Công ty TNHH Yên Tử", "Quảng Ninh"])
def test_names_that_follow_no_pattern(text):
    assert bodies.level_of(bodies.parse(text), D(2024, 1, 1), None) is None


QUANG_NINH = Province(Text("Quảng Ninh"), "22")
CAN_THO = Province(Text("Thành phố Cần Thơ"), "92", (FormerProvince(Text("Hậu Giang"), "93"),
                                                     FormerProvince(Text("Sóc Trăng"), "94")))
HUE = Province(Text("Thành phố Huế"), "46", kind="city", city_since=D(2025, 1, 1))
NEW_CITY = Province(Text("Khánh Hòa"), "56", kind="city", city_since=D(2026, 9, 1))  # made up: a change, by data


@pytest.mark.parametrize("issued_by,day,province,level", [
    ("UBND tỉnh Quảng Ninh", D(2024, 7, 12), QUANG_NINH, "province"),
    ("UBND thành phố Hạ Long", D(2025, 6, 18), QUANG_NINH, "district"),
    ("Uỷ ban nhân dân thành phố Cần Thơ", D(2024, 7, 12), CAN_THO, "province"),
    ("UBND thành phố Cần Thơ", D(2019, 9, 1), None, "province"),
    ("UBND TP Cần Thơ", D(2024, 7, 12), QUANG_NINH, "province"),  # centrally run whatever the catalogue
    ("Chủ tịch UBND TP. Hồ Chí Minh", D(2024, 7, 12), None, "province"),
    ("TP.HCM", D(2024, 7, 12), None, "province"),
    ("UBND thành phố Hà Nội", D(2023, 1, 5), None, "province"),
    ("UBND TP. Hải Phòng", D(2023, 1, 5), None, "province"),
    ("UBND thành phố Đà Nẵng", D(2023, 1, 5), None, "province"),
    ("UBND thành phố Thủ Đức, TP. Hồ Chí Minh", D(2024, 7, 12), None, "district"),
    # a "thành phố" named like its province is a district-level city
    ("UBND TP Thanh Hóa", D(2024, 7, 12), None, "district"),
    ("UBND thành phố Hải Dương", D(2024, 7, 12), None, "district"),
    ("UBND thành phố Sóc Trăng", D(2024, 7, 12), CAN_THO, "district"),
    ("UBND thành phố Hà Tĩnh", D(2024, 7, 12), None, "district"),
    # Huế: a district-level city of Thừa Thiên Huế until 31/12/2024, centrally run from 01/01/2025
    ("UBND thành phố Huế", D(2024, 12, 31), None, "district"),
    ("UBND thành phố Huế", D(2025, 1, 1), None, "province"),
    ("UBND thành phố Huế", D(2024, 12, 31), HUE, "district"),
    ("UBND thành phố Huế", D(2025, 3, 3), HUE, "province"),
    ("UBND tỉnh Thừa Thiên Huế", D(2024, 3, 3), HUE, "province"),
    # the catalogue's own province.yml says when it became a city
    ("UBND thành phố Khánh Hòa", D(2026, 8, 31), NEW_CITY, "district"),
    ("UBND thành phố Khánh Hoà", D(2026, 9, 1), NEW_CITY, "province"),
    ("UBND thành phố Khánh Hòa", D(2026, 9, 1), QUANG_NINH, "district"),
    ("UBND thị xã Tịnh Biên", D(2024, 5, 10), None, "district"),
    ("UBND huyện Sơn Tịnh", D(2024, 5, 10), None, "district"),
    ("UBND huyện Ba Chẽ, tỉnh Quảng Ninh", D(2024, 4, 15), QUANG_NINH, "district"),
    ("UBND quận 1, TP.HCM", D(2024, 4, 15), None, "district"),
    ("UBND xã Quảng La", D(2025, 9, 1), QUANG_NINH, "commune"),
    ("UBND đặc khu Vân Đồn", D(2025, 9, 1), QUANG_NINH, "commune"),
    ("Bộ Nông nghiệp và Môi trường", D(2025, 8, 14), None, "ministry"),
    ("Sở Nông nghiệp và Môi trường", D(2025, 8, 14), None, None),
])
def test_level_of_a_body_on_its_date(issued_by, day, province, level):
    home = bodies.Home.of(province)
    assert bodies.level_of(bodies.parse(issued_by), day, home) == level


def test_province_names_compare_without_their_level_word():
    assert bodies.place_key("Thành phố Cần Thơ") == bodies.place_key("Cần Thơ") == bodies.place_key("TP. Cần Thơ")
    assert bodies.place_key("Tỉnh Khánh Hoà") == bodies.place_key("Khánh Hòa")
    assert bodies.place_key("TP.HCM") == bodies.place_key("TPHCM") == bodies.place_key("Thành phố Hồ Chí Minh")
    assert bodies.Home.of(CAN_THO).names == {"can tho", "hau giang", "soc trang"}


@pytest.mark.parametrize("level,stars,day,verdict", [
    ("province", 3, D(2021, 11, 10), "ok"),  # 1048: the province signs 3★ and 4★
    ("district", 3, D(2022, 4, 15), "below"),
    ("district", 3, D(2023, 2, 24), "ok"),  # 148: the district signs 3★
    ("district", 3, D(2025, 6, 30), "ok"),
    ("district", 3, D(2025, 7, 1), "abolished"),
    ("district", 4, D(2024, 4, 15), "below"),
    ("province", 3, D(2024, 4, 15), "above"),  # a higher body signing a lower star
    ("province", 3, D(2025, 7, 1), "ok"),  # no districts left: the province signs 3★ under 148 too
    ("province", 3, D(2025, 7, 5), "ok"),
    ("province", 3, D(2025, 7, 6), "ok"),  # 148 as amended by 1489
    ("province", 4, D(2026, 6, 25), "ok"),
    ("province", 5, D(2026, 6, 25), "below"),
    ("ministry", 5, D(2020, 1, 1), "ok"),
    ("ministry", 4, D(2024, 1, 1), "above"),
    ("commune", 3, D(2025, 9, 1), "commune"),
    ("commune", 3, D(2024, 9, 1), "commune"),
])
def test_who_signs_which_star(level, stars, day, verdict):
    assert signer_verdict(level, stars, day) == verdict


@pytest.mark.parametrize("ministry,day,verdict", [
    (0, D(2024, 9, 25), ("ok", None)),
    (0, D(2025, 2, 28), ("ok", None)),
    (1, D(2025, 3, 1), ("ok", None)),
    (1, D(2025, 2, 20), ("renamed", D(2025, 3, 1))),
    (0, D(2025, 3, 10), ("renamed", D(2025, 3, 1))),
    (0, D(2025, 3, 31), ("renamed", D(2025, 3, 1))),
    (0, D(2025, 4, 1), ("wrong", D(2025, 3, 1))),
    (1, D(2024, 8, 10), ("wrong", D(2025, 3, 1))),
])
def test_ministry_name_by_date(ministry, day, verdict):
    assert ministry_name_verdict(MINISTRIES[ministry], day) == verdict


# --- the rules, on whole catalogues -------------------------------------------------------------

def product(stars: int, issued_by: str, issued_on: str, level: str | None = None) -> str:
    text = (PRODUCT.replace("stars: 4", f"stars: {stars}").replace("score: 78.5\n", "")
            .replace("score_parts: {a: 32, b: 20, c: 26.5}\n", "")
            .replace("issued_by: UBND tỉnh Quảng Ninh", f"issued_by: {issued_by}")
            .replace("issued_on: 2025-08-10", f"issued_on: {issued_on}"))
    return text.replace("  issued_on", f"  level: {level}\n  issued_on") if level else text


def province(name: str, code: str, extra: str = "") -> str:
    return (f"name: {{vi: {name}}}\ncode: \"{code}\"\n{extra}localities:\n"
            "  - {slug: ha-long, name: phường Hạ Long, kind: ward}\n")


CAN_THO_YML = province("Thành phố Cần Thơ", "92",
                       'formerly:\n  - {name: Hậu Giang, code: "93"}\n  - {name: Sóc Trăng, code: "94"}\n')
HCM_YML = province("Thành phố Hồ Chí Minh", "79")
HUE_YML = province("Thành phố Huế", "46", "kind: city\ncity_since: 2025-01-01\n")


def rules(issues):
    return [(i.rule, i.severity) for i in issues]


@pytest.mark.parametrize("home,stars,issued_by,issued_on", [
    (CAN_THO_YML, 4, "UBND thành phố Cần Thơ", "2024-07-12"),
    (CAN_THO_YML, 4, "Uỷ ban nhân dân thành phố Cần Thơ", "2025-08-20"),
    (CAN_THO_YML, 4, "UBND tỉnh Sóc Trăng", "2024-09-12"),  # a province merged into Cần Thơ
    (CAN_THO_YML, 3, "UBND thành phố Sóc Trăng", "2024-09-12"),  # its district-level city, under 148
    (province("Cần Thơ", "92"), 4, "Chủ tịch UBND TP Cần Thơ", "2024-07-12"),
    (HCM_YML, 4, "Chủ tịch UBND TP. Hồ Chí Minh", "2024-07-12"),
    (HCM_YML, 4, "UBND TP.HCM", "2025-12-18"),
    (HCM_YML, 3, "UBND quận 1, TP.HCM", "2024-07-12"),
    (HUE_YML, 4, "UBND thành phố Huế", "2025-03-03"),
    (HUE_YML, 4, "UBND tỉnh Thừa Thiên Huế", "2024-03-03"),
    (HUE_YML, 3, "UBND thành phố Huế", "2024-03-03"),  # then a district-level city: 3★ under 148
    (None, 3, "UBND huyện Ba Chẽ, tỉnh Quảng Ninh", "2024-04-15"),
    (None, 3, "UBND thị xã Tịnh Biên", "2024-05-10"),
    (None, 3, "UBND huyện Sơn Tịnh", "2025-06-30"),
    (None, 3, "UBND thành phố Hà Tĩnh", "2024-05-10"),
    (None, 3, "UBND TP Thanh Hóa", "2024-05-10"),
    (None, 3, "UBND tỉnh Quảng Ninh", "2025-07-03"),  # districts gone; 1489 not yet signed
    (None, 4, "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "2024-07-12"),
    (None, 5, "Bộ Nông nghiệp và Phát triển nông thôn", "2024-09-25"),
    (None, 5, "Bộ NN&PTNT", "2025-01-16"),
    (None, 5, "Bộ Nông nghiệp và Môi trường", "2025-04-15"),
])
def test_real_signers_pass(check, home, stars, issued_by, issued_on):
    files = {P: product(stars, issued_by, issued_on)}
    if home:
        files["province.yml"] = home
    check(files, expected=[])


def test_district_level_city_cannot_sign_four_stars(check):
    issues = check({P: product(4, "UBND thành phố Hà Tĩnh", "2024-07-12")}, expected=[(P, 7, 14, "signer-not-allowed")])
    assert issues[0].en == (
        "certificate.issued_by: under Quyết định 148/QĐ-TTg (in force on 2024-07-12) a 4-star certificate is signed "
        'at province level, not by "UBND thành phố Hà Tĩnh" (district level: Hà Tĩnh is not a centrally-run city); '
        "check the signer, the stars and the date")
    assert issues[0].vi == (
        "certificate.issued_by: theo Quyết định 148/QĐ-TTg (áp dụng ngày 12/07/2024) giấy chứng nhận 4 sao do cấp "
        'tỉnh ký, không phải "UBND thành phố Hà Tĩnh" (cấp huyện: Hà Tĩnh không phải thành phố trực thuộc trung '
        "ương); hãy kiểm tra cơ quan ký, số sao và ngày")
    for signer in ("UBND TP Thanh Hóa", "UBND huyện Sơn Tịnh", "UBND thị xã Tịnh Biên", "UBND thành phố Hải Dương"):
        check({P: product(4, signer, "2024-07-12")}, expected=[(P, 7, 14, "signer-not-allowed")])


def test_hue_before_it_was_centrally_run(check):
    issues = check({"province.yml": HUE_YML, P: product(4, "UBND thành phố Huế", "2024-12-31")})
    assert rules(issues) == [("signer-not-allowed", "error")]
    assert "(district level: Huế became a centrally-run city only on 2025-01-01)" in issues[0].en
    assert "(cấp huyện: Huế trở thành thành phố trực thuộc trung ương từ 01/01/2025)" in issues[0].vi


def test_own_city_status_comes_from_province_yml(check):
    # a made-up change of status, to show it needs no code: Khánh Hòa centrally run from 01/09/2024
    home = province("Thành phố Khánh Hòa", "56", "kind: city\ncity_since: 2024-09-01\n")
    check({"province.yml": home, P: product(4, "UBND thành phố Khánh Hoà", "2024-09-15")}, expected=[])
    check({"province.yml": home, P: product(4, "UBND thành phố Khánh Hoà", "2024-06-15")},
          expected=[(P, 7, 14, "signer-not-allowed")])
    always = province("Thành phố Khánh Hòa", "56", "kind: city\n")
    check({"province.yml": always, P: product(4, "UBND thành phố Khánh Hòa", "2024-06-15")}, expected=[])


def test_district_after_abolition(check):
    issues = check({P: product(3, "UBND huyện Sơn Tịnh", "2025-07-02")},
                   expected=[(P, 7, 14, "signer-district-abolished")])
    assert issues[0].en == (
        'certificate.issued_by: districts were abolished on 2025-07-01, so "UBND huyện Sơn Tịnh" cannot have signed '
        "a decision dated 2025-07-02; from that day a 3-star certificate is signed at province level: check the "
        "signer and the date")
    assert issues[0].vi == (
        'certificate.issued_by: cấp huyện đã chấm dứt từ ngày 01/07/2025, nên "UBND huyện Sơn Tịnh" không thể ký '
        "quyết định ngày 02/07/2025; từ ngày đó giấy chứng nhận 3 sao do cấp tỉnh ký: hãy kiểm tra cơ quan ký và ngày")


@pytest.mark.parametrize("signer", ["UBND xã Quảng La", "UBND phường Hạ Long", "UBND thị trấn Tiên Yên",
                                    "UBND đặc khu Vân Đồn", "Ủy ban nhân dân xã Ba Chẽ, tỉnh Quảng Ninh"])
def test_communes_never_sign(check, signer):
    issues = check({P: product(3, signer, "2025-09-01")}, expected=[(P, 7, 14, "signer-commune")])
    assert issues[0].en == (
        f'certificate.issued_by: "{signer}" is a commune-level body; communes, wards, towns and special zones '
        "receive and pre-check dossiers but never sign a recognition decision: write the body that signed, as "
        "printed on the decision")
    assert issues[0].vi == (
        f'certificate.issued_by: "{signer}" là cơ quan cấp xã; UBND xã, phường, thị trấn, đặc khu chỉ tiếp nhận và '
        "đánh giá sơ bộ hồ sơ, không ký quyết định công nhận: hãy ghi cơ quan đã ký như trên quyết định")
    # whatever level says
    check({P: product(3, signer, "2025-09-01", level="province")}, expected=[(P, 7, 14, "signer-commune")])


def test_province_signing_three_stars_under_148_is_a_warning(check):
    issues = check({P: product(3, "UBND tỉnh Quảng Ninh", "2024-04-15")})
    assert rules(issues) == [("signer-above-star", "warning")]
    assert issues[0].en == (
        "certificate.issued_by: under Quyết định 148/QĐ-TTg (in force on 2024-04-15) a 3-star certificate is signed "
        'at district level; "UBND tỉnh Quảng Ninh" (province level) is higher. Accepted, but check the stars and the '
        "signer")
    assert issues[0].vi == (
        "certificate.issued_by: theo Quyết định 148/QĐ-TTg (áp dụng ngày 15/04/2024) giấy chứng nhận 3 sao do cấp "
        'huyện ký; "UBND tỉnh Quảng Ninh" (cấp tỉnh) là cấp cao hơn. Vẫn chấp nhận, nhưng hãy kiểm tra số sao và cơ '
        "quan ký")


def test_lower_body_signing_higher_star_is_an_error(check):
    check({P: product(4, "UBND huyện Ba Chẽ", "2024-04-15")}, expected=[(P, 7, 14, "signer-not-allowed")])
    check({P: product(5, "UBND tỉnh Quảng Ninh", "2024-04-15")}, expected=[(P, 7, 14, "signer-not-allowed")])
    issues = check({P: product(4, "Bộ Nông nghiệp và Phát triển nông thôn", "2024-04-15")})
    assert rules(issues) == [("signer-above-star", "warning")]


def test_only_the_agriculture_ministry_signs(check):
    issues = check({P: product(5, "Bộ Công Thương", "2025-08-14")}, expected=[(P, 7, 14, "signer-not-allowed")])
    assert issues[0].en == (
        'certificate.issued_by: "Bộ Công Thương" does not sign OCOP certificates; only the agriculture ministry does '
        '("Bộ Nông nghiệp và Môi trường" on 2025-08-14), and only 5-star ones')
    assert issues[0].vi == (
        'certificate.issued_by: "Bộ Công Thương" không ký giấy chứng nhận OCOP; chỉ Bộ Nông nghiệp ("Bộ Nông nghiệp '
        'và Môi trường" vào ngày 14/08/2025) ký, và chỉ với sản phẩm 5 sao')


def test_ministry_names_around_the_rename(check):
    issues = check({P: product(5, "Bộ Nông nghiệp và Môi trường", "2025-02-20")})
    assert rules(issues) == [("ministry-name", "warning")]
    assert issues[0].en == (
        'certificate.issued_by: on 2025-02-20 the ministry was called "Bộ Nông nghiệp và Phát triển nông thôn"; the '
        "name written is accepted this close to the renaming (2025-03-01), but write the name printed on the decision")
    assert issues[0].vi == (
        'certificate.issued_by: vào ngày 20/02/2025 bộ có tên "Bộ Nông nghiệp và Phát triển nông thôn"; tên đã ghi '
        "vẫn được chấp nhận vì gần ngày đổi tên (01/03/2025), nhưng hãy ghi đúng tên trên quyết định")
    issues = check({P: product(5, "Bộ NN&PTNT", "2025-03-10")})
    assert rules(issues) == [("ministry-name", "warning")]
    issues = check({P: product(5, "Bộ Nông nghiệp và Phát triển nông thôn", "2025-08-14")})
    assert rules(issues) == [("ministry-name", "error")]
    assert issues[0].en == (
        'certificate.issued_by: on 2025-08-14 the ministry was called "Bộ Nông nghiệp và Môi trường", not "Bộ Nông '
        'nghiệp và Phát triển nông thôn" (the name changed on 2025-03-01); write the name printed on the decision and '
        "check the date")
    issues = check({P: product(5, "Bộ Nông nghiệp và Môi trường", "2024-08-10")})
    assert rules(issues) == [("ministry-name", "error")]


def test_explicit_level_where_the_name_does_not_tell(check):
    check({P: product(4, "UBND Quảng Ninh", "2025-08-10", level="province")}, expected=[])
    issues = check({P: product(4, "UBND Quảng Ninh", "2025-08-10")}, expected=[(P, 7, 14, "signer-level-unknown")])
    assert issues[0].en == (
        'certificate.issued_by: cannot tell whether "UBND Quảng Ninh" is a district, a province or the ministry; '
        "write the body as printed (e.g. UBND tỉnh …, UBND huyện …) or add level: district, province or ministry")
    check({P: product(4, "UBND Quảng Ninh", "2024-08-10", level="district")}, expected=[(P, 7, 14, "signer-not-allowed")])
    check({P: product(3, "UBND Quảng Ninh", "2025-08-10", level="district")},
          expected=[(P, 7, 14, "signer-district-abolished")])


def test_explicit_level_contradicting_the_name_names_both(check):
    issues = check({P: product(3, "UBND huyện Ba Chẽ, tỉnh Quảng Ninh", "2024-04-15", level="province")},
                   expected=[(P, 8, 10, "signer-level-mismatch")])
    assert issues[0].en == ('certificate.level: "province" contradicts issued_by "UBND huyện Ba Chẽ, tỉnh Quảng Ninh", '
                            "which is district level; remove level or correct it")
    assert issues[0].vi == ('certificate.level: "province" mâu thuẫn với issued_by "UBND huyện Ba Chẽ, tỉnh Quảng Ninh" '
                            "(cấp huyện); hãy xóa level hoặc sửa lại")
    issues = check({P: product(4, "UBND TP Thanh Hóa", "2024-07-12", level="province")},
                   expected=[(P, 8, 10, "signer-level-mismatch")])
    assert "which is district level: Thanh Hóa is not a centrally-run city;" in issues[0].en


@pytest.mark.parametrize("signer", ["Sở Nông nghiệp và Môi trường", "Hội đồng OCOP tỉnh", "Sở NN&PTNT tỉnh Quảng Ninh"])
def test_bodies_that_do_not_sign_are_a_warning(check, signer):
    issues = check({P: product(4, signer, "2025-08-20")})
    assert rules(issues) == [("signer-not-signing", "warning")]
    assert issues[0].en == (
        f'certificate.issued_by: "{signer}" prepares or advises but does not sign recognition decisions; the chair '
        "of the people's committee signs (UBND tỉnh … for 3 and 4 stars) and the ministry signs 5 stars: write the "
        "body named at the decision's signature")
    assert issues[0].vi == (
        f'certificate.issued_by: "{signer}" chỉ tham mưu, không ký quyết định công nhận; Chủ tịch UBND ký (UBND tỉnh '
        "… với 3 sao và 4 sao), Bộ ký 5 sao: hãy ghi cơ quan ở phần chữ ký của quyết định")
    # with a level, the stars are checked too
    issues = check({P: product(4, signer, "2024-08-20", level="district")})
    assert sorted(rules(issues)) == [("signer-not-allowed", "error"), ("signer-not-signing", "warning")]


def test_signer_of_another_province(check):
    issues = check({P: product(4, "UBND tỉnh Lâm Đồng", "2024-07-12")})
    assert rules(issues) == [("signer-other-province", "warning")]
    assert issues[0].en == (
        'certificate.issued_by: "UBND tỉnh Lâm Đồng" belongs to Lâm Đồng, but this catalogue is Quảng Ninh; if Lâm '
        "Đồng was merged into Quảng Ninh, list it under formerly in province.yml, else check the signer")
    assert issues[0].vi == (
        'certificate.issued_by: "UBND tỉnh Lâm Đồng" thuộc Lâm Đồng, nhưng danh mục này là Quảng Ninh; nếu Lâm Đồng '
        "đã sáp nhập vào Quảng Ninh, hãy thêm vào formerly trong province.yml, nếu không hãy kiểm tra cơ quan ký")
    issues = check({P: product(3, "UBND huyện Ba Chẽ, tỉnh Bắc Ninh", "2024-07-12")})
    assert rules(issues) == [("signer-other-province", "warning")]
    # tone placement and the level word do not make another province
    home = province("Tỉnh Khánh Hoà", "56")
    check({"province.yml": home, P: product(4, "Uỷ ban nhân dân tỉnh Khánh Hòa", "2024-07-12")}, expected=[])


@pytest.mark.parametrize("issued_by,level,day,province,shown", [
    ("UBND thành phố Cần Thơ", None, D(2024, 7, 12), CAN_THO, "province"),
    ("UBND thành phố Huế", None, D(2024, 7, 12), HUE, "district"),
    ("UBND thành phố Huế", None, D(2025, 7, 12), HUE, "province"),
    ("UBND Quảng Ninh", "province", D(2025, 7, 12), QUANG_NINH, "province"),
    ("UBND xã Quảng La", None, D(2025, 7, 12), QUANG_NINH, ""),
    ("Hội đồng OCOP tỉnh", None, D(2025, 7, 12), QUANG_NINH, ""),
])
def test_level_shown_on_the_product_page(issued_by, level, day, province, shown):
    assert bodies.shown_level(issued_by, level, day, bodies.Home.of(province)) == shown


@pytest.mark.parametrize("module", ["signers", "stars", "province", "categories", "identifiers", "certificates"])
def test_every_rule_is_explained_in_its_module_docstring(module):
    import importlib
    import inspect
    import re

    mod = importlib.import_module(f"generator.rules.{module}")
    ids = set(re.findall(r'(?:error|warning)\(\s*[^,()]+(?:\([^)]*\))?,\s*"([a-z0-9-]+)"', inspect.getsource(mod)))
    assert ids and not [i for i in sorted(ids) if f"`{i}`" not in mod.__doc__]


def test_a_centrally_run_city_builds(tmp_path):
    """The catalogue of Cần Thơ, its certificates signed "UBND thành phố Cần Thơ", builds; the
    product page names the signer's level as the province's."""
    from tests.conftest import write_catalogue
    from tests.sitebuild import build, scaffold

    write_catalogue(tmp_path, {"province.yml": CAN_THO_YML,
                               P: product(4, "UBND thành phố Cần Thơ", "2025-08-20")})
    run = build(scaffold(tmp_path), tmp_path / "site")
    assert run.returncode == 0, run.stderr
    vi = (tmp_path / "site" / "products" / "ruou-mo-yen-tu" / "index.html").read_text(encoding="utf-8")
    en = (tmp_path / "site" / "en" / "products" / "ruou-mo-yen-tu" / "index.html").read_text(encoding="utf-8")
    assert '<span lang="vi">UBND thành phố Cần Thơ</span> (cấp tỉnh)' in vi
    assert '<span lang="vi">UBND thành phố Cần Thơ</span> (province)' in en
