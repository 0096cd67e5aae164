"""Work beside the build: `Child` runs a task in a forked copy of the process (the search index, so
that its Python work does not take turns with page rendering for the interpreter)."""

from __future__ import annotations

import os
import threading
import time

import pytest

from generator.background import Child, ChildStopped
from generator.pages.site import SiteData
from generator.search.build import BackgroundIndex

pytestmark = pytest.mark.skipif(not Child.available(), reason="no fork on this system")

TODAY = __import__("datetime").date(2026, 11, 23)


def test_a_child_hands_back_its_result_from_another_process():
    parent = os.getpid()
    child = Child(lambda: {"pid": os.getpid(), "words": ["Rượu mơ"] * 3})
    answer = child.wait()
    assert answer["words"] == ["Rượu mơ"] * 3
    assert answer["pid"] != parent


def test_a_large_result_comes_back_whole():
    child = Child(lambda: "x" * 5_000_000)  # larger than a pipe's buffer
    assert child.wait() == "x" * 5_000_000


def test_what_a_child_raises_is_raised_in_the_parent_with_its_traceback():
    def fail():
        raise ValueError("no such product: ruou-mo")

    with pytest.raises(ValueError, match="no such product") as raised:
        Child(fail).wait()
    assert any("fail" in note for note in raised.value.__notes__)  # where it happened, in the child


def test_an_exception_that_cannot_be_pickled_still_reaches_the_parent():
    class Local(Exception):  # a local class does not pickle
        pass

    def fail():
        raise Local("broken photo")

    with pytest.raises(RuntimeError, match="broken photo"):
        Child(fail).wait()


def test_stopping_ends_the_child_at_once(tmp_path):
    marker = tmp_path / "finished"
    child = Child(lambda: (time.sleep(30), marker.write_text("done")))
    stop = threading.Event()
    started = time.perf_counter()
    threading.Timer(0.3, stop.set).start()
    with pytest.raises(ChildStopped):
        child.wait(stop)
    assert time.perf_counter() - started < 10
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)  # reaped: no zombie left behind
    assert not marker.exists()


def test_the_index_is_written_by_a_child_process(tmp_path, catalogue, monkeypatch):
    """The search index of a build is made in a forked child: the records and Pagefind's answers
    are never handled by the build's own process."""
    import generator.search.build as build

    pids = []
    real = build.build_search

    def spy(*args, **kwargs):
        pids.append(os.getpid())
        return real(*args, **kwargs)

    monkeypatch.setattr(build, "build_search", spy)
    index = BackgroundIndex(SiteData(catalogue, TODAY), {}, tmp_path)
    count = index.wait()
    assert count == 2 * len(catalogue.products)  # one record per product and language
    assert (tmp_path / "pagefind" / "pagefind-entry.json").exists()
    assert pids == []  # the spy ran in the child, whose list this process never sees


def test_a_cancelled_index_is_no_failure_and_writes_nothing(tmp_path, catalogue, monkeypatch):
    """A build that fails while the index is being written cancels it: the child is ended at once
    and writes nothing more (the index is slowed down here, so the cancel surely comes first)."""
    import generator.search.build as build

    real = build.build_search
    monkeypatch.setattr(build, "build_search", lambda *args: (time.sleep(30), real(*args))[1])
    index = BackgroundIndex(SiteData(catalogue, TODAY), {}, tmp_path)
    started = time.perf_counter()
    index.cancel()
    assert time.perf_counter() - started < 10
    assert index.failure() is None
    assert not (tmp_path / "pagefind").exists()
