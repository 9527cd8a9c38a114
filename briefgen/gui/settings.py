"""What the app remembers between runs, in QSettings (organisation "briefgen")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from briefgen.gui.choices import Choices

SAFETY = {"auto": None, "on": True, "off": False}


RECENT = 8  # content folders under File > Open recent


def store() -> QSettings:
    """The app's settings file; tests point IniFormat's user path at a temporary folder."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "briefgen", "briefgen")


class Settings:
    def __init__(self, settings: QSettings | None = None):
        self._s = settings if settings is not None else store()

    def _str(self, key: str) -> str | None:
        value = self._s.value(key)
        return str(value) if value not in (None, "") else None

    def _path(self, key: str) -> Path | None:
        value = self._str(key)
        return Path(value) if value else None

    # -- the content folder chosen with File > Open content… -----------------
    def content_dir(self) -> Path | None:
        return self._path("content/folder")

    def set_content_dir(self, folder: Path | None) -> None:
        self._s.setValue("content/folder", str(folder) if folder else "")

    # -- recently opened content folders, newest first ----------------------------
    def recent_content(self) -> list[Path]:
        value = self._s.value("content/recent") or []
        folders = [value] if isinstance(value, str) else list(value)
        return [Path(f) for f in folders if f][:RECENT]

    def add_recent_content(self, folder: Path) -> None:
        folders = [str(folder), *(str(f) for f in self.recent_content() if f != folder)]
        self._s.setValue("content/recent", folders[:RECENT])

    # -- the editor problems open in: a command with {file} and {line} -----------
    def editor(self) -> str | None:
        return self._str("problems/editor")

    def set_editor(self, command: str | None) -> None:
        self._s.setValue("problems/editor", command or "")

    # -- the interface language (None: the system's); not the pack language ----
    def interface_language(self) -> str | None:
        return self._str("interface/language")

    def set_interface_language(self, language: str | None) -> None:
        self._s.setValue("interface/language", language or "")

    # -- a folder of template overrides (--templates) ----------------------------
    def templates_dir(self) -> Path | None:
        return self._path("content/templates")

    def set_templates_dir(self, folder: Path | None) -> None:
        self._s.setValue("content/templates", str(folder) if folder else "")

    # -- the last choices ------------------------------------------------------
    def choices(self) -> Choices:
        without = self._str("choices/without") or ""
        return Choices(
            audience=self._str("choices/audience"),
            country=self._str("choices/country"),
            org=self._str("choices/org"),
            paper=self._str("choices/paper"),
            safety=SAFETY.get(self._str("choices/safety") or "auto"),
            without=frozenset(s for s in without.split(",") if s),
            language=self._str("choices/language"),
        )

    def set_choices(self, choices: Choices) -> None:
        safety = {None: "auto", True: "on", False: "off"}[choices.safety]
        for key, value in (
            ("audience", choices.audience),
            ("country", choices.country),
            ("org", choices.org),
            ("paper", choices.paper),
            ("safety", safety),
            ("without", ",".join(sorted(choices.without))),
            ("language", choices.language),
        ):
            self._s.setValue(f"choices/{key}", value or "")

    # -- folders the file dialogs start in -----------------------------------
    def folder(self, purpose: str) -> Path | None:
        """The last folder used to save ("save"), open a profile ("profile") or content."""
        folder = self._path(f"folders/{purpose}")
        return folder if folder and folder.is_dir() else None

    def set_folder(self, purpose: str, folder: Path) -> None:
        self._s.setValue(f"folders/{purpose}", str(folder))

    # -- window layout --------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self._s.value("window/geometry"), self._s.value("window/state")

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)

    def sync(self) -> None:
        self._s.sync()
