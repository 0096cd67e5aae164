"""Hostile input refused at validation, each with its file and line: control characters,
direction overrides, invisible characters, blank and look-alike names, oversize values and
files, symbolic links, damaged and oversized photos, addresses that are not addresses, dates
past what date arithmetic holds. And what reaches a terminal, a CI log, a spreadsheet or a
calendar from a record cannot act there."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys

import pytest
from PIL import Image

from generator import issues as fmt
from generator.issues import Issue, error
from generator.model.records import Loc
from tests.conftest import PRODUCER, PRODUCT, TODAY, write_catalogue
from generator.rules import validate


def _issues(tmp_path, files):
    write_catalogue(tmp_path, files)
    return validate(str(tmp_path), TODAY)[1]


def _at(issues, path, line=None, rule=None):
    return [i for i in issues if i.loc.path == path and (line is None or i.loc.line == line)
            and (rule is None or i.rule == rule)]


def _product_line(key: str, value: str) -> tuple[str, int]:
    """The base product with `key: value` replaced (value written as a YAML double-quoted
    string, escapes and all), and the line it is on."""
    lines = PRODUCT.splitlines()
    for number, line in enumerate(lines, 1):
        if line.startswith(f"{key}:") or line.startswith(f"  {key}:"):
            indent = line[:len(line) - len(line.lstrip())]
            lines[number - 1] = f'{indent}{key}: "{value}"'
            return "\n".join(lines) + "\n", number
    raise AssertionError(key)


@pytest.mark.parametrize("key, value, words", [
    ("name", "Rượu mơ\\x1b[31m đỏ", "control character (U+001B"),
    ("name", "Rượu mơ\\u202e", "direction override (U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("description", "Mô tả \\u2066ẩn\\u2069", "direction override (U+2066"),
    ("decision", "1234/QĐ-UBND\\x85", "control character (U+0085"),
    ("issued_by", "UBND tỉnh\\tQuảng Ninh", "control character (U+0009"),
    ("name", "Rượu\\u200bmơ", "invisible character (U+200B ZERO WIDTH SPACE"),
    ("decision", "1234\\u2060/QĐ-UBND", "invisible character (U+2060 WORD JOINER"),
    ("name", " \\u200b\\u3164 ", "the name is blank"),
    ("name", "Rượu\\nmơ", "line break"),
    ("decision", "a\\rb", "control character (U+000D"),
])
def test_hostile_characters_are_errors_on_their_line(tmp_path, key, value, words):
    text, line = _product_line(key, value)
    found = _at(_issues(tmp_path, {"products/ruou-mo-yen-tu.yml": text}), "products/ruou-mo-yen-tu.yml", line,
                "bad-text")
    assert found and found[0].severity == "error" and words in found[0].en, found


def test_prose_may_keep_a_zero_width_joiner_and_markdown_its_lines(tmp_path):
    text, _ = _product_line("description", "Đoạn một.\\n\\nĐoạn hai 👨\\u200d🌾.")
    assert _issues(tmp_path, {"products/ruou-mo-yen-tu.yml": text}) == []


@pytest.mark.parametrize("key, size, limit", [("name", 301, "300"), ("decision", 1001, "1,000"),
                                               ("description", 20001, "20,000")])
def test_overlong_values_are_errors_naming_the_limit(tmp_path, key, size, limit):
    text, line = _product_line(key, "x" * size)
    found = _at(_issues(tmp_path, {"products/ruou-mo-yen-tu.yml": text}), "products/ruou-mo-yen-tu.yml", line,
                "bad-text")
    assert found and f"at most {limit}" in found[0].en


def test_an_oversize_record_file_is_refused_unread(tmp_path):
    huge = PRODUCT + "story: |\n" + ("  " + "a" * 1000 + "\n") * 300
    found = _at(_issues(tmp_path, {"products/ruou-mo-yen-tu.yml": huge}), "products/ruou-mo-yen-tu.yml")
    assert [(i.loc.line, i.rule) for i in found] == [(1, "file-too-large")]
    assert "at most 262,144 bytes" in found[0].en


def test_symbolic_links_to_records_are_refused_without_reading_them(tmp_path):
    secret = tmp_path / "outside.yml"
    secret.write_text(PRODUCT.replace("Rượu mơ Yên Tử", "SECRET"), encoding="utf-8")
    write_catalogue(tmp_path, {})
    (tmp_path / "products" / "link.yml").symlink_to(secret)
    catalogue, found = validate(str(tmp_path), TODAY)
    assert [(i.loc.path, i.loc.line, i.rule) for i in found] == [("products/link.yml", 1, "symlink")]
    assert "link" not in catalogue.products and "SECRET" not in repr(catalogue)


def test_a_symbolic_link_as_a_photo_is_refused(tmp_path):
    (tmp_path / "products" / "ruou-mo-yen-tu").mkdir(parents=True)
    Image.new("RGB", (40, 30)).save(tmp_path / "real.jpg")
    (tmp_path / "products" / "ruou-mo-yen-tu" / "a.jpg").symlink_to(tmp_path / "real.jpg")
    found = _issues(tmp_path, {"products/ruou-mo-yen-tu.yml": PRODUCT + "images: [ruou-mo-yen-tu/a.jpg]\n"})
    assert [(i.loc.path, i.loc.line, i.rule) for i in found] == [("products/ruou-mo-yen-tu.yml", 13, "image-symlink")]


def _photo_product(tmp_path, data: bytes) -> list[Issue]:
    (tmp_path / "products" / "ruou-mo-yen-tu").mkdir(parents=True, exist_ok=True)
    (tmp_path / "products" / "ruou-mo-yen-tu" / "a.jpg").write_bytes(data)
    return _issues(tmp_path, {"products/ruou-mo-yen-tu.yml": PRODUCT + "images:\n  - ruou-mo-yen-tu/a.jpg\n"})


def test_a_truncated_jpeg_is_reported_by_validation_on_its_line(tmp_path):
    buffer = io.BytesIO()
    Image.effect_noise((640, 480), 64).convert("RGB").save(buffer, "JPEG", quality=90)
    found = _photo_product(tmp_path, buffer.getvalue()[: len(buffer.getvalue()) * 2 // 3])
    assert [(i.loc.path, i.loc.line, i.rule) for i in found] == [("products/ruou-mo-yen-tu.yml", 14, "image-not-image")]
    assert "cut short" in found[0].en


@pytest.mark.parametrize("size", [(9_000, 9_000), (10_000, 20_000)])  # above our limit; above Pillow's twice
def test_a_decompression_bomb_is_too_many_pixels_not_a_wrong_format(tmp_path, size):
    buffer = io.BytesIO()
    Image.new("1", size).save(buffer, "PNG")  # megapixels in a few kilobytes
    found = _photo_product(tmp_path, buffer.getvalue())
    assert [(i.loc.path, i.loc.line, i.rule) for i in found] == [("products/ruou-mo-yen-tu.yml", 14, "image-too-large")]
    assert f"too many pixels: {size[0] * size[1]:,}, at most 60,000,000" in found[0].en


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "https://x.vn/\"onmouseover=alert(1)", "https://x.vn/<script>", "https:/x.vn",
    "https://gov.vn@evil.example/", "https://x.vn/a b", "https:x.vn", "https://", "https://localhost/",
    "https://x.vn\\@evil.example", "data:text/html,x", "https://x.vn:99999/", "https://x.vn/'",
    " https://x.vn/",
])
def test_web_addresses_are_parsed(tmp_path, url):
    found = _issues(tmp_path, {"products/ruou-mo-yen-tu.yml": PRODUCT + f"traceability_url: {json.dumps(url)}\n"})
    assert [(i.loc.line, i.rule) for i in found] == [(13, "bad-url")]


@pytest.mark.parametrize("url", ["https://check.vn/t/8936?x=1&y=2#a", "https://xn--ocp-qna.vn/", "https://ocop.quảngninh.vn/x",
                                 "https://a.b.vn:8443/p"])
def test_good_web_addresses_pass(tmp_path, url):
    assert _issues(tmp_path, {"products/ruou-mo-yen-tu.yml": PRODUCT + f"traceability_url: {json.dumps(url)}\n"}) == []


@pytest.mark.parametrize("email, ok", [("htx@yentu.vn", True), ("a\"<b>\"@x.vn", False), ("x@", False),
                                       ("Yên Tử <htx@yentu.vn>", False), ("javascript:alert(1)@x.vn", False),
                                       ("htx@yentu", False)])
def test_email_addresses_are_parsed(tmp_path, email, ok):
    producer = PRODUCER + f"email: {json.dumps(email)}\n"
    found = _issues(tmp_path, {"producers/htx-yen-tu.yml": producer})
    assert (found == []) is ok, found
    if not ok:
        assert [(i.loc.line, i.rule) for i in found] == [(6, "email-format")]


def test_a_fair_ending_in_the_year_9999_is_a_validation_error(tmp_path):
    fair = ("name: Hội chợ\nstarts_on: 2026-01-01\nends_on: 9999-12-31\nvenue: {name: Nhà văn hóa}\n")
    found = _issues(tmp_path, {"fairs/hoi-cho.yml": fair})
    assert [(i.loc.path, i.loc.line, i.rule) for i in found] == [("fairs/hoi-cho.yml", 3, "bad-date")]


def test_look_alike_producer_names_are_warnings_naming_both_files(tmp_path):
    twin = PRODUCER.replace("Hợp tác xã Yên Tử", "Hợp tác xã Yên \u0422ử")  # Cyrillic Т
    hidden = PRODUCER.replace("Hợp tác xã Yên Tử", "Hợp tác xã Yên\u00a0Tử")  # NFKC: a plain space
    found = _issues(tmp_path, {"producers/htx-yen-tu-2.yml": twin, "producers/htx-yen-tu-3.yml": hidden,
                               "products/b.yml": PRODUCT.replace("htx-yen-tu", "htx-yen-tu-2"),
                               "products/c.yml": PRODUCT.replace("htx-yen-tu", "htx-yen-tu-3")})
    looks = [i for i in found if i.rule == "lookalike-name"]
    assert {i.loc.path for i in looks} == {"producers/htx-yen-tu.yml", "producers/htx-yen-tu-2.yml",
                                           "producers/htx-yen-tu-3.yml"}
    assert all(i.severity == "warning" and i.loc.line == 1 for i in looks)
    first = [i.en for i in looks if i.loc.path == "producers/htx-yen-tu.yml"]
    assert any("producers/htx-yen-tu-2.yml" in m for m in first) and any("htx-yen-tu-3.yml" in m for m in first)


def test_a_name_mixing_scripts_is_a_warning_on_its_own(tmp_path):
    found = _issues(tmp_path, {"producers/htx-yen-tu.yml": PRODUCER.replace("Yên Tử", "Yên Тử")})
    assert [(i.loc.path, i.loc.line, i.rule) for i in found] == [("producers/htx-yen-tu.yml", 1, "lookalike-name")]


def test_messages_never_carry_a_terminal_escape_sequence():
    issue = error(Loc("products/a\x1b[2J.yml", 3, 1), "bad-format", 'found "\x1b]0;pwned\x07\u202e"',
                  'thấy "\x1b]0;pwned\x07"')
    for line in (fmt.format_text(issue), fmt.format_github(issue), fmt.as_json([issue]), fmt.summary([issue]),
                 fmt.format_text(issue, "vi")):
        assert "\x1b" not in line and "\x07" not in line and "\u202e" not in line
    assert fmt.format_text(issue) == ('products/a\\x1b[2J.yml:3:1: error: found "\\x1b]0;pwned\\x07\\u202e" '
                                      "[bad-format]")


def test_github_annotations_escape_their_properties_as_the_toolkit_does():
    issue = error(Loc("products/a,title=x:b%.yml", 2, 5), "bad-text", "50%\r\n::error::forged", "x")
    assert fmt.format_github(issue) == (
        "::error file=products/a%2Ctitle=x%3Ab%25.yml,line=2,col=5,title=bad-text::50%25\\x0d\\x0a::error::forged")


def test_cli_output_of_a_hostile_file_is_clean(tmp_path):
    text, _ = _product_line("name", "\\x1b]0;owned\\x07Rượu\\u202e")
    write_catalogue(tmp_path, {"products/ruou-mo-yen-tu.yml": text})
    for form in ("text", "github", "json"):
        run = subprocess.run([sys.executable, "-m", "generator.cli", "validate", "--root", str(tmp_path),
                              "--today", "2026-11-23", "--format", form], capture_output=True, text=True)
        assert run.returncode == 1
        assert not any(c in run.stdout + run.stderr for c in "\x1b\x07\u202e"), form


def test_csv_cells_that_spreadsheets_would_run_are_neutralised_and_round_trip():
    from generator.pages.export import csv_cell, csv_value

    for value in ("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "'=x", "'",
                  "plain", "Rượu mơ", "", "1234/QĐ-UBND"):
        cell = csv_cell(value)
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert csv_value(cell) == value
        row = next(csv.reader(io.StringIO(_line([cell]))))
        assert row == [cell]


def _line(cells):
    out = io.StringIO()
    csv.writer(out).writerow(cells)
    return out.getvalue()


def test_calendar_text_is_escaped_by_rfc_5545():
    from icalendar import Calendar

    from generator.model.records import Fair, Venue
    from generator.model.text import Text
    from generator.pages.ics import calendar

    name = "Hội chợ, lần 1; \\ mới\r\nATTACH:http://evil.example/x"
    fair = Fair(slug="hoi-cho", source=None, name=Text(name), starts_on=dt.date(2026, 1, 1),
                ends_on=dt.date(2199, 12, 31), venue=Venue(Text("Nhà\nvăn hóa"), "a,b", None))
    text = calendar([fair], dt.date(2026, 11, 23), "ocop.invalid")
    assert "\r\nATTACH" not in text and "\nATTACH" not in text.replace("\r\n ", "")
    event = next(iter(Calendar.from_ical(text).walk("VEVENT")))
    assert str(event["SUMMARY"]) == name.replace("\r\n", "\n")
    assert event["DTEND"].dt == dt.date(2200, 1, 1)
    assert "ATTACH" not in event


def test_photos_are_decoded_once(tmp_path, monkeypatch):
    """A photo is decoded by validation the first time it is seen; once the photo cache has
    processed it (decoding it whole), validation takes the cache's word by its size and time."""
    from generator.images import check
    from generator.images.cache import PhotoCache

    buffer = io.BytesIO()
    Image.effect_noise((64, 48), 64).convert("RGB").save(buffer, "JPEG")
    calls: list = []
    decode = check.decode
    monkeypatch.setattr(check, "decode", lambda path: calls.append(path) or decode(path))
    assert _photo_product(tmp_path, buffer.getvalue()) == [] and len(calls) == 1
    PhotoCache(tmp_path / ".cache" / "ocop" / "images").ensure([tmp_path / "products/ruou-mo-yen-tu/a.jpg"])
    assert validate(str(tmp_path), TODAY)[1] == [] and len(calls) == 1


def test_hard_links_to_one_photo_are_decoded_once(tmp_path, monkeypatch):
    from generator.images import check

    buffer = io.BytesIO()
    Image.effect_noise((64, 48), 64).convert("RGB").save(buffer, "JPEG")
    (tmp_path / "products" / "ruou-mo-yen-tu").mkdir(parents=True)
    (tmp_path / "products" / "ruou-mo-yen-tu" / "a.jpg").write_bytes(buffer.getvalue())
    os.link(tmp_path / "products" / "ruou-mo-yen-tu" / "a.jpg", tmp_path / "products" / "ruou-mo-yen-tu" / "b.jpg")
    calls: list = []
    decode = check.decode
    monkeypatch.setattr(check, "decode", lambda path: calls.append(path) or decode(path))
    product = PRODUCT + "images: [ruou-mo-yen-tu/a.jpg, ruou-mo-yen-tu/b.jpg]\n"
    assert _issues(tmp_path, {"products/ruou-mo-yen-tu.yml": product}) == [] and len(calls) == 1
