"""Writing a file so that a reader never sees half of it: a temporary file beside it, renamed
into place. Used for cache files, the photo renditions and, during `mkdocs serve`, for files of
the site being served."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file next to `path` (making its folder if needed), then rename
    it into place, so an interrupted run leaves either the old file, the new one, or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
