"""Printing a pack at its own paper size: each PDF page drawn onto a printer page.

`page_plan` decides which pages go out in which order (range, copies,
collation) and needs no printer; `print_pdf` does the drawing; `ask_printer`
is the dialog, kept apart so tests can replace it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

MAX_DPI = 300  # a raster finer than this only makes print jobs bigger


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


def ask_printer(parent, page_count: int, current_page: int = 0) -> QPrinter | None:
    """Show the print dialog; the configured printer, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print pack")
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


def print_pdf(pdf: bytes, printer: QPrinter, current_page: int = 0, title: str = "") -> int:
    """Print `pdf` with the printer's range and copies; returns the number of sheets sent."""
    document, buffer = open_document(pdf)
    count = document.pageCount()
    pages = chosen_pages(printer, count, current_page)
    copies = printer.copyCount()
    if printer.supportsMultipleCopies():
        copies = 1  # the print system makes the copies itself
    plan = page_plan(count, pages, copies, printer.collateCopies())
    if not plan:
        return 0
    if title:
        printer.setDocName(title)
    printer.setFullPage(True)
    painter = QPainter()
    for number, page in enumerate(plan):
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
            painter.end()
            raise OSError("the printer refused a new page")
        dpi = min(printer.resolution(), MAX_DPI)
        image = document.render(
            page, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
        )
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        painter.drawImage(target, image)
    painter.end()
    document.close()
    buffer.close()
    return len(plan)
