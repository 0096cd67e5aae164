"""A catalogue with one fault in each of many files: every fault is reported in one run, at its
file and line, with exit code 1 and no traceback."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import PRODUCER, PRODUCT, write_catalogue

FAKE_JPEG = b"this is a text file pretending to be a photo"


def product(*edits: tuple[str, str]) -> str:
    """The base product with lines replaced: ("old line", "new line(s)")."""
    text = PRODUCT
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


CERT_2022 = ("  issued_on: 2025-08-10", "  issued_on: 2022-01-10")

# (file, content, text on the faulty line (None: line 1), rule)
FAULTS = [
    ("products/f01.yml", product(("stars: 4", "stars: 2")), "stars: 2", "stars-not-ocop"),
    ("products/f02.yml", product(("score: 78.5", "score: 65"), ("score_parts: {a: 32, b: 20, c: 26.5}\n", "")),
     "score: 65", "score-out-of-band"),
    ("products/f03.yml", product(("c: 26.5}", "c: 20}")), "score_parts:", "score-parts-sum"),
    ("products/f04.yml", product(CERT_2022, ("score: 78.5", "score: 78"), ("{a: 32, b: 20, c: 26.5}", "{a: 38, b: 20, c: 20}")),
     "score_parts:", "score-part-over-max"),
    ("products/f05.yml", product(('category: "15"', 'category: "27"')), 'category: "27"', "category-unknown"),
    ("products/f06.yml", product(("producer: htx-yen-tu", "producer: htx-khong-co")), "producer:", "unknown-producer"),
    ("products/f07.yml", product(("locality: ha-long", "locality: ha-longg")), "locality:", "unknown-locality"),
    ("products/f08.yml", product(("issued_by: UBND tỉnh Quảng Ninh", "issued_by: UBND huyện Ba Chẽ"),
                                 ("issued_on: 2025-08-10", "issued_on: 2024-04-15")),
     "issued_by:", "signer-not-allowed"),
    ("products/f09.yml", product(("issued_by: UBND tỉnh Quảng Ninh", "issued_by: UBND Quảng Ninh")),
     "issued_by:", "signer-level-unknown"),
    ("products/f10.yml", product(("stars: 4", "stars: 3"), ("score: 78.5", "score: 65"),
                                 ("score_parts: {a: 32, b: 20, c: 26.5}\n", ""),
                                 ("issued_on: 2025-08-10", "issued_on: 2027-01-01")), "issued_on:", "date-in-future"),
    ("products/f11.yml", product(("  issued_on: 2025-08-10", "  issued_on: 2025-08-10\n  expires_on: 2028-09-10")),
     "expires_on:", "expiry-mismatch"),
    ("products/f12.yml", product(CERT_2022, ("  issued_on: 2022-01-10", "  issued_on: 2022-01-10\n"
                                             "  renewal_pending_until: 2026-01-10")),
     "renewal_pending_until:", "renewal-pending-window"),
    ("products/f13.yml", product(("  issued_on: 2025-08-10", "  issued_on: 2025-08-10\n  revoked_on: 2025-01-01")),
     "revoked_on:", "revoked-before-issued"),
    ("products/f14.yml", product(("locality: ha-long", 'locality: ha-long\nbarcode: "8934588012342"')),
     "barcode:", "barcode-check-digit"),
    ("products/f15.yml", product(("locality: ha-long", "locality: ha-long\ntraceability_url: http://tx.example.vn/1")),
     "traceability_url:", "bad-url"),
    ("products/f16.yml", product(("locality: ha-long", 'locality: ha-long\ncode: "24-06925-3-2026"')),
     "code:", "product-code"),
    ("products/f17.yml", product(("locality: ha-long", "locality: ha-long\nprice: {from: 200000, to: 150000}")),
     "price:", "price-range"),
    ("products/f18.yml", product(("locality: ha-long", "locality: ha-long\nimages: [f18/missing.jpg]")),
     "images:", "image-missing"),
    ("products/f19.yml", product(("locality: ha-long", "locality: ha-long\nimages: [../../../etc/passwd]")),
     "images:", "image-outside-repo"),
    ("products/f20.yml", product(("locality: ha-long", "locality: ha-long\nimages: [f20/fake.jpg]")),
     "images:", "image-not-image"),
    ("products/f21.yml", product(("stars: 4", "stars: 4\ncolour: red")), "colour: red", "unknown-key"),
    ("products/f22.yml", product(("stars: 4", "stars: 4\nname: Rượu mơ")), "name: Rượu mơ", "duplicate-key"),
    ("products/f23.yml", product(("stars: 4", "stars: bốn")), "stars: bốn", "wrong-type"),
    ("products/f24.yml", product(("issued_on: 2025-08-10", "issued_on: 10/08/2025")), "issued_on:", "bad-date"),
    ("products/f25.yml", product(("  decision: 1234/QĐ-UBND", "\tdecision: 1234/QĐ-UBND")), "\tdecision", "tab-indent"),
    ("products/f26.yml", product(("stars: 4", "stars: [4, 5")), "stars: [4, 5", "yaml-syntax"),
    ("products/f27.yml", product(("stars: 4", "stars: 4\npackaging: Chai thủy tinh")).encode("utf-8").replace(
        "Chai thủy tinh".encode("utf-8"), b"Chai th\xfay tinh"),  # "thúy" saved as Windows-1252
     "packaging:", "not-utf8"),
    ("products/f28.yml", 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\n'
                         "c: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n", "b:", "yaml-alias"),
    ("products/f29.yml", product(("description: Rượu mơ ngâm từ mơ lông Yên Tử.\n", "")), None, "missing-field"),
    ("products/f30.yml", product(("locality: ha-long", "locality: ha-long\nhistory:\n"
                                  "  - {stars: 3, decision: 1/QĐ-UBND, issued_on: 2025-09-01}")),
     "- {stars: 3", "history-order"),
    ("products/Ruou-Mo-Moi.yml", PRODUCT, None, "bad-slug"),
    ("producers/p01.yml", PRODUCER.replace('"5701234567"', '"57012345"'), "tax_code:", "tax-code"),
    ("producers/p02.yml", PRODUCER.replace('"0203 3812 345"', '"3812345"'), "phone:", "phone-format"),
    ("producers/p03.yml", PRODUCER + "location: {lat: 21.0, lon: 70.5}\n", "location:", "location-outside-vietnam"),
    ("producers/p04.yml", PRODUCER + "website: ftp://example.vn\n", "website:", "bad-url"),
    ("fairs/h01.yml", "name: Hội chợ\nstarts_on: 2027-02-02\nends_on: 2027-01-28\nvenue: {name: Cung triển lãm}\n",
     "ends_on:", "fair-dates"),
    ("fairs/h02.yml", "name: Hội chợ\nstarts_on: 2027-01-28\nends_on: 2027-02-02\nvenue: {name: Cung triển lãm}\n"
                      "exhibitors:\n  - htx-yen-tu\n  - htx-ma\n", "- htx-ma", "unknown-producer"),
    ("plans/k01.yml", "title: Kế hoạch\ndocument: 1/KH-UBND\nissued_on: 2026-01-01\n"
                      "period: {from: 2026-01-01, to: 2030-12-31}\ntargets:\n"
                      "  - label: Sản phẩm\n    count: products\n    where: {stars: [6]}\n    target: 3\n",
     "where:", "target-where"),
    ("plans/k02.yml", "title: Kế hoạch\ndocument: 1/KH-UBND\nissued_on: 2026-01-01\n"
                      "period: {from: 2026-01-01, to: 2030-12-31}\ntargets:\n"
                      "  - label: Sản phẩm\n    count: products\n    target: 3\n    actual: 2\n",
     "actual: 2", "unknown-key"),
]

EXTRA = {"products/f20/fake.jpg": FAKE_JPEG}


def _line_of(content, marker) -> int:
    if marker is None:
        return 1
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    return next(n for n, line in enumerate(text.split("\n"), 1) if marker in line)


def test_every_fault_in_every_file_reported_in_one_run(tmp_path):
    files = {path: content for path, content, _, _ in FAULTS}
    write_catalogue(tmp_path, {**files, **EXTRA})
    run = subprocess.run([sys.executable, "-m", "generator.cli", "validate", "--root", str(tmp_path),
                          "--today", "2026-11-23", "--format", "json"], capture_output=True, text=True)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    errors = [i for i in json.loads(run.stdout) if i["severity"] == "error"]
    got = sorted((i["path"], i["line"], i["rule"]) for i in errors)
    expected = sorted((path, _line_of(content, marker), rule) for path, content, marker, rule in FAULTS)
    assert len(FAULTS) >= 30
    assert got == expected


def test_text_output_names_file_line_and_rule(tmp_path):
    write_catalogue(tmp_path, {"products/f01.yml": FAULTS[0][1]})
    run = subprocess.run([sys.executable, "-m", "generator.cli", "validate", "--root", str(tmp_path),
                          "--today", "2026-11-23", "--lang", "en"], capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stdout.splitlines()[0] == (
        "products/f01.yml:4:8: error: stars: 2 stars is not an OCOP product (only 3, 4 or 5 stars are "
        "recognised); remove the product or correct the stars [stars-not-ocop]")
    assert run.stdout.splitlines()[-1].startswith("1 error, 1 warning in 2 files; first: products/f01.yml:4:8")
