"""How `mkdocs serve` notices edits (generator/serve/watch.py): a change to a record, a photo or
province.yml rewrites the signal file the server polls; reading files and other files do not."""

from __future__ import annotations

import time

import pytest

from generator.serve import watch
from generator.serve.watch import RecordWatcher


@pytest.fixture
def watcher(tmp_path):
    (tmp_path / "products/ruou-mo").mkdir(parents=True)
    (tmp_path / "products/ruou-mo.yml").write_text("name: Rượu mơ\n", encoding="utf-8")
    (tmp_path / "producers").mkdir()
    (tmp_path / "province.yml").write_text("name: Quảng Ninh\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("notes\n", encoding="utf-8")
    watching = RecordWatcher(tmp_path, tmp_path / ".cache/ocop/serve-changed")
    assert watching.start()
    yield tmp_path, watching
    watching.stop()


def signalled(watching: RecordWatcher, before: str, limit: float = 3) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if watching.signal.read_text(encoding="ascii") != before:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("change", [
    lambda root: (root / "products/ruou-mo.yml").write_text("name: Rượu mơ Yên Tử\n", encoding="utf-8"),
    lambda root: (root / "producers/htx-yen-tu.yml").write_text("name: HTX\n", encoding="utf-8"),
    lambda root: (root / "products/ruou-mo/chai.jpg").write_bytes(b"\xff\xd8\xff"),
    lambda root: (root / "products/ruou-mo.yml").unlink(),
    lambda root: (root / "products/ruou-mo.yml").rename(root / "products/ruou-mo-yen-tu.yml"),
    lambda root: (root / "province.yml").write_text("name: Quảng Ninh mới\n", encoding="utf-8"),
], ids=["edit", "new file", "photo", "delete", "rename", "province"])
def test_a_change_to_the_records_is_signalled(watcher, change):
    root, watching = watcher
    before = watching.signal.read_text(encoding="ascii")
    change(root)
    assert signalled(watching, before)


def test_reading_records_and_editing_other_files_is_not_a_change(watcher):
    root, watching = watcher
    before = watching.signal.read_text(encoding="ascii")
    (root / "products/ruou-mo.yml").read_bytes()
    list((root / "products").iterdir())
    (root / "README.md").write_text("more notes\n", encoding="utf-8")
    assert not signalled(watching, before, limit=1)


def test_without_notifications_the_server_polls(tmp_path, monkeypatch):
    class Refusing(watch.Observer):
        def schedule(self, *args, **kwargs):
            raise OSError(28, "inotify watch limit reached")

    monkeypatch.setattr(watch, "Observer", Refusing)
    (tmp_path / "products").mkdir()
    assert not RecordWatcher(tmp_path, tmp_path / ".cache/signal").start()


def test_a_folder_of_photos_moved_away_is_signalled(watcher):
    root, watching = watcher
    (root / "products/ruou-mo/chai.jpg").write_bytes(b"\xff\xd8\xff")
    time.sleep(0.3)
    before = watching.signal.read_text(encoding="ascii")
    (root / "products/ruou-mo").rename(root / "old-photos")
    assert signalled(watching, before)
