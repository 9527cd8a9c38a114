"""The collector is paused while a pack renders, and put back as it was."""

import gc
import weakref

import pytest
from builders import engine_for

from briefgen.errors import RenderError
from briefgen.render.engine import PackRequest
from briefgen.render.gcdefer import collection_deferred


class Node:
    pass


def test_garbage_cycles_made_while_deferred_are_freed_on_exit():
    assert gc.isenabled()
    with collection_deferred():
        assert not gc.isenabled()
        a, b = Node(), Node()
        a.other, b.other = b, a
        probe = weakref.ref(a)
        del a, b
        assert probe() is not None  # a cycle: only the collector can free it
    assert probe() is None
    assert gc.isenabled()


def test_nested_use_reenables_only_at_the_outermost_exit():
    with collection_deferred():
        with collection_deferred():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_the_caller_disabled_stays_disabled():
    gc.disable()
    try:
        with collection_deferred():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_failing_render_puts_the_collector_back(mini):
    engine = engine_for(mini)
    country = sorted(engine.content.profiles)[0]
    engine.render(PackRequest("legislator", country))
    assert gc.isenabled()
    engine.templates.render = lambda *args, **kwargs: (_ for _ in ()).throw(
        RenderError("broken template")
    )
    with pytest.raises(RenderError):
        engine.render(PackRequest("legislator", country))
    assert gc.isenabled()
