"""The searchable country list: a model, a filter and the widget that shows them.

The search rules are the core's (`briefgen.content.country_search`), shared
with the command line: "kor" finds the Republic of Korea first, "KR" too,
"cote" finds Côte d'Ivoire, "south korea" its common name.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefgen.content.country_search import fold, match_rank, sort_key
from briefgen.content.model import Country

NAME, CODE = 0, 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def label(country: Country, shown: str | None = None) -> str:
    """The list's name for `country`: its name in the interface's language when that
    differs from the content's (`shown`), else the content's name and common name."""
    if shown and shown != country.name:
        return shown
    if country.common_name and country.common_name != country.name:
        return f"{country.name} ({country.common_name})"
    return country.name


# The root index, made once: Qt passes it as the default parent.
_ROOT = QModelIndex()


class CountryModel(QAbstractTableModel):
    """Every selectable country, in two columns: name and ISO code."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._countries: list[Country] = []
        self._profiled: set[str] = set()
        self._names: dict[str, str] = {}

    def set_countries(self, countries, profiled=(), names: dict[str, str] | None = None) -> None:
        """`names`: code -> the name to show (the reader's language); the content's otherwise."""
        self.beginResetModel()
        self._names = dict(names or {})
        self._countries = sorted(countries, key=lambda c: fold(self.shown_name(c)))
        self._profiled = set(profiled)
        self.endResetModel()

    def country(self, row: int) -> Country:
        return self._countries[row]

    def shown_name(self, country: Country) -> str:
        return self._names.get(country.code, country.name)

    def row_of(self, code: str) -> int:
        for row, country in enumerate(self._countries):
            if country.code == code:
                return row
        return -1

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._countries)

    def columnCount(self, parent=_ROOT) -> int:
        return 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        country = self._countries[index.row()]
        shown = self.shown_name(country)
        if role == Qt.ItemDataRole.DisplayRole:
            return label(country, shown) if index.column() == NAME else country.code
        if role == CODE_ROLE:
            return country.code
        if role == Qt.ItemDataRole.ToolTipRole:
            note = (
                ""
                if country.code in self._profiled
                else "\nNo profile yet: the pack marks its status as not recorded."
            )
            names = label(country) if shown == country.name else f"{shown} · {label(country)}"
            return f"{names} · {country.code} · {country.region}{note}"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == CODE:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == CODE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CountryFilter(QSortFilterProxyModel):
    """Keeps the countries a query matches, best matches first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._query = ""
        self.sort(NAME)

    def set_query(self, query: str) -> None:
        self._query = query
        self.invalidate()  # filter and sort again: the ranks changed

    def query(self) -> str:
        return self._query

    def _countries(self) -> CountryModel:
        model = self.sourceModel()
        assert isinstance(model, CountryModel), "a CountryFilter filters a CountryModel"
        return model

    def _rank(self, row: int) -> int | None:
        model = self._countries()
        country = model.country(row)
        return match_rank(country, self._query, (model.shown_name(country),))

    def filterAcceptsRow(self, row, parent) -> bool:
        return self._rank(row) is not None

    def lessThan(self, left, right) -> bool:
        model = self._countries()
        first, second = model.country(left.row()), model.country(right.row())
        a = sort_key(first, self._query, model.shown_name(first))
        b = sort_key(second, self._query, model.shown_name(second))
        if a != b:
            return a < b
        return left.row() < right.row()  # the source is sorted by name

    def codes(self) -> list[str]:
        return [self.index(row, NAME).data(CODE_ROLE) for row in range(self.rowCount())]


class CountryPicker(QWidget):
    """A search field over the country list. Emits `countryChanged(code)`."""

    countryChanged = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = CountryModel(self)
        self.filter = CountryFilter(self)
        self.filter.setSourceModel(self.model)
        self._code: str | None = None
        self._quiet = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name or code"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search countries"))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._pick_first)
        self.search.installEventFilter(self)

        self.list = QTreeView(self)
        self.list.setModel(self.filter)
        self.list.setAccessibleName("Countries")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderHidden(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.search)

    def set_countries(self, countries, profiled=(), current: str | None = None, names=None) -> None:
        self.model.set_countries(countries, profiled, names)
        self._code = None
        self.set_current(current)

    def current(self) -> str | None:
        return self._code

    def set_current(self, code: str | None) -> None:
        """Select `code` without emitting `countryChanged`."""
        self._code = code if code and self.model.row_of(code) >= 0 else None
        self._show_current()

    def _show_current(self) -> None:
        self._quiet = True  # showing the choice is not making one
        try:
            index = QModelIndex()
            if self._code:
                index = self.filter.mapFromSource(
                    self.model.index(self.model.row_of(self._code), NAME)
                )
            if index.isValid():
                self.list.setCurrentIndex(index)
                self.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            else:
                self.list.clearSelection()
                self.list.setCurrentIndex(QModelIndex())
        finally:
            self._quiet = False

    def _filter(self, text: str) -> None:
        self._quiet = True  # rows come and go: the view moving its cursor is not a choice
        try:
            self.filter.set_query(text)
        finally:
            self._quiet = False
        self._show_current()
        if not self.list.currentIndex().isValid():
            self.list.scrollToTop()

    def _pick_first(self) -> None:
        if self.filter.rowCount():
            self.list.setCurrentIndex(self.filter.index(0, NAME))

    def _current_changed(self, current, _previous) -> None:
        code = current.data(CODE_ROLE) if current.isValid() else None
        if code and code != self._code and not self._quiet:
            self._code = code
            self.countryChanged.emit(code)

    def eventFilter(self, watched, event) -> bool:
        # Up and Down in the search field move through the list, as in a combo box.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                rows = self.filter.rowCount()
                if rows:
                    row = self.list.currentIndex().row()
                    step = {
                        Qt.Key.Key_Down: 1,
                        Qt.Key.Key_Up: -1,
                        Qt.Key.Key_PageDown: 10,
                        Qt.Key.Key_PageUp: -10,
                    }[key]
                    row = 0 if row < 0 else max(0, min(rows - 1, row + step))
                    self.list.setCurrentIndex(self.filter.index(row, NAME))
                return True
        return super().eventFilter(watched, event)
