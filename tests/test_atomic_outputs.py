"""Files the build publishes besides its pages (the search index's own files, the offline .zip,
the staff editor at /admin/) are written whole or not at all (generator.files.write_atomic): a
disk that fills up halfway through a write leaves the earlier file as it was, and no half file."""

from __future__ import annotations

import datetime as dt
import errno
import gzip
import json
import os
import zipfile
from pathlib import Path

import cbor2
import pytest

from generator.admin import write_admin
from generator.offline.copy import write_zip
from generator.search.stable import MAGIC, stabilise


class _Filling:
    """An open file on a disk with `room` bytes left: a write past them fails, as on a full disk."""

    def __init__(self, handle, room: int):
        self.handle, self.room = handle, room

    def write(self, data) -> int:
        if len(data) > self.room:
            self.handle.write(data[:self.room])
            self.handle.flush()
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.handle.write(data)

    def __getattr__(self, name):
        return getattr(self.handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


@pytest.fixture
def disk_fills(monkeypatch):
    """`disk_fills(after_files=n, room=k)`: the (n+1)th file opened for writing gets only k bytes."""

    def start(after_files: int = 0, room: int = 10):
        real, opened = os.fdopen, []

        def fdopen(fd, mode="r", *args, **kwargs):
            handle = real(fd, mode, *args, **kwargs)
            if "w" not in mode:
                return handle
            opened.append(fd)
            return _Filling(handle, room) if len(opened) == after_files + 1 else handle

        monkeypatch.setattr(os, "fdopen", fdopen)

    return start


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("after_files", [0, 4, 20])
def test_the_editor_is_left_whole_when_the_disk_fills(tmp_path, disk_fills, after_files):
    write_admin(tmp_path / "old", "so-nn/ocop", "main")
    write_admin(tmp_path / "new", "so-nn/ocop-moi", "moi")
    old, new = _contents(tmp_path / "old"), _contents(tmp_path / "new")
    assert old["admin/config.yml"] != new["admin/config.yml"]
    disk_fills(after_files=after_files)
    with pytest.raises(OSError, match="No space left"):
        write_admin(tmp_path / "old", "so-nn/ocop-moi", "moi")
    after = _contents(tmp_path / "old")
    assert sorted(after) == sorted(old)  # no temporary file left behind
    assert [name for name, data in after.items() if data not in (old[name], new[name])] == []


def test_the_offline_zip_is_left_whole_when_the_disk_fills(tmp_path, disk_fills):
    folder = tmp_path / "copy"
    (folder / "products").mkdir(parents=True)
    (folder / "index.html").write_text("<p>Trang chủ</p>", encoding="utf-8")
    (folder / "products" / "a.html").write_text("<p>Rượu mơ</p>" * 200, encoding="utf-8")
    output = tmp_path / "ocop.zip"
    write_zip(folder, output, dt.datetime(2026, 6, 1))
    before = output.read_bytes()
    (folder / "products" / "b.html").write_text("<p>Chè</p>", encoding="utf-8")
    disk_fills(room=100)
    with pytest.raises(OSError, match="No space left"):
        write_zip(folder, output, dt.datetime(2026, 6, 1))
    assert output.read_bytes() == before
    assert zipfile.ZipFile(output).namelist() == ["index.html", "products/a.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy", "ocop.zip"]


def _pack(value) -> bytes:
    return gzip.compress(MAGIC + cbor2.dumps(value), mtime=0)


def test_the_search_index_entry_is_left_whole_when_the_disk_fills(tmp_path, disk_fills):
    """Pagefind's entry file names each language's metadata; the renamed metadata and the entry
    rewritten after it are each whole or not there."""
    (tmp_path / "filter").mkdir()
    (tmp_path / "pagefind.vi_abc.pf_meta").write_bytes(_pack(["1.0", [["vi_p1", 3]], [], [], []]))
    entry = json.dumps({"version": "1.0", "languages": {"vi": {"hash": "vi_abc", "page_count": 1}}})
    (tmp_path / "pagefind-entry.json").write_text(entry, encoding="utf-8")
    disk_fills(after_files=1)  # the new metadata is written; the disk fills on the entry
    with pytest.raises(OSError, match="No space left"):
        stabilise(tmp_path)
    assert (tmp_path / "pagefind-entry.json").read_text(encoding="utf-8") == entry
    names = sorted(p.name for p in tmp_path.iterdir())
    assert [n for n in names if n.endswith(".tmp")] == []
    meta = [n for n in names if n.endswith(".pf_meta")]
    assert len(meta) == 1 and gzip.decompress((tmp_path / meta[0]).read_bytes()).startswith(MAGIC)
