"""Screenshots of the app as a user sees it, for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python scripts/screenshot.py OUT.png \
        [--scale 1.5] [--country KR] [--audience legislator] [--content DIR] [--language ko]

Opens the main window on a fresh settings file, waits for the preview, lets the
window settle and saves the whole screen (the window's frame included).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", default=None, help="display scaling, e.g. 1.5 for 150 %%")
    parser.add_argument("--country", default="KR")
    parser.add_argument("--audience", default="legislator")
    parser.add_argument("--content", type=Path, default=None)
    parser.add_argument("--language", default=None, help="the interface language, e.g. ko")
    args = parser.parse_args()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="briefgen-shot-")

    from PySide6.QtCore import QTimer

    from briefgen.gui import interface_language
    from briefgen.gui.app import application
    from briefgen.gui.main_window import MainWindow
    from briefgen.gui.settings import Settings

    app = application()
    if args.language:
        Settings().set_interface_language(args.language)
    interface_language.install(app, Settings().interface_language())
    window = MainWindow(args.content)
    window.show()

    def choose() -> None:
        audience = window.panel.audience
        audience.setCurrentIndex(audience.findData(args.audience))
        window.panel.set_country(args.country)
        window.renderer.rendered.connect(lambda *_: QTimer.singleShot(1500, shoot))

    def shoot() -> None:
        app.primaryScreen().grabWindow(0).save(str(args.out))
        app.quit()

    window.renderer.loaded.connect(lambda *_: QTimer.singleShot(200, choose))
    QTimer.singleShot(30000, app.quit)
    app.exec()
    return 0 if args.out.exists() else 1


if __name__ == "__main__":
    sys.exit(main())
