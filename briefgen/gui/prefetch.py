"""Packs the user is likely to want next, made ahead of time on an idle core.

While someone reads one pack, a separate low-priority process renders the
same country for the other audiences, so that switching audience shows a pack
at once. A process rather than a thread: rendering holds Python's lock, and a
second render thread would slow down the pack asked for. The process runs at
the lowest CPU priority, so on a busy machine the pack asked for still comes
first; a prefetch not yet started is dropped as soon as it is no longer likely
to be wanted.

No Qt here: `Prefetcher` takes plain callbacks, called from a pool thread.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ProcessPoolExecutor

from briefgen.batch.worker import exit_with_parent
from briefgen.content.model import Content
from briefgen.render.engine import Engine, Pack
from briefgen.selection.brief import Brief

_engine: dict[str, Engine] = {}


def _start(content: Content, template_dirs: tuple) -> None:
    os.nice(19)  # only what the pack asked for leaves over
    exit_with_parent()  # never outlive an app that was killed or crashed
    _engine["engine"] = Engine(content, template_dirs)


def _render(brief: Brief) -> tuple[bytes, int, tuple[str, ...], float]:
    started = time.perf_counter()
    pack = _engine["engine"].render_brief(brief, started)
    return pack.pdf, pack.pages, pack.warnings, pack.seconds


class PackCache:
    """The packs made in this session, newest last, at most `limit` of them."""

    def __init__(self, limit: int = 32):
        self.limit = limit
        self._packs: OrderedDict[Hashable, Pack] = OrderedDict()

    def get(self, key: Hashable) -> Pack | None:
        pack = self._packs.get(key)
        if pack is not None:
            self._packs.move_to_end(key)
        return pack

    def put(self, key: Hashable, pack: Pack) -> None:
        self._packs[key] = pack
        self._packs.move_to_end(key)
        while len(self._packs) > self.limit:
            self._packs.popitem(last=False)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._packs

    def __len__(self) -> int:
        return len(self._packs)

    def clear(self) -> None:
        self._packs.clear()


class Prefetcher:
    """One low-priority process rendering briefs for later; `done(key, pack)` or
    `failed(key)` is called from a pool thread when one is ready."""

    def __init__(
        self,
        content: Content,
        template_dirs: tuple,
        done: Callable[[Hashable, Pack], None],
        failed: Callable[[Hashable], None],
    ):
        self._done, self._failed = done, failed
        # A fresh interpreter: forking a process that runs Qt threads is unsafe.
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(
            1, mp_context=context, initializer=_start, initargs=(content, template_dirs)
        )
        self.pending: dict[Hashable, Future] = {}

    def want(self, key: Hashable, brief: Brief) -> None:
        if key in self.pending:
            return
        future = self._pool.submit(_render, brief)
        self.pending[key] = future
        future.add_done_callback(functools.partial(self._finished, key, brief))

    def running(self, key: Hashable) -> bool:
        future = self.pending.get(key)
        return future is not None and future.running()

    def drop_waiting(self, keep=()) -> None:
        """Forget prefetches not started yet, except those in `keep`."""
        for key, future in list(self.pending.items()):
            if key not in keep and future.cancel():
                self.pending.pop(key, None)

    def _finished(self, key: Hashable, brief: Brief, future: Future) -> None:
        self.pending.pop(key, None)
        if future.cancelled():
            return
        try:
            pdf, pages, warnings, seconds = future.result()
        except Exception:  # noqa: BLE001 - a failed prefetch is made again when asked for
            self._failed(key)
            return
        self._done(key, Pack(brief, pdf, pages, warnings, seconds))

    def shutdown(self) -> None:
        self.drop_waiting()
        self._pool.shutdown(wait=False, cancel_futures=True)
