"""Every rule id the generator can report, declared once: its severity, the family module that
owns it, what it checks (one line, in Vietnamese and English) and a good and a bad example.

`ocop rules` and the staff page "Các quy tắc kiểm tra" / "Validation rules" are made from this
table; tests/test_ruleids.py fails when an id is reported that is not declared here, or declared
and never reported by a test. A rule function names the ids it can report with `@emits` (in
generator/issues.py), so an internal error inside it names them too.

Vietnamese and English lines are kept side by side; examples are record lines (YAML), the same in
both languages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from generator.i18n import vi_en

ERROR = "error"
WARNING = "warning"
BOTH = "error+warning"  # an error, or a warning near a boundary (e.g. a ministry's name within a month of the change)


@dataclass(frozen=True, slots=True)
class RuleId:
    id: str
    severity: str  # ERROR, WARNING or BOTH
    family: str  # the module that owns it, under generator/, e.g. "rules.stars"
    vi: str
    en: str
    good: str = ""
    bad: str = ""

    def severities(self) -> tuple[str, ...]:
        return (ERROR, WARNING) if self.severity == BOTH else (self.severity,)

    def summary(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


def _family(family: str, *rows: tuple) -> list[RuleId]:
    return [RuleId(row[0], row[1], family, *row[2:]) for row in rows]


E, W = ERROR, WARNING

RULE_IDS: tuple[RuleId, ...] = tuple([
    *_family(
        "load.yamlfile",
        ("yaml-syntax", E, *vi_en("the file is valid YAML"),
         "name: {vi: Rượu mơ}", "name: {vi: Rượu mơ"),
        ("empty-file", E, *vi_en("the file is not empty"), "name: {vi: Rượu mơ}", "(an empty file)"),
        ("byte-order-mark", W, *vi_en("UTF-8 without a byte order mark"),
         "UTF-8", "UTF-8 with BOM (Notepad)"),
        ("not-utf8", E, *vi_en("the file is saved as UTF-8"), "UTF-8", "Windows-1258, UTF-16"),
        ("line-endings", W, *vi_en("Unix (LF) line endings"), "LF", "CRLF"),
        ("not-text", E, *vi_en("a text file, with no NUL bytes"),
         "name: {vi: Rượu mơ}", "a photo renamed to .yml"),
        ("tab-indent", E, *vi_en("indentation with spaces, never tabs"),
         "  issued_on: 2025-08-10", "\tissued_on: 2025-08-10"),
        ("yaml-indent", E, *vi_en("the fields of one group line up"),
         "certificate:\n  decision: 1234/QĐ-UBND\n  issued_on: 2025-08-10",
         "certificate:\n  decision: 1234/QĐ-UBND\n   issued_on: 2025-08-10"),
        ("yaml-alias", E, *vi_en("no YAML anchors or aliases (&name, *name)"),
         'note: "*bán chạy"', "note: *ban-chay"),
        ("yaml-too-deep", E, *vi_en("values are not nested too deeply"),
         "price: {from: 120000}", "a: {b: {c: {d: ...}}} (hundreds of levels)"),
    ),
    *_family(
        "load.catalogue",
        ("bad-slug", E, *vi_en("file names use lowercase a-z, digits and hyphens only"),
         "products/ruou-mo-yen-tu.yml", "products/Rượu mơ.yml"),
        ("duplicate-slug", E, *vi_en("each slug (file name) belongs to one file"),
         "products/ruou-mo-yen-tu.yml", "products/ruou-mo-yen-tu.yml and products/ruou-mo-yen-tu.yaml"),
        ("file-extension", W, *vi_en('record files end in ".yml"'),
         "products/ruou-mo-yen-tu.yml", "products/ruou-mo-yen-tu.yaml"),
        ("unreadable", E, *vi_en("the file can be read"), "products/ruou-mo-yen-tu.yml",
         "products/gone.yml (a link to a file that was removed)"),
        ("file-ignored", W, *vi_en('a file in a record folder is read only when it ends in ".yml"'),
         "products/ruou-mo-yen-tu.yml", "products/ruou-mo-yen-tu.yml.txt"),
        ("file-too-large", E, *vi_en("a record file is not too large"),
         "products/ruou-mo-yen-tu.yml (a few KB)", "products/ruou-mo-yen-tu.yml (several MB of text)"),
        ("symlink", E, *vi_en("a record file is a real file, not a symbolic link"),
         "products/ruou-mo-yen-tu.yml", "products/link.yml -> /etc/passwd"),
        ("missing-province", E, *vi_en("province.yml exists (the province's name, its communes and wards)"), "province.yml", "(no province.yml)"),
    ),
    *_family(
        "load.shapes",
        ("wrong-type", E, *vi_en("a value has the right type (number, text, list, group of fields)"), "stars: 4", "stars: [4]"),
        ("bad-format", E, *vi_en("a value has the expected form (codes, numbers, ...)"), 'category: "15"', "category: 15.5"),
        ("bad-text", E, *vi_en("text has no invisible characters, is not too long, and names are one line"),
         "name: Rượu mơ Yên Tử", 'name: "Rượu mơ\\u202eYên Tử" (a hidden direction override)'),
        ("bad-url", E, *vi_en("a web address starts with https://"),
         "website: https://htxyentu.vn", "website: htxyentu.vn"),
        ("out-of-range", E, *vi_en("a number lies in its allowed range"),
         "score: 78.5", "score: 178.5"),
        ("bad-date", E, *vi_en("a real date written YYYY-MM-DD"),
         "issued_on: 2025-08-10", "issued_on: 10/08/2025"),
        ("not-allowed", E, *vi_en("a value is one of the allowed ones"),
         "kind: cooperative", "kind: htx"),
        ("empty-value", E, *vi_en("a list item is not empty"), "images: [a.jpg]",
         "images:\n  -"),
        ("missing-field", E, *vi_en("every required field is present, with a value"),
         "name: {vi: Rượu mơ Yên Tử}", "name:"),
        ("duplicate-key", E, *vi_en("each field is written once"), "stars: 4",
         "stars: 4\nstars: 5"),
        ("unknown-key", E, *vi_en("only the fields of the template"),
         "stars: 4", "sao: 4"),
    ),
    *_family(
        "rules.province",
        ("province-code", E, *vi_en("the province code is one of the 34 codes of Decision 19/2025"), 'code: "22"', 'code: "83"'),
        ("province-kind", E, *vi_en("city_since goes with kind: city"),
         "kind: city\ncity_since: 2025-01-01", "city_since: 2025-01-01"),
        ("duplicate-locality", E, *vi_en("each commune or ward is listed once (by slug and by name)"),
         "- {slug: hai-hoa, name: xã Hải Hòa}", "- {slug: hai-hoa, name: xã Hải Hòa}\n- {slug: hai-hoa-2, name: xã Hải Hoà}"),
        ("locality-code", E, *vi_en("a commune code has 5 digits"), 'code: "06925"', 'code: "692"'),
    ),
    *_family(
        "rules.stars",
        ("stars-not-ocop", E, *vi_en("OCOP products have 3, 4 or 5 stars"),
         "stars: 4", "stars: 2"),
        ("score-out-of-band", E, *vi_en("the score lies in the band of the stars (3★ 50–69, 4★ 70–89, 5★ 90–100)"),
         "stars: 4\nscore: 78.5", "stars: 4\nscore: 68"),
        ("score-proposed-five-stars", W, *vi_en("a 4★ product scoring 90 or more was proposed for 5★"), "stars: 4\nscore: 85", "stars: 4\nscore: 91"),
        ("score-parts-sum", E, *vi_en("parts A, B and C add up to the score"),
         "score: 78\nscore_parts: {a: 32, b: 20, c: 26}", "score: 78\nscore_parts: {a: 30, b: 20, c: 26}"),
        ("score-part-over-max", E, *vi_en("each part stays within its maximum under the decision in force"),
         "issued_on: 2024-05-10\nscore_parts: {a: 38, ...}", "issued_on: 2021-05-10\nscore_parts: {a: 38, ...}"),
    ),
    *_family(
        "rules.signers",
        ("signer-level-unknown", E, *vi_en("the signer's name tells its level, or level is given"),
         "issued_by: UBND tỉnh Quảng Ninh", "issued_by: UBND Quảng Ninh"),
        ("signer-level-mismatch", E, *vi_en("level does not contradict the level in the signer's name"),
         "issued_by: UBND huyện Ba Chẽ\nlevel: district", "issued_by: UBND huyện Ba Chẽ\nlevel: province"),
        ("signer-commune", E, *vi_en("communes never sign a recognition decision"),
         "issued_by: UBND tỉnh Quảng Ninh", "issued_by: UBND xã Quảng La"),
        ("signer-district-abolished", E, *vi_en("districts no longer sign from 01/07/2025"),
         "issued_by: UBND huyện Sơn Tịnh\nissued_on: 2025-06-30", "issued_by: UBND huyện Sơn Tịnh\nissued_on: 2025-07-02"),
        ("signer-not-allowed", E, *vi_en("the signer may recognise that many stars"),
         "stars: 4\nissued_by: UBND tỉnh Quảng Ninh", "stars: 5\nissued_by: Bộ Công Thương"),
        ("signer-above-star", W, *vi_en("a higher body signing a lower star (accepted, flagged)"),
         "stars: 3\nissued_by: UBND huyện Ba Chẽ\nissued_on: 2024-04-15",
         "stars: 3\nissued_by: UBND tỉnh Quảng Ninh\nissued_on: 2024-04-15"),
        ("signer-not-signing", W, *vi_en("the people's committee signs, not an advisory body"),
         "issued_by: UBND tỉnh Quảng Ninh", "issued_by: Hội đồng OCOP tỉnh"),
        ("ministry-name", BOTH, *vi_en("the ministry's name fits the date (NN&PTNT until 28/02/2025, NN&MT from "
                                       "01/03/2025)"),
         "issued_by: Bộ NN&PTNT\nissued_on: 2024-09-25",
         "issued_by: Bộ Nông nghiệp và Môi trường\nissued_on: 2024-08-10"),
        ("signer-other-province", W, *vi_en("the signer belongs to this province or one merged into it"),
         "issued_by: UBND tỉnh Quảng Ninh", "issued_by: UBND tỉnh Lâm Đồng (in Quảng Ninh)"),
    ),
    *_family(
        "rules.certificates",
        ("date-in-future", E, *vi_en("decision, revocation and report dates are not after today"),
         "issued_on: 2025-08-10", "issued_on: 2052-08-10"),
        ("expiry-mismatch", E, *vi_en("a certificate is valid 36 months"),
         "issued_on: 2024-05-10\nexpires_on: 2027-05-10", "issued_on: 2024-05-10\nexpires_on: 2028-05-10"),
        ("revoked-before-issued", E, *vi_en("a revocation does not precede the decision"),
         "issued_on: 2024-05-10\nrevoked_on: 2025-01-02", "issued_on: 2024-05-10\nrevoked_on: 2023-01-02"),
        ("renewal-pending-window", E, *vi_en("renewal_pending_until lies after expiry, at most 180 days after it"),
         "expires_on: 2027-05-10\nrenewal_pending_until: 2027-09-01",
         "expires_on: 2027-05-10\nrenewal_pending_until: 2028-09-01"),
        ("decision-format", W, *vi_en("a decision number looks like 1234/QĐ-UBND"),
         "decision: 1234/QĐ-UBND", "decision: QD 1234"),
        ("history-order", E, *vi_en("earlier recognitions are dated before the current decision, with 3–5 stars"),
         "history: [{stars: 3, issued_on: 2021-05-10}]", "history: [{stars: 3, issued_on: 2026-05-10}]"),
        ("traceability-recommended", W, *vi_en("4★ and 5★ need an electronic traceability code (traceability_url)"),
         "stars: 4\ntraceability_url: https://...", "stars: 4 (no traceability_url)"),
    ),
    *_family(
        "rules.categories",
        ("category-unknown", E, *vi_en('the product set is a number "01" to "26" (Decision 26/2026)'), 'category: "14"', 'category: "27"'),
        ("category-alias", W, *vi_en("an older set name is accepted and reported as its new set"),
         'category: "19"', "category: Mỹ phẩm có thành phần từ thảo dược"),
        ("category-name", W, *vi_en("the set's current name is accepted; write its number"), 'category: "02"',
         "category: Thịt, thuỷ sản, trứng, sữa tươi"),
        ("association-not-tourism", E, *vi_en("an association holds community tourism products (set 26) only"), 'category: "26"', 'category: "14"'),
    ),
    *_family(
        "rules.references",
        ("unknown-producer", E, *vi_en("a named producer has a file in producers/"),
         "producer: htx-yen-tu", "producer: htx-yen-tuu"),
        ("unknown-product", E, *vi_en("a named product has a file in products/"),
         "products: [ruou-mo-yen-tu]", "products: [ruou-mo]"),
        ("unknown-locality", E, *vi_en("a named commune or ward is in province.yml"),
         "locality: ha-long", "locality: hon-gai"),
        ("producer-without-products", W, *vi_en("every producer has a product"),
         "producer: htx-yen-tu (in a product)", "a producer no product names"),
    ),
    *_family(
        "rules.identifiers",
        ("barcode-check-digit", E, *vi_en("a GTIN barcode's check digit is right"),
         'barcode: "8934588012341"', 'barcode: "8934588012342"'),
        ("product-code", E, *vi_en("the OCOP product code is T-X-STT-YYYY, T this province"), 'code: "22-06925-3-2026"',
         'code: "99-06925-3-2026" (99 is no province)'),
        ("tax-code", BOTH, *vi_en("a tax code has 10 digits (10-3 for a branch; 12 for households and farms)"),
         'tax_code: "5701234567"', 'tax_code: "57012345"'),
        ("phone-format", E, *vi_en("a Vietnamese phone number"),
         'phone: "0203 3812 345"', 'phone: "3812345"'),
        ("email-format", E, *vi_en("a valid e-mail address"), "email: htx@example.vn",
         "email: htx.example.vn"),
        ("location-outside-vietnam", E, *vi_en("a map position inside Vietnam"),
         "location: {lat: 21.0, lon: 107.0}", "location: {lat: 107.0, lon: 21.0}"),
        ("price-range", E, *vi_en("price.from is not above price.to"),
         "price: {from: 120000, to: 250000}", "price: {from: 250000, to: 120000}"),
    ),
    *_family(
        "rules.images",
        ("image-outside-repo", E, *vi_en("a photo path is relative to the record's folder and stays inside the "
                                         "repository"),
         "images: [ruou-mo-yen-tu/chai.jpg]", "images: [/home/me/chai.jpg]"),
        ("image-symlink", E, *vi_en("a photo is a real file, not a symbolic link"),
         "images: [ruou-mo-yen-tu/chai.jpg]", "images: [ruou-mo-yen-tu/link.jpg] (link.jpg -> /etc/passwd)"),
        ("image-missing", E, *vi_en("the photo file exists"),
         "images: [ruou-mo-yen-tu/chai.jpg]", "images: [ruou-mo-yen-tu/Chai.JPG] (no such file)"),
        ("image-not-image", E, *vi_en("the photo is a readable JPEG, PNG or WebP"),
         "chai.jpg (a JPEG)", "chai.jpg (a HEIC photo renamed, a PDF, an empty file)"),
        ("image-too-large", E, *vi_en("a photo is not too large to process safely"),
         "a 4000×3000 JPEG", "a 20000×20000 JPEG"),
        ("image-file-large", W, *vi_en("a photo file is at most 5 MB"),
         "chai.jpg (1.5 MB)", "chai.jpg (12 MB, straight from the camera)"),
    ),
    *_family(
        "images.results",
        ("image-failed", E, *vi_en("a photo can be converted (at build time)"),
         "a 4000×3000 JPEG", "a photo the converter stops on"),
    ),
    *_family(
        "rules.duplicates",
        ("decision-conflict", W, *vi_en("one decision number has one date and one signer"),
         "two products: decision: 1234/QĐ-UBND, issued_on: 2025-08-10",
         "the second one: decision: 1234/QĐ-UBND, issued_on: 2025-08-11"),
        ("duplicate-product", W, *vi_en("one product has one file (same name, same producer)"),
         "products/ruou-mo-yen-tu.yml", "products/ruou-mo-yen-tu.yml and products/ruou-mo-yen-tu-2026.yml"),
    ),
    *_family(
        "rules.vietnamese",
        ("no-vietnamese", W, *vi_en("Vietnamese names and descriptions have diacritics"),
         "name: {vi: Rượu mơ Yên Tử, en: Yen Tu apricot liqueur}", "name: Ruou mo Yen Tu"),
    ),
    *_family(
        "rules.lookalike",
        ("lookalike-name", W, *vi_en("a producer's name does not imitate another's with look-alike letters"),
         "name: Hợp tác xã Yên Tử", "name: Hợp tác xã Yên Тử (a Cyrillic Т)"),
    ),
    *_family(
        "rules.fairs",
        ("fair-dates", E, *vi_en("a fair ends on or after the day it starts"),
         "starts_on: 2027-01-28\nends_on: 2027-02-02", "starts_on: 2027-02-02\nends_on: 2027-01-28"),
    ),
    *_family(
        "rules.plans",
        ("plan-period", E, *vi_en("a plan's period runs forward (from before to)"),
         "period: {from: 2026-01-01, to: 2030-12-31}", "period: {from: 2030-12-31, to: 2026-01-01}"),
        ("target-where", E, *vi_en("a target filters on real values (stars 3–5, sets 01–26, producer kinds)"),
         "where: {stars: [4, 5]}", "where: {stars: [6]}"),
    ),
    *_family(
        "issues",
        ("internal-error", E, *vi_en("a bug in the generator itself (please report it)"), "", ""),
    ),
])

BY_ID: dict[str, RuleId] = {r.id: r for r in RULE_IDS}


def declared(rule_id: str) -> RuleId | None:
    return BY_ID.get(rule_id)


_SEVERITY_VI = {ERROR: "lỗi", WARNING: "cảnh báo", BOTH: "lỗi hoặc cảnh báo"}
_SEVERITY_EN = {ERROR: "error", WARNING: "warning", BOTH: "error or warning"}


def severity_word(severity: str, lang: str) -> str:
    return (_SEVERITY_VI if lang == "vi" else _SEVERITY_EN)[severity]


SAMPLE_PROVINCE = vi_en("22")  # the province the examples are written for, and its code


def for_province(example: str, name: str | None, code: str | None) -> str:
    """An example as a catalogue of another province reads it: its own name and code in place of
    the sample's (the staff page of a Lào Cai catalogue never names Quảng Ninh)."""
    if name:
        example = example.replace(SAMPLE_PROVINCE[0], name)
    if code:
        example = example.replace(f'"{SAMPLE_PROVINCE[1]}-', f'"{code}-')
    return example


def as_text(lang: str = "vi") -> str:
    """One line per id: id, severity, family, what it checks."""
    width = max(len(r.id) for r in RULE_IDS)
    sev = max(len(severity_word(r.severity, lang)) for r in RULE_IDS)
    return "\n".join(f"{r.id:<{width}}  {severity_word(r.severity, lang):<{sev}}  {r.family:<18}  {r.summary(lang)}"
                     for r in RULE_IDS) + "\n"


def as_json(lang: str = "vi") -> str:
    rows = [{"id": r.id, "severity": r.severity, "family": r.family, "summary": r.summary(lang),
             "summary_vi": r.vi, "summary_en": r.en, "good": r.good, "bad": r.bad} for r in RULE_IDS]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
