"""The batch dialog: the choices of `briefgen batch`, a progress bar, Cancel.

The batch itself is the plain `run_batch` function, run on a background
thread (`threads.Background`) with a progress callback and a cancel Event; its
worker processes do the rendering, so the window stays responsive. Reading
the form into a `BatchSpec` is a plain function (`make_spec`), testable
without a window. The dialog fills its form from the content the window has
read already; opened without it, it reads the folder on a background thread
too (never on the GUI thread).
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefgen.batch import BatchResult, BatchSpec, Progress, run_batch
from briefgen.batch.progress import format_seconds
from briefgen.commands.batch import report
from briefgen.content.locale import country_name, language_endonym
from briefgen.content.model import Content
from briefgen.content.sections import section_title
from briefgen.errors import BriefgenError
from briefgen.gui import interface_language, threads
from briefgen.gui.session import LoadResult, load

log = logging.getLogger(__name__)

PAPERS = (("Each country's own", None), ("A4", "a4"), ("Letter", "letter"))
SAFETY = (
    ("Automatic (high-risk countries)", None),
    ("On for every pack", True),
    ("Off for every pack", False),
)


def make_spec(
    content_dir: Path,
    out: str,
    audiences: list[str],
    all_audiences: list[str],
    countries: list[str],
    all_countries: list[str],
    orgs: list[str],
    jobs: int,
    zip: bool = False,
    merge: bool = False,
    paper=None,
    language=None,
    safety=None,
    without=(),
) -> BatchSpec:
    """The form's values as the command line would take them; "all" when all are ticked."""
    if not out.strip():
        raise BriefgenError("choose an output folder")
    if not audiences:
        raise BriefgenError("tick at least one audience")
    if not countries:
        raise BriefgenError("tick at least one country")
    return BatchSpec(
        Path(content_dir),
        Path(out.strip()).expanduser(),
        "all" if set(audiences) == set(all_audiences) else list(audiences),
        "all" if set(countries) == set(all_countries) else list(countries),
        tuple(orgs),
        jobs,
        zip,
        merge,
        (),
        paper,
        language,
        safety,
        tuple(without),
    )


# A batch job's name. A batch outlives its dialog if need be (it is told to stop,
# and stops after the packs in flight), and the app waits for every one before it
# quits (the application's `threads.Jobs`), so no pack is half-written.
BATCH = "briefgen-batch"


def live_batches() -> list[threads.Background]:
    """The batches started and not yet finished, whichever dialog started them."""
    return threads.jobs().live(BATCH)


def stop_all_batches() -> None:
    """Cancel every batch and wait for it: finished packs stay, none is half-written."""
    batches = live_batches()
    for job in batches:
        job.cancel()
    for job in batches:
        job.wait()


class BatchRunner(QObject):
    """Runs one batch (`run`, on a background thread) and reports through signals;
    the object itself stays in the GUI thread, so they are queued to it."""

    progressed = Signal(object)  # Progress
    finished = Signal(object)  # BatchResult
    failed = Signal(str)

    def __init__(self, spec: BatchSpec, cancel: threading.Event):
        super().__init__()
        self.spec = spec
        self.cancel = cancel

    def run(self) -> None:
        try:
            result = run_batch(self.spec, progress=self.progressed.emit, cancel=self.cancel)
        except BriefgenError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must reach the user as a message, not a crash
            log.exception("batch failed")
            self.failed.emit(f"unexpected {type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)


def _check_list(parent, name: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    widget.setMinimumHeight(90)
    return widget


def _add_check(widget: QListWidget, text: str, value, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text, widget)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _checked(widget: QListWidget) -> list:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def _values(widget: QListWidget) -> list:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())]


