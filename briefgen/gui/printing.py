"""Printing a pack at its own paper size, off the GUI thread.

Where the print system takes PDF (CUPS does, through `lp`), the pack itself is
sent: the job is vector, small and sharp, with copies, page range, duplex and
the pack's paper size set as job options. "Print to file" writes the chosen
pages of the pack itself. Only a printer that takes neither gets pages
rasterised, at the printer's resolution up to MAX_DPI.

`page_plan`, `PrintJob` and `lp_command` need no printer and no thread;
`ask_printer` is the dialog, kept apart so tests can replace it; `PrintWorker`
does the sending on a background thread, with progress and cancel.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    Signal,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from briefgen.render.writer import write_atomic

MAX_DPI = 300  # a raster finer than this only makes print jobs bigger
LP_TIMEOUT = 60  # seconds for the spooler to take a job

SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


def page_plan(
    page_count: int, pages: list[int] | None = None, copies: int = 1, collate: bool = True
) -> list[int]:
    """The 0-based pages to print, in order. `pages` are 1-based; None: all."""
    chosen = [p - 1 for p in (pages or range(1, page_count + 1)) if 1 <= p <= page_count]
    copies = max(1, copies)
    if collate:
        return chosen * copies
    return [page for page in chosen for _ in range(copies)]


def chosen_pages(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 1-based pages the user picked in the print dialog."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [current_page + 1]
    ranges = printer.pageRanges()
    if mode == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        return [p for p in range(1, page_count + 1) if ranges.contains(p)]
    return list(range(1, page_count + 1))


def page_ranges(pages: list[int]) -> str:
    """1-based pages as CUPS writes a range: [1, 2, 3, 5] -> "1-3,5"."""
    spans: list[list[int]] = []
    for page in sorted(set(pages)):
        if spans and page == spans[-1][1] + 1:
            spans[-1][1] = page
        else:
            spans.append([page, page])
    return ",".join(f"{a}-{b}" if a != b else str(a) for a, b in spans)


@dataclass(frozen=True)
class PrintJob:
    """What the user asked for in the dialog, as plain values."""

    title: str
    pages: tuple[int, ...]  # 1-based, in order
    page_count: int
    copies: int
    collate: bool
    sides: str  # one-sided, two-sided-long-edge, two-sided-short-edge
    media: str  # the pack's paper: "A4" or "Letter"
    printer: str = ""  # a CUPS queue
    output_file: str = ""  # print to file

    @property
    def sheets(self) -> int:
        return len(self.pages) * self.copies


def job_from_printer(
    printer: QPrinter, page_count: int, current_page: int, title: str, media: str
) -> PrintJob:
    return PrintJob(
        title=title,
        pages=tuple(chosen_pages(printer, page_count, current_page)),
        page_count=page_count,
        copies=max(1, printer.copyCount()),
        collate=printer.collateCopies(),
        sides=SIDES.get(printer.duplex(), "one-sided"),
        media=media,
        printer=printer.printerName()
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        else "",
        output_file=printer.outputFileName()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        else "",
    )


def lp_command(job: PrintJob, pdf: Path) -> list[str]:
    """The CUPS command that prints the pack file itself, every choice a job option."""
    command = ["lp", "-d", job.printer, "-n", str(job.copies), "-t", job.title]
    options = {
        "media": job.media,
        "sides": job.sides,
        "collate": "true" if job.collate else "false",
        "print-scaling": "none",  # the pack is already at the paper's size
    }
    if list(job.pages) != list(range(1, job.page_count + 1)):
        options["page-ranges"] = page_ranges(list(job.pages))
    for name, value in options.items():
        command += ["-o", f"{name}={value}"]
    return [*command, "--", str(pdf)]


def route(job: PrintJob) -> str:
    """How a job goes out: "file", "cups" (the PDF itself) or "raster"."""
    if job.output_file:
        return "file"
    if job.printer and shutil.which("lp"):
        return "cups"
    return "raster"


def chosen_pdf(pdf: bytes, job: PrintJob) -> bytes:
    """The pack's own pages in the order the job prints them (copies included)."""
    plan = page_plan(job.page_count, list(job.pages), job.copies, job.collate)
    with pikepdf.open(io.BytesIO(pdf)) as source, pikepdf.new() as out:
        for index in plan:
            out.pages.append(source.pages[index])
        out.docinfo["/Title"] = job.title
        buffer = io.BytesIO()
        out.save(buffer)
        return buffer.getvalue()


