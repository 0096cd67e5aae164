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
        ("yaml-syntax", E, "tệp viết đúng cú pháp YAML", "the file is valid YAML",
         "name: {vi: Rượu mơ}", "name: {vi: Rượu mơ"),
        ("empty-file", E, "tệp có nội dung", "the file is not empty", "name: {vi: Rượu mơ}", "(an empty file)"),
        ("byte-order-mark", W, "tệp UTF-8 không có BOM ở đầu", "UTF-8 without a byte order mark",
         "UTF-8", "UTF-8 with BOM (Notepad)"),
        ("not-utf8", E, "tệp được lưu bằng mã UTF-8", "the file is saved as UTF-8", "UTF-8", "Windows-1258, UTF-16"),
        ("line-endings", W, "xuống dòng kiểu Unix (LF)", "Unix (LF) line endings", "LF", "CRLF"),
        ("not-text", E, "tệp là văn bản, không chứa byte NUL", "a text file, with no NUL bytes",
         "name: {vi: Rượu mơ}", "a photo renamed to .yml"),
        ("tab-indent", E, "thụt lề bằng dấu cách, không dùng Tab", "indentation with spaces, never tabs",
         "  issued_on: 2025-08-10", "\tissued_on: 2025-08-10"),
        ("yaml-indent", E, "các trường cùng nhóm thụt lề thẳng hàng", "the fields of one group line up",
         "certificate:\n  decision: 1234/QĐ-UBND\n  issued_on: 2025-08-10",
         "certificate:\n  decision: 1234/QĐ-UBND\n   issued_on: 2025-08-10"),
        ("yaml-alias", E, "không dùng neo và bí danh YAML (&name, *name)", "no YAML anchors or aliases (&name, *name)",
         'note: "*bán chạy"', "note: *ban-chay"),
        ("yaml-too-deep", E, "giá trị lồng nhau không quá sâu", "values are not nested too deeply",
         "price: {from: 120000}", "a: {b: {c: {d: ...}}} (hundreds of levels)"),
    ),
    *_family(
        "load.catalogue",
        ("bad-slug", E, "tên tệp chỉ gồm chữ thường a-z, chữ số và dấu gạch ngang",
         "file names use lowercase a-z, digits and hyphens only",
         "products/ruou-mo-yen-tu.yml", "products/Rượu mơ.yml"),
        ("duplicate-slug", E, "mỗi mã (tên tệp) chỉ dùng cho một tệp", "each slug (file name) belongs to one file",
         "products/ruou-mo-yen-tu.yml", "products/ruou-mo-yen-tu.yml and products/ruou-mo-yen-tu.yaml"),
        ("file-extension", W, "tệp dữ liệu có đuôi .yml", 'record files end in ".yml"',
         "products/ruou-mo-yen-tu.yml", "products/ruou-mo-yen-tu.yaml"),
        ("unreadable", E, "tệp đọc được", "the file can be read", "products/ruou-mo-yen-tu.yml",
         "products/gone.yml (a link to a file that was removed)"),
        ("file-ignored", W, "tệp trong thư mục dữ liệu có đuôi .yml mới được đọc",
         'a file in a record folder is read only when it ends in ".yml"',
         "products/ruou-mo-yen-tu.yml", "products/ruou-mo-yen-tu.yml.txt"),
        ("file-too-large", E, "tệp dữ liệu không quá lớn", "a record file is not too large",
         "products/ruou-mo-yen-tu.yml (a few KB)", "products/ruou-mo-yen-tu.yml (several MB of text)"),
        ("symlink", E, "tệp dữ liệu là tệp thật, không phải liên kết tượng trưng (symlink)",
         "a record file is a real file, not a symbolic link",
         "products/ruou-mo-yen-tu.yml", "products/link.yml -> /etc/passwd"),
        ("missing-province", E, "có tệp province.yml (tên tỉnh, danh sách xã, phường)",
         "province.yml exists (the province's name, its communes and wards)", "province.yml", "(no province.yml)"),
    ),
    *_family(
        "load.shapes",
        ("wrong-type", E, "giá trị đúng kiểu (số, chữ, danh sách, nhóm trường)",
         "a value has the right type (number, text, list, group of fields)", "stars: 4", "stars: [4]"),
        ("bad-format", E, "giá trị viết đúng mẫu (mã, số điện thoại, ...)",
         "a value has the expected form (codes, numbers, ...)", 'category: "15"', "category: 15.5"),
        ("bad-text", E, "văn bản không có ký tự vô hình, không quá dài, tên trên một dòng",
         "text has no invisible characters, is not too long, and names are one line",
         "name: Rượu mơ Yên Tử", "name: \"Rượu mơ\\u202eYên Tử\" (a hidden direction override)"),
        ("bad-url", E, "địa chỉ web bắt đầu bằng https://", "a web address starts with https://",
         "website: https://htxyentu.vn", "website: htxyentu.vn"),
        ("out-of-range", E, "con số nằm trong khoảng cho phép", "a number lies in its allowed range",
         "score: 78.5", "score: 178.5"),
        ("bad-date", E, "ngày có thật, viết YYYY-MM-DD", "a real date written YYYY-MM-DD",
         "issued_on: 2025-08-10", "issued_on: 10/08/2025"),
        ("not-allowed", E, "giá trị thuộc danh sách cho phép", "a value is one of the allowed ones",
         "kind: cooperative", "kind: htx"),
        ("empty-value", E, "mục danh sách không để trống", "a list item is not empty", "images: [a.jpg]",
         "images:\n  -"),
        ("missing-field", E, "có đủ các trường bắt buộc, có giá trị", "every required field is present, with a value",
         "name: {vi: Rượu mơ Yên Tử}", "name:"),
        ("duplicate-key", E, "mỗi trường chỉ viết một lần", "each field is written once", "stars: 4",
         "stars: 4\nstars: 5"),
        ("unknown-key", E, "chỉ dùng các trường có trong mẫu", "only the fields of the template",
         "stars: 4", "sao: 4"),
    ),
    *_family(
        "rules.province",
        ("province-code", E, "mã tỉnh là một trong 34 mã theo Quyết định 19/2025",
         "the province code is one of the 34 codes of Decision 19/2025", 'code: "22"', 'code: "83"'),
        ("province-kind", E, "city_since đi cùng kind: city", "city_since goes with kind: city",
         "kind: city\ncity_since: 2025-01-01", "city_since: 2025-01-01"),
        ("duplicate-locality", E, "mỗi xã, phường chỉ có một lần (theo mã và theo tên)",
         "each commune or ward is listed once (by slug and by name)",
         "- {slug: hai-hoa, name: xã Hải Hòa}", "- {slug: hai-hoa, name: xã Hải Hòa}\n- {slug: hai-hoa-2, name: xã Hải Hoà}"),
        ("locality-code", E, "mã xã có 5 chữ số", "a commune code has 5 digits", 'code: "06925"', 'code: "692"'),
    ),
    *_family(
        "rules.stars",
        ("stars-not-ocop", E, "sản phẩm OCOP có 3, 4 hoặc 5 sao", "OCOP products have 3, 4 or 5 stars",
         "stars: 4", "stars: 2"),
        ("score-out-of-band", E, "điểm nằm trong khoảng của hạng sao (3★ 50–69, 4★ 70–89, 5★ 90–100)",
         "the score lies in the band of the stars (3★ 50–69, 4★ 70–89, 5★ 90–100)",
         "stars: 4\nscore: 78.5", "stars: 4\nscore: 68"),
        ("score-proposed-five-stars", W, "sản phẩm 4★ đạt từ 90 điểm đã được đề nghị công nhận 5★",
         "a 4★ product scoring 90 or more was proposed for 5★", "stars: 4\nscore: 85", "stars: 4\nscore: 91"),
        ("score-parts-sum", E, "điểm phần A, B, C cộng lại bằng tổng điểm", "parts A, B and C add up to the score",
         "score: 78\nscore_parts: {a: 32, b: 20, c: 26}", "score: 78\nscore_parts: {a: 30, b: 20, c: 26}"),
        ("score-part-over-max", E, "điểm mỗi phần không vượt mức tối đa theo quyết định đang áp dụng",
         "each part stays within its maximum under the decision in force",
         "issued_on: 2024-05-10\nscore_parts: {a: 38, ...}", "issued_on: 2021-05-10\nscore_parts: {a: 38, ...}"),
    ),
    *_family(
        "rules.signers",
        ("signer-level-unknown", E, "tên cơ quan ký cho biết cấp, hoặc có ghi level",
         "the signer's name tells its level, or level is given",
         "issued_by: UBND tỉnh Quảng Ninh", "issued_by: UBND Quảng Ninh"),
        ("signer-level-mismatch", E, "level không trái với cấp trong tên cơ quan ký",
         "level does not contradict the level in the signer's name",
         "issued_by: UBND huyện Ba Chẽ\nlevel: district", "issued_by: UBND huyện Ba Chẽ\nlevel: province"),
        ("signer-commune", E, "cấp xã không ký quyết định công nhận", "communes never sign a recognition decision",
         "issued_by: UBND tỉnh Quảng Ninh", "issued_by: UBND xã Quảng La"),
        ("signer-district-abolished", E, "cấp huyện không còn ký từ 01/07/2025",
         "districts no longer sign from 01/07/2025",
         "issued_by: UBND huyện Sơn Tịnh\nissued_on: 2025-06-30", "issued_by: UBND huyện Sơn Tịnh\nissued_on: 2025-07-02"),
        ("signer-not-allowed", E, "cơ quan ký có thẩm quyền công nhận hạng sao đó",
         "the signer may recognise that many stars",
         "stars: 4\nissued_by: UBND tỉnh Quảng Ninh", "stars: 5\nissued_by: Bộ Công Thương"),
        ("signer-above-star", W, "cấp cao hơn ký hạng sao thấp hơn (được chấp nhận, có cảnh báo)",
         "a higher body signing a lower star (accepted, flagged)",
         "stars: 3\nissued_by: UBND huyện Ba Chẽ\nissued_on: 2024-04-15",
         "stars: 3\nissued_by: UBND tỉnh Quảng Ninh\nissued_on: 2024-04-15"),
        ("signer-not-signing", W, "người ký là Chủ tịch UBND, không phải cơ quan tham mưu",
         "the people's committee signs, not an advisory body",
         "issued_by: UBND tỉnh Quảng Ninh", "issued_by: Hội đồng OCOP tỉnh"),
        ("ministry-name", BOTH, "tên Bộ đúng với ngày ký (NN&PTNT đến 28/02/2025, NN&MT từ 01/03/2025)",
         "the ministry's name fits the date (NN&PTNT until 28/02/2025, NN&MT from 01/03/2025)",
         "issued_by: Bộ NN&PTNT\nissued_on: 2024-09-25",
         "issued_by: Bộ Nông nghiệp và Môi trường\nissued_on: 2024-08-10"),
        ("signer-other-province", W, "cơ quan ký thuộc tỉnh này hoặc tỉnh đã sáp nhập vào",
         "the signer belongs to this province or one merged into it",
         "issued_by: UBND tỉnh Quảng Ninh", "issued_by: UBND tỉnh Lâm Đồng (in Quảng Ninh)"),
    ),
    *_family(
        "rules.certificates",
        ("date-in-future", E, "ngày quyết định, ngày thu hồi, ngày số liệu không sau hôm nay",
         "decision, revocation and report dates are not after today",
         "issued_on: 2025-08-10", "issued_on: 2052-08-10"),
        ("expiry-mismatch", E, "giấy chứng nhận có hiệu lực 36 tháng", "a certificate is valid 36 months",
         "issued_on: 2024-05-10\nexpires_on: 2027-05-10", "issued_on: 2024-05-10\nexpires_on: 2028-05-10"),
        ("revoked-before-issued", E, "ngày thu hồi không trước ngày quyết định",
         "a revocation does not precede the decision",
         "issued_on: 2024-05-10\nrevoked_on: 2025-01-02", "issued_on: 2024-05-10\nrevoked_on: 2023-01-02"),
        ("renewal-pending-window", E, "renewal_pending_until sau ngày hết hạn, tối đa 180 ngày",
         "renewal_pending_until lies after expiry, at most 180 days after it",
         "expires_on: 2027-05-10\nrenewal_pending_until: 2027-09-01",
         "expires_on: 2027-05-10\nrenewal_pending_until: 2028-09-01"),
        ("decision-format", W, "số quyết định có dạng 1234/QĐ-UBND", "a decision number looks like 1234/QĐ-UBND",
         "decision: 1234/QĐ-UBND", "decision: QD 1234"),
        ("history-order", E, "các lần công nhận trước có ngày trước quyết định hiện tại, 3–5 sao",
         "earlier recognitions are dated before the current decision, with 3–5 stars",
         "history: [{stars: 3, issued_on: 2021-05-10}]", "history: [{stars: 3, issued_on: 2026-05-10}]"),
        ("traceability-recommended", W, "sản phẩm 4★, 5★ cần mã truy xuất nguồn gốc điện tử (traceability_url)",
         "4★ and 5★ need an electronic traceability code (traceability_url)",
         "stars: 4\ntraceability_url: https://...", "stars: 4 (no traceability_url)"),
    ),
    *_family(
        "rules.categories",
        ("category-unknown", E, 'bộ sản phẩm là số "01" đến "26" theo Quyết định 26/2026',
         'the product set is a number "01" to "26" (Decision 26/2026)', 'category: "14"', 'category: "27"'),
        ("category-alias", W, "tên bộ sản phẩm cũ được chấp nhận và quy về bộ mới",
         "an older set name is accepted and reported as its new set",
         'category: "19"', "category: Mỹ phẩm có thành phần từ thảo dược"),
        ("category-name", W, "tên bộ sản phẩm hiện hành được chấp nhận; nên ghi số",
         "the set's current name is accepted; write its number", 'category: "02"',
         "category: Thịt, thuỷ sản, trứng, sữa tươi"),
        ("association-not-tourism", E, "hội, hiệp hội chỉ có sản phẩm du lịch cộng đồng (bộ 26)",
         "an association holds community tourism products (set 26) only", 'category: "26"', 'category: "14"'),
    ),
    *_family(
        "rules.references",
        ("unknown-producer", E, "chủ thể được nêu có tệp trong producers/", "a named producer has a file in producers/",
         "producer: htx-yen-tu", "producer: htx-yen-tuu"),
        ("unknown-product", E, "sản phẩm được nêu có tệp trong products/", "a named product has a file in products/",
         "products: [ruou-mo-yen-tu]", "products: [ruou-mo]"),
        ("unknown-locality", E, "xã, phường được nêu có trong province.yml", "a named commune or ward is in province.yml",
         "locality: ha-long", "locality: hon-gai"),
        ("producer-without-products", W, "mỗi chủ thể có ít nhất một sản phẩm", "every producer has a product",
         "producer: htx-yen-tu (in a product)", "a producer no product names"),
    ),
    *_family(
        "rules.identifiers",
        ("barcode-check-digit", E, "mã vạch GTIN có số kiểm tra đúng", "a GTIN barcode's check digit is right",
         'barcode: "8934588012341"', 'barcode: "8934588012342"'),
        ("product-code", E, "mã sản phẩm OCOP có dạng T-X-STT-YYYY, T là mã tỉnh này",
         "the OCOP product code is T-X-STT-YYYY, T this province", 'code: "22-06925-3-2026"',
         'code: "99-06925-3-2026" (99 is no province)'),
        ("tax-code", BOTH, "mã số thuế có 10 chữ số (chi nhánh 10-3; hộ, trang trại: số định danh 12 chữ số)",
         "a tax code has 10 digits (10-3 for a branch; 12 for households and farms)",
         'tax_code: "5701234567"', 'tax_code: "57012345"'),
        ("phone-format", E, "số điện thoại Việt Nam", "a Vietnamese phone number",
         'phone: "0203 3812 345"', 'phone: "3812345"'),
        ("email-format", E, "địa chỉ e-mail hợp lệ", "a valid e-mail address", "email: htx@example.vn",
         "email: htx.example.vn"),
        ("location-outside-vietnam", E, "vị trí bản đồ nằm trong Việt Nam", "a map position inside Vietnam",
         "location: {lat: 21.0, lon: 107.0}", "location: {lat: 107.0, lon: 21.0}"),
        ("price-range", E, "price.from không lớn hơn price.to", "price.from is not above price.to",
         "price: {from: 120000, to: 250000}", "price: {from: 250000, to: 120000}"),
    ),
    *_family(
        "rules.images",
        ("image-outside-repo", E, "đường dẫn ảnh tính từ thư mục của bản ghi, nằm trong kho dữ liệu",
         "a photo path is relative to the record's folder and stays inside the repository",
         "images: [ruou-mo-yen-tu/chai.jpg]", "images: [/home/me/chai.jpg]"),
        ("image-symlink", E, "ảnh là tệp thật, không phải liên kết tượng trưng (symlink)",
         "a photo is a real file, not a symbolic link",
         "images: [ruou-mo-yen-tu/chai.jpg]", "images: [ruou-mo-yen-tu/link.jpg] (link.jpg -> /etc/passwd)"),
        ("image-missing", E, "tệp ảnh có thật", "the photo file exists",
         "images: [ruou-mo-yen-tu/chai.jpg]", "images: [ruou-mo-yen-tu/Chai.JPG] (no such file)"),
        ("image-not-image", E, "tệp ảnh là ảnh JPEG, PNG hoặc WebP đọc được", "the photo is a readable JPEG, PNG or WebP",
         "chai.jpg (a JPEG)", "chai.jpg (a HEIC photo renamed, a PDF, an empty file)"),
        ("image-too-large", E, "ảnh không quá lớn để xử lý an toàn", "a photo is not too large to process safely",
         "a 4000×3000 JPEG", "a 20000×20000 JPEG"),
        ("image-file-large", W, "tệp ảnh không quá 5 MB", "a photo file is at most 5 MB",
         "chai.jpg (1.5 MB)", "chai.jpg (12 MB, straight from the camera)"),
    ),
    *_family(
        "images.results",
        ("image-failed", E, "ảnh chuyển đổi được (khi build)", "a photo can be converted (at build time)",
         "a 4000×3000 JPEG", "a photo the converter stops on"),
    ),
    *_family(
        "rules.duplicates",
        ("decision-conflict", W, "một số quyết định chỉ có một ngày ký và một cơ quan ký",
         "one decision number has one date and one signer",
         "two products: decision: 1234/QĐ-UBND, issued_on: 2025-08-10",
         "the second one: decision: 1234/QĐ-UBND, issued_on: 2025-08-11"),
        ("duplicate-product", W, "một sản phẩm chỉ có một tệp (cùng tên, cùng chủ thể)",
         "one product has one file (same name, same producer)",
         "products/ruou-mo-yen-tu.yml", "products/ruou-mo-yen-tu.yml and products/ruou-mo-yen-tu-2026.yml"),
    ),
    *_family(
        "rules.vietnamese",
        ("no-vietnamese", W, "tên và mô tả tiếng Việt có dấu", "Vietnamese names and descriptions have diacritics",
         "name: {vi: Rượu mơ Yên Tử, en: Yen Tu apricot liqueur}", "name: Ruou mo Yen Tu"),
    ),
    *_family(
        "rules.lookalike",
        ("lookalike-name", W, "tên chủ thể không giả dạng tên chủ thể khác bằng ký tự trông giống nhau",
         "a producer's name does not imitate another's with look-alike letters",
         "name: Hợp tác xã Yên Tử", "name: Hợp tác xã Yên Тử (a Cyrillic Т)"),
    ),
    *_family(
        "rules.fairs",
        ("fair-dates", E, "hội chợ kết thúc không trước ngày bắt đầu", "a fair ends on or after the day it starts",
         "starts_on: 2027-01-28\nends_on: 2027-02-02", "starts_on: 2027-02-02\nends_on: 2027-01-28"),
    ),
    *_family(
        "rules.plans",
        ("plan-period", E, "thời kỳ kế hoạch: from trước to", "a plan's period runs forward (from before to)",
         "period: {from: 2026-01-01, to: 2030-12-31}", "period: {from: 2030-12-31, to: 2026-01-01}"),
        ("target-where", E, "chỉ tiêu lọc theo giá trị có thật (sao 3–5, bộ 01–26, loại chủ thể)",
         "a target filters on real values (stars 3–5, sets 01–26, producer kinds)",
         "where: {stars: [4, 5]}", "where: {stars: [6]}"),
    ),
    *_family(
        "issues",
        ("internal-error", E, "lỗi của chính trình tạo trang (hãy báo cho người bảo trì)",
         "a bug in the generator itself (please report it)", "", ""),
    ),
])

BY_ID: dict[str, RuleId] = {r.id: r for r in RULE_IDS}


def declared(rule_id: str) -> RuleId | None:
    return BY_ID.get(rule_id)


_SEVERITY_VI = {ERROR: "lỗi", WARNING: "cảnh báo", BOTH: "lỗi hoặc cảnh báo"}
_SEVERITY_EN = {ERROR: "error", WARNING: "warning", BOTH: "error or warning"}


def severity_word(severity: str, lang: str) -> str:
    return (_SEVERITY_VI if lang == "vi" else _SEVERITY_EN)[severity]


SAMPLE_PROVINCE = ("Quảng Ninh", "22")  # the province the examples are written for, and its code


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
