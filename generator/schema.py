"""`ocop schema`: the record shapes as JSON Schema files, for editors (yaml-language-server)
and for CI. Generated from `generator.load.kinds`, so they cannot drift from the loader."""

from __future__ import annotations

import json
from pathlib import Path

from generator.files import write_atomic
from generator.load.kinds import KINDS
from generator.load.shapes import definitions
from generator.model.languages import DEFAULT

_TITLES = {
    "product": "OCOP product (products/<slug>.yml)",
    "producer": "OCOP producer (producers/<slug>.yml)",
    "fair": "Trade fair (fairs/<slug>.yml)",
    "plan": "Provincial OCOP plan (plans/<slug>.yml)",
    "province": "Province, communes and wards (province.yml)",
}


def schema_for(kind: str, langs: tuple[str, ...] = DEFAULT) -> dict:
    body = KINDS[kind].schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{kind}.schema.json",
        "title": _TITLES[kind],
        **body,
        "$defs": definitions(langs),
    }


def write_schemas(folder: Path, langs: tuple[str, ...] = DEFAULT) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        path = folder / f"{kind}.schema.json"
        text = json.dumps(schema_for(kind, langs), ensure_ascii=False, indent=2) + "\n"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            write_atomic(path, text.encode("utf-8"))
        written.append(path)
    return written
