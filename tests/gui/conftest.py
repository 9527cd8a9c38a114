"""Fixtures for the app's tests: fresh settings, no leftover threads, a window on mini."""

import threading

import pytest
from PySide6.QtCore import QSettings

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
def no_threads_left():
    """Fail a test that leaves a render, batch or print thread running."""
    before = set(threading.enumerate())
    yield
    left = [
        thread
        for thread in threading.enumerate()
        if thread not in before and thread.name.startswith("briefgen-")
    ]
    for thread in left:
        thread.join(5)
    running = [thread.name for thread in left if thread.is_alive()]
    assert not running, f"threads left running: {running}"


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
