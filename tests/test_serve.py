"""`mkdocs serve` as staff use it to preview an edit: a change to a record is shown after a quick
rebuild that renders only the pages it touches, a broken edit keeps the last good site, and the
site served after a series of quick rebuilds is the one a full build of the same files gives.

Each test starts its own server on its own copy of the sample in tmp_path, so the tests pass
alone and in any order, and a failing test cannot leave changes for the next. Every wait polls
for what it waits for, with a deadline."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.sitebuild import EPOCH, ROOT

COPIED = ("mkdocs.yml", "province.yml", "products", "producers", "fairs", "plans", "docs", "theme_overrides")
LIVERELOAD = re.compile(r"<script>\s*var livereload.*?</script>", re.S)
PRODUCT = "products/ruou-mo-yen-tu.yml"


class Server:
    def __init__(self, root: Path):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.log = root / "serve.log"
        self.base = f"http://127.0.0.1:{self.port}/ocop/"
        env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{self.port}"],
            cwd=root, env=env, stdout=self.log.open("w"), stderr=subprocess.STDOUT)
        self.wait_for("Serving on", 1)

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8")

    def wait_for(self, marker: str, count: int, limit: float = 120) -> None:
        deadline = time.monotonic() + limit
        while self.text().count(marker) < count:
            assert self.process.poll() is None, self.text()
            assert time.monotonic() < deadline, f"waited for {marker!r} x{count}:\n{self.text()}"
            time.sleep(0.1)

    def rebuilt(self, edit) -> str:
        """Apply `edit`, wait for the rebuild it causes to end; the log of that rebuild."""
        # not "Documentation built in": MkDocs logs a message it logged before only once
        before = self.text()
        ends = before.count("Reloading browsers") + before.count("error happened during the rebuild")
        edit()
        deadline = time.monotonic() + 60
        while True:
            now = self.text()
            if now.count("Reloading browsers") + now.count("error happened during the rebuild") > ends:
                return now[len(before):]
            assert time.monotonic() < deadline, now
            time.sleep(0.1)

    def get(self, path: str) -> str | None:
        body = self.get_bytes(path)
        return None if body is None else LIVERELOAD.sub("", body.decode("utf-8"))

    def get_bytes(self, path: str) -> bytes | None:
        try:
            with urllib.request.urlopen(self.base + path, timeout=30) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return None
            raise


def copy_sample(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, root / name)
    return root


@pytest.fixture
def served(tmp_path):
    """A server of this test's own copy of the sample: (its folder, the server)."""
    root = copy_sample(tmp_path / "sample")
    server = Server(root)
    try:
        yield root, server
    finally:
        server.process.terminate()
        server.process.wait(timeout=30)


def edit(root: Path, path: str, old: str, new: str):
    def apply():
        target = root / path
        text = target.read_text(encoding="utf-8")
        assert old in text
        target.write_text(text.replace(old, new), encoding="utf-8")
    return apply


def title(html: str | None) -> str:
    return re.search(r"<h1[^>]*>(.*?)</h1>", html or "", re.S).group(1)


def test_an_edited_product_is_shown_after_a_quick_rebuild(served):
    root, server = served
    log = server.rebuilt(edit(root, PRODUCT, "{vi: Rượu mơ Yên Tử,", "{vi: Rượu mơ Yên Tử thượng hạng,"))
    assert "quick rebuild" in log
    assert title(server.get("products/ruou-mo-yen-tu/")) == "Rượu mơ Yên Tử thượng hạng"
    assert "Rượu mơ Yên Tử thượng hạng" in server.get("catalogue/")


def test_edits_made_while_another_file_is_broken_are_shown_once_it_is_fixed(served):
    root, server = served
    broken = "products/ruou-ba-kich-ba-che.yml"
    log = server.rebuilt(edit(root, broken, '"8936048770150"\n', '"8936048770150"\nnmae: typo\n'))
    assert "error happened during the rebuild" in log and "nmae" in log
    log = server.rebuilt(edit(root, "products/banh-chung-den-binh-lieu.yml", "{vi: Bánh chưng đen Bình Liêu,",
                              "{vi: Bánh chưng đen Bình Liêu gói lá dong,"))
    assert "error happened during the rebuild" in log
    log = server.rebuilt(edit(root, broken, "nmae: typo\n", ""))
    assert "quick rebuild" in log
    assert title(server.get("products/banh-chung-den-binh-lieu/")) == "Bánh chưng đen Bình Liêu gói lá dong"


def test_a_deleted_product_disappears(served):
    root, server = served
    assert server.get("products/bo-am-chen-gom-dong-trieu/") is not None
    log = server.rebuilt(lambda: (root / "products/bo-am-chen-gom-dong-trieu.yml").unlink())
    assert "quick rebuild" in log
    assert server.get("products/bo-am-chen-gom-dong-trieu/") is None


