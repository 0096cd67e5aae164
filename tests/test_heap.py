"""The collector pause used while records and pages are made (generator/heap.py)."""

import gc

import pytest

from generator.heap import no_cyclic_gc


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
