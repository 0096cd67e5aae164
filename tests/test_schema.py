"""The JSON Schemas agree with the generator: they are up to date, every sample file names its
schema on its first line and passes it, and they reject what the generator rejects."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

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
    assert committed == schema_for(kind), "run `ocop schema` and commit schemas/"


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