def pack_page_size(pdf: bytes) -> QPageSize:
    """The pack's paper, from its first page."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        box = document.pages[0].mediabox
        width, height = float(box[2]) - float(box[0]), float(box[3]) - float(box[1])
    return QPageSize(
        QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )


def ask_printer(
    parent, page_count: int, current_page: int = 0, page_size: QPageSize | None = None
) -> QPrinter | None:
    """Show the print dialog, set to the pack's paper; the configured printer, or None."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if page_size is not None:
        printer.setPageLayout(
            QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
    if page_count > 1:
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)  # a briefing is read as a booklet
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print pack") if parent is not None else "Print pack")
    dialog.setMinMax(1, max(1, page_count))
    option = QPrintDialog.PrintDialogOption
    dialog.setOptions(
        option.PrintPageRange
        | option.PrintCurrentPage
        | option.PrintCollateCopies
        | option.PrintToFile
        | option.PrintShowPageSize
    )
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def open_document(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer  # the buffer must live as long as the document


class PrintCancelled(Exception):
    pass


def raster_print(pdf: bytes, printer: QPrinter, job: PrintJob, progress, cancelled) -> int:
    """Draw each page as an image onto `printer`: for printers that take no PDF."""
    document, buffer = open_document(pdf)
    copies = 1 if printer.supportsMultipleCopies() else job.copies
    plan = page_plan(document.pageCount(), list(job.pages), copies, job.collate)
    printer.setDocName(job.title)
    printer.setFullPage(True)
    painter = QPainter()
    try:
        for number, page in enumerate(plan):
            if cancelled():
                printer.abort()
                raise PrintCancelled
            size = document.pagePointSize(page)
            layout = QPageLayout(
                QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
            printer.setPageLayout(layout)
            if number == 0:
                if not painter.begin(printer):
                    raise OSError("the printer could not be opened")
            elif not printer.newPage():
                raise OSError("the printer refused a new page")
            dpi = min(printer.resolution(), MAX_DPI)
            image = document.render(
                page, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
            )
            painter.drawImage(QRectF(printer.pageLayout().fullRectPixels(dpi)), image)
            progress(number + 1, len(plan))
    finally:
        if painter.isActive():
            painter.end()
        document.close()
        buffer.close()
    return len(plan)


class PrintWorker(QObject):
    """Sends one job: `run` on a background thread (the object stays in the GUI thread).
    Ends with `finished(sheets, where)`, `failed(message)` or `cancelled()`."""

    progress = Signal(int, int)  # done, total
    finished = Signal(int, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, pdf: bytes, job: PrintJob, printer: QPrinter | None = None):
        super().__init__()
        self.pdf, self.job, self.printer = pdf, job, printer
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            how = route(self.job)
            if how == "file":
                self.progress.emit(0, 1)
                write_atomic(Path(self.job.output_file), chosen_pdf(self.pdf, self.job))
                self.finished.emit(self.job.sheets, self.job.output_file)
            elif how == "cups":
                self.finished.emit(self._spool(), self.job.printer)
            else:
                assert self.printer is not None, "a raster job needs its printer"
                sheets = raster_print(
                    self.pdf, self.printer, self.job, self.progress.emit, self._cancel.is_set
                )
                self.finished.emit(sheets, self.printer.printerName())
        except PrintCancelled:
            self.cancelled.emit()
        except (OSError, subprocess.SubprocessError, pikepdf.PdfError) as exc:
            self.failed.emit(str(exc) or type(exc).__name__)

    def _spool(self) -> int:
        self.progress.emit(0, 1)
        with tempfile.TemporaryDirectory(prefix="briefgen-print-") as folder:
            path = Path(folder) / "pack.pdf"
            path.write_bytes(self.pdf)
            process = subprocess.Popen(
                lp_command(self.job, path),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            waited = 0.0
            try:
                while True:
                    try:
                        _, error = process.communicate(timeout=0.2)
                        break
                    except subprocess.TimeoutExpired:
                        waited += 0.2
                        if self._cancel.is_set():
                            raise PrintCancelled from None
                        if waited > LP_TIMEOUT:
                            raise OSError(
                                f"the print system did not take the job in {LP_TIMEOUT} s"
                            ) from None
            finally:
                if process.poll() is None:
                    process.kill()
                    process.wait()
        if process.returncode != 0:
            raise OSError(error.strip() or f"lp exited with {process.returncode}")
        self.progress.emit(1, 1)
        return self.job.sheets
