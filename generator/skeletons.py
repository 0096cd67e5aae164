"""`ocop new`: a correct skeleton for a new record, with the slug derived from the Vietnamese
name. Fields left empty are reported by `ocop validate` until they are filled in. An existing
file is never overwritten."""

from __future__ import annotations

from pathlib import Path

from generator.load.catalogue import slugify
from generator.load.kinds import FOLDERS

# Each template lists every field with a comment; {placeholders} come from flags or answers.
TEMPLATES = {
    "product": """\
# yaml-language-server: $schema=../schemas/product.schema.json
name: {name}
producer: {producer}  # file name in producers/ without .yml
category: "{category}"  # product set 01-26 (Decision 26/2026)
stars: {stars}  # 3, 4 or 5
certificate:
  decision: {decision}  # e.g. 1234/QĐ-UBND
  issued_by: {issued_by}  # as printed on the decision, e.g. UBND tỉnh …
  issued_on: {issued_on}  # YYYY-MM-DD
locality: {locality}  # commune or ward slug from province.yml
description:
  vi: {description}
  en:
# score: 78  # average council score, optional
# images: [{slug}/cover.jpg]  # photos in products/{slug}/
# price: {{from: 100000, to: 150000, unit: {{vi: hộp, en: box}}}}
# where_to_buy:
#   - {{name: Cửa hàng OCOP, address: "Số 1 đường …", locality: {locality}}}
""",
    "producer": """\
# yaml-language-server: $schema=../schemas/producer.schema.json
name: {name}
kind: {kind}  # cooperative, cooperative-group, enterprise, branch, farm, household, association
locality: {locality}  # commune or ward slug from province.yml
# tax_code: "5701234567"
# representative:
# address:
# phone: "0912 345 678"
# email:
# website: https://
about:
  vi:
  en:
""",
    "fair": """\
# yaml-language-server: $schema=../schemas/fair.schema.json
name: {name}
starts_on: {starts_on}  # YYYY-MM-DD
ends_on: {ends_on}  # YYYY-MM-DD
venue:
  name: {venue}
  address:
  # locality: ha-long  # only for a venue inside the province
organisers: []
exhibitors: []  # producer slugs
products: []  # product slugs
""",
}

QUESTIONS = {
    "product": [("name", "Tên sản phẩm / product name"), ("producer", "Chủ thể (slug) / producer slug"),
                ("category", "Bộ sản phẩm 01-26 / product set"), ("stars", "Số sao / stars (3-5)"),
                ("locality", "Xã, phường (slug) / locality slug")],
    "producer": [("name", "Tên chủ thể / producer name"), ("kind", "Loại hình / kind"),
                 ("locality", "Xã, phường (slug) / locality slug")],
    "fair": [("name", "Tên hội chợ / fair name"), ("starts_on", "Ngày bắt đầu / first day (YYYY-MM-DD)"),
             ("ends_on", "Ngày kết thúc / last day (YYYY-MM-DD)"), ("venue", "Địa điểm / venue")],
}


def _yaml_scalar(value: str) -> str:
    """Quote a value when YAML would misread it (colons, leading symbols, numbers)."""
    if value == "" or value[0] in "!&*?|>'\"%@`{[#-" or ": " in value or " #" in value or value[0].isdigit():
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def render(kind: str, values: dict[str, str]) -> tuple[str, str]:
    """(slug, file text) for a new record of `kind`."""
    slug = values.get("slug") or slugify(values.get("name", ""))
    fields = {key: "" for key, _ in QUESTIONS[kind]}
    fields.update({"decision": "", "issued_by": "", "issued_on": "", "description": "", "kind": ""})
    fields.update({k: v for k, v in values.items() if v})
    fields = {k: (_yaml_scalar(v) if k in ("name", "venue", "issued_by", "decision", "description") and v else v)
              for k, v in fields.items()}
    return slug, TEMPLATES[kind].format(slug=slug, **fields)


def create(root: Path, kind: str, values: dict[str, str]) -> Path:
    """Write the skeleton; raises FileExistsError rather than overwrite anything."""
    slug, text = render(kind, values)
    if not slug:
        raise ValueError("name")
    path = root / FOLDERS[kind] / f"{slug}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:  # "x": fail if it exists
        handle.write(text)
    return path
