"""The interface language: Qt translators for the app's own strings and Qt's dialogs.

The interface language is separate from the pack language (which follows the
country or the user's choice in the side panel)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

# Each language named in itself, as a language menu shows it.
LANGUAGES = {"en": "English", "ko": "한국어", "es": "Español", "fr": "Français", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})
FOLDER = Path(__file__).with_name("i18n")
# The application's property that holds the language installed on it (`install`):
# the application owns the interface language, as it owns the translators.
PROPERTY = "briefgenInterfaceLanguage"


def current() -> str:
    """The language the interface is shown in now (English before any is installed)."""
    app = QCoreApplication.instance()
    shown = app.property(PROPERTY) if app is not None else None
    return shown if isinstance(shown, str) and shown in LANGUAGES else "en"


def content_language(offered, default: str) -> str:
    """The language to show content's own words in (audience names, country names):
    the interface's when the content has it, else the content's default."""
    shown = current()
    return shown if shown in offered else default


def resolve(setting: str | None) -> str:
    """The language to show: the setting, or for "system" (None) the system's when we have it."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(app: QApplication, setting: str | None) -> str:
    """Install the translators for `setting` on `app`; returns the language shown."""
    for old in app.findChildren(QTranslator, "briefgen-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    language = resolve(setting)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # briefgen_en holds only the English plural forms ("1 page", "2 pages"); the
    # chosen language's translators are installed after it and so come first.
    names: list[tuple[str, Path | str]] = [("briefgen_en", FOLDER)]
    if language != "en":
        names += [(f"briefgen_{language}", FOLDER), (f"qtbase_{language}", qt_folder)]
    for name, folder in names:
        translator = QTranslator(app)
        translator.setObjectName("briefgen-translator")
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
    app.setProperty(PROPERTY, language)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    return language
