"""Pausing Python's cyclic garbage collector while tens of thousands of long-lived objects are
made (records while loading, page specs and site data while a build lists its pages). Each pass
of the collector scans the whole heap, a second at 20,000 products, and it would run again and
again as the heap grows; reference counting still frees everything that is not in a cycle."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class SetAside:
    """Between `mkdocs serve` rebuilds: one pass of the collector over the objects made since the
    last call, then everything still alive is set aside (gc.freeze), so that the collector's
    passes during the next rebuild look only at objects that rebuild makes. A full pass over a
    20,000-product session's heap takes seconds; in the middle of a rebuild it delayed the preview,
    and even in the background it holds the interpreter that long.

    Objects set aside are still freed when nothing refers to them; only cycles among them wait,
    until a quarter more objects are set aside than after the last full pass: then the next call
    looks at everything again."""

    def __init__(self):
        self.kept: int | None = None  # objects set aside after the last full pass

    def __call__(self) -> None:
        full = self.kept is None or gc.get_freeze_count() > self.kept + self.kept // 4
        if full:
            gc.unfreeze()
        gc.collect()
        gc.freeze()
        if full:
            self.kept = gc.get_freeze_count()
