"""The cache folder on disk: the JSON manifest.

The manifest maps a photo's content hash to its size after orientation and its renditions (or to
the problem it has), and remembers each source path's size, modification time and hash so that
an unchanged file is not even read again. Settings that change the output (pipeline version,
pixel limit) are stored with it; a manifest written under other settings is ignored.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.files import write_atomic

MANIFEST_NAME = "manifest.json"
PIPELINE_VERSION = 1  # bump when process.py changes its output for the same request


def file_hash(path: Path) -> str | None:
    """The BLAKE2b-128 hex digest of the file's bytes, or None if it cannot be read."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, lambda: hashlib.blake2b(digest_size=16)).hexdigest()
    except OSError:
        return None


@dataclass
class Manifest:
    """The manifest's content; `settings` must match for `photos` and `problems` to count."""

    settings: dict[str, Any]
    photos: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: dict[str, dict[str, str]] = field(default_factory=dict)
    sources: dict[str, list[Any]] = field(default_factory=dict)  # path -> [size, mtime_ns, hash]

    def to_json(self) -> str:
        data = {"settings": self.settings, "photos": self.photos, "problems": self.problems,
                "sources": self.sources}
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def read_manifest(folder: Path, settings: dict[str, Any]) -> Manifest:
    """The manifest in `folder`; an empty one if missing, unreadable or made under other
    settings (the remembered source hashes are kept then: they do not depend on settings)."""
    settings = {"pipeline": PIPELINE_VERSION, **settings}
    try:
        data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        sources = _dict(data.get("sources"))
    except (OSError, ValueError, AttributeError):
        return Manifest(settings)
    if data.get("settings") != settings:
        return Manifest(settings, sources=sources)
    return Manifest(settings, _dict(data.get("photos")), _dict(data.get("problems")), sources)


def write_manifest(folder: Path, manifest: Manifest) -> None:
    """Save the manifest, unless the file already holds exactly this (the usual rebuild)."""
    path, data = folder / MANIFEST_NAME, manifest.to_json().encode("utf-8")
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    write_atomic(path, data)


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}
