"""Serving a built site on localhost and driving Debian's Chromium through Playwright."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    missing: list[str] | None = None

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code == 404 and self.missing is not None:
            self.missing.append(self.path)
        super().send_error(code, message, explain)


@contextmanager
def serve(folder: Path, prefix: str = "", missing: list[str] | None = None):
    """Serve `folder` at http://127.0.0.1:<port>/<prefix>; yields the base URL. Paths answered
    with 404 are appended to `missing`."""
    root = folder
    if prefix:
        root = folder.parent / f"{folder.name}-served"
        (root / prefix.strip("/")).parent.mkdir(parents=True, exist_ok=True)
        if not (root / prefix.strip("/")).exists():
            (root / prefix.strip("/")).symlink_to(folder, target_is_directory=True)
    handler = functools.partial(type("Handler", (_Quiet,), {"missing": missing}), directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{prefix.strip('/') + '/' if prefix else ''}"
    finally:
        server.shutdown()
