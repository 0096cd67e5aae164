"""One page of every kind, both languages, at 390 and 1280 px, in Chromium: every img, svg and
figure in the content has a size, every image loads, no text runs out of its box, nothing is 404."""

from __future__ import annotations

import subprocess
import sys

import pytest

from generator.rules import validate
from tests.browser import serve
from tests.conftest import TODAY
from tests.pictures import look_at
from tests.sitebuild import ROOT, build, scaffold


def test_sample_pages_as_a_visitor_sees_them(sample_site, catalogue, browser):
    missing: list[str] = []
    with serve(sample_site, missing=missing) as url:
        problems = look_at(browser, url, catalogue, missing)
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_a_thousand_product_catalogue_as_a_visitor_sees_it(tmp_path_factory, browser):
    root = tmp_path_factory.mktemp("thousand")
    made = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_catalogue.py"), "1000", str(root)],
                          capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    scaffold(root)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("booklet: true", "booklet: false"), encoding="utf-8")
    run = build(root, root / "site")
    assert run.returncode == 0, run.stderr
    catalogue = validate(str(root), TODAY)[0]
    missing: list[str] = []
    with serve(root / "site", missing=missing) as url:
        problems = look_at(browser, url, catalogue, missing)
    assert not problems, "\n".join(problems)
