"""QR matrices of page URLs kept between builds (and `mkdocs serve` rebuilds): a URL's code never
changes, so each is encoded once. Missing ones are encoded in worker processes when there are
many. Stored as JSON {url: rows of hex bits} in the cache folder, written atomically."""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterable

from generator.files import write_atomic
from generator.pages.qr import MASK, Matrix, bit_rows, qr_matrix

PARALLEL_FROM = 500
VERSION = f"segno-M-mask{MASK}"


def _pack(matrix: Matrix) -> list[str]:
    return [format(int(row, 2), "x") for row in bit_rows(matrix)]


def _unpack(rows: list[str], size: int) -> tuple[str, ...]:
    return tuple(format(int(row, 16), f"0{size}b") for row in rows)


def _encode(url: str) -> list[str]:
    return _pack(qr_matrix(url))


class QrCache:
    def __init__(self, folder: Path):
        self.path = Path(folder) / "qr.json"
        self.rows: dict[str, list[str]] = {}
        self.changed = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") == VERSION:
                self.rows = data["codes"]
        except (OSError, ValueError, KeyError):
            pass

    def ensure(self, urls: Iterable[str]) -> int:
        """Encode the URLs not cached yet; returns how many were encoded."""
        missing = sorted({url for url in urls if url not in self.rows})
        if len(missing) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
            with ProcessPoolExecutor() as pool:
                encoded = list(pool.map(_encode, missing, chunksize=200))
        else:
            encoded = [_encode(url) for url in missing]
        self.rows.update(zip(missing, encoded, strict=True))
        self.changed = self.changed or bool(missing)
        return len(missing)

    def bits(self, url: str) -> tuple[str, ...]:
        """The code's rows as `qr.bit_rows` gives them."""
        rows = self.rows.get(url)
        if rows is None:
            rows = self.rows[url] = _encode(url)
            self.changed = True
        return _unpack(rows, len(rows))

    def save(self) -> None:
        if not self.changed:
            return
        write_atomic(self.path, json.dumps({"version": VERSION, "codes": self.rows}, separators=(",", ":"))
                     .encode("utf-8"))
        self.changed = False
