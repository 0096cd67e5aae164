"""One piece of work in a thread of its own, for the build and `mkdocs serve`: the search index
written beside the pages (generator/search/build.py), a quick rebuild's second round of pages
(generator/serve/later.py).

The work takes a `stop` event and checks it between two steps; `cancel()` sets it and waits, so
that nothing writes into a folder that is being thrown away. Whatever the work raises is kept,
never lost in the thread: `wait()` raises it in the caller's thread, `failure()` hands it over.

`Child` runs a piece of work in a forked copy of the process instead, for Python work that would
compete with the build's own thread for the interpreter.
"""

from __future__ import annotations

import gc
import os
import pickle
import select
import signal
import threading
import traceback
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


class ChildStopped(Exception):
    """The work in a child process was stopped (`Child.wait`'s `stop` was set): nothing of it is kept."""


class Child(Generic[T]):
    """`task()` in a copy of this process (os.fork), started now: CPU-bound Python work that would
    otherwise hold the interpreter lock against the page rendering of the build (the search
    records run on the second core instead). The copy shares the parent's memory until either
    writes to it; the child never runs the cyclic collector, which would touch every object.
    `wait()` returns what `task` returned, or raises what it raised; both must pickle.

    Fork from the thread that owns the build, before other threads start work: a child has only
    the thread that forked. `available()` is False where there is no fork (Windows); callers then
    run the task in a thread."""

    def __init__(self, task: Callable[[], T]):
        self._read, write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            os.close(self._read)
            _child(task, write)  # never returns
        os.close(write)
        self._done = False

    @staticmethod
    def available() -> bool:
        return hasattr(os, "fork")

    def wait(self, stop: threading.Event | None = None) -> T:
        """The task's result; when `stop` is set first, the child is ended and ChildStopped raised."""
        data = bytearray()
        try:
            while True:
                ready, _, _ = select.select([self._read], [], [], 0.1)
                if stop is not None and stop.is_set():
                    self.kill()
                    raise ChildStopped("stopped before the work ended")
                if ready:
                    chunk = os.read(self._read, 1 << 16)
                    if not chunk:
                        break
                    data += chunk
        finally:
            self._close()
        _, status = os.waitpid(self.pid, 0)
        self._done = True
        if not data:
            raise RuntimeError(f"the child process ended with no answer (wait status {status})")
        ok, value = pickle.loads(bytes(data))
        if ok:
            return value
        raise value

    def kill(self) -> None:
        """End the child now (its own children, such as the Pagefind binary, see their input close)."""
        if not self._done:
            try:
                os.kill(self.pid, signal.SIGTERM)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self._done = True
        self._close()

    def _close(self) -> None:
        if self._read is not None:
            os.close(self._read)
            self._read = None


def _child(task: Callable[[], object], fd: int) -> None:
    """The child's whole life: run `task`, send back (True, result) or (False, exception), exit
    without running the parent's exit handlers or flushing its buffers (os._exit)."""
    gc.disable()
    try:
        try:
            outcome: tuple[bool, object] = (True, task())
        except BaseException as exc:  # handed to the parent, which raises it
            exc.add_note("".join(traceback.format_exception(exc)))
            outcome = (False, exc)
        try:
            payload = pickle.dumps(outcome)
        except Exception as exc:  # an exception that does not pickle: its words still reach the parent
            payload = pickle.dumps((False, RuntimeError(f"{outcome[1]!r} (could not be sent back: {exc})")))
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
    finally:
        os._exit(0)
