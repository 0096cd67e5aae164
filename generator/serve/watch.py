"""How `mkdocs serve` notices an edited record: through the operating system's change
notifications (inotify on Linux), instead of MkDocs' polling.

MkDocs' live-reload server polls every watched folder twice a second, listing and looking at
every file in it: on a large catalogue that holds the interpreter the rebuilds need, and notices
an edit late (figures in benchmarks/README.md). Here an
observer gets the notifications for the record folders and province.yml; on a change it rewrites
one small file in the cache folder, the only file of the catalogue the server then polls. Where
notifications cannot be had (a file system without them, or more folders than the system lets one
process watch), the plugin lets the server poll the folders as before.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from watchdog import events
from watchdog.observers import Observer

from generator.files import write_atomic
from generator.load.kinds import FOLDERS as RECORD_FOLDERS

FOLDERS = tuple(RECORD_FOLDERS.values())  # the record folders (generator/load/kinds.py)
# Writes only. Reading is no change, and a build reads every record and photo: notifications
# of reads would overflow the kernel's queue for them.
WRITES = [events.FileCreatedEvent, events.FileModifiedEvent, events.FileDeletedEvent, events.FileMovedEvent,
          events.FileClosedEvent, events.DirMovedEvent, events.DirDeletedEvent]


class RecordWatcher:
    def __init__(self, root: Path, signal: Path):
        self.root = root
        self.signal = signal  # rewritten on every change: what the server polls
        self._observer = None

    def start(self) -> bool:
        """Watch the records; False when notifications are not available here."""
        self.signal.parent.mkdir(parents=True, exist_ok=True)
        self.signal_change()
        handler = _Changes(self, {str(self.root / "province.yml")})
        observer = Observer()
        try:
            for folder in FOLDERS:
                if (self.root / folder).is_dir():
                    observer.schedule(handler, str(self.root / folder), recursive=True, event_filter=WRITES)
            observer.schedule(handler, str(self.root), recursive=False, event_filter=WRITES)  # province.yml
            observer.start()
        except OSError:
            observer.stop()
            return False
        self._observer = observer
        return True

    def stop(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=5)
            self._observer = None

    def signal_change(self) -> None:
        write_atomic(self.signal, str(time.time_ns()).encode("ascii"))


class _Changes(events.FileSystemEventHandler):
    def __init__(self, watcher: RecordWatcher, top_level: set[str]):
        self.watcher = watcher
        self.root = str(watcher.root)
        self.top_level = top_level  # files directly in the root that count (province.yml)

    def on_any_event(self, event: events.FileSystemEvent) -> None:
        paths = [p for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if any(self._counts(os.fsdecode(p)) for p in paths):
            self.watcher.signal_change()

    def _counts(self, path: str) -> bool:
        if os.path.dirname(path) == self.root:
            return path in self.top_level
        return True
