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


def collect_and_set_aside() -> None:
    """One full pass of the collector, then everything still alive is set aside (gc.freeze), so
    that its passes during the next `mkdocs serve` rebuild look only at objects made since. A
    full pass over a 20,000-product session's heap takes a second; run here, in the background
    after a rebuild is served, it no longer lands in the middle of the next one. Objects set aside
    are still freed when nothing refers to them; cycles among them wait for the next call."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
