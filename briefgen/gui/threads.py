"""Work off the GUI thread: one plain Python thread per job.

Why not a QThread with a worker moved onto it: PySide calls a Python slot in a
Qt-made thread from C++, and on CI that pattern crashed the app's tests with a
segmentation fault in a thread that had no Python state yet while the GUI
thread was making Qt objects. A Python thread has its own interpreter state
from its first instruction, and touches Qt only to emit signals of objects
that live in the GUI thread, which Qt queues to it. So a worker here is a
QObject that stays in the GUI thread; only its `run` goes to the thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)

# Jobs in flight. A job may outlive the window that started it (it was told to
# stop and finishes the pack in hand); the app waits for each before it quits.
_LIVE: set[Background] = set()
_hooked = False


class Background(QObject):
    """Runs `work()` once on its own Python thread; `done` reaches the GUI thread after.

    `work` reports its own results (through its signals) and catches what it
    expects; anything it lets through is logged, never raised into the GUI."""

    done = Signal()

    def __init__(self, name: str, work: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._thread = threading.Thread(target=self._run, name=name, daemon=False)
        self.done.connect(self._forget)

    def start(self) -> None:
        global _hooked
        app = QCoreApplication.instance()
        if app is not None and not _hooked:
            app.aboutToQuit.connect(wait_all)
            _hooked = True
        _LIVE.add(self)
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, seconds: float | None = None) -> bool:
        """Wait for the work to end (at most `seconds`); True when it has."""
        if self._thread.ident is not None:
            self._thread.join(seconds)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            self._work()
        except Exception:  # a bug in the work must not take the app down
            log.exception("background job %s failed", self._thread.name)
        finally:
            self.done.emit()

    def _forget(self) -> None:
        _LIVE.discard(self)


def live() -> list[Background]:
    """Jobs started and not yet forgotten (their `done` not yet handled)."""
    return list(_LIVE)


def wait_all() -> None:
    """Wait for every job: what they write is written whole before the app quits."""
    for job in list(_LIVE):
        job.wait()