def test_a_revoked_certificate_leaves_the_listings(served):
    root, server = served
    assert "Rượu ba kích Ba Chẽ" in server.get("catalogue/")
    log = server.rebuilt(edit(root, "products/ruou-ba-kich-ba-che.yml", "  issued_on: 2024-04-15\n",
                              "  issued_on: 2024-04-15\n  revoked_on: 2026-06-01\n  revoked_reason: Nhãn sai\n"))
    assert "quick rebuild" in log
    assert "Rượu ba kích Ba Chẽ" not in server.get("catalogue/")
    assert "Rượu ba kích Ba Chẽ" in server.get("catalogue/status-revoked/")


def test_a_replaced_photo_is_shown(served):
    root, server = served
    before = re.findall(r'assets/photos/[^" ]+', server.get("products/ruou-ba-kich-ba-che/"))
    log = server.rebuilt(lambda: shutil.copy(root / "products/ruou-mo-yen-tu/qua-mo.jpg",
                                             root / "products/ruou-ba-kich-ba-che/cover.jpg"))
    assert "quick rebuild" in log
    after = re.findall(r'assets/photos/[^" ]+', server.get("products/ruou-ba-kich-ba-che/"))
    assert after and set(after).isdisjoint(before)


def test_after_quick_rebuilds_the_site_is_what_a_full_build_gives(served, tmp_path):
    """Compared page by page with `mkdocs build` of the same files for the same address, after
    quick rebuilds of a renamed, a revoked and a deleted product."""
    root, server = served
    for change in (edit(root, PRODUCT, "{vi: Rượu mơ Yên Tử,", "{vi: Rượu mơ Yên Tử thượng hạng,"),
                   edit(root, "products/ruou-ba-kich-ba-che.yml", "  issued_on: 2024-04-15\n",
                        "  issued_on: 2024-04-15\n  revoked_on: 2026-06-01\n  revoked_reason: Nhãn sai\n"),
                   lambda: (root / "products/bo-am-chen-gom-dong-trieu.yml").unlink()):
        assert "quick rebuild" in server.rebuilt(change)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs-full.yml").write_text(config.replace("https://example.github.io/ocop/", server.base)
                                          .replace("booklet: true", "booklet: false"), encoding="utf-8")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs-full.yml", "-d", str(tmp_path / "site")],
                   cwd=root, env=env, check=True, capture_output=True)
    pages = sorted(p.relative_to(tmp_path / "site").parent.as_posix() for p in (tmp_path / "site").rglob("index.html"))
    assert len(pages) > 300
    deadline = time.monotonic() + 60  # index and listing pages follow in the background
    while differ := [page for page in pages if server.get("" if page == "." else page + "/")
                     != (tmp_path / "site" / page / "index.html").read_text(encoding="utf-8")]:
        assert time.monotonic() < deadline, f"pages not brought up to date: {differ[:10]}"
        time.sleep(0.2)
    assert "more pages brought up to date in the background" in server.text()
    # open data is written just after the pages are served
    built = (tmp_path / "site" / "data" / "products.csv").read_bytes()
    deadline = time.monotonic() + 60
    while server.get_bytes("data/products.csv") != built:
        assert time.monotonic() < deadline, "data/products.csv was not brought up to date"
        time.sleep(0.2)


def test_with_another_plugin_acting_on_pages_every_change_is_a_full_rebuild(tmp_path):
    """A quick rebuild would show another plugin's page hooks only the pages it renders (and its
    second round none): with such a plugin configured, the served site is always a full build."""
    root = copy_sample(tmp_path)
    (root / "page_marks.py").write_text(
        "def on_post_page(output, page, config):\n"
        "    return output.replace('</body>', '<!-- marked by a hook -->\\n</body>')\n", encoding="utf-8")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("booklet: true", "booklet: false") + "hooks:\n  - page_marks.py\n",
                                     encoding="utf-8")
    server = Server(root)
    try:
        assert "quick rebuilds are off: page_marks.py act on pages" in server.text()
        log = server.rebuilt(edit(root, PRODUCT, "{vi: Rượu mơ Yên Tử,", "{vi: Rượu mơ Yên Tử thượng hạng,"))
        assert "quick rebuild" not in log
        for page in ("products/ruou-mo-yen-tu/", "catalogue/"):
            html = server.get(page)
            assert "Rượu mơ Yên Tử thượng hạng" in html and "<!-- marked by a hook -->" in html, page
        assert "<!-- marked by a hook -->" in server.get("")
    finally:
        server.process.terminate()
        server.process.wait(timeout=30)
