"""The second round of a quick `mkdocs serve` rebuild (see changes.py): pages that count, list or
page through the whole catalogue, rendered in a thread after the pages showing the edit are served.

Each page replaces its served file in one step (written beside it, then renamed), so a visitor
never reads half a page. The next rebuild stops the thread between two pages and takes over the
pages it did not write; until then the served site has some pages of the previous state (an index
count, a listing page one card off), which is what a preview can afford and a build never does.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from generator.background import Background
from generator.files import write_atomic
from generator.pages.site import PageSpec

Render = Callable[[PageSpec], tuple[str, str]]  # a page -> (its file, relative to the site; its HTML)


class LaterPages:
    """`specs` rendered in a thread of its own (generator/background.py), then `then()` (unless
    cancelled or failed)."""

    def __init__(self, specs: list[PageSpec], render: Render | None, served: Path, report: Callable[[str], None],
                 then: Callable[[], None] = lambda: None):
        self._left = {spec.url for spec in specs}

        def work(stop) -> None:
            started = time.perf_counter()
            for spec in specs:
                if stop.is_set():
                    return
                path, html = render(spec)
                write_atomic(served / path, html.encode("utf-8", errors="xmlcharrefreplace"))
                self._left.discard(spec.url)
            if specs:
                report(f"quick rebuild: {len(specs)} more pages brought up to date in the background "
                       f"({time.perf_counter() - started:.1f} s)")
            then()

        self._task = Background(work, "ocop-later-pages")

    def cancel(self) -> set[str]:
        """Stop between two pages; the URLs of the pages not written (a failure is reported by the
        next rebuild, which renders these pages again)."""
        self._task.cancel()
        return set(self._left)

    def wait(self) -> None:
        self._task.join()

    def failure(self) -> BaseException | None:
        return self._task.failure()
