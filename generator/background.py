"""One piece of work in a thread of its own, for the build and `mkdocs serve`: the search index
written beside the pages (generator/search/build.py), a quick rebuild's second round of pages
(generator/serve/later.py).

The work takes a `stop` event and checks it between two steps; `cancel()` sets it and waits, so
that nothing writes into a folder that is being thrown away. Whatever the work raises is kept,
never lost in the thread: `wait()` raises it in the caller's thread, `failure()` hands it over.
"""

from __future__ import annotations

import threading
from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class Background(Generic[T]):
    def __init__(self, work: Callable[[threading.Event], T], name: str, quiet: tuple[type, ...] = ()):
        """Start `work(stop)` now. Errors of a type in `quiet` (a cancelled step) are no failure."""
        self.stop = threading.Event()
        self._quiet = quiet
        self._outcome: tuple[T | None, BaseException | None] = (None, None)
        self._thread = threading.Thread(target=self._run, args=(work,), name=name, daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[threading.Event], T]) -> None:
        try:
            self._outcome = (work(self.stop), None)
        except BaseException as exc:  # handed to the caller by wait() or failure()
            self._outcome = (None, exc)

    def join(self) -> None:
        """Wait for the work to end, whatever its outcome."""
        self._thread.join()

    def wait(self) -> T:
        """The work's result, once it is done; raises what the work raised."""
        self._thread.join()
        result, error = self._outcome
        if error is not None:
            raise error
        return result

    def cancel(self) -> None:
        """Ask the work to stop between two steps, and wait until it has."""
        self.stop.set()
        self._thread.join()

    def failure(self) -> BaseException | None:
        """What stopped the work, unless it was a cancel; None while it runs or after success."""
        error = self._outcome[1]
        return None if isinstance(error, self._quiet) else error
