"""The collector pause used while records and pages are made, and the pass a `mkdocs serve`
session makes between rebuilds (generator/serve/heap.py)."""

import gc
import weakref

import pytest

from generator.heap import no_cyclic_gc
from generator.serve.heap import SetAside


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


def test_between_rebuilds_new_cycles_are_freed_and_the_living_set_aside():
    tidy = SetAside()
    try:
        tidy()
        cycle = _Node()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        del cycle
        kept = [_Node() for _ in range(100)]
        before = gc.get_freeze_count()
        tidy()
        assert gone() is None
        assert gc.get_freeze_count() >= before + len(kept)
    finally:
        gc.unfreeze()


def test_cycles_among_objects_set_aside_are_freed_once_a_quarter_more_is_set_aside():
    tidy = SetAside()
    try:
        cycle = _Node()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        tidy()  # in use: set aside
        del cycle
        tidy()
        assert gone() is not None  # waits: a full pass would take seconds in a big session
        grown = [_Node() for _ in range(gc.get_freeze_count() // 4 + 1)]
        tidy()  # a quarter more set aside: this call looks at everything
        tidy()
        assert gone() is None and grown
    finally:
        gc.unfreeze()
