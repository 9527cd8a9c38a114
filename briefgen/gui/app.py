"""`briefgen` with no command (or `briefgen gui`) opens this window."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication

from briefgen import __version__


def application() -> QApplication:
    """The one QApplication, named so that QSettings lands under "briefgen"."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):  # windows need a QApplication
        raise RuntimeError("briefgen needs a QApplication; a QCoreApplication already exists")
    app.setOrganizationName("briefgen")
    app.setApplicationName("briefgen")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("briefgen")
    from briefgen.gui import interface_language, threads

    interface_language.install(app, "en")  # English plurals until run() applies the setting
    threads.jobs(app)  # the background jobs the app waits for before it quits
    return app


def missing_display() -> str | None:
    """Why the app cannot open a window here, instead of Qt aborting the process."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to open the app on; the commands work without one "
        "(briefgen build, list, check: see briefgen --help)"
    )


def run(content_dir: Path | None = None, templates_dir: Path | None = None) -> int:
    """Open the main window on `content_dir` (None: the last one, else the shipped campaign),
    with `templates_dir` overriding the shipped templates (None: as last time)."""
    problem = missing_display()
    if problem:
        print(f"briefgen: error: {problem}", file=sys.stderr)
        return 1
    app = application()
    from briefgen.gui import interface_language
    from briefgen.gui.main_window import MainWindow, app_icon
    from briefgen.gui.settings import Settings

    interface_language.install(app, Settings().interface_language())
    app.setWindowIcon(app_icon())
    window = MainWindow(
        Path(content_dir) if content_dir else None,
        templates_dir=Path(templates_dir) if templates_dir else None,
    )
    previous_hook = sys.excepthook

    def report(kind, value, trace):
        # An unexpected error in a slot: the details go to the terminal, a line to the window.
        traceback.print_exception(kind, value, trace)
        window.report_error(f"{kind.__name__}: {value}")

    sys.excepthook = report
    try:
        window.show()
        return app.exec()
    finally:
        sys.excepthook = previous_hook
