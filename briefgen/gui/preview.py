"""The live preview: the real PDF in a QPdfView, with page navigation and zoom."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

FIT_WIDTH, FIT_PAGE = "Fit width", "Fit page"
BACKGROUND = "#6b7480"
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
DOCUMENTS_KEPT = 12  # parsed PDFs kept for going back to a pack (a few MB)


def next_zoom(current: float, step: int) -> float:
    """The next preset zoom above (step 1) or below (step -1) `current`."""
    if step > 0:
        return next((z for z in ZOOMS if z > current + 0.01), ZOOMS[-1])
    return next((z for z in reversed(ZOOMS) if z < current - 0.01), ZOOMS[0])


class PreviewPane(QWidget):
    """Shows PDF bytes. Keeps the page and zoom when the same pack is shown again."""

    pageChanged = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        # PDFs shown in this session, parsed once: id(bytes) -> (bytes, document, buffer)
        self._documents: OrderedDict[int, tuple[bytes, QPdfDocument, QBuffer]] = OrderedDict()

        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Preview of the pack"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(16)
        self.view.setDocumentMargins(QMargins(24, 24, 24, 24))
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        palette = self.view.palette()
        palette.setColor(
            QPalette.ColorRole.Dark, QColor(BACKGROUND)
        )  # what QPdfView paints behind pages
        self.view.setPalette(palette)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._page_changed)

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setStyleSheet(
            f"#placeholder {{ background: {BACKGROUND}; color: #eef1f4;"
            " font-size: 15px; padding: 40px; }"
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)

        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "#notice { background: #fff4ce; color: #4a3b00; padding: 6px 10px;"
            " border-bottom: 1px solid #e5d38a; }"
        )
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self.show_message(self.tr("Choose an audience and a country: the pack appears here."))

    # -- the toolbar -----------------------------------------------------------
    def _button(self, text: str, tip: str, theme, pixmap, slot) -> QToolButton:
        button = QToolButton(self)
        icon = QIcon.fromTheme(theme)
        if icon.isNull() and pixmap is not None:
            icon = self.style().standardIcon(pixmap)
        if icon.isNull():
            button.setText(text)
            button.setStyleSheet(
                "QToolButton { font-size: 16px; font-weight: 600; min-width: 24px; }"
            )
        else:
            button.setIcon(icon)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _toolbar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("previewBar")
        bar.setStyleSheet("#previewBar { border-bottom: 1px solid palette(mid); }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(4)
        pixmap = QStyle.StandardPixmap
        self.previous_button = self._button(
            "‹",
            self.tr("Previous page (Page Up)"),
            QIcon.ThemeIcon.GoPrevious,
            pixmap.SP_ArrowUp,
            lambda: self.go_to(self.current_page() - 1),
        )
        self.next_button = self._button(
            "›",
            self.tr("Next page (Page Down)"),
            QIcon.ThemeIcon.GoNext,
            pixmap.SP_ArrowDown,
            lambda: self.go_to(self.current_page() + 1),
        )
        self.page_box = QSpinBox(self)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.setMinimum(1)
        self.page_box.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.page_total = QLabel(self.tr("of %1").replace("%1", "0"), self)
        self.zoom_out_button = self._button(
            "−", "Zoom out (Ctrl+-)", QIcon.ThemeIcon.ZoomOut, None, lambda: self.zoom_by(-1)
        )
        self.zoom_in_button = self._button(
            "+", "Zoom in (Ctrl++)", QIcon.ThemeIcon.ZoomIn, None, lambda: self.zoom_by(1)
        )
        self.zoom_box = QComboBox(self)
        self.zoom_box.setAccessibleName("Zoom")
        self.zoom_box.addItems([FIT_WIDTH, FIT_PAGE, *(f"{round(z * 100)}%" for z in ZOOMS)])
        self.zoom_box.textActivated.connect(self.set_zoom_text)
        self.title = QLabel(self)
        self.title.setObjectName("previewTitle")
        self.title.setStyleSheet("#previewTitle { color: palette(placeholder-text); }")
        widget: QWidget
        for widget in (self.previous_button, self.page_box, self.page_total, self.next_button):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.title, 1)
        for widget in (self.zoom_out_button, self.zoom_box, self.zoom_in_button):
            row.addWidget(widget)
        return bar

    # -- showing a document ------------------------------------------------------
    def show_pdf(self, data: bytes, title: str = "") -> None:
        """Show a new PDF, keeping the reader's place and zoom. A PDF shown before in
        this session (the same bytes object, from the render cache) is not parsed again."""
        scroll = self.view.verticalScrollBar().value()
        had_pages = self.document.pageCount() > 0
        document = self._documents.get(id(data))
        if document is None or document[0] is not data:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            loaded = QPdfDocument(self)
            loaded.load(buffer)
            # The bytes stay referenced, so their id cannot be reused while cached.
            document = (data, loaded, buffer)
            self._documents[id(data)] = document
            while len(self._documents) > DOCUMENTS_KEPT:
                _, (_, old, old_buffer) = self._documents.popitem(last=False)
                if old is not self.document:
                    old.close()
                    old.deleteLater()
                    old_buffer.close()
                    old_buffer.deleteLater()
        self._documents.move_to_end(id(data))
        self.document = document[1]
        self.view.setDocument(self.document)
        pages = self.document.pageCount()
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(1, pages))
        self.page_box.blockSignals(False)
        self.page_total.setText(self.tr("of %1").replace("%1", str(pages)))
        self.title.setText(title)
        self.stack.setCurrentWidget(self.view)
        if had_pages:
            # QPdfView lays out the new document first; put the reader back where they were.
            QTimer.singleShot(0, lambda: self.view.verticalScrollBar().setValue(scroll))
        self._update_buttons()

    def show_message(self, text: str) -> None:
        """Replace the preview with a message (only when there is no preview to keep)."""
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    def has_preview(self) -> bool:
        return self.stack.currentWidget() is self.view and self.document.pageCount() > 0

    def set_notice(self, text: str | None) -> None:
        """A yellow bar above the preview, e.g. when it no longer matches the content."""
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))

    # -- navigation and zoom ----------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.navigator.currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.document.pageCount():
            self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def zoom_by(self, step: int) -> None:
        self.set_zoom(next_zoom(self.view.zoomFactor(), step))

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self.zoom_box.setCurrentText(f"{round(factor * 100)}%")

    def set_zoom_text(self, text: str) -> None:
        if text == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif text == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.set_zoom(float(text.rstrip("%")) / 100)
        self.zoom_box.setCurrentText(text)

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self._update_buttons()
        self.pageChanged.emit(page)

    def _update_buttons(self) -> None:
        page, pages = self.current_page(), self.document.pageCount()
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < pages - 1)
        for widget in (self.page_box, self.zoom_box, self.zoom_in_button, self.zoom_out_button):
            widget.setEnabled(pages > 0)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.MoveToNextPage):
            self.go_to(self.current_page() + 1)
        elif event.matches(QKeySequence.StandardKey.MoveToPreviousPage):
            self.go_to(self.current_page() - 1)
        else:
            super().keyPressEvent(event)
