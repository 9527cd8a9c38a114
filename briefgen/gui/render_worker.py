"""Loading and rendering off the GUI thread, newest request wins.

One `RenderWorker` lives in one `QThread` and owns the only `Engine`, built
once per successful content load. The `Renderer` facade in the GUI thread
numbers every request (a generation); the worker skips requests that a newer
one superseded while they waited in its queue, and the facade drops any
result that is not for the newest request. Every failure comes back as a
message, never as an exception in the GUI.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from briefgen.commands.check import check_templates
from briefgen.content.loader import load_content
from briefgen.content.model import Content
from briefgen.content.problems import Problems
from briefgen.errors import BriefgenError
from briefgen.render.engine import Engine, PackRequest

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadResult:
    root: Path
    content: Content | None
    problems: Problems

    @property
    def usable(self) -> bool:
        """Packs are only made from content without errors, as on the command line."""
        return self.content is not None and not self.problems.errors


def load(root: Path, template_dirs=()) -> LoadResult:
    """Read and check a content folder, templates included, as `briefgen check` does."""
    root = Path(root).resolve()
    content, problems = load_content(root)
    if content is not None:
        check_templates(content, template_dirs, problems)
    return LoadResult(root, content, problems)


def describe(exc: Exception) -> str:
    if isinstance(exc, BriefgenError):
        return str(exc)
    return f"unexpected {type(exc).__name__}: {exc}"


class RenderWorker(QObject):
    """Lives in the render thread. Slots are called through queued signals only."""

    loaded = Signal(int, object)  # generation, LoadResult
    rendered = Signal(int, object, object)  # generation, PackRequest, Pack
    failed = Signal(int, str)  # generation, message

    def __init__(self):
        super().__init__()
        self.engine: Engine | None = None
        # Written by the GUI thread before it queues a request: plain ints, atomic under the GIL.
        self.newest_load = 0
        self.newest_render = 0

    @Slot(int, object, object)
    def load(self, generation: int, root: Path, template_dirs: tuple) -> None:
        if generation < self.newest_load:
            return
        try:
            result = load(root, template_dirs)
            if result.usable:
                self.engine = Engine(result.content, template_dirs)
        except Exception as exc:  # a bug in the core must not take the app down
            log.exception("loading %s failed", root)
            problems = Problems(Path(root).resolve())
            problems.error(root, 0, f"could not load the content: {describe(exc)}")
            result = LoadResult(Path(root).resolve(), None, problems)
        self.loaded.emit(generation, result)

    @Slot(int, object)
    def render(self, generation: int, request: PackRequest) -> None:
        if generation < self.newest_render:
            return
        if self.engine is None:
            self.failed.emit(generation, "no usable content loaded")
            return
        try:
            pack = self.engine.render(request)
        except Exception as exc:
            if not isinstance(exc, BriefgenError):
                log.exception("rendering %s failed", request)
            self.failed.emit(generation, describe(exc))
        else:
            self.rendered.emit(generation, request, pack)


class Renderer(QObject):
    """The GUI side: starts the thread, numbers requests, passes on only the newest results."""

    loaded = Signal(object)  # LoadResult
    rendered = Signal(object, object)  # PackRequest, Pack
    failed = Signal(str)
    busyChanged = Signal(bool)

    _load = Signal(int, object, object)  # generation, content folder, template folders
    _render = Signal(int, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._load_gen = self._render_gen = 0
        self._done_load = self._done_render = 0
        self._thread = QThread()
        self._thread.setObjectName("briefgen-render")
        self._worker = RenderWorker()
        self._worker.moveToThread(self._thread)
        self._load.connect(self._worker.load)
        self._render.connect(self._worker.render)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.rendered.connect(self._on_rendered)
        self._worker.failed.connect(self._on_failed)
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
        self._load.emit(self._load_gen, Path(root), tuple(Path(d) for d in template_dirs))
        self._busy_from(was_busy)
        return self._load_gen

    def render(self, request: PackRequest) -> int:
        was_busy = self.busy
        self._render_gen += 1
        self._worker.newest_render = self._render_gen
        self._render.emit(self._render_gen, request)
        self._busy_from(was_busy)
        return self._render_gen

    @Slot()
    def shutdown(self) -> None:
        """Stop the thread after the task in hand; results still queued are dropped."""
        if self._thread.isRunning():
            self._worker.newest_load = self._worker.newest_render = 1 << 62
            self._thread.quit()
            self._thread.wait()

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
