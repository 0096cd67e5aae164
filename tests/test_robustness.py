"""Bad input never crashes the validator: mutated files always come back as located issues."""

from __future__ import annotations

import random

import pytest

from generator.rules import validate
from tests.conftest import PRODUCER, PRODUCT, TODAY, write_catalogue

FAIR = "name: Hội chợ\nstarts_on: 2027-01-28\nends_on: 2027-02-02\nvenue: {name: Cung, locality: ha-long}\n" \
       "exhibitors: [htx-yen-tu]\nproducts: [ruou-mo-yen-tu]\n"
PLAN = ("title: Kế hoạch\ndocument: 1/KH-UBND\nissued_on: 2026-01-01\nperiod: {from: 2026-01-01, to: 2030-12-31}\n"
        "targets:\n  - label: Sản phẩm 4-5 sao\n    count: products\n    where: {stars: [4, 5]}\n    target: 3\n"
        "  - {label: Tập huấn, target: 100, unit: '%', actual: 80, as_of: 2026-06-30}\n")
SOURCES = {"products/ruou-mo-yen-tu.yml": PRODUCT, "producers/htx-yen-tu.yml": PRODUCER,
           "fairs/hoi-cho.yml": FAIR, "plans/ke-hoach.yml": PLAN}
NOISE = [":", "-", "- ", "[", "]", "{", "}", "&a ", "*a", "!", "|", ">", "'", '"', "\t", "\n", "#", "%", "@", "`",
         "  ", "~", "null", "? ", "0x", "1e9", "2026-13-45", "\u0301", "\ufeff", "\x00", "đ", ",", "\\"]


def mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        i = rng.randrange(len(lines))
        if choice < 0.35:
            at = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:at] + rng.choice(NOISE) + lines[i][at:]
        elif choice < 0.5:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif choice < 0.6:
            del lines[i]
        elif choice < 0.75:
            at = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:at]
        elif choice < 0.9:
            lines[i] = " " * rng.randint(1, 6) + lines[i]
        else:
            key = lines[i].split(":")[0]
            lines[i] = f"{key}: {rng.choice(['[]', '{}', '[1, [2]]', '{a: b}', '3.5', 'yes', ''])}"
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(60))
def test_mutated_catalogue_reports_issues_without_crashing(tmp_path, seed):
    rng = random.Random(seed)
    files = {path: mutate(text, rng) for path, text in SOURCES.items()}
    write_catalogue(tmp_path, files)
    _, issues = validate(str(tmp_path), TODAY)
    assert not [i for i in issues if i.rule == "internal-error"], issues
    for issue in issues:
        assert issue.loc.line >= 1 and issue.loc.column >= 1 and issue.en and issue.vi


def test_case_folded_file_names_claim_one_slug(check):
    issues = check({"products/Ruou-Mo-Yen-Tu.yml": PRODUCT})
    assert sorted((i.loc.path, i.rule) for i in issues) == [
        ("products/Ruou-Mo-Yen-Tu.yml", "bad-slug"), ("products/ruou-mo-yen-tu.yml", "duplicate-slug")]


def test_odd_file_system_entries(check, tmp_path):
    (tmp_path / "products" / "thu-muc.yml").mkdir(parents=True)
    (tmp_path / "products" / "ruou-mo-yen-tu").mkdir(parents=True, exist_ok=True)
    issues = check({"products/anh.yml": PRODUCT.replace("Rượu mơ", "Rượu na").replace("locality: ha-long", "locality: ha-long\nimages: [ruou-mo-yen-tu]"),
                    "products/png.yml": b"\x89PNG\r\n\x1a\n\x00\x00binary"})
    assert sorted((i.loc.path, i.rule) for i in issues) == [
        ("products/anh.yml", "image-missing"), ("products/png.yml", "not-utf8")]
