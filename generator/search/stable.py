"""Make Pagefind's output the same for the same input (reproducible builds).

Pagefind 1.5 writes its filter indexes and the lists in its metadata file from Rust hash maps,
whose order changes from run to run (Pagefind issue #638: "other files will still change, such
as the filter/metadata indexes"). The page index and fragments are already stable. Here every
filter file and the metadata are decoded (gzip + "pagefind_dcd" + CBOR), their map-like lists
sorted, written back with gzip's timestamp at zero, and renamed by a hash of their content; the
metadata and pagefind-entry.json are updated to the new names.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import cbor2

from generator.files import write_atomic

MAGIC = b"pagefind_dcd"


def unpack(path: Path) -> bytes:
    """The payload of a Pagefind file: CBOR for indexes, filters and metadata, JSON for fragments."""
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(MAGIC):
        raise ValueError(f"{path.name}: not a Pagefind data file")
    return data[len(MAGIC):]


def read_data(path: Path):
    return cbor2.loads(unpack(path))


def _write(folder: Path, prefix: str, suffix: str, value, digits: int) -> str:
    """Write `value`; returns the hash part of the new file name."""
    payload = MAGIC + cbor2.dumps(value)
    digest = hashlib.sha256(payload).hexdigest()[:digits]
    name = f"{prefix}{digest}"
    write_atomic(folder / f"{name}{suffix}", gzip.compress(payload, compresslevel=9, mtime=0))
    return name


def stabilise(out_dir: Path) -> None:
    entry_path = out_dir / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for lang, info in entry["languages"].items():
        meta_path = out_dir / f"pagefind.{info['hash']}.pf_meta"
        meta = read_data(meta_path)
        filters = []
        for name, old in meta[3]:
            path = out_dir / "filter" / f"{old}.pf_filter"
            filter_name, values = read_data(path)
            path.unlink()
            new = _write(out_dir / "filter", f"{lang}_", ".pf_filter", [filter_name, sorted(values)], 7)
            filters.append([name, new])
        meta[3] = sorted(filters)
        meta[4] = sorted(meta[4], key=lambda item: item[0])
        meta_path.unlink()
        info["hash"] = _write(out_dir, f"pagefind.{lang}_", ".pf_meta", meta, 10).removeprefix("pagefind.")
    entry["languages"] = dict(sorted(entry["languages"].items()))
    write_atomic(entry_path, json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
