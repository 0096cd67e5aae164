"""The project's own star badge: labels, looks by certificate status, and a safe SVG shape."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from generator.model.certificates import STATUSES
from generator.pages.badges import STAR_PATH, badge_label, badge_svg

SVG = "{http://www.w3.org/2000/svg}"
CURRENT = ("valid", "expiring", "renewal-pending")
LAPSED = ("expired", "revoked")


def stars_in(svg: str) -> list[ET.Element]:
    return [p for p in ET.fromstring(svg).iter(f"{SVG}path") if p.get("d") == STAR_PATH]


@pytest.mark.parametrize(
    "stars, status, lang, label",
    [
        (4, "valid", "vi", "OCOP 4 sao"),
        (4, "valid", "en", "OCOP 4 stars"),
        (1, "valid", "en", "OCOP 1 star"),
        (5, "expiring", "vi", "OCOP 5 sao"),
        (3, "renewal-pending", "en", "OCOP 3 stars"),
        (4, "expired", "vi", "OCOP 4 sao, hết hiệu lực"),
        (4, "expired", "en", "OCOP 4 stars, expired"),
        (3, "revoked", "vi", "OCOP 3 sao, đã thu hồi"),
        (3, "revoked", "en", "OCOP 3 stars, revoked"),
    ],
)
def test_label(stars, status, lang, label):
    assert badge_label(stars, status, lang) == label
    root = ET.fromstring(badge_svg(stars, status, lang))
    assert root.get("role") == "img"
    assert root.get("aria-label") == label


@pytest.mark.parametrize("stars", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("status", STATUSES)
def test_draws_n_stars_as_paths(stars, status):
    svg = badge_svg(stars, status, "vi")
    assert len(stars_in(svg)) == stars
    assert "★" not in svg


@pytest.mark.parametrize("status", CURRENT)
def test_current_certificates_look_certified(status):
    svg = badge_svg(4, status, "vi")
    assert svg == badge_svg(4, "valid", "vi").replace("--valid", f"--{status}")
    assert all(p.get("fill") == "#f2c230" for p in stars_in(svg))
    assert ET.fromstring(svg).find(f"{SVG}rect").get("fill") == "#1b4d3e"


@pytest.mark.parametrize("status", LAPSED)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_lapsed_certificates_do_not_look_certified(status, lang):
    svg = badge_svg(4, status, lang)
    root = ET.fromstring(svg)
    assert all(p.get("fill") == "none" and p.get("stroke") for p in stars_in(svg))
    assert root.find(f"{SVG}rect").get("fill") == "#f2f2f2"
    assert "#f2c230" not in svg and "#1b4d3e" not in svg
    note = badge_label(4, status, lang).split(", ")[1]
    assert [t.text for t in root.iter(f"{SVG}text")] == ["OCOP", note]


def test_revoked_is_struck_through_and_expired_is_not():
    def lines(svg):
        return [p for p in ET.fromstring(svg).iter(f"{SVG}path") if p.get("d") != STAR_PATH]

    assert len(lines(badge_svg(4, "revoked", "vi"))) == 1
    assert lines(badge_svg(4, "expired", "vi")) == []


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_shape(status, lang):
    svg = badge_svg(5, status, lang)
    root = ET.fromstring(svg)
    assert not svg.startswith("<?xml")
    assert " id=" not in svg and "url(#" not in svg and "<use" not in svg
    assert root.get("width") is None and root.get("height") is None
    _, _, width, height = map(float, root.get("viewBox").split())
    assert height == 20
    assert float(root.find(f"{SVG}rect").get("width")) == width - 1
    last_star = max(int(re.search(r"translate\((\d+)", p.get("transform"))[1]) for p in stars_in(svg))
    assert last_star + 12 < width
    assert "ocop-badge" in root.get("class") and f"ocop-badge--{status}" in root.get("class")


def test_deterministic_and_width_grows_with_stars():
    assert badge_svg(4, "valid", "vi") == badge_svg(4, "valid", "vi")
    widths = [float(ET.fromstring(badge_svg(n, "valid", "vi")).get("viewBox").split()[2])
              for n in range(1, 6)]
    assert widths == sorted(set(widths))


@pytest.mark.parametrize(
    "stars, status, lang, message",
    [
        (0, "valid", "vi", "stars: expected a whole number from 1 to 5, found 0"),
        (6, "valid", "vi", "found 6"),
        (True, "valid", "vi", "found True"),
        (4.0, "valid", "vi", "found 4.0"),
        (4, "pending", "vi", "status: expected one of valid, expiring, renewal-pending, expired, "
                             "revoked, found 'pending'"),
        (4, "valid", "fr", "language: expected one of en, vi, zh, found 'fr'"),
    ],
)
def test_bad_input(stars, status, lang, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        badge_svg(stars, status, lang)


def test_a_chinese_status_note_gets_room_for_full_width_characters():

    from generator.model.languages import Languages

    zh = Languages.of(["vi", "en", "zh"])["zh"]
    svg = badge_svg(4, "expired", zh)
    note = re.search(r'textLength="(\d+)"[^>]*>已失效</text>', svg)
    assert note and int(note.group(1)) == 27  # three characters 9 units wide at font-size 9
    assert 'textLength="35"' in badge_svg(4, "expired", "en")  # "expired": seven letters of 5 units
