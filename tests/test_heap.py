"""The collector pause used while records and pages are made, and the pass a `mkdocs serve`
session makes between rebuilds (generator/heap.py)."""

import gc
import weakref

import pytest

from generator.heap import collect_and_set_aside, no_cyclic_gc


def test_the_collector_is_paused_and_restored_even_after_an_error():
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with no_cyclic_gc():
            assert not gc.isenabled()
            raise ValueError("a bug while loading")
    assert gc.isenabled()


def test_a_collector_already_off_stays_off():
    gc.disable()
    try:
        with no_cyclic_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


class _Node:
    pass


def test_between_rebuilds_cycles_are_freed_and_the_living_set_aside():
    kept = [_Node() for _ in range(100)]
    cycle = _Node()
    cycle.me = cycle
    before = weakref.ref(cycle)
    try:
        collect_and_set_aside()  # the cycle is still in use: set aside with the rest
        assert before() is not None and gc.get_freeze_count() >= len(kept)
        del cycle
        collect_and_set_aside()  # garbage now, set aside or not: freed
        assert before() is None
    finally:
        gc.unfreeze()