class BatchDialog(QDialog):
    def __init__(
        self,
        parent,
        content_dir: Path,
        org_choices: dict,
        content: Content | None = None,
        current_org: str | None = None,
        settings=None,
        errors: int = 0,
    ):
        """`content`: the window's, already loaded (None: `content_dir` is read on a
        background thread, and the form filled in once it is); `current_org`: the
        organisation chosen in the window, ticked to start with; `settings`: where
        the output folder is remembered between runs; `errors`: how many the
        window's content has now (then nothing is made until they are fixed, and
        the folder is not read again)."""
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Batch: many packs at once"))
        self.content_dir = Path(content_dir)
        self.content: Content | None = None
        self.job: threads.Background | None = None
        self.runner: BatchRunner | None = None
        self.cancel_event: threading.Event | None = None
        self.outcome: BatchResult | None = None  # the last batch's, once finished
        self.reading: threads.Background | None = None  # the content being read
        self._close_when_done = False

        self.audiences = _check_list(self, self.tr("Audiences"))
        self.audiences.setMinimumHeight(64)
        self.countries = _check_list(self, self.tr("Countries"))
        self.countries.setMinimumHeight(160)
        self.orgs = _check_list(self, self.tr("Organisations"))
        self.out = QLineEdit(self)
        self.out.setAccessibleName(self.tr("Output folder"))
        self.out.setPlaceholderText(self.tr("Folder for the packs and the manifest"))
        self.jobs = QSpinBox(self)
        self.jobs.setRange(1, max(1, os.cpu_count() or 1))
        self.jobs.setValue(self.jobs.maximum())
        self.jobs.setAccessibleName(self.tr("Worker processes"))
        self.paper = QComboBox(self)
        for text, paper in PAPERS:
            self.paper.addItem(text, paper)
        self.safety = QComboBox(self)
        for text, safety in SAFETY:
            self.safety.addItem(text, safety)
        self.language = QComboBox(self)
        self.without = _check_list(self, self.tr("Sections to leave out"))
        self.without.setMinimumHeight(72)
        self.merge = QCheckBox(self.tr("Also one combined PDF per organisation and audience"), self)
        self.zip = QCheckBox(self.tr("Also one zip of the output folder"), self)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Choose what to make, then Start."), self)
        self.status.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Batch report"))
        self.details.setMaximumBlockCount(2000)
        # A few report lines should not push the form out of sight; longer reports scroll.
        self.details.setMaximumHeight(self.details.fontMetrics().lineSpacing() * 8 + 12)
        self.details.hide()

        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self.open_button = QPushButton(self.tr("Open output folder"), self)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_output)

        for value, name in org_choices.items():
            _add_check(self.orgs, str(name), str(value), str(value) == current_org)
        self._fit_lists()
        self._layout()
        if content is not None and not errors:
            self._use(content)
        elif errors:
            self._unusable()
        else:
            self._read()

    # -- the content -----------------------------------------------------------------
    def _read(self) -> None:
        """Read the content folder on a background thread; the form follows."""
        self.start_button.setEnabled(False)
        self.status.setText(self.tr("Reading the content…"))
        folder = self.content_dir
        self.reading = job = threads.Background("briefgen-load", lambda: load(folder))
        job.returned.connect(self._read_done)
        job.done.connect(self._reading_ended)
        job.start()

    @Slot(object)
    def _read_done(self, result: LoadResult) -> None:
        if result.usable and result.content is not None:
            self._use(result.content)
        else:
            self._unusable()

    @Slot()
    def _reading_ended(self) -> None:
        self.reading = None
        if self.content is None:
            self._unusable()  # also when reading failed with a bug (logged)

    def _use(self, content: Content) -> None:
        """Fill the form from `content` (before any batch: Start waits for it)."""
        self.content = content
        self._fill()
        self.start_button.setEnabled(True)
        self.status.setText(self.tr("Choose what to make, then Start."))

    def _unusable(self) -> None:
        self.start_button.setEnabled(False)
        self.status.setText(
            f"The content in {self.content_dir} has errors; run "
            "'briefgen check' or fix them in the main window first."
        )

    # -- building the form ----------------------------------------------------------
    def _fill(self) -> None:
        content = self.content
        if content is not None:
            default = content.campaign.language
            # The content's own words in the interface's language where the content has it.
            language = interface_language.content_language(content.campaign.languages, default)
            for audience in content.audiences.values():
                _add_check(self.audiences, audience.name.get(language, default), audience.id, True)
            no_profile = self.tr("(no profile)")
            for code in sorted(content.countries):
                mark = "" if code in content.profiles else f"  {no_profile}"
                name = country_name(content.countries[code], language, default)
                _add_check(self.countries, f"{code}  {name}{mark}", code, True)
            # None: each country's pack in its own default language (batch's default)
            self.language.addItem(self.tr("Each country's own"), None)
            if len(content.campaign.languages) > 1:
                self.language.addItem(self.tr("Every language"), "all")
            for choice in content.campaign.languages:
                self.language.addItem(language_endonym(choice), choice)
            optional = sorted({s for a in content.audiences.values() for s in a.optional_sections})
            for section in optional:
                title = QCoreApplication.translate("sections", section_title(section))
                _add_check(self.without, title, section, False)
            remembered = self.settings.folder("batch") if self.settings else None
            self.out.setText(str(remembered or Path.home() / f"{content.campaign.id}-packs"))
        self._fit_lists()

    def _fit_lists(self) -> None:
        for short_list in (self.audiences, self.orgs, self.without):
            _fit_rows(short_list, 6)

    def _layout(self) -> None:
        country_buttons = _button_row(
            self,
            (
                (self.tr("All"), self._all_countries),
                (self.tr("With a profile"), self._profiled),
                (self.tr("None"), self._no_countries),
            ),
        )
        org_buttons = _button_row(
            self,
            (
                (self.tr("Add profile file…"), self._add_org_file),
                (self.tr("Add folder of member profiles…"), self._add_org_folder),
            ),
        )
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose_out)
        out_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Audiences"), self.audiences)
        # Compound rows go in their own widget: nested layouts in a form row
        # can be squeezed until their parts overlap.
        countries = _stack(self, self.countries, country_buttons)
        form.addRow(self.tr("Countries"), countries)
        note = QLabel(
            "None ticked: the content's default profile. A folder gives one set of "
            "packs per member.",
            self,
        )
        note.setWordWrap(True)
        form.addRow(self.tr("Organisations"), _stack(self, self.orgs, org_buttons, note))
        form.addRow(self.tr("Output folder"), out_row)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Safety mode"), self.safety)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Leave out"), self.without)
        form.addRow(self.tr("Worker processes"), self.jobs)
        form.addRow("", self.merge)
        form.addRow("", self.zip)
        self.form = QWidget(self)
        self.form.setLayout(form)
        # On a small screen the form scrolls instead of squeezing its rows together.
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.form)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.resize(620, 760)

    def _set_countries(self, wanted) -> None:
        for i in range(self.countries.count()):
            item = self.countries.item(i)
            on = wanted(item.data(Qt.ItemDataRole.UserRole))
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _all_countries(self) -> None:
        self._set_countries(lambda code: True)

    def _profiled(self) -> None:
        profiles = self.content.profiles if self.content else {}
        self._set_countries(lambda code: code in profiles)

    def _no_countries(self) -> None:
        self._set_countries(lambda code: False)

    def _add_org_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Organisation profile"),
            str(self.content_dir / "orgs"),
            "Profiles (*.yaml *.yml)",
        )
        if path:
            self.add_org(path)

    def _add_org_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of member profiles"), str(self.content_dir / "orgs")
        )
        if path:
            self.add_org(path)

    def add_org(self, value: str) -> None:
        """Tick `value` (an id, a profile file or a folder of profiles), adding it if new."""
        for i in range(self.orgs.count()):
            if self.orgs.item(i).data(Qt.ItemDataRole.UserRole) == value:
                self.orgs.item(i).setCheckState(Qt.CheckState.Checked)
                return
        label = value if not Path(value).is_dir() else f"{value} (every profile in it)"
        _add_check(self.orgs, label, value, True)
        _fit_rows(self.orgs, 6)

    def _choose_out(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Output folder"), self.out.text() or str(Path.home())
        )
        if path:
            self.out.setText(path)

    # -- the batch -------------------------------------------------------------------
    def spec(self) -> BatchSpec:
        return make_spec(
            self.content_dir,
            self.out.text(),
            _checked(self.audiences),
            _values(self.audiences),
            _checked(self.countries),
            _values(self.countries),
            _checked(self.orgs),
            self.jobs.value(),
            self.zip.isChecked(),
            self.merge.isChecked(),
            self.paper.currentData(),
            self.language.currentData(),
            self.safety.currentData(),
            _checked(self.without),
        )

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self) -> None:
        if self.running:
            return
        try:
            spec = self.spec()
        except BriefgenError as exc:
            self.status.setText(str(exc))
            return
        if self.settings is not None:
            self.settings.set_folder("batch", spec.out)
        self.outcome = None
        self.details.clear()
        self.details.hide()
        self.open_button.setEnabled(False)
        self.form.setEnabled(False)
        self.start_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setRange(0, 0)  # busy until the first figures arrive
        self.status.setText(self.tr("Planning…"))
        self.cancel_event = cancel = threading.Event()
        self.runner = runner = BatchRunner(spec, cancel)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self._finished)
        runner.failed.connect(self._failed)
        # No parent: the job must not die with the dialog; it ends when the batch does.
        self.job = job = threads.Background(BATCH, runner.run, cancel=cancel.set)
        self.destroyed.connect(cancel.set)
        job.start()

    def cancel(self) -> None:
        """Stop after the packs in flight; finished packs stay, the rest are "missing"."""
        if self.cancel_event is not None and self.running:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the packs in progress…"))

    def _cancel_or_close(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.close()

    @Slot(object)
    def _progressed(self, progress: Progress) -> None:
        if self.cancel_event is not None and self.cancel_event.is_set():
            return
        self.progress.setRange(0, max(1, progress.total))
        self.progress.setValue(progress.done)
        if progress.phase == "rendering":
            rate = (
                f", {progress.rate:.1f} packs/s, {format_seconds(progress.eta)} left"
                if progress.rate
                else ""
            )
            failed = f", {progress.failed} failed" if progress.failed else ""
            self.status.setText(
                f"{progress.done} of {progress.total} packs "
                f"({progress.skipped} unchanged{failed}){rate}"
            )
        elif progress.phase in ("planning", "merging", "writing"):
            self.status.setText(
                {
                    "planning": self.tr("Planning…"),
                    "merging": self.tr("Merging…"),
                    "writing": self.tr("Writing the manifest…"),
                }[progress.phase]
            )

    @Slot(object)
    def _finished(self, result: BatchResult) -> None:
        self.outcome = result
        lines = report(result)
        self.status.setText(lines[-1])
        if len(lines) > 1:
            self.details.setPlainText("\n".join(lines[:-1]))
            self.details.show()
        self.progress.setRange(0, max(1, len(result.rows)))
        self.progress.setValue(sum(1 for r in result.rows if r.status != "missing"))
        self._stopped()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.status.setText(f"The batch could not run: {message}")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._stopped()

    def _stopped(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()  # only the return from run_batch is left: a moment
        self.runner = None
        self.form.setEnabled(True)
        self.start_button.setEnabled(self.content is not None)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        out = Path(self.out.text().strip()).expanduser()
        self.open_button.setEnabled(out.is_dir())
        if self._close_when_done:
            self.close()

    def open_output(self) -> None:
        QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(Path(self.out.text().strip()).expanduser()))
        )

    def closeEvent(self, event) -> None:
        if self.running:  # finish cleanly first: packs in flight are written whole
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Esc
        if self.running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()


def _stack(parent, *parts) -> QWidget:
    """One widget holding widgets and layouts top to bottom, without margins."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QWidget):
            column.addWidget(part)
        else:
            column.addLayout(part)
    return box


def _fit_rows(widget: QListWidget, most: int) -> None:
    """A short list as tall as its rows (up to `most`), so longer lists get the room."""
    rows = max(2, min(widget.count(), most))
    row = widget.sizeHintForRow(0) if widget.count() else widget.fontMetrics().height() + 4
    widget.setMinimumHeight(0)
    widget.setMaximumHeight(rows * row + 2 * widget.frameWidth() + 4)


def _button_row(parent, buttons) -> QHBoxLayout:
    """Buttons (text, slot) side by side, left-aligned; none is the default button."""
    row = QHBoxLayout()
    for text, slot in buttons:
        button = QPushButton(text, parent)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row
