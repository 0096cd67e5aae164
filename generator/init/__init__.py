"""`ocop init`: a new province's catalogue, ready to validate and build, in an empty folder.

From the province's names, code and kind and a CSV of its communes and wards
(generator/init/localities.py) it writes:

    province.yml            names, code, kind, the localities (slugs derived as `ocop new` does)
    mkdocs.yml              the site; its name, description and footer come from province.yml
    products/ producers/ fairs/ plans/   empty record folders
    schemas/                the JSON Schemas the records' first line points to
    docs/about.md, docs/en/about.md      the programme, in both languages
    .github/workflows/      validate.yml (pull requests) and publish.yml (GitHub Pages)
    README.md, .gitignore

Nothing is ever overwritten: when one of these files exists already, nothing at all is written.
The templates and assets stay in the generator (generator/themedir.py), so a catalogue gets the
generator's improvements by moving its pin, not by copying files.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.init.localities import Row
from generator.load.kinds import FOLDERS, KINDS
from generator.pages.identity import bare_name
from generator.i18n import vi_en

TEMPLATES = Path(__file__).resolve().parent / "templates"

# The 34 provinces and centrally-run cities of Resolution 202/2025/QH15, by code (Decision 19/2025).
PROVINCES = {
    "01": vi_en("Hanoi"), "04": vi_en("Cao Bang"), "08": vi_en("Tuyen Quang"),
    "11": vi_en("Dien Bien"), "12": vi_en("Lai Chau"), "14": vi_en("Son La"),
    "15": vi_en("Lao Cai"), "19": vi_en("Thai Nguyen"), "20": vi_en("Lang Son"),
    "22": vi_en("Quang Ninh"), "24": vi_en("Bac Ninh"), "25": vi_en("Phu Tho"),
    "31": vi_en("Hai Phong"), "33": vi_en("Hung Yen"), "37": vi_en("Ninh Binh"),
    "38": vi_en("Thanh Hoa"), "40": vi_en("Nghe An"), "42": vi_en("Ha Tinh"),
    "44": vi_en("Quang Tri"), "46": vi_en("Hue"), "48": vi_en("Da Nang"),
    "51": vi_en("Quang Ngai"), "52": ("Gia Lai", "Gia Lai"), "56": vi_en("Khanh Hoa"),
    "66": vi_en("Dak Lak"), "68": vi_en("Lam Dong"), "75": vi_en("Dong Nai"),
    "79": vi_en("Ho Chi Minh City"), "80": vi_en("Tay Ninh"), "82": vi_en("Dong Thap"),
    "86": vi_en("Vinh Long"), "91": ("An Giang", "An Giang"), "92": vi_en("Can Tho"),
    "96": vi_en("Ca Mau"),
}
# Centrally-run cities, and since when when that is recent (Huế: Resolution 175/2024/QH15).
CITIES = {"01": None, "31": None, "46": "2025-01-01", "48": None, "79": None, "92": None}


@dataclass
class Options:
    name_vi: str
    name_en: str
    code: str
    kind: str  # province | city
    localities: list[Row]
    city_since: str | None = None
    formerly: list[tuple[str, str]] = field(default_factory=list)  # (name, code) of merged provinces
    site_url: str = ""
    generator_repo: str = ""
    generator_ref: str = ""


def defaults_for(code: str) -> dict[str, str | None]:
    """Names and kind a province code implies (empty when the code is unknown)."""
    if code not in PROVINCES:
        return {}
    vi, en = PROVINCES[code]
    return {"name_vi": vi, "name_en": en, "kind": "city" if code in CITIES else "province",
            "city_since": CITIES.get(code)}


def files(options: Options) -> dict[str, str]:
    """Every file `ocop init` writes, by path relative to the new catalogue, with its text."""
    from generator.schema import schema_for

    where = _where(options)
    fill = {"where_vi": where[0], "where_en": where[1], "generator_repo": options.generator_repo,
            "generator_ref": options.generator_ref,
            "site_url": f"site_url: {_scalar(options.site_url)}" if options.site_url else
            "# site_url: https://…    # the published address: links in sitemap.xml and the booklet's QR codes"}
    out = {"province.yml": province_yml(options), "mkdocs.yml": _template("mkdocs.yml", fill),
           "README.md": _template("README.md", fill), ".gitignore": _template("gitignore", fill),
           "docs/about.md": _template("about.vi.md", fill), "docs/en/about.md": _template("about.en.md", fill),
           ".github/workflows/validate.yml": _template("validate.yml", fill),
           ".github/workflows/publish.yml": _template("publish.yml", fill)}
    out.update({f"{folder}/.gitkeep": "" for folder in FOLDERS.values()})
    for kind in KINDS:
        out[f"schemas/{kind}.schema.json"] = json.dumps(schema_for(kind), ensure_ascii=False, indent=2) + "\n"
    return out


def create(root: Path, options: Options) -> list[Path]:
    """Write the new catalogue into `root`; raises FileExistsError (naming every file in the way)
    before writing anything when one of its files exists already."""
    texts = files(options)
    existing = [rel for rel in texts if (root / rel).exists()]
    if existing:
        raise FileExistsError(", ".join(existing))
    written = []
    for rel, text in texts.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8", newline="\n") as handle:  # "x": never overwrite
            handle.write(text)
        written.append(path)
    return written


def province_yml(options: Options) -> str:
    lines = ["# yaml-language-server: $schema=schemas/province.schema.json",
             f"name: {{vi: {_scalar(options.name_vi, flow=True)}, en: {_scalar(options.name_en, flow=True)}}}",
             f'code: "{options.code}"']
    if options.kind == "city":
        lines.append("kind: city  # a centrally-run city: its People's Committee signs as the province's")
        if options.city_since:
            lines.append(f"city_since: {options.city_since}  # a centrally-run city since this day")
    else:
        lines.append("# kind: city  # only for a centrally-run city (with city_since: YYYY-MM-DD if recent)")
    if options.formerly:
        lines.append("formerly:  # provinces merged into this one; their product codes stay valid")
        lines += [f'  - {{name: {_scalar(name, flow=True)}, code: "{code}"}}' for name, code in options.formerly]
    else:
        lines.append('formerly: []  # provinces merged into this one in 2025, e.g. [{name: Hải Dương, code: "30"}]')
    lines.append("localities:")
    for row in options.localities:
        lines += _locality(row)
    return "\n".join(lines) + "\n"


def _locality(row: Row) -> list[str]:
    out = [f"  - slug: {row.slug}",
           f"    name: {{vi: {_scalar(row.name_vi, flow=True)}, en: {_scalar(row.name_en, flow=True)}}}",
           f"    kind: {row.kind}"]
    if row.code:
        out.append(f'    code: "{row.code}"')
    if row.formerly:
        out.append("    formerly: [" + ", ".join(_scalar(n, flow=True) for n in row.formerly) + "]")
    return out


def _where(options: Options) -> tuple[str, str]:
    """("thành phố Hà Nội", "Hanoi") or ("tỉnh Lào Cai", "Lao Cai province")."""
    vi, en = bare_name(options.name_vi), bare_name(options.name_en or options.name_vi)
    return (f"thành phố {vi}", en) if options.kind == "city" else vi_en("{en} province", en=en, vi=vi)


def _template(name: str, fill: dict[str, str]) -> str:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    return re.sub(r"@@(\w+)@@", lambda m: fill[m.group(1)], text)


def _scalar(value: str, flow: bool = False) -> str:
    """`value` as a YAML scalar: plain when YAML reads it back as the same text, else quoted."""
    special = flow and any(ch in value for ch in ",[]{}")
    try:
        plain = not special and yaml.safe_load(f"k: {value}") == {"k": value}
    except yaml.YAMLError:
        plain = False
    return value if plain else json.dumps(value, ensure_ascii=False)
