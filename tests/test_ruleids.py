"""The registry of rule ids (generator/ruleids.py): every id the code can report is declared once,
with its family module, what it checks and an example; `ocop rules` lists them; a failing rule
names itself. (The check that every declared id is reported by some test is in conftest.py.)"""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from generator import rules
from generator.ruleids import BY_ID, RULE_IDS

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "generator"


def _reported_in_sources() -> dict[str, set[str]]:
    """Ids passed to whatever makes an issue (error, warning, Issue, ctx.fail, @emits) in the
    generator's sources, by file."""
    found: dict[str, set[str]] = {}
    for path in GENERATOR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            places = {"error": [1], "warning": [1], "Issue": [1], "fail": [2], "emits": range(len(node.args))}
            for index in places.get(name, []):
                if index < len(node.args) and isinstance(node.args[index], ast.Constant):
                    found.setdefault(node.args[index].value, set()).add(str(path.relative_to(ROOT)))
    return found


def test_ids_are_unique_and_kebab_case():
    ids = [r.id for r in RULE_IDS]
    assert len(ids) == len(set(ids))
    assert all(i.replace("-", "").isalnum() and i == i.lower() for i in ids)


def test_every_id_in_the_sources_is_declared():
    found = _reported_in_sources()
    assert len(found) > 40
    assert not {i: f for i, f in found.items() if i not in BY_ID}


def test_every_id_is_written_in_the_module_that_owns_it():
    for rule in RULE_IDS:
        module = importlib.import_module(f"generator.{rule.family}")
        assert f'"{rule.id}"' in Path(module.__file__).read_text(encoding="utf-8"), rule


def test_each_rule_function_names_every_id_it_reports():
    """`@emits` on each rule function lists the ids in its body (and its module's helpers)."""
    for rule in rules.RULES:
        declared = set(getattr(rule, "rule_ids", ()))
        assert declared and declared <= set(BY_ID), rule
        module = importlib.import_module(rule.__module__)
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        assert _ids_in(functions[rule.__name__], functions, set()) == declared, rule


def _ids_in(function, functions, seen) -> set[str]:
    out = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Constant) and node.value in BY_ID:
            out.add(node.value)
        if isinstance(node, ast.Name) and node.id in functions and node.id not in seen:
            seen.add(node.id)
            out |= _ids_in(functions[node.id], functions, seen)
    out.discard(function.name)
    return out


def test_every_id_says_what_it_checks_in_both_languages_with_examples():
    for rule in RULE_IDS:
        assert rule.vi and rule.en and rule.vi != rule.en, rule
        assert unicodedata.is_normalized("NFC", rule.vi + rule.good + rule.bad), rule
        if rule.id != "internal-error":
            assert rule.good and rule.bad, rule


def test_a_failing_rule_names_its_ids_and_module(tmp_path, monkeypatch):
    from tests.conftest import write_catalogue

    def broken(cat, ctx):
        raise ZeroDivisionError("division by zero")

    from generator.issues import emits
    from generator.rules import stars

    broken = emits("score-out-of-band", "score-proposed-five-stars")(broken)
    broken.__module__ = stars.__name__
    monkeypatch.setattr(rules, "RULES", (broken, *rules.RULES[1:]))
    write_catalogue(tmp_path, {})
    _, issues = rules.validate(str(tmp_path), dt_today())
    [failure] = [i for i in issues if i.rule == "internal-error"]
    assert failure.loc.path == "generator/rules/stars.py" and failure.loc.path != "province.yml"
    assert "score-out-of-band, score-proposed-five-stars (generator.rules.stars.broken)" in failure.en
    assert "ZeroDivisionError" in failure.en and "phép kiểm tra score-out-of-band" in failure.vi


def dt_today():
    from tests.conftest import TODAY

    return TODAY


