"""The controls on the left: audience, country, organisation, sections, paper, safety.

The panel is a view of the window's `Session`: it shows the session's content,
organisations and choices (and follows their changes), and emits the user's
new choices (`choicesChanged`) for the window to give the session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from briefgen.content.locale import country_name, language_endonym
from briefgen.content.model import Audience, Content
from briefgen.content.orgs import is_profile_file
from briefgen.content.sections import section_title
from briefgen.gui import interface_language
from briefgen.gui.choices import Choices
from briefgen.gui.country_picker import CountryPicker
from briefgen.gui.session import Change, Session

OPEN_PROFILE = "\x00open"  # the org combo's "Open profile file…" entry


def heading(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setProperty("heading", True)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


class ChoicesPanel(QWidget):
    """Emits `choicesChanged` with all the choices after any user change (`choices()`
    reads them from the widgets); shows what `session` holds."""

    choicesChanged = Signal(object)  # Choices
    profileFileRequested = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.shown_language = ""
        self._without: set[str] = set()
        self._org_index = 0

        self.audience = QComboBox(self)
        self.audience.setAccessibleName(self.tr("Audience"))
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self.audience_note = QLabel(self)
        self.audience_note.setProperty("note", True)
        self.audience_note.setWordWrap(True)

        self.countries = CountryPicker(self)
        self.countries.countryChanged.connect(self._country_changed)

        self.org = QComboBox(self)
        self.org.setAccessibleName(self.tr("Organisation profile"))
        self.org.setToolTip(self.tr("Whose name, logo and contacts the pack carries"))
        self.org.currentIndexChanged.connect(self._org_changed)

        self.sections_box = QWidget(self)
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.sections_layout.setSpacing(2)
        self.section_boxes: dict[str, QCheckBox] = {}

        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.currentIndexChanged.connect(self._emit)
        self.safety = QComboBox(self)
        self.safety.setAccessibleName(self.tr("Safety mode"))
        self.safety.setToolTip(
            "Safety mode leaves out every name, contact and logo.\n"
            "Automatic: on for countries the content marks high-risk."
        )
        self.safety.currentIndexChanged.connect(self._emit)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._emit)

        options = QFormLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.setHorizontalSpacing(10)
        options.setVerticalSpacing(6)
        options.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        options.addRow(self.tr("&Paper"), self.paper)
        options.addRow(self.tr("Sa&fety"), self.safety)
        options.addRow(self.tr("La&nguage"), self.language)
        self._options = options

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 12, 12)
        layout.setSpacing(4)
        layout.addWidget(heading(self.tr("&Audience"), self.audience))
        layout.addWidget(self.audience)
        layout.addWidget(self.audience_note)
        layout.addSpacing(10)
        layout.addWidget(heading(self.tr("&Country"), self.countries.search))
        layout.addWidget(self.countries, 1)
        layout.addSpacing(10)
        layout.addWidget(heading(self.tr("Or&ganisation"), self.org))
        layout.addWidget(self.org)
        layout.addSpacing(10)
        layout.addWidget(heading(self.tr("Optional sections")))
        layout.addWidget(self.sections_box)
        layout.addSpacing(10)
        layout.addLayout(options)
        self.setEnabled(False)
        session.subscribe(self._session_changed)

    @property
    def content(self) -> Content | None:
        return self.session.content

    # -- following the session ----------------------------------------------------
    def _session_changed(self, change: Change) -> None:
        if change is Change.CONTENT:
            self._show(self.session.choices)
        elif change is Change.ORGS:
            with _Quiet(self.org):
                self._fill_orgs(self.org.currentData())
        elif change is Change.CHOICES and self.choices() != self.session.choices:
            self._show(self.session.choices)  # chosen elsewhere than here

    # -- filling in ---------------------------------------------------------------
    def _show(self, choices: Choices) -> None:
        """Offer what the session's content holds, with `choices` (reconciled) selected."""
        content = self.content
        if content is None:
            return
        default = content.campaign.language
        # The content's own words in the interface's language where the content has it.
        language = self.shown_language = interface_language.content_language(
            content.campaign.languages, default
        )
        self._without = set(choices.without)
        with _Quiet(self.audience, self.org, self.paper, self.safety, self.language):
            self.audience.clear()
            for audience in content.audiences.values():
                self.audience.addItem(audience.name.get(language, default), audience.id)
            self.audience.setCurrentIndex(max(0, self.audience.findData(choices.audience)))

            self._fill_orgs(choices.org)

            self._options.setRowVisible(self.language, len(content.campaign.languages) > 1)
        names = (
            {c.code: country_name(c, language, default) for c in content.countries.values()}
            if language != default
            else None
        )
        self.countries.set_countries(
            content.countries.values(), content.profiles, choices.country, names
        )
        self._fill_sections()
        self._fill_country_dependent(choices.paper, choices.safety, choices.language)
        self._describe_audience()
        self.setEnabled(True)

    def _fill_orgs(self, selected: str | None) -> None:
        """The session's organisations, then "Open profile file…"; `selected` chosen."""
        self.org.clear()
        offered = self.session.orgs
        for value, name in offered.items():
            if not is_profile_file(value):
                self.org.addItem(name, value)
        if not any(not is_profile_file(value) for value in offered):
            self.org.addItem(self.tr("No organisation"), None)
        for value, name in offered.items():
            if is_profile_file(value):
                self.org.addItem(name, value)
                self.org.setItemData(self.org.count() - 1, value, Qt.ItemDataRole.ToolTipRole)
        self.org.insertSeparator(self.org.count())
        self.org.addItem(self.tr("Open profile file…"), OPEN_PROFILE)
        self.org.setCurrentIndex(max(0, self.org.findData(selected)))
        self._org_index = self.org.currentIndex()

    def _fill_sections(self) -> None:
        for box in self.section_boxes.values():
            box.deleteLater()
        self.section_boxes.clear()
        while self.sections_layout.count():
            item = self.sections_layout.takeAt(0)
            widget = item.widget() if item is not None else None  # None only past the count
            if widget is not None:
                widget.deleteLater()
        audience = self._audience()
        optional = audience.optional_sections if audience else ()
        for section in optional:
            title = QCoreApplication.translate("sections", section_title(section))
            box = QCheckBox(title, self.sections_box)
            box.setChecked(section not in self._without)
            box.toggled.connect(lambda on, s=section: self._section_toggled(s, on))
            self.sections_layout.addWidget(box)
            self.section_boxes[section] = box
        if not optional:
            note = QLabel(
                self.tr("This audience's pack has no optional sections."), self.sections_box
            )
            note.setProperty("note", True)
            note.setWordWrap(True)
            self.sections_layout.addWidget(note)
        previous: QWidget = self.org
        for box in self.section_boxes.values():  # Tab goes through them in order
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.paper)

    def _fill_country_dependent(
        self, paper: str | None, safety: bool | None, language: str | None
    ) -> None:
        """The 'country default' and 'automatic' labels name what they mean for this
        country, as the core decides it (`Session.defaults`)."""
        content = self.content
        if content is None:  # no countries to choose from before any content
            return
        defaults = self.session.defaults(self.countries.current() or "")
        with _Quiet(self.paper, self.safety, self.language):
            # None: the country's own language, as `build` picks it without --language.
            self.language.clear()
            own = defaults.language if defaults else None
            self.language.addItem(
                self.tr("Country's language (%1)").replace("%1", language_endonym(own))
                if own
                else self.tr("Country's language"),
                None,
            )
            for code in content.campaign.languages:
                self.language.addItem(language_endonym(code), code)
            self.language.setCurrentIndex(max(0, self.language.findData(language)))

            self.paper.clear()
            default = {"a4": "A4", "letter": self.tr("Letter")}.get(
                defaults.paper if defaults else "", ""
            )
            self.paper.addItem(
                self.tr("Country default (%1)").replace("%1", default)
                if default
                else self.tr("Country default"),
                None,
            )
            self.paper.addItem("A4", "a4")
            self.paper.addItem(self.tr("Letter"), "letter")
            self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
            self.safety.clear()
            self.safety.addItem(
                self.tr("Automatic (on: high-risk country)")
                if defaults and defaults.safety
                else self.tr("Automatic (off)"),
                None,
            )
            self.safety.addItem(self.tr("On"), True)
            self.safety.addItem(self.tr("Off"), False)
            self.safety.setCurrentIndex({None: 0, True: 1, False: 2}[safety])

    def _describe_audience(self) -> None:
        audience = self._audience()
        description = audience.description if audience else None
        text = (
            description.get(self.shown_language, self.content.campaign.language)
            if description and self.content is not None  # an audience comes from the content
            else ""
        )
        self.audience_note.setText(text)
        self.audience_note.setVisible(bool(text))

    # -- reading back -------------------------------------------------------------
    def _audience(self) -> Audience | None:
        if self.content is None:
            return None
        return self.content.audiences.get(self.audience.currentData())

    def _safety(self) -> bool | None:
        return self.safety.currentData()

    def choices(self) -> Choices:
        org = self.org.currentData()
        return Choices(
            audience=self.audience.currentData(),
            country=self.countries.current(),
            org=None if org == OPEN_PROFILE else org,
            paper=self.paper.currentData(),
            safety=self._safety(),
            without=frozenset(self._without),
            language=self.language.currentData(),
        )

    def set_country(self, code: str) -> None:
        """Select a country as the user would (emits `choicesChanged`)."""
        self.countries.set_current(code)
        self._country_changed(code)

    def add_org_file(self, path: Path, name: str | None = None) -> None:
        """Offer a profile file the user opened (through the session, which lists the
        organisations) and select it, as the user would (emits `choicesChanged`)."""
        self.session.offer_profile(path, name)
        self.org.setCurrentIndex(self.org.findData(str(path)))

    # -- reacting -----------------------------------------------------------------
    def _emit(self, *_args) -> None:
        self.choicesChanged.emit(self.choices())

    def _audience_changed(self, _index: int) -> None:
        self._fill_sections()
        self._describe_audience()
        self._emit()

    def _country_changed(self, _code: str) -> None:
        self._fill_country_dependent(
            self.paper.currentData(), self._safety(), self.language.currentData()
        )
        self._emit()

    def _section_toggled(self, section: str, on: bool) -> None:
        (self._without.discard if on else self._without.add)(section)
        self._emit()

    def _org_changed(self, index: int) -> None:
        if self.org.itemData(index) == OPEN_PROFILE:
            with _Quiet(self.org):
                self.org.setCurrentIndex(self._org_index)
            self.profileFileRequested.emit()
            return
        self._org_index = index
        self.org.setToolTip(self.org.currentText())
        self._emit()


class _Quiet:
    """Block the widgets' signals while the panel itself changes them."""

    def __init__(self, *widgets):
        self.widgets = widgets

    def __enter__(self):
        self.states = [w.blockSignals(True) for w in self.widgets]

    def __exit__(self, *exc):
        for widget, state in zip(self.widgets, self.states, strict=False):
            widget.blockSignals(state)
