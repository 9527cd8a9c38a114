"""Fixtures for the app's tests: fresh settings, no leftover threads, a window on mini."""

import pytest
from PySide6.QtCore import QSettings

from briefgen.gui import render_worker
from briefgen.gui.app import application


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path, qapp):
    """Every test starts with empty settings in its own folder, never the user's."""
    application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    yield tmp_path / "settings"


@pytest.fixture(autouse=True)
def no_threads_left(monkeypatch):
    """Fail a test that leaves a render thread running."""
    started = []

    class RecordedThread(render_worker.QThread):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(render_worker, "QThread", RecordedThread)
    yield started
    running = [t for t in started if t.isRunning()]
    for thread in running:
        thread.quit()
        thread.wait(5000)
    assert not running, "a render thread was left running"


@pytest.fixture
def open_window(qtbot):
    """Opens a MainWindow on a folder and waits for its first preview."""
    from briefgen.gui.main_window import MainWindow

    def opener(folder, wait=True, **kwargs):
        kwargs.setdefault("prefetch", False)  # one test turns it on; a process per window is slow
        window = MainWindow(folder, debounce_ms=kwargs.pop("debounce_ms", 20), **kwargs)
        qtbot.addWidget(window)
        window.show()
        if wait:
            qtbot.waitSignal(window.renderer.rendered, timeout=20000).wait()
        return window

    return opener
