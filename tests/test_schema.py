"""The JSON Schemas agree with the generator: they are up to date, every sample file names its
schema on its first line and passes it, and they reject what the generator rejects."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.load.settings import configured_languages
from generator.schema import schema_for

ROOT = Path(__file__).resolve().parent.parent
KIND_OF_FOLDER = {"products": "product", "producers": "producer", "fairs": "fair", "plans": "plan"}


class Yaml12Loader(yaml.SafeLoader):
    """Reads YAML the way editors (yaml-language-server) do: dates stay strings."""


Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def sample_files():
    files = [(ROOT / "province.yml", "province")]
    for folder, kind in KIND_OF_FOLDER.items():
        files += [(p, kind) for p in sorted((ROOT / folder).glob("*.yml"))]
    return files


@pytest.mark.parametrize("kind", ["product", "producer", "fair", "plan", "province"])
def test_committed_schema_is_up_to_date(kind):
    committed = json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    langs = configured_languages(ROOT).codes  # `ocop schema` follows mkdocs.yml's languages
    assert committed == schema_for(kind, langs), "run `ocop schema` and commit schemas/"


def test_sample_has_every_kind():
    kinds = {kind for _, kind in sample_files()}
    assert kinds == {"product", "producer", "fair", "plan", "province"}


@pytest.mark.parametrize("path,kind", sample_files(), ids=lambda v: getattr(v, "name", v))
def test_sample_file_names_and_passes_its_schema(path, kind):
    text = path.read_text(encoding="utf-8")
    prefix = "" if path.parent == ROOT else "../"
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={prefix}schemas/{kind}.schema.json"
    schema = json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(yaml.load(text, Loader=Yaml12Loader), schema,
                        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("change", [
    {"stars": 2},
    {"colour": "red"},
    {"certificate": {"decision": "1/QĐ-UBND", "issued_by": "UBND tỉnh Quảng Ninh", "issued_on": "10/08/2025"}},
    {"name": {"en": "No Vietnamese"}},
    {"images": "cover.jpg"},
])
def test_schema_rejects_what_the_generator_rejects(change):
    product = {"name": "Rượu mơ", "producer": "htx", "category": "15", "stars": 4, "locality": "ha-long",
               "description": "Mô tả",
               "certificate": {"decision": "1/QĐ-UBND", "issued_by": "UBND tỉnh Quảng Ninh", "issued_on": "2025-08-10"}}
    jsonschema.validate(product, schema_for("product"), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**product, **change}, schema_for("product"),
                            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_sample_catalogue_is_clean_and_complete():
    """The sample passes `ocop validate --strict` and covers what the issue asks of it."""
    import datetime as dt

    from generator.model import certificates as certs
    from generator.model.categories import SETS
    from generator.rules import validate

    today = dt.date(2026, 11, 23)
    catalogue, issues = validate(str(ROOT), today)
    assert issues == []
    products = list(catalogue.products.values())
    states = {certs.status(p.certificate, today) for p in products}
    assert len(products) >= 40 and states == {"valid", "expiring", "renewal-pending", "expired", "revoked"}
    assert {SETS[p.category].category for p in products} == {"I", "II", "III", "IV", "V", "VI"}
    assert len({p.category for p in products}) >= 15 and {p.stars for p in products} == {3, 4, 5}
    assert any(p.certificate.issued_on < dt.date(2023, 2, 24) for p in products)
    assert any(p.stars == 3 and "huyện" in p.certificate.issued_by
               and dt.date(2023, 2, 24) <= p.certificate.issued_on <= dt.date(2025, 7, 5) for p in products)
    assert len(catalogue.producers) >= 15 and len({m.kind for m in catalogue.producers.values()}) >= 5
    fairs = catalogue.fairs.values()
    assert len(fairs) >= 3 and min(f.ends_on for f in fairs) < today < max(f.starts_on for f in fairs)
    plans = catalogue.plans.values()
    assert len(plans) >= 2 and {t.computed for p in plans for t in p.targets} == {True, False}


def test_sample_has_a_large_photo_with_orientation_and_gps():
    from PIL import Image

    big = [p for p in (ROOT / "products").rglob("*.jpg") if Image.open(p).width > 4000]
    assert big
    exif = Image.open(big[0]).getexif()
    assert exif.get(0x0112) == 6 and exif.get_ifd(0x8825)
