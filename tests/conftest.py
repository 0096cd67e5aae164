"""Throwaway catalogues in tmp_path, and `check`, which validates one and compares the issues."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest

from generator.rules import validate

TODAY = dt.date(2026, 11, 23)

PROVINCE = """\
name: {vi: Quảng Ninh, en: Quang Ninh}
code: "22"
formerly: []
localities:
  - {slug: ha-long, name: phường Hạ Long, kind: ward, formerly: [phường Hồng Hải]}
  - {slug: ba-che, name: xã Ba Chẽ, kind: commune}
  - {slug: van-don, name: đặc khu Vân Đồn, kind: special-zone}
"""

PRODUCER = """\
name: {vi: Hợp tác xã Yên Tử, en: Yen Tu Cooperative}
kind: cooperative
locality: ha-long
tax_code: "5701234567"
phone: "0203 3812 345"
"""

PRODUCT = """\
name: {vi: Rượu mơ Yên Tử, en: Yen Tu apricot liqueur}
producer: htx-yen-tu
category: "15"
stars: 4
score: 78.5
score_parts: {a: 32, b: 20, c: 26.5}
certificate:
  decision: 1234/QĐ-UBND
  issued_by: UBND tỉnh Quảng Ninh
  issued_on: 2025-08-10
locality: ha-long
description: Rượu mơ ngâm từ mơ lông Yên Tử.
"""


def write_catalogue(root: Path, files: dict[str, str | bytes], base: bool = True) -> Path:
    """A catalogue in `root`: the base province, producer and product unless replaced."""
    everything: dict[str, str | bytes] = {}
    if base:
        everything = {"province.yml": PROVINCE, "producers/htx-yen-tu.yml": PRODUCER,
                      "products/ruou-mo-yen-tu.yml": PRODUCT}
    everything.update(files)
    for rel, content in everything.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content) if content.startswith("\n") else content, encoding="utf-8")
    return root


@pytest.fixture
def check(tmp_path):
    """check(files, expected=[(path, line, col, rule), ...]) -> the issues found.

    Compares (path, line, column, rule) of every issue with `expected`, in sorted order.
    """

    def run(files: dict[str, str | bytes], expected=None, today: dt.date = TODAY, base: bool = True):
        write_catalogue(tmp_path, files, base)
        _, issues = validate(str(tmp_path), today)
        if expected is not None:
            got = [(i.loc.path, i.loc.line, i.loc.column, i.rule) for i in issues]
            assert got == sorted(expected), "\n".join(str(i) for i in issues)
        return issues

    return run


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory):
    """The sample catalogue built once per test run with `mkdocs build --strict`."""
    from tests.sitebuild import ROOT, build

    out = tmp_path_factory.mktemp("site")
    run = build(ROOT, out)
    assert run.returncode == 0, run.stderr
    return out


@pytest.fixture(scope="session")
def catalogue():
    from tests.sitebuild import ROOT

    return validate(str(ROOT), TODAY)[0]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium (Debian's, driven by Playwright) for the whole run."""
    sync_api = pytest.importorskip("playwright.sync_api")
    from tests.browser import CHROMIUM, CHROMIUM_ARGS

    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


# --- rule ids: every id reported in this process is declared (generator/ruleids.py) ---------------
# Issue.__init__ is wrapped once for the whole run: whatever reports an issue (a rule, the loader,
# the photo pipeline), its id and severity are recorded here, and checked after each test.
def _record_rule_ids() -> dict[str, set[str]]:
    """The ids (with their severities) reported so far in this run. Kept on the wrapper itself,
    so that this file imported twice (as `conftest` and as `tests.conftest`) shares one record."""
    from generator.issues import Issue

    original = Issue.__init__
    if hasattr(original, "emitted"):
        return original.emitted
    emitted: dict[str, set[str]] = {}

    def recording(self, loc, rule, severity, en, vi):
        emitted.setdefault(rule, set()).add(severity)
        original(self, loc, rule, severity, en, vi)

    recording.emitted = emitted
    Issue.__init__ = recording
    return emitted


EMITTED = _record_rule_ids()


@pytest.fixture(autouse=True)
def _rule_ids_are_declared():
    """A test fails when the code under test reports an id that is not declared, or with a
    severity its declaration does not allow."""
    yield
    from generator.ruleids import BY_ID

    wrong = sorted(f"{rule} ({', '.join(sorted(sev))})" for rule, sev in EMITTED.items()
                   if rule not in BY_ID or not sev <= set(BY_ID[rule].severities()))
    if wrong:
        EMITTED.clear()
        pytest.fail(f"rule ids reported but not declared (or with another severity) in generator/ruleids.py: "
                    f"{', '.join(wrong)}")


# The photo pipeline (images/results.py) reports these as a Problem, not an Issue, at build time;
# tests/test_images.py reports them. To go once photo problems are Issues too.
PHOTO_PROBLEMS = {"image-too-large", "image-failed"}


def _whole_suite(session) -> bool:
    """The run collected every test (no -k, -m, --deselect or chosen files) and nothing failed."""
    option = session.config.option
    args = [a for a in session.config.args if a not in ("tests", "tests/", str(Path(__file__).parent))]
    return (not args and not option.keyword and not option.markexpr and not getattr(option, "deselect", None)
            and session.testsfailed == 0 and session.testscollected > 0 and not session.shouldstop)


def pytest_sessionfinish(session, exitstatus):
    """Over the whole suite, every declared rule id is reported by some test."""
    if exitstatus != 0 or not _whole_suite(session):
        return
    from generator.ruleids import RULE_IDS

    never = [r.id for r in RULE_IDS if r.id not in EMITTED and r.id not in PHOTO_PROBLEMS]
    if never:
        session.config.get_terminal_writer().line(
            f"rule ids declared but reported by no test: {', '.join(never)}", red=True)
        session.exitstatus = 1


# --- markers (registered in pyproject.toml): pytest -m "not slow and not browser" is the fast loop --
# fixtures that build a site (directly or through the workflows' commands)
_SLOW_FIXTURES = {"sample_site", "served", "server", "browser", "second_site", "hostile", "hanoi_site", "lao_cai"}
_SLOW_CALLS = re.compile(r"\b(build|scaffold|build_booklet|Server)\(|\"booklet\"|mkdocs\"|\"serve\"|\"offline\"|workflow")


def pytest_collection_modifyitems(config, items):
    """Marks each test by what it needs, so that a new test is marked without anyone remembering:
    `browser` (Chromium), `java` (the Nu HTML checker), `slow` (a site, booklet or server build)."""
    import inspect

    for item in items:
        function = getattr(item, "function", None)
        source = inspect.getsource(function) if function else ""
        if "browser" in item.fixturenames:
            item.add_marker(pytest.mark.browser)
        if "java" in source.lower():
            item.add_marker(pytest.mark.java)
        if _SLOW_FIXTURES & set(item.fixturenames) or _SLOW_CALLS.search(source):
            item.add_marker(pytest.mark.slow)
