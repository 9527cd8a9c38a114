"""Work off the GUI thread: one plain Python thread per job, for every job the
app runs (the render thread, reading content for the batch dialog, a batch, a
print job).

Why not a QThread with a worker moved onto it: PySide calls a Python slot in a
Qt-made thread from C++, and on CI that pattern crashed the app's tests with a
segmentation fault in a thread that had no Python state yet while the GUI
thread was making Qt objects. A Python thread has its own interpreter state
from its first instruction, and touches Qt only to emit signals of objects
that live in the GUI thread, which Qt queues to it. So a worker here is a
QObject that stays in the GUI thread; only its `run` goes to the thread.

The jobs in flight are kept by a `Jobs` registry that the application owns
(a child of the QApplication, found with `jobs()`): a job may outlive the
window that started it, and the app waits for each before it quits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)

REGISTRY = "briefgen-jobs"  # the object name of the application's Jobs


class Jobs(QObject):
    """The application's jobs in flight (started, not yet finished).

    A child of the QApplication, made the first time `jobs()` asks for it; when
    the application is about to quit it waits for every job but the daemons (a
    daemon only works in memory, and its owner stops it)."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.setObjectName(REGISTRY)
        self._live: set[Background] = set()
        app.aboutToQuit.connect(self.wait_all)

    def add(self, job: Background) -> None:
        self._live.add(job)

    def discard(self, job: Background) -> None:
        self._live.discard(job)

    def live(self, name: str | None = None) -> list[Background]:
        """Jobs started and not yet finished (all, or those called `name`)."""
        return [job for job in self._live if name is None or job.name == name]

    def wait_all(self) -> None:
        """Wait for every job but the daemons: what they write is written whole."""
        for job in self.live():
            if not job.daemon:
                job.wait()


def jobs(app: QCoreApplication | None = None) -> Jobs:
    """The registry of `app` (None: the running application), made on first use."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("background jobs need a running QApplication")
    for child in app.findChildren(QObject, REGISTRY):
        if isinstance(child, Jobs):
            return child
    return Jobs(app)


class Background(QObject):
    """Runs `work()` once on its own Python thread; `returned` (with what `work`
    returned) and then `done` reach the GUI thread after.

    `work` reports its own results (through `returned` or its own signals) and
    catches what it expects; anything it lets through is logged, never raised
    into the GUI. `cancel`: asks the work to stop soon (`Background.cancel`).
    `daemon`: work in memory only, which the app need not wait for at exit."""

    returned = Signal(object)
    done = Signal()

    def __init__(
        self,
        name: str,
        work: Callable[[], object],
        parent: QObject | None = None,
        *,
        cancel: Callable[[], object] | None = None,
        daemon: bool = False,
    ):
        super().__init__(parent)
        self.name = name
        self.daemon = daemon
        self._work = work
        self._cancel = cancel
        self._jobs: Jobs | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=daemon)
        self.done.connect(self._forget)

    def start(self) -> None:
        self._jobs = jobs()
        self._jobs.add(self)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop soon (nothing when it was given no way to)."""
        if self._cancel is not None:
            self._cancel()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, seconds: float | None = None) -> bool:
        """Wait for the work to end (at most `seconds`); True when it has."""
        if self._thread.ident is not None:
            self._thread.join(seconds)
        ended = not self._thread.is_alive()
        if ended:
            self._forget()  # finished: no need to wait for `done` to be handled
        return ended

    def _run(self) -> None:
        try:
            result = self._work()
        except Exception:  # a bug in the work must not take the app down
            log.exception("background job %s failed", self.name)
        else:
            self.returned.emit(result)
        finally:
            self.done.emit()

    def _forget(self) -> None:
        if self._jobs is not None:
            self._jobs.discard(self)
