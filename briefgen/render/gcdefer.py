"""Defer Python's cyclic garbage collector while a pack renders.

WeasyPrint allocates a few million short-lived objects per pack. With the
default thresholds the collector starts about fifty times during one render
and each pass rescans the half-built document: 10-15% of a render's CPU
(`benchmarks/bench_render.py` prints the figure). Pausing it for the render and
collecting the youngest generation once afterwards frees the same garbage,
since everything the render allocated is still in that generation, at a
fraction of the cost. Memory stays flat because the collection runs after
every pack.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # renders in progress (the GUI thread may overlap a render thread)
_reenable = False


@contextmanager
def collection_deferred():
    global _depth, _reenable
    with _lock:
        if _depth == 0:
            _reenable = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _reenable:
                gc.collect(0)
                gc.enable()
