"""The package's layers point one way (README "Layout and design"): a layer imports only the
layers below it and the shared helpers, never one above it or beside it."""

from __future__ import annotations

import ast
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
RANK = {"model": 0, "load": 1, "images": 1, "rules": 2, "schema": 2, "pages": 3, "search": 4, "booklet": 4, "publish": 4,
        "report": 4, "serve": 5}  # the commands (generator/commands/, cli.py) and plugin.py sit above all of these
HELPERS = {"issues", "ruleids", "files", "dates", "heap", "background", "say", "formats", "i18n"}  # shared by every layer above `model`


def _imports(path: Path) -> set[str]:
    """The top-level parts of `generator` that the module at `path` imports."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
            names = [node.module] if node.module != "generator" else [f"generator.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names if a.name.startswith("generator.")]
        else:
            continue
        found |= {name.split(".")[1] for name in names if "." in name}
    return found


def test_each_layer_imports_only_the_layers_below_it():
    wrong = []
    for path in sorted(GENERATOR.rglob("*.py")):
        layer = path.relative_to(GENERATOR).parts[0].removesuffix(".py")
        if layer not in RANK:
            continue
        for other in _imports(path) - {layer} - HELPERS:
            if other not in RANK or RANK[other] >= RANK[layer]:
                wrong.append(f"{path.relative_to(GENERATOR.parent)} imports generator.{other}")
    assert wrong == []


def test_the_shared_helpers_import_no_layer_above_load():
    wrong = [f"{name}.py imports generator.{other}" for name in sorted(HELPERS)
             for other in _imports(GENERATOR / f"{name}.py") - HELPERS if RANK.get(other, 99) > 1]
    assert wrong == []