def _ocop(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "generator.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=ROOT)


def test_ocop_rules_lists_every_id():
    run = _ocop("rules", "--lang", "vi")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [r.id for r in RULE_IDS]
    assert any(line.split()[:3] == ["score-out-of-band", "lỗi", "rules.stars"] for line in lines)
    assert "điểm nằm trong khoảng của hạng sao" in run.stdout


def test_ocop_rules_as_json_in_english():
    run = _ocop("rules", "--format", "json", "--lang", "en")
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert [r["id"] for r in rows] == [r.id for r in RULE_IDS]
    row = next(r for r in rows if r["id"] == "tax-code")
    assert row["severity"] == "error+warning" and row["family"] == "rules.identifiers"
    assert row["summary"].startswith("a tax code has 10 digits") and row["bad"] == 'tax_code: "57012345"'


# --- ids no other test file reports ----------------------------------------------------------------
P = "products/ruou-mo-yen-tu.yml"
M = "producers/htx-yen-tu.yml"


def _product(**fields) -> str:
    from tests.conftest import PRODUCT

    text = PRODUCT
    for key, value in fields.items():
        text = text.replace(f"{key}: ", f"{key}: {value}\n_old_{key}: ", 1) if f"\n{key}: " in text else \
            text + f"{key}: {value}\n"
    return "\n".join(line for line in text.splitlines() if not line.startswith("_old_")) + "\n"


@pytest.mark.parametrize("files,expected", [
    ({"province.yml": None}, [("province.yml", 1, 1, "missing-province")]),
    ({P: _product(score="178.5")}, [(P, 5, 8, "out-of-range")]),
    ({P: _product(images="\n  - a.jpg\n  -")}, [(P, 15, 4, "empty-value")]),
    ({"province.yml": "name: {vi: Quảng Ninh, en: Quang Ninh}\ncode: \"83\"\nlocalities:\n"
      "  - {slug: ha-long, name: phường Hạ Long, kind: ward, code: \"692\"}\n"},
     [("province.yml", 2, 7, "province-code"), ("province.yml", 4, 61, "locality-code")]),
])
def test_loader_and_province_ids(check, tmp_path, files, expected):
    base = dict(files)
    if base.get("province.yml", "") is None:
        base.pop("province.yml")
        from tests.conftest import write_catalogue

        write_catalogue(tmp_path, {})
        (tmp_path / "province.yml").unlink()
        _, issues = rules.validate(str(tmp_path), dt_today())
        assert ("province.yml", 1, 1, "missing-province") in [(i.loc.path, i.loc.line, i.loc.column, i.rule)
                                                               for i in issues]
        return
    issues = check(base)
    got = [(i.loc.path, i.loc.line, i.loc.column, i.rule) for i in issues]
    for row in expected:
        assert row in got, issues


def test_unreadable_file(check, monkeypatch):
    """A file that cannot be read (as root, permissions do not stop reading: the error is made)."""
    import builtins

    from generator.load import catalogue

    def refusing(path, *args, **kwargs):
        if str(path).endswith("gone.yml"):
            raise PermissionError(13, "Permission denied")
        return builtins.open(path, *args, **kwargs)

    monkeypatch.setattr(catalogue, "open", refusing, raising=False)
    issues = check({"products/gone.yml": "name: {vi: Gone}\n"})
    assert ("products/gone.yml", 1, "unreadable") in [(i.loc.path, i.loc.line, i.rule) for i in issues], issues
    assert "Permission denied" in next(i.en for i in issues if i.rule == "unreadable")


@pytest.mark.slow
def test_the_rules_page_lists_every_rule_in_both_languages(sample_site):
    import html

    vi = html.unescape((sample_site / "data" / "rules" / "index.html").read_text(encoding="utf-8"))
    en = html.unescape((sample_site / "en" / "data" / "rules" / "index.html").read_text(encoding="utf-8"))
    assert "<h1>Các quy tắc kiểm tra</h1>" in vi and "<h1>Validation rules</h1>" in en
    for rule in RULE_IDS:
        assert f'id="{rule.id}"' in vi and f'id="{rule.id}"' in en
        assert rule.vi in vi and rule.en in en
        assert rule.bad in vi and rule.bad in en
    assert "<strong>lỗi hoặc cảnh báo</strong> · mã số thuế có 10 chữ số" in vi
    # linked from the open data page
    assert 'href="../data/rules/"' in (sample_site / "data" / "index.html").read_text(encoding="utf-8")


def _fair_and_plan():
    from tests.test_robustness import FAIR, PLAN

    return FAIR, PLAN


def _edit(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


def _cases():
    from tests.conftest import PRODUCER, PRODUCT

    fair, plan = _fair_and_plan()
    cert = "  issued_on: 2025-08-10\n"
    return [
        ({P: _edit(PRODUCT, "stars: 4", "stars: 2")}, "stars-not-ocop"),
        ({P: _edit(PRODUCT, "{a: 32, b: 20, c: 26.5}", "{a: 45, b: 20, c: 13.5}")}, "score-part-over-max"),
        ({P: _edit(PRODUCT, cert, "  issued_on: 2030-08-10\n")}, "date-in-future"),
        ({P: _edit(PRODUCT, cert, cert + "  expires_on: 2029-08-10\n")}, "expiry-mismatch"),
        ({P: _edit(PRODUCT, cert, cert + "  revoked_on: 2024-08-10\n")}, "revoked-before-issued"),
        ({P: _edit(PRODUCT, cert, cert + "  renewal_pending_until: 2026-01-01\n")}, "renewal-pending-window"),
        ({P: _edit(PRODUCT, "1234/QĐ-UBND", "QD 1234")}, "decision-format"),
        ({P: PRODUCT + "history: [{stars: 3, decision: 1/QĐ-UBND, issued_on: 2026-01-01}]\n"}, "history-order"),
        ({P: _edit(PRODUCT, 'category: "15"', 'category: "27"')}, "category-unknown"),
        ({M: _edit(PRODUCER, "kind: cooperative", "kind: association")}, "association-not-tourism"),
        ({P: PRODUCT + 'barcode: "8934588012342"\n'}, "barcode-check-digit"),
        ({M: PRODUCER + "email: htx.example.vn\n"}, "email-format"),
        ({M: PRODUCER + "location: {lat: 48.8, lon: 2.3}\n"}, "location-outside-vietnam"),
        ({M: PRODUCER + "website: ftp://htxyentu.vn\n"}, "bad-url"),
        ({P: PRODUCT + "price: {from: 250000, to: 120000}\n"}, "price-range"),
        ({P: PRODUCT + "images: [/home/me/chai.jpg]\n"}, "image-outside-repo"),
        ({"fairs/hoi-cho.yml": _edit(fair, "ends_on: 2027-02-02", "ends_on: 2027-01-02")}, "fair-dates"),
        ({"fairs/hoi-cho.yml": _edit(fair, "products: [ruou-mo-yen-tu]", "products: [ruou-mo]")}, "unknown-product"),
        ({"plans/ke-hoach.yml": _edit(plan, "to: 2030-12-31", "to: 2025-12-31")}, "plan-period"),
        ({"plans/ke-hoach.yml": _edit(plan, "stars: [4, 5]", "stars: [4, 6]")}, "target-where"),
        ({"producers/ho-khac.yml": PRODUCER}, "producer-without-products"),
    ]


@pytest.mark.parametrize("case", range(21))
def test_each_rule_reports_its_id(check, case):
    files, rule = _cases()[case]
    issues = check(files)
    assert rule in {i.rule for i in issues}, issues


def test_photo_problems_carry_declared_ids():
    """The build's photo problems (images/results.py) use declared ids. (The converter dying is not
    simulated here: only the wording of what is then reported.)"""
    from generator.images import results

    failed, large = results.failed("a.jpg"), results.too_large("a.jpg", 61_000_000, 40_000_000)
    assert (failed.rule, large.rule) == ("image-failed", "image-too-large")
    assert {failed.rule, large.rule} <= set(BY_ID)
    assert "hãy build lại" in failed.message("vi") and "61,000,000" in large.message("en")
