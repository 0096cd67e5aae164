"""The heap of a `mkdocs serve` session, between rebuilds (the pause of the collector during a
build is generator/heap.py)."""

from __future__ import annotations

import gc


class SetAside:
    """Between `mkdocs serve` rebuilds: one pass of the collector over the objects made since the
    last call, then everything still alive is set aside (gc.freeze), so that the collector's
    passes during the next rebuild look only at objects that rebuild makes. A full pass over a
    large session's heap, in the middle of a rebuild, delayed the preview, and even in the
    background it holds the interpreter (figures in benchmarks/README.md).

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
