"""`ocop new`: a correct skeleton for a new record, with the slug derived from the Vietnamese
name, and comments in the language of the run (Vietnamese by default). Fields left empty are
reported by `ocop validate` until they are filled in. An existing file is never overwritten."""

from __future__ import annotations

from pathlib import Path

from generator.load.settings import configured_languages
from generator.model.languages import DEFAULT
from generator.load.catalogue import slugify
from generator.load.kinds import FOLDERS
from generator.i18n import vi_en

# Lines of each skeleton: (indent, key, comment vi, comment en), or a whole comment line (vi, en).
# A key whose value is given is written with it; an empty one is left for staff to fill in.
_LINES = {
    "product": [
        vi_en("# An OCOP product. When done, check it with: ocop validate"),
        (0, "name", *vi_en("product name, in Vietnamese")),
        (0, "producer", *vi_en("the producer's file name in producers/, without .yml")),
        (0, "category", *vi_en("product set 01-26 (Decision 26/2026)")),
        (0, "stars", *vi_en("number of stars: 3, 4 or 5")),
        (0, "certificate", *vi_en("the recognition decision")),
        (2, "decision", *vi_en("decision number, e.g. 1234/QĐ-UBND")),
        (2, "issued_by", *vi_en("who signed, as printed")),
        (2, "issued_on", *vi_en("date of the decision, YYYY-MM-DD")),
        (0, "locality", *vi_en("commune or ward slug from province.yml")),
        (0, "description", "", ""),
        (2, "vi", *vi_en("description in Vietnamese")),
        (2, "en", *vi_en("English (optional)")),
        vi_en("# Optional fields: remove the # at the start of the line and fill in."),
        vi_en("# score: 78  # average council score"),
        vi_en("# images: [{{slug}}/cover.jpg]  # photos in products/{{slug}}/"),
        vi_en("# price: {{{{from: 100000, to: 150000, unit: {{{{vi: hộp, en: box}}}}}}}}  # price in dong"),
        vi_en("# traceability_url: https://  # electronic traceability stamp (4 and 5 stars)"),
    ],
    "producer": [
        vi_en("# An OCOP producer. When done, check it with: ocop validate"),
        (0, "name", *vi_en("producer name, in Vietnamese")),
        (0, "kind", *vi_en("cooperative, cooperative-group, enterprise, branch, farm, household, association")),
        (0, "locality", *vi_en("commune or ward slug from province.yml")),
        (0, "phone", *vi_en("phone number")),
        vi_en("# Optional fields: remove the # at the start of the line and fill in."),
        vi_en('# tax_code: "5701234567"'),
        vi_en("# representative:"),
        vi_en("# address:"),
        ("# website: https://", "# website: https://"),
        vi_en("# about: {{{{vi: …, en: …}}}}"),
    ],
    "fair": [
        vi_en("# A trade fair. When done, check it with: ocop validate"),
        (0, "name", *vi_en("fair name, in Vietnamese")),
        (0, "starts_on", *vi_en("first day, YYYY-MM-DD")),
        (0, "ends_on", *vi_en("last day, YYYY-MM-DD")),
        (0, "venue", "địa điểm", "venue"),
        (2, "name", *vi_en("venue name")),
        (2, "address", "địa chỉ", "address"),
        vi_en("  # locality: ha-long  # only inside the province"),
        (0, "organisers", "đơn vị tổ chức", "organisers"),
        (0, "exhibitors", *vi_en("producer slugs")),
        (0, "products", *vi_en("product slugs")),
    ],
}
_LISTS = {"organisers", "exhibitors", "products"}
_GROUPS = {"certificate", "description", "venue"}

# What each kind asks in a terminal, in order (`ocop new`); the answers' keys in the file.
FIELDS = {
    "product": ("name", "producer", "category", "stars", "locality", "certificate.decision", "certificate.issued_by",
                "certificate.issued_on", "description.vi"),
    "producer": ("name", "kind", "locality", "phone"),
    "fair": ("name", "starts_on", "ends_on", "venue.name"),
}


def _yaml_scalar(value: str) -> str:
    """Quote a value when YAML would misread it: colons, leading symbols, or a value YAML would
    read as a number, a date, yes/no or nothing."""
    if (value == "" or value[0] in "!&*?|>'\"%@`{[#-,]}" or ": " in value or " #" in value
            or value.endswith(":") or value != value.strip() or not _reads_as_text(value)):
        return '"' + value.replace('\\', '\\\\').replace('"', '\\"') + '"'
    return value


def _reads_as_text(value: str) -> bool:
    import yaml

    try:
        return yaml.safe_load(value) == value
    except yaml.YAMLError:
        return False


def _value(key: str, value: str) -> str:
    if not value:
        return ""
    if key == "category":
        return f'"{value}"'
    if key in ("stars", "certificate.issued_on", "starts_on", "ends_on") and value.isascii() and \
            value.replace("-", "").isdigit():
        return value
    return _yaml_scalar(value)


def slug_for(values: dict[str, str]) -> str:
    return values.get("slug") or slugify(values.get("name", ""))


def render(kind: str, values: dict[str, str], lang: str = "vi",
           langs: tuple[str, ...] = DEFAULT) -> tuple[str, str]:
    """(slug, file text) for a new record of `kind`; `values` are keyed as in FIELDS. Localized
    text gets a line for each of the configured `langs` after Vietnamese."""
    slug = slug_for(values)
    lines = [f"# yaml-language-server: $schema=../schemas/{kind}.schema.json"]
    parent = ""
    for entry in _localized(_LINES[kind], langs):
        if len(entry) == 2:
            lines.append(entry[1 if lang == "en" else 0].format(slug=slug or "ten-tep"))
            continue
        indent, key, vi, en = entry
        parent = key if indent == 0 else parent
        full = key if indent == 0 else f"{parent}.{key}"
        comment = en if lang == "en" else vi
        if key in _LISTS and indent == 0:
            text = f"{key}: []"
        elif key in _GROUPS:
            text = f"{key}:"
        else:
            written = _value(full, values.get(full, ""))
            text = f"{' ' * indent}{key}:" + (f" {written}" if written else "")
        lines.append(f"{text}  # {comment}" if comment else text)
    return slug, "\n".join(lines) + "\n"


def _localized(entries: list, langs: tuple[str, ...]) -> list:
    """The skeleton's lines with the English line of a localized field replaced by one line per
    configured language other than Vietnamese (English keeps its own comment)."""
    out = []
    for entry in entries:
        if len(entry) == 4 and entry[0] == 2 and entry[1] == "en":
            out += [entry if code == "en" else (2, code, *vi_en("{code} (optional)", code=code))
                    for code in langs if code != "vi"]
        else:
            out.append(entry)
    return out


def path_for(root: Path, kind: str, slug: str) -> Path:
    return root / FOLDERS[kind] / f"{slug}.yml"


def existing(root: Path, kind: str, slug: str) -> Path | None:
    """The file that already holds `slug` (.yml or .yaml), if any."""
    for extension in (".yml", ".yaml"):
        path = root / FOLDERS[kind] / f"{slug}{extension}"
        if path.exists():
            return path
    return None


def create(root: Path, kind: str, values: dict[str, str], lang: str = "vi") -> Path:
    """Write the skeleton; raises FileExistsError rather than overwrite anything."""
    slug, text = render(kind, values, lang, configured_languages(root).codes)
    if not slug:
        raise ValueError("name")
    found = existing(root, kind, slug)
    if found:
        raise FileExistsError(17, "exists", str(found))
    path = path_for(root, kind, slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:  # "x": fail if it exists
        handle.write(text)
    return path
