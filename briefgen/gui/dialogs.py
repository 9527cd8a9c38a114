"""The app's dialogs as plain functions that return plain values (None: cancelled)."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefgen import __version__
from briefgen.gui.choices import pdf_target

log = logging.getLogger(__name__)


def ask_save_path(parent, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, "Save pack as PDF", str(suggested), "PDF documents (*.pdf)"
    )
    return pdf_target(chosen)


def ask_content_folder(parent, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, "Open content folder", str(start))
    return Path(chosen) if chosen else None


def ask_profile_file(parent, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, "Open organisation profile", str(start), "Organisation profiles (*.yaml *.yml)"
    )
    return Path(chosen) if chosen else None


def confirm_stale(parent, action: str, errors: int) -> bool:
    """While the content has errors the pack shown predates them: ask before using it."""
    answer = QMessageBox.question(
        parent,
        f"{action} an older pack?",
        f"The content has {errors} error{'s' if errors != 1 else ''} (see Problems), so the "
        f"pack shown was made from the last version that worked, before your latest "
        f"changes.\n\n{action} that older pack anyway?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_templates_folder(parent, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, "Use a templates folder", str(start))
    return Path(chosen) if chosen else None


def warn(parent, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_about(parent, content_dir: Path | None) -> None:
    QMessageBox.about(
        parent,
        "About briefgen",
        f"<h3>briefgen {__version__}</h3>"
        "<p>Sourced campaign content in, print-ready briefing packs out.</p>"
        f"<p>Content: {content_dir or 'none'}</p>",
    )


def batch_dialog_class():
    """The batch engineer's BatchDialog, or None when that module is missing or broken."""
    try:
        module = importlib.import_module("briefgen.gui.batch_dialog")
    except ModuleNotFoundError as exc:
        if exc.name != "briefgen.gui.batch_dialog":
            log.warning("batch is unavailable: %s", exc)
        return None
    except Exception:  # a half-written module must not stop the app
        log.exception("batch is unavailable")
        return None
    return getattr(module, "BatchDialog", None)
