"""Writing a file so that a reader never sees half of it: a temporary file beside it, renamed
into place. Used for cache files, the photo renditions, the search index's own files (entry,
metadata, filters, orders), the offline .zip, the staff editor's files at /admin/ and, during
`mkdocs serve`, for files of the site being served, the schemas and the reports staff ask for.

Pages written into a folder no one reads yet (a build's partial site, the offline copy's new
folder) are written plainly: the folder as a whole is moved into place once complete, and a
rename per file would cost seconds over 100,000 files. Pagefind writes its fragments itself."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable


def write_atomic(path: Path, data: bytes | Callable[[BinaryIO], object]) -> None:
    """Write `data` to a temporary file next to `path` (making its folder if needed), then rename
    it into place, so an interrupted run leaves either the old file, the new one, or nothing.
    `data` may be a function writing into the open file (a large pickle, streamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            if callable(data):
                data(handle)
            else:
                handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
