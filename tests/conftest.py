"""Throwaway catalogues in tmp_path, and `check`, which validates one and compares the issues."""

from __future__ import annotations

import datetime as dt
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
