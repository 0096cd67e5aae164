"""Write the Pagefind bundle (`pagefind/` in the site) at the end of `mkdocs build`: no second
command to remember. Pagefind groups records by language, so each language gets its own index
and a visitor downloads only the chunks of theirs.

This talks to the Pagefind binary (from the `pagefind[bin]` package) over its service protocol
(the one `pagefind.index.PagefindIndex` uses: base64 JSON messages ending in ","), with one
synchronous request at a time. `PagefindIndex` waits 100 ms before reading each answer, which
makes 40,000 records take over an hour, and its `add_directory` numbers pages in whatever order
its threads finish, so two builds differ. Records sent one by one, in a fixed order, are indexed
in seconds and give the same files every time.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import subprocess
import threading
import time
from html import escape
from pathlib import Path
from typing import Iterable

from generator.search.order import write_orders
from generator.files import write_atomic
from generator.search.records import SearchRecord
from generator.search.stable import stabilise


# Where Pagefind cuts its word index into chunks (its default is 20,000 word entries). A query
# loads every chunk holding a word it begins, whole, so smaller chunks cost a first query less
# (see benchmarks/README.md); each chunk adds about 11 bytes to the metadata every query loads.
CHUNK_SIZE = 10_000


class PagefindError(RuntimeError):
    pass


class Cancelled(PagefindError):
    """The build failed elsewhere while the index was being written; nothing of it is kept."""


class PagefindService:
    """The Pagefind binary in `--service` mode, one request and one answer at a time."""

    def __init__(self):
        from pagefind.service import get_executable

        binary = get_executable()
        if binary is None:
            raise PagefindError("the Pagefind binary is missing: pip install 'pagefind[bin]'")
        env = {**os.environ, "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE": str(CHUNK_SIZE)}
        self._process = subprocess.Popen([str(binary), "--service"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        self._id = 0

    def send(self, payload: dict) -> dict:
        self._id += 1
        message = json.dumps({"message_id": self._id, "payload": payload}).encode("utf-8")
        self._process.stdin.write(base64.b64encode(message) + b",")
        self._process.stdin.flush()
        answer = json.loads(base64.b64decode(self._read_until_comma()))
        reply = answer.get("payload", {})
        if reply.get("type") == "Error":
            raise PagefindError(reply.get("message", "Pagefind failed"))
        return reply

    def _read_until_comma(self) -> bytes:
        chunks = []
        while True:
            byte = self._process.stdout.read1(65536) if not chunks or not chunks[-1].endswith(b",") else b""
            if not byte:
                break
            chunks.append(byte)
            if byte.endswith(b","):
                break
        data = b"".join(chunks)
        if not data.endswith(b","):
            raise PagefindError("the Pagefind service stopped answering")
        return data[:-1]

    def close(self) -> None:
        if self._process.stdin:
            self._process.stdin.close()
        self._process.wait(timeout=30)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def record_html(record: SearchRecord) -> str:
    """A search-only page for one record: each block of text with its Pagefind weight (the name
    weighs most, see search/records.py), and meta and filters that are not indexed as text. No
    sort keys: Pagefind would put them in the metadata every first query loads (search/order.py)."""
    parts = [f'<span data-pagefind-meta="{escape(k)}">{escape(v)}</span>' for k, v in record.meta.items()]
    for name, values in record.filters.items():
        parts += [f'<span data-pagefind-filter="{escape(name)}">{escape(v)}</span>' for v in values]
    blocks = "".join(f'<p data-pagefind-weight="{weight:g}">{escape(text)}</p>' for weight, text in record.blocks)
    return (f'<!doctype html><html lang="{record.language}"><head><meta charset="utf-8"><title>'
            f'{escape(record.meta.get("title", ""))}</title></head><body><main data-pagefind-body>'
            f'{blocks}<div data-pagefind-ignore>{"".join(parts)}</div></main></body></html>')


def write_index(records: Iterable[SearchRecord], out_dir: Path, stop: threading.Event | None = None) -> int:
    """Index `records` (in the order given) into `out_dir`, e.g. site/pagefind; returns their number.

    One Pagefind run per language, one after the other: Pagefind holds a whole index in memory
    while it writes, so this halves the build's peak memory. Their files do not collide (names
    start with the language) except pagefind-entry.json, whose language lists are merged. When
    `stop` is set (another thread's build failed), it gives up between two records."""
    by_lang: dict[str, list[SearchRecord]] = {}
    for record in records:
        by_lang.setdefault(record.language, []).append(record)
    languages: dict = {}
    for lang, group in sorted(by_lang.items()):
        with PagefindService() as service:
            index_id = service.send({"type": "NewIndex", "config": None})["index_id"]
            for record in group:
                if stop is not None and stop.is_set():
                    raise Cancelled("the search index was abandoned because the build failed")
                service.send({"type": "AddFile", "index_id": index_id, "file_path": None, "url": record.url,
                              "file_contents": record_html(record)})
            entry = _write_files(service, index_id, out_dir, lang)
        languages.update(entry["languages"])
    if by_lang:
        entry["languages"] = languages
        write_atomic(out_dir / ENTRY, json.dumps(entry, ensure_ascii=False).encode("utf-8"))
        stabilise(out_dir)
        write_orders(out_dir, by_lang)
    return sum(len(group) for group in by_lang.values())


ENTRY = "pagefind-entry.json"


def _entry(out_dir: Path) -> dict | None:
    try:
        return json.loads((out_dir / ENTRY).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _all_decode(out_dir: Path, lang: str) -> bool:
    """Every index, fragment, filter and metadata file of `lang` is a whole gzip stream (length and
    CRC checked), so none was cut short."""
    for path in out_dir.rglob(f"*{lang}_*.pf_*"):
        try:
            gzip.decompress(path.read_bytes())
        except (OSError, EOFError, ValueError):
            return False
    return True


def _write_files(service: PagefindService, index_id: int, out_dir: Path, lang: str) -> dict:
    """Write the index and return its entry file once every file is complete. Pagefind answers
    before its (unflushed) writes reach the disk, so an entry file was once seen empty: wait until
    the entry names this language and every gzip file of the language decodes, asking for the
    files again if they stay incomplete, before the service is closed."""
    for _attempt in range(3):
        service.send({"type": "WriteFiles", "index_id": index_id, "output_path": str(out_dir)})
        for _ in range(100):
            entry = _entry(out_dir)
            if entry and lang in entry.get("languages", {}) and _all_decode(out_dir, lang):
                return entry
            time.sleep(0.05)
    raise PagefindError(f"Pagefind did not finish writing {out_dir / ENTRY}")
