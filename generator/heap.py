"""Pausing Python's cyclic garbage collector while tens of thousands of long-lived objects are
made (records while loading, page specs and site data while a build lists its pages). Each pass
of the collector scans the whole heap, and it would run again and
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
