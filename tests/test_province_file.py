"""province.yml: kind, city_since, formerly {name, code}, and localities compared as names."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.load.catalogue import slugify
from generator.model.records import FormerProvince
from generator.model.text import Text, name_key
from generator.rules import validate
from tests.conftest import write_catalogue

PY = "province.yml"


def home(extra: str = "", localities: str = "  - {slug: ha-long, name: phường Hạ Long, kind: ward}\n") -> str:
    return f'name: {{vi: Quảng Ninh, en: Quang Ninh}}\ncode: "22"\n{extra}localities:\n{localities}'


def test_fields_are_loaded(tmp_path):
    text = home('kind: city\ncity_since: 2025-01-01\nformerly:\n  - {name: {vi: Hải Dương, en: Hai Duong}, code: "30"}\n'
                "  - {name: Thái Bình, code: \"34\"}\n")
    write_catalogue(tmp_path, {PY: text})
    catalogue, issues = validate(str(tmp_path), dt.date(2026, 11, 23))
    province = catalogue.province
    assert (province.kind, province.city_since) == ("city", dt.date(2025, 1, 1))
    assert province.formerly == (FormerProvince(Text("Hải Dương", "Hai Duong"), "30"),
                                 FormerProvince(Text("Thái Bình"), "34"))


def test_defaults_are_a_province_always(tmp_path):
    write_catalogue(tmp_path, {})
    province = validate(str(tmp_path), dt.date(2026, 11, 23))[0].province
    assert (province.kind, province.city_since, province.formerly) == ("province", None, ())


@pytest.mark.parametrize("extra,line,col,rule", [
    ("kind: town\n", 3, 7, "not-allowed"),
    ("city_since: 01/01/2025\n", 3, 13, "bad-date"),
    ("formerly: [Hải Dương]\n", 3, 12, "wrong-type"),
    ('formerly:\n  - {name: Hải Dương, code: "3"}\n', 4, 29, "bad-format"),
    ("formerly:\n  - {name: Hải Dương}\n", 4, 5, "missing-field"),
    ("city_since: 2025-01-01\n", 3, 13, "province-kind"),
])
def test_bad_province_fields(check, extra, line, col, rule):
    check({PY: home(extra)}, expected=[(PY, line, col, rule)])


def test_city_since_without_kind_message(check):
    issues = check({PY: home("city_since: 2025-01-01\n")})
    assert (issues[0].en, issues[0].vi) == (
        "city_since: says when a centrally-run city became one; add kind: city, or remove city_since",
        "city_since: là ngày trở thành thành phố trực thuộc trung ương; hãy thêm kind: city hoặc xóa city_since")


def test_the_same_commune_twice_under_two_tone_placements(check):
    localities = ("  - {slug: ha-long, name: phường Hạ Long, kind: ward}\n"
                  "  - {slug: hai-hoa, name: xã Hải Hòa, kind: commune}\n"
                  "  - {slug: hai-hoa-2, name: xã Hải Hoà, kind: commune}\n")
    issues = check({PY: home(localities=localities)}, expected=[(PY, 6, 29, "duplicate-locality")])
    assert (issues[0].en, issues[0].vi) == (  # list positions counted from 1, as staff count
        'localities[3].name: "xã Hải Hoà" is already listed as "xã Hải Hòa" (localities[2]); keep one of them',
        'localities[3].name: "xã Hải Hoà" đã có trong danh sách là "xã Hải Hòa" (localities[2]); hãy chỉ giữ một')


@pytest.mark.parametrize("a,b", [
    ("thuỷ", "thủy"), ("Hoà Bình", "Hòa Bình"), ("khoẻ", "khỏe"), ("Uỷ ban", "Ủy ban"), ("THUỶ", "thủy"),
    ("Khánh  Hoà", "khánh hòa"), ("Thuý", "Thúy"), ("hoạ", "họa"),
])
def test_tone_placement_does_not_make_another_name(a, b):
    assert name_key(a) == name_key(b)
    assert slugify(a) == slugify(b)


@pytest.mark.parametrize("a,b", [("tỉnh", "Tịnh"), ("tỉnh", "Tĩnh"), ("hoà", "hoa"), ("thuỷ", "thuý"), ("xã", "xa")])
def test_other_tones_stay_other_words(a, b):
    assert name_key(a) != name_key(b)
