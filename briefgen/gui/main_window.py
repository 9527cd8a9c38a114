"""The main window: choices on the left, the live preview, problems at the bottom.

The window's state is a `Session` (content, problems, organisations, choices),
which the window and the side panel observe: the panel emits the user's
choices, the window gives them to the session, and the session's changes
bring the preview up to date."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefgen.content.locale import format_date
from briefgen.content.model import Content
from briefgen.content.orgs import resolve_org
from briefgen.content.problems import ERROR, WARNING, Problem
from briefgen.content.status import stale_today, status_freshness
from briefgen.errors import BriefgenError
from briefgen.gui import dialogs, editor, interface_language, printing, threads
from briefgen.gui.choices import suggested_name
from briefgen.gui.preview import PreviewPane
from briefgen.gui.problems_panel import ProblemsPanel, summary
from briefgen.gui.render_worker import Renderer
from briefgen.gui.session import Change, LoadResult, Session
from briefgen.gui.settings import Settings
from briefgen.gui.side_panel import ChoicesPanel
from briefgen.gui.watcher import ContentWatcher
from briefgen.paths import shipped_assets, shipped_content
from briefgen.render.engine import PackRequest
from briefgen.render.writer import write_atomic

log = logging.getLogger(__name__)
PANEL_WIDTH = 290
STYLE = """
#sidePanel { border-right: 1px solid palette(mid); }
QLabel[heading="true"] { font-weight: 600; }
QLabel[note="true"] { color: palette(placeholder-text); }
"""


def app_icon() -> QIcon:
    return QIcon(str(shipped_assets() / "briefgen.svg"))


def pack_summary(pack, content_warnings: int = 0) -> str:
    """The status bar's line about the pack shown: pages, paper, mode, time, and every
    warning the Problems panel lists (the content's and the pack's)."""
    brief = pack.brief
    warnings = len(pack.warnings) + content_warnings
    parts = [
        QCoreApplication.translate("MainWindow", "%n page(s)", "", pack.pages),
        brief.paper,
        QCoreApplication.translate("MainWindow", "safety mode") if brief.safety else "",
        f"{pack.seconds:.2f} s",
        QCoreApplication.translate("MainWindow", "%n warning(s)", "", warnings)
        if warnings
        else QCoreApplication.translate("MainWindow", "no warnings"),
    ]
    return " · ".join(part for part in parts if part)


def locale_country() -> str | None:
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code.upper() if code else None


class MainWindow(QMainWindow):
    def __init__(
        self,
        content_dir: Path | None = None,
        settings: Settings | None = None,
        debounce_ms: int = 0,
        templates_dir: Path | None = None,
        prefetch: bool = True,
    ):
        """`debounce_ms`: a pause before rendering (0: choices are discrete, render at
        once; changes made in one go still give one render). `prefetch`: make the
        other audiences of the country shown ahead of time on an idle core."""
        super().__init__()
        self.settings = settings or Settings()
        if templates_dir is not None:
            self.settings.set_templates_dir(Path(templates_dir).resolve())
        # template overrides (as `--templates DIR`), kept between runs
        self.templates_dir: Path | None = self.settings.templates_dir()
        # content, problems, organisations and choices: what the widgets show
        self.session = Session(self.settings.choices(), locale_country())
        self.content_dir: Path | None = None  # the folder loaded (or being fixed) now
        self.pack = None
        self.pack_request = None
        self._last_request: PackRequest | None = None
        self._render_problems: list[Problem] = []
        # The app measures status evidence against today (check uses the as_of); a
        # callable so a test can set the day.
        self.today: Callable[[], dt.date] = dt.date.today
        self._shown_problems: set = set()
        self._waiting: list = []  # what runs once the preview is up to date (save, print)
        self._print_thread: threads.Background | None = None  # a print job being sent
        self._print_worker = None
        self._printer = None
        self._print_progress: QProgressDialog | None = None

        self.setWindowIcon(app_icon())
        self.setWindowTitle("briefgen")
        self.setStyleSheet(STYLE)
        self.renderer = Renderer(self, prefetch=prefetch)
        self.renderer.loaded.connect(self._loaded)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.failed.connect(self._render_failed)
        self.renderer.busyChanged.connect(self._busy)
        self.watcher = ContentWatcher(self)
        self.watcher.changed.connect(self.reload)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._render_now)

        self._build_actions()
        self.no_templates_action.setEnabled(self.templates_dir is not None)
        self._build_ui()
        self.session.subscribe(self._session_changed)  # after the panel, which shows it first
        self._build_menus()
        self._restore_window()
        start = content_dir or self.settings.content_dir()
        if start is None or not Path(start).is_dir():
            start = shipped_content()
        self.load_content(Path(start))

    @property
    def content(self) -> Content | None:
        """The last content without errors: what the preview is made from."""
        return self.session.content

    # -- building ------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.open_action = self._action(
            self.tr("&Open content…"),
            self.choose_content,
            key.Open,
            self.tr("Choose another campaign folder"),
        )
        self.templates_action = self._action(
            self.tr("Use a &templates folder…"),
            self.choose_templates,
            None,
            self.tr("Override the shipped templates file by file, as --templates DIR does"),
        )
        self.no_templates_action = self._action(
            self.tr("Use the shipped templates"), lambda: self.set_templates(None)
        )
        self.shipped_action = self._action(
            self.tr("Open the &shipped campaign"),
            lambda: self.load_content(shipped_content(), True),
        )
        self.folder_action = self._action(
            self.tr("Show content &folder"),
            self.show_content_folder,
            tip=self.tr("Open the content folder in the file manager"),
        )
        self.reload_action = self._action(
            self.tr("&Reload content"), self.reload, "F5", self.tr("Read the content folder again")
        )
        self.save_action = self._action(
            self.tr("&Save as PDF…"),
            self.save_pdf,
            key.Save,
            self.tr("Save the pack shown as a PDF file"),
        )
        self.print_action = self._action(
            self.tr("&Print…"), self.print_pack, key.Print, self.tr("Print the pack shown")
        )
        self.batch_action = self._action(
            self.tr("&Batch…"), self.open_batch, tip=self.tr("Make many packs at once")
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit)
        self.zoom_in_action = self._action(
            self.tr("Zoom &in"), lambda: self.preview.zoom_by(1), key.ZoomIn
        )
        self.zoom_in_action.setShortcuts([QKeySequence(key.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(
            self.tr("Zoom &out"), lambda: self.preview.zoom_by(-1), key.ZoomOut
        )
        self.fit_width_action = self._action(
            self.tr("Fit &width"), lambda: self.preview.set_zoom_text("Fit width"), "Ctrl+0"
        )
        self.fit_page_action = self._action(
            self.tr("Fit &page"), lambda: self.preview.set_zoom_text("Fit page"), "Ctrl+9"
        )
        self.about_action = self._action(self.tr("&About briefgen"), self.about)
        for action in (self.save_action, self.print_action):
            action.setEnabled(False)

    def _build_ui(self) -> None:
        self.panel = ChoicesPanel(self.session, self)
        self.panel.choicesChanged.connect(self.session.choose)
        self.panel.profileFileRequested.connect(self.choose_profile_file)
        self.save_button = self._button(self.save_action, self.tr("Save PDF…"), primary=True)
        self.print_button = self._button(self.print_action, self.tr("Print…"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(14, 0, 12, 14)
        buttons.addWidget(self.save_button, 1)
        buttons.addWidget(self.print_button, 1)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(4)
        side_layout.addWidget(self.panel, 1)
        side.setMinimumHeight(480)
        scroll = QScrollArea(self)
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Save and Print stay in sight below the choices, however small the screen:
        # on a short screen the choices scroll, the buttons do not.
        column = QWidget(self)
        column.setObjectName("sidePanel")
        column.setFixedWidth(PANEL_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(6)
        column_layout.addWidget(scroll, 1)
        column_layout.addLayout(buttons)

        self.preview = PreviewPane(self)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(column)
        row.addWidget(self.preview, 1)
        self.setCentralWidget(central)

        self.problems = ProblemsPanel(self)
        self.problems.openRequested.connect(self.open_path)
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems)
        self.problems_dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        self.resizeDocks([self.problems_dock], [170], Qt.Orientation.Vertical)

        status = self.statusBar()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(90)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.pack_info = QLabel(self)
        self.pack_info.setAccessibleName(self.tr("Pack information"))
        status.addPermanentWidget(self.busy_bar)
        status.addPermanentWidget(self.pack_info)

        QWidget.setTabOrder(self.panel.paper, self.panel.safety)
        QWidget.setTabOrder(self.panel.safety, self.panel.language)
        QWidget.setTabOrder(self.panel.language, self.save_button)
        QWidget.setTabOrder(self.save_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.preview.previous_button)

    def _button(self, action: QAction, text: str, primary: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        button.setDefault(primary)
        return button

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file = menus.addMenu(self.tr("&File"))
        file.addAction(self.open_action)
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addActions([self.shipped_action, self.folder_action, self.reload_action])
        file.addSeparator()
        file.addActions([self.templates_action, self.no_templates_action])
        file.addSeparator()
        file.addActions([self.save_action, self.print_action])
        if dialogs.batch_dialog_class() is not None:
            file.addSeparator()
            file.addAction(self.batch_action)
        file.addSeparator()
        file.addAction(self.quit_action)
        view = menus.addMenu(self.tr("&View"))
        problems = self.problems_dock.toggleViewAction()
        problems.setText(self.tr("&Problems"))
        problems.setShortcut(QKeySequence("Ctrl+Shift+M"))
        view.addAction(problems)
        view.addSeparator()
        view.addActions(
            [self.zoom_in_action, self.zoom_out_action, self.fit_width_action, self.fit_page_action]
        )
        settings = menus.addMenu(self.tr("&Settings"))
        settings.addAction(self._action(self.tr("&Editor for problems…"), self.choose_editor))
        settings.addAction(
            self._action(self.tr("&Interface language…"), self.choose_interface_language)
        )
        menus.addMenu(self.tr("&Help")).addAction(self.about_action)

    def _restore_window(self) -> None:
        geometry, state = self.settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 860)
        if state is not None:
            self.restoreState(state)
        self.fit_to_screen()
        self.problems_dock.hide()  # shown again when there are problems

    def fit_to_screen(self) -> None:
        """Keep the whole window, Save and Print included, on the screen it opens on:
        at 150 % scaling a 1280-pixel-wide window is wider than a 1366-pixel screen,
        and a geometry saved on a larger monitor may not fit this one."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w = max(0, frame.width() - self.width())
        extra_h = max(0, frame.height() - self.height())
        width = min(self.width(), room.width() - extra_w)
        height = min(self.height(), room.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), room.left()), room.right() - frame.width() + 1)
        y = min(max(frame.y(), room.top()), room.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    # -- content -------------------------------------------------------------------
    def load_content(self, root: Path, remember: bool = False) -> None:
        """Read `root` in the background; the preview follows when it is usable."""
        self.content_dir = Path(root).resolve()
        if remember:
            self.settings.set_content_dir(self.content_dir)
            self.settings.add_recent_content(self.content_dir)
        self.watcher.watch(self.content_dir)
        self.renderer.load(self.content_dir, self._template_dirs())
        self.statusBar().showMessage(f"Reading {self.content_dir}…")

    def reload(self) -> None:
        if self.content_dir is not None:
            self.watcher.watch(self.content_dir)
            self.renderer.load(self.content_dir, self._template_dirs())

    def _template_dirs(self) -> tuple[Path, ...]:
        return (self.templates_dir,) if self.templates_dir else ()

    def set_templates(self, folder: Path | None) -> None:
        """Templates that override the shipped ones, file by file (None: the shipped)."""
        self.templates_dir = Path(folder).resolve() if folder else None
        self.settings.set_templates_dir(self.templates_dir)
        self.no_templates_action.setEnabled(self.templates_dir is not None)
        self.reload()

    def choose_templates(self) -> None:
        folder = dialogs.ask_templates_folder(self, self.templates_dir or Path.home())
        if folder is not None:
            self.set_templates(folder)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        folders = [f for f in self.settings.recent_content() if f.is_dir()]
        for folder in folders:
            action = self.recent_menu.addAction(str(folder))
            action.triggered.connect(lambda _=False, f=folder: self.load_content(f, True))
        if not folders:
            self.recent_menu.addAction(self.tr("No recent folders")).setEnabled(False)

    def _loaded(self, result: LoadResult) -> None:
        self.session.loaded(result)  # the session tells the window and the panel

    def _session_changed(self, change: Change) -> None:
        if change is Change.CONTENT:
            self._content_changed()
        elif change is Change.LOAD_FAILED:
            self._load_failed()
        elif change is Change.CHOICES:
            self.settings.set_choices(self.session.choices)
            self._debounce.start()

    def _content_changed(self) -> None:
        content, result = self.session.content, self.session.last_load
        assert content is not None and result is not None, "content comes from a load"
        title = content.campaign.title.get(content.campaign.language, content.campaign.language)
        self.setWindowTitle(f"briefgen — {title}")
        self.preview.set_notice(None)
        self._last_request = None
        self._debounce.stop()
        self._render_now()
        self.statusBar().showMessage(
            f"Read {result.root}"
            + (f" ({summary(self.session.problems)})" if result.problems.warnings else ""),
            5000,
        )
        self._show_problems()

    def _load_failed(self) -> None:
        result = self.session.last_load
        assert result is not None, "told after a load"
        errors = len(result.problems.errors)
        what = (
            "cannot be read"
            if result.content is None
            else f"has {errors} error{'s' if errors != 1 else ''}"
        )
        message = f"The content in {result.root} {what}; see Problems."
        self.statusBar().showMessage(message)
        if self.preview.has_preview():
            self.preview.set_notice(
                f"The content {what} (see Problems below). The preview "
                "shows the last version that worked; it updates when "
                "the problems are fixed."
            )
        else:
            self.preview.show_message(
                f"{message}\n\nFix the files listed below; the preview "
                "appears as soon as the content is usable."
            )
        if self.content is None:
            self.setWindowTitle(f"briefgen — {result.root.name}")
        self._drop_waiting("the content has errors")
        self._show_problems()

    # -- rendering -----------------------------------------------------------------
    def _render_now(self) -> None:
        try:
            request = self.session.request()
        except BriefgenError as exc:
            self._last_request = None
            self._render_failed(str(exc))
            return
        if request is None:  # no content, audience or country yet
            return
        if request == self._last_request and not self.renderer.rendering:
            self._run_waiting()
            return
        self._last_request = request
        self.renderer.render(request)

    def _rendered(self, request, pack) -> None:
        self.pack, self.pack_request = pack, request
        brief = pack.brief
        self.preview.show_pdf(pack.pdf, f"{brief.audience_name} · {brief.country.name}")
        today = self.today()
        content, code = self.content, brief.country.code
        freshness = status_freshness(content, code, today) if content else ()
        if not self.session.errors:
            self.preview.set_notice(self._stale_notice(pack, freshness))
        stale = stale_today(content, code, today, freshness).sorted() if content else []
        self._render_problems = [
            *stale,
            *(Problem("", 0, WARNING, f"pack: {w}") for w in pack.warnings),
        ]
        self.pack_info.setText(pack_summary(pack, self.session.warnings + len(stale)))
        self.pack_info.setToolTip("\n".join(pack.warnings))
        for action in (self.save_action, self.print_action):
            action.setEnabled(True)
        self.statusBar().clearMessage()
        self._show_problems()
        self._run_waiting()

    def _stale_notice(self, pack, freshness) -> str | None:
        """A line above the preview when a printed status's evidence is old today, so
        nobody takes a stale status into a meeting without re-checking it."""
        if self.content is None:
            return None
        stale = {f.treaty_id: f for f in freshness if f.stale}
        parts = []
        for status in pack.brief.statuses:
            fresh = stale.get(status.treaty_id)
            if fresh is None:
                continue
            when = (
                # CLDR's wording, as the packs print it: never a day a source does not give
                format_date(fresh.checked, interface_language.current())
                if fresh.checked
                else self.tr("an undated source")
            )
            parts.append(f"{status.treaty} ({when})")
        if not parts:
            return None
        return self.tr(
            "Re-check before you use this pack: the evidence for its status under %1 "
            "is more than %n day(s) old today.",
            "",
            self.content.campaign.stale_after_days,
        ).replace("%1", ", ".join(parts))

    def _render_failed(self, message: str) -> None:
        self._render_problems = [Problem("", 0, ERROR, f"preview: {message}")]
        first = message.splitlines()[0] if message else "unknown error"
        self.statusBar().showMessage(f"The preview could not be made: {first}")
        if self.preview.has_preview():
            self.preview.set_notice(
                f"The preview could not be made ({first}). It shows the last pack that worked."
            )
        else:
            self.preview.show_message(f"The preview could not be made:\n{message}")
        self._show_problems()
        self._drop_waiting("the preview could not be made")

    def _busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)

    def _show_problems(self) -> None:
        problems = [*self.session.problems, *self._render_problems]
        root = self.session.root
        self.problems.set_problems(root.parent if root else None, problems)
        self.problems_dock.setWindowTitle(self.tr("Problems — %1").replace("%1", summary(problems)))
        key = set(problems)
        if not problems:
            self.problems_dock.hide()
        elif key != self._shown_problems:
            self.problems_dock.show()
        self._shown_problems = key

    # -- waiting for an up-to-date preview ---------------------------------------
    def when_current(self, callback) -> None:
        """Run `callback` now, or once the preview matches the choices."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._render_now()
        if self.renderer.rendering:
            self._waiting.append(callback)
            self.statusBar().showMessage(self.tr("Finishing the preview first…"))
        else:
            callback()

    def _run_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()

    def _drop_waiting(self, reason: str) -> None:
        if self._waiting:
            self._waiting = []
            self.statusBar().showMessage(f"Nothing was saved or printed: {reason}.")

    # -- saving, printing, batch -------------------------------------------------
    def save_pdf(self) -> None:
        self.when_current(self._save_pdf)

    def content_errors(self) -> int:
        return self.session.errors

    def _save_pdf(self) -> None:
        if self.pack is None:
            return
        if self.content_errors() and not dialogs.confirm_stale(self, "Save", self.content_errors()):
            return
        folder = self.settings.folder("save") or Path.home()
        target = dialogs.ask_save_path(
            self, folder / suggested_name(self.content, self.pack_request)
        )
        if target is None:
            return
        try:
            write_atomic(target, self.pack.pdf)
        except OSError as exc:
            dialogs.warn(
                self, self.tr("Could not save the pack"), f"{target}:\n{exc.strerror or exc}"
            )
            return
        self.settings.set_folder("save", target.parent)
        self.statusBar().showMessage(f"Saved {target}", 8000)

    def print_pack(self) -> None:
        self.when_current(self._print_pack)

    def _print_pack(self) -> None:
        if self.pack is None or self._print_thread is not None:
            return
        if self.content_errors() and not dialogs.confirm_stale(
            self, "Print", self.content_errors()
        ):
            return
        pdf, pages = self.pack.pdf, self.pack.pages
        printer = printing.ask_printer(
            self, pages, self.preview.current_page(), printing.pack_page_size(pdf)
        )
        if printer is None:
            return
        job = printing.job_from_printer(
            printer,
            pages,
            self.preview.current_page(),
            Path(suggested_name(self.content, self.pack_request)).stem,
            self.pack.brief.paper,
        )
        # Sending runs on its own thread: the window stays usable, and Cancel works.
        worker = printing.PrintWorker(pdf, job, printer)
        thread = threads.Background("briefgen-print", worker.run)
        progress = QProgressDialog(
            self.tr("Sending the pack to the printer…"), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowTitle(self.tr("Printing"))
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(worker.cancel)
        self._print_progress = progress
        # Bound methods of the window, so the slots run on the GUI thread.
        worker.progress.connect(self._print_advanced)
        worker.finished.connect(self._printed)
        worker.failed.connect(self._print_failed)
        worker.cancelled.connect(self._print_cancelled)
        thread.done.connect(self._print_done)
        self._print_thread, self._print_worker, self._printer = thread, worker, printer
        thread.start()

    def _print_advanced(self, done: int, total: int) -> None:
        if self._print_progress is not None:
            self._print_progress.setMaximum(total)
            self._print_progress.setValue(done)

    def _printed(self, sheets: int, where: str) -> None:
        self._close_print_progress()
        self.statusBar().showMessage(
            self.tr("Sent %n page(s) to %1", "", sheets).replace("%1", where), 8000
        )

    def _print_failed(self, message: str) -> None:
        self._close_print_progress()
        dialogs.warn(self, self.tr("Could not print the pack"), message)

    def _print_cancelled(self) -> None:
        self._close_print_progress()
        self.statusBar().showMessage(self.tr("Printing cancelled."), 8000)

    def _close_print_progress(self) -> None:
        progress, self._print_progress = self._print_progress, None
        if progress is not None:
            progress.reset()
            progress.deleteLater()

    def _print_done(self) -> None:
        self._print_thread = None
        self._print_worker = self._printer = None

    def is_printing(self) -> bool:
        return self._print_thread is not None

    def org_choices(self) -> dict[str, str]:
        """Organisation profiles for the batch dialog: {org id or profile file: name}."""
        return self.session.orgs

    def open_batch(self) -> None:
        dialog_class = dialogs.batch_dialog_class()
        if dialog_class is None or self.content_dir is None:
            self.statusBar().showMessage(self.tr("Batch is not available in this build."), 5000)
            return
        try:
            # The session's content, read already: the dialog never reads it again
            # (with errors, it makes nothing until they are fixed).
            self._batch = dialog_class(
                self,
                self.content_dir,
                self.org_choices(),
                content=self.content,
                errors=self.content_errors(),
                current_org=self.session.choices.org,
                settings=self.settings,
            )
            self._batch.show()
        except Exception as exc:
            log.exception("the batch dialog failed")
            self.statusBar().showMessage(f"Batch could not start: {exc}", 8000)

    # -- files and folders --------------------------------------------------------
    def choose_content(self) -> None:
        folder = dialogs.ask_content_folder(
            self, self.content_dir.parent if self.content_dir else Path.home()
        )
        if folder is not None:
            self.load_content(folder, remember=True)

    def choose_profile_file(self) -> None:
        if self.content is None:
            return
        folder = self.settings.folder("profile") or self.content.root / "orgs"
        chosen = dialogs.ask_profile_file(self, folder)
        if chosen is None:
            return
        try:
            org = resolve_org(self.content, str(chosen))
        except BriefgenError as exc:
            dialogs.warn(self, self.tr("This profile cannot be used"), str(exc))
            return
        assert org is not None, "resolve_org gives None only for no org at all"
        self.settings.set_folder("profile", chosen.parent)
        self.panel.add_org_file(chosen, org.name)

    def show_content_folder(self) -> None:
        if self.content_dir is not None:
            self.open_path(self.content_dir)

    def open_path(self, path: Path, line: int = 0) -> None:
        """Open a content file, at `line` in the user's editor where one is set."""
        if not Path(path).exists():
            self.statusBar().showMessage(f"{path} does not exist", 5000)
            return
        why = editor.open_at_line(Path(path), line, self.settings.editor()) if line else ""
        if why is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.statusBar().showMessage(f"No application could open {path}", 5000)
        elif line:
            self.statusBar().showMessage(
                f"Opened {Path(path).name}; it opens at line {line} once an editor is chosen "
                f"({why}): Settings › Editor for problems…",
                10000,
            )

    def choose_editor(self) -> None:
        command, accepted = QInputDialog.getText(
            self,
            self.tr("Editor for problems"),
            "The command that opens a file at a line, with {file} and {line}\n"
            "(for example: code --goto {file}:{line}, gedit +{line} {file}).\n"
            "Empty: $VISUAL or $EDITOR when it is a windowed editor.",
            text=self.settings.editor() or "",
        )
        if accepted:
            self.settings.set_editor(command.strip() or None)

    def choose_interface_language(self) -> None:
        """The language of the menus and buttons (not of the packs); applied on restart."""
        codes = [None, *interface_language.LANGUAGES]
        names = [self.tr("System"), *interface_language.LANGUAGES.values()]
        chosen = self.settings.interface_language()
        current = codes.index(chosen) if chosen in codes else 0
        name, accepted = QInputDialog.getItem(
            self,
            self.tr("Interface language"),
            self.tr("Language of the menus and buttons (the pack's language is chosen apart):"),
            names,
            current,
            False,
        )
        if accepted and name in names:
            self.settings.set_interface_language(codes[names.index(name)])
            self.statusBar().showMessage(
                self.tr("The interface language applies when briefgen starts again."), 10000
            )

    def report_error(self, message: str) -> None:
        """Tell the user about a failure that has no better place (never a traceback)."""
        self.statusBar().showMessage(f"Something went wrong: {message}", 15000)

    def about(self) -> None:
        dialogs.show_about(self, self.content_dir)

    # -- closing -------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        self._debounce.stop()
        self.watcher.watch(None)
        if self.content is not None:
            self.settings.set_choices(self.session.choices)
        self.settings.set_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.renderer.shutdown()
        if self._print_thread is not None:  # a job being sent is finished, not cut off
            self._print_thread.wait()
        super().closeEvent(event)
