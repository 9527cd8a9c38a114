"""Loading and rendering off the GUI thread, newest request wins.

One `RenderWorker` owns the only `Engine`, built once per successful
content load; its `load` and `render` run, one at a time in the order asked,
on one background thread that takes them from a queue (a `threads.Background`,
the helper every job of the app runs on). The `Renderer` facade in the GUI thread
numbers every request (a generation); the worker skips requests that a newer
one superseded while they waited in its queue, and the facade drops any
result that is not for the newest request. Every failure comes back as a
message, never as an exception in the GUI.

Every pack made is kept for the session (keyed by what it prints, as batch
keys its packs), so going back to a pack seen before costs no render; and
while a pack is read, the other audiences of its country are made ahead of
time in a low-priority process (`prefetch`).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import queue
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from briefgen.batch import keys
from briefgen.content.model import Content
from briefgen.content.problems import Problems
from briefgen.errors import BriefgenError
from briefgen.gui import threads
from briefgen.gui.prefetch import PackCache, Prefetcher
from briefgen.gui.session import LoadResult, load
from briefgen.render.engine import Engine, PackRequest

log = logging.getLogger(__name__)


def describe(exc: Exception) -> str:
    if isinstance(exc, BriefgenError):
        return str(exc)
    return f"unexpected {type(exc).__name__}: {exc}"


class RenderWorker(QObject):
    """Its methods run on the render thread only; the object itself stays in the
    GUI thread, so the signals it emits there are queued to the GUI thread."""

    loaded = Signal(int, object)  # generation, LoadResult
    rendered = Signal(int, object, object)  # generation, PackRequest, Pack
    failed = Signal(int, str)  # generation, message

    def __init__(self, prefetch: bool = True):
        super().__init__()
        self.engine: Engine | None = None
        # Written by the GUI thread before it queues a request: plain ints, atomic under the GIL.
        self.newest_load = 0
        self.newest_render = 0
        self.cache = PackCache()
        self.prefetch = prefetch
        self.prefetcher: Prefetcher | None = None
        self._templates = ""  # digest of the template folders, part of every cache key
        self._waiting_for: tuple[int, PackRequest, object] | None = None
        # The render thread's tasks: (method, arguments), or None to stop.
        self.tasks: queue.SimpleQueue = queue.SimpleQueue()

    def serve(self) -> None:
        """The render thread: run the tasks in order until told to stop."""
        while (task := self.tasks.get()) is not None:
            method, arguments = task
            try:
                method(*arguments)
            except Exception:  # the methods report their own failures; this is a bug
                log.exception("render thread task %s failed", method.__name__)

    def load(self, generation: int, root: Path, template_dirs: tuple) -> None:
        if generation < self.newest_load:
            return
        try:
            result = load(root, template_dirs)
            content = result.content
            if content is not None and result.usable:
                self.engine = Engine(content, template_dirs)
                self.cache.clear()
                self._templates = keys.folder_digest(self.engine.templates.folders)
                self._restart_prefetch(content, tuple(template_dirs))
        except Exception as exc:  # a bug in the core must not take the app down
            log.exception("loading %s failed", root)
            problems = Problems(Path(root).resolve())
            problems.error(root, 0, f"could not load the content: {describe(exc)}")
            result = LoadResult(Path(root).resolve(), None, problems)
        self.loaded.emit(generation, result)

    def render(self, generation: int, request: PackRequest) -> None:
        if generation < self.newest_render:
            return
        if self.engine is None:
            self.failed.emit(generation, "no usable content loaded")
            return
        self._waiting_for = None
        try:
            brief = self.engine.brief(request)
            key = self._key(brief)
            pack = self.cache.get(key)
            if pack is None and self.prefetcher is not None and self.prefetcher.running(key):
                # Being made ahead of time already: its result answers this request.
                self._waiting_for = (generation, request, key)
                return
            if self.prefetcher is not None:
                self.prefetcher.drop_waiting()  # the pack asked for comes first
            if pack is None:
                pack = self.engine.render_brief(brief)
                self.cache.put(key, pack)
        except Exception as exc:
            if not isinstance(exc, BriefgenError):
                log.exception("rendering %s failed", request)
            self.failed.emit(generation, describe(exc))
        else:
            self.rendered.emit(generation, request, pack)
            self._prefetch_after(request)

    def _key(self, brief) -> tuple[str, str]:
        return (self._templates, keys.digest(brief))

    def _restart_prefetch(self, content: Content, template_dirs: tuple) -> None:
        if self.prefetcher is not None:
            self.prefetcher.shutdown()
            self.prefetcher = None
        if not self.prefetch or (os.cpu_count() or 1) < 2:
            return  # no idle core to use
        self.prefetcher = Prefetcher(
            content,
            template_dirs,
            # From the prefetch pool's thread to the render thread's queue.
            lambda key, pack: self.tasks.put((self._on_prefetched, (key, pack))),
            lambda key: self.tasks.put((self._on_prefetched, (key, None))),
        )

    def _prefetch_after(self, request: PackRequest) -> None:
        """The other audiences of the country just shown, likely to be asked for next."""
        if self.prefetcher is None or self.engine is None:
            return
        for audience in self.engine.content.audiences:
            if audience == request.audience:
                continue
            try:
                brief = self.engine.brief(dataclasses.replace(request, audience=audience))
            except BriefgenError:
                continue
            key = self._key(brief)
            if key not in self.cache:
                self.prefetcher.want(key, brief)

    def _on_prefetched(self, key, pack) -> None:
        if pack is not None:
            self.cache.put(key, pack)
        waiting, self._waiting_for = self._waiting_for, None
        if waiting is None or waiting[2] != key:
            self._waiting_for = waiting
            return
        generation, request, _ = waiting
        if generation < self.newest_render:
            return  # superseded while it was being made
        if pack is None:  # the prefetch failed: make it here, where errors are reported
            self.render(generation, request)
        else:
            self.rendered.emit(generation, request, pack)
            self._prefetch_after(request)

    def stop_prefetch(self) -> None:
        if self.prefetcher is not None:
            self.prefetcher.shutdown()
            self.prefetcher = None


class Renderer(QObject):
    """The GUI side: starts the thread, numbers requests, passes on only the newest results."""

    loaded = Signal(object)  # LoadResult
    rendered = Signal(object, object)  # PackRequest, Pack
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, parent=None, prefetch: bool = True):
        super().__init__(parent)
        self._load_gen = self._render_gen = 0
        self._done_load = self._done_render = 0
        self._worker = RenderWorker(prefetch)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.rendered.connect(self._on_rendered)
        self._worker.failed.connect(self._on_failed)
        # A daemon: it only reads and renders in memory, so it never holds up an exit.
        self._thread = threads.Background("briefgen-render", self._worker.serve, daemon=True)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # never leave the thread running at exit, even without a close
            app.aboutToQuit.connect(self.shutdown)

    @property
    def busy(self) -> bool:
        return self._done_load < self._load_gen or self._done_render < self._render_gen

    @property
    def rendering(self) -> bool:
        return self._done_render < self._render_gen

    def load(self, root: Path, template_dirs=()) -> int:
        was_busy = self.busy
        self._load_gen += 1
        self._worker.newest_load = self._load_gen
        arguments = (self._load_gen, Path(root), tuple(Path(d) for d in template_dirs))
        self._worker.tasks.put((self._worker.load, arguments))
        self._busy_from(was_busy)
        return self._load_gen

    def render(self, request: PackRequest) -> int:
        was_busy = self.busy
        self._render_gen += 1
        self._worker.newest_render = self._render_gen
        self._worker.tasks.put((self._worker.render, (self._render_gen, request)))
        self._busy_from(was_busy)
        return self._render_gen

    @Slot()
    def shutdown(self) -> None:
        """Stop the thread after the task in hand; results still queued are dropped."""
        if self._thread.is_running():
            self._worker.newest_load = self._worker.newest_render = 1 << 62
            self._worker.tasks.put(None)
            self._thread.wait()
            self._worker.stop_prefetch()

    def _busy_from(self, was_busy: bool) -> None:
        if self.busy != was_busy:
            self.busyChanged.emit(self.busy)

    @Slot(int, object)
    def _on_loaded(self, generation: int, result: LoadResult) -> None:
        if generation != self._load_gen:
            return
        was_busy = self.busy
        self._done_load = generation
        self.loaded.emit(result)
        self._busy_from(was_busy)

    @Slot(int, object, object)
    def _on_rendered(self, generation: int, request, pack) -> None:
        if generation != self._render_gen:
            return
        was_busy = self.busy
        self._done_render = generation
        self.rendered.emit(request, pack)
        self._busy_from(was_busy)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._render_gen:
            return
        was_busy = self.busy
        self._done_render = generation
        self.failed.emit(message)
        self._busy_from(was_busy)
