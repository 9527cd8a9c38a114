"""The list of content problems: file:line, severity and message; double-click opens the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefgen.content.problems import Problem

SEVERITY, LOCATION, MESSAGE = 0, 1, 2
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ROLE = Qt.ItemDataRole.UserRole + 2


def location(problem: Problem) -> str:
    if not problem.file:
        return ""
    return f"{problem.file}:{problem.line}" if problem.line else problem.file


def problem_path(base: Path | None, problem: Problem) -> Path | None:
    """The file a problem names; `Problem.file` is relative to the content folder's parent."""
    if not problem.file:
        return None
    path = Path(problem.file)
    if not path.is_absolute() and base is not None:
        path = base / path
    return path


def ordered(problems) -> list[Problem]:
    """Errors first, then warnings, each in file and line order."""
    return sorted(set(problems), key=lambda p: (not p.is_error, p.file, p.line, p.message))


def summary(problems) -> str:
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    parts = (
        [QCoreApplication.translate("ProblemsPanel", "%n error(s)", "", errors)] if errors else []
    )
    if warnings:
        parts.append(QCoreApplication.translate("ProblemsPanel", "%n warning(s)", "", warnings))
    return ", ".join(parts) or QCoreApplication.translate("ProblemsPanel", "no problems")


class ProblemsPanel(QWidget):
    """Emits `openRequested(path, line)` when a problem with a file is activated."""

    openRequested = Signal(object, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.problems: list[Problem] = []
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Content problems"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Severity"), self.tr("File"), self.tr("Message")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setToolTip(self.tr("Double-click or press Enter to open the file"))
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LOCATION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(LOCATION, 260)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.setFocusProxy(self.tree)

    def set_problems(self, base: Path | None, problems) -> None:
        self.problems = ordered(problems)
        style = self.style()
        icons = {
            True: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        self.tree.clear()
        items = []
        for problem in self.problems:
            item = QTreeWidgetItem(
                [
                    {
                        "error": QCoreApplication.translate("ProblemsPanel", "error"),
                        "warning": QCoreApplication.translate("ProblemsPanel", "warning"),
                    }.get(problem.severity, problem.severity),
                    location(problem),
                    problem.message,
                ]
            )
            item.setIcon(SEVERITY, icons[problem.is_error])
            item.setToolTip(MESSAGE, problem.message)
            item.setToolTip(LOCATION, location(problem))
            path = problem_path(base, problem)
            item.setData(LOCATION, PATH_ROLE, str(path) if path else "")
            item.setData(LOCATION, LINE_ROLE, int(problem.line or 0))
            items.append(item)
        self.tree.addTopLevelItems(items)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the panel shows, row by row: (severity, file:line, message)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [
            (item.text(SEVERITY), item.text(LOCATION), item.text(MESSAGE))
            for item in items
            if item is not None  # None only past the count
        ]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        path = item.data(LOCATION, PATH_ROLE)
        if path:
            self.openRequested.emit(Path(path), int(item.data(LOCATION, LINE_ROLE) or 0))
