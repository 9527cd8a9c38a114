"""How fast the app's preview answers, as a user clicks through it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_preview.py \
        [--content DIR] [--countries KR,US,BR,DE,FR,NG] [--settle 3]

Opens the real main window (offscreen, fresh settings) and prints:
- launch: from creating the window to the first preview on screen;
- new pack: from choosing another country to its preview on screen, per country;
- other audience of the same country, after `--settle` seconds (the time a user
  reads the page): this is what rendering ahead of time is for;
- seen before: going back to a pack already shown in this session.

"On screen" is the moment the preview pane has loaded the PDF (its document
reports the pages), measured with a monotonic clock in the GUI thread.
"""

from __future__ import annotations

import argparse
import multiprocessing.util
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=None)
    parser.add_argument("--countries", default="KR,US,BR,DE,FR,NG")
    parser.add_argument("--settle", type=float, default=3.0, help="seconds between clicks")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="briefgen-bench-")

    from PySide6.QtCore import QEventLoop, QTimer

    from briefgen.gui.app import application
    from briefgen.gui.main_window import MainWindow

    app = application()

    def wait_for_preview(action, timeout: float = 30.0) -> float:
        """Run `action`, then wait until the preview shows a pack for the new choices."""
        loop = QEventLoop()
        done: dict[str, float] = {}

        def shown(*_):
            done["at"] = time.perf_counter()
            loop.quit()

        window.renderer.rendered.connect(shown)
        started = time.perf_counter()
        action()
        QTimer.singleShot(int(timeout * 1000), loop.quit)
        if "at" not in done:
            loop.exec()
        window.renderer.rendered.disconnect(shown)
        app.processEvents()  # the preview pane loads the PDF in the same slot chain
        if "at" not in done:
            raise SystemExit("no preview within the timeout")
        return time.perf_counter() - started

    def pause(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    started = time.perf_counter()
    window: MainWindow
    loop = QEventLoop()
    window = MainWindow(args.content)
    window.renderer.rendered.connect(lambda *_: loop.quit())
    window.show()
    loop.exec()
    app.processEvents()
    launch = time.perf_counter() - started
    print(f"launch to first preview: {launch * 1000:.0f} ms")

    audience_box = window.panel.audience
    audiences = [audience_box.itemData(i) for i in range(audience_box.count())]
    countries = [c.strip() for c in args.countries.split(",") if c.strip()]
    new_country, other_audience, seen = [], [], []
    for code in countries:
        pause(args.settle)
        new_country.append(wait_for_preview(lambda c=code: window.panel.set_country(c)))
        for audience in audiences[1:]:
            pause(args.settle)
            index = audience_box.findData(audience)
            other_audience.append(wait_for_preview(lambda i=index: audience_box.setCurrentIndex(i)))
        audience_box.setCurrentIndex(audience_box.findData(audiences[0]))
        pause(0.5)
    for code in countries[:3]:  # back to packs already shown
        seen.append(wait_for_preview(lambda c=code: window.panel.set_country(c)))

    def line(name: str, values: list[float]) -> str:
        ms = sorted(v * 1000 for v in values)
        return (
            f"{name}: median {statistics.median(ms):.0f} ms, min {ms[0]:.0f}, max {ms[-1]:.0f}"
            f" ({len(ms)} clicks)"
        )

    print(line("another country", new_country))
    print(line(f"another audience, {args.settle:.0f} s after the last click", other_audience))
    print(line("a pack seen before", seen))
    window.close()
    # What a normal exit runs and os._exit skips: the prefetch pool's queues give
    # back their semaphores, so the resource tracker has nothing to warn about.
    multiprocessing.util._exit_function()
    sys.stdout.flush()
    # This script's nested event loops leave PySide6 a teardown order it has crashed
    # on at interpreter exit (the app itself exits cleanly); the figures are out.
    os._exit(0)


if __name__ == "__main__":
    main()
