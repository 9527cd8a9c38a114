"""Reload when the content changes on disk.

A QFileSystemWatcher over the content folder, its subfolders and their
files. Changes are debounced; after the pause the watch list is rebuilt
(editors that save by writing a new file and renaming it over the old one
make the watcher drop that file) and `changed` is emitted only when a
snapshot of names, sizes and times differs: swap files and our own
temporary files never trigger a reload.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

IGNORED_ENDINGS = ("~", ".swp", ".swx", ".tmp", ".part", ".bak")

# Folders, and files with (mtime_ns, size).
Snapshot = tuple[list[str], dict[str, tuple[int, int]]]


def ignored(name: str) -> bool:
    return name.startswith((".", "#")) or name.endswith(IGNORED_ENDINGS)


def snapshot(root: Path) -> Snapshot:
    """Folders, and files with (mtime_ns, size), under `root`, hidden ones left out."""
    folders: list[str] = []
    files: dict[str, tuple[int, int]] = {}
    if not root.is_dir():
        return folders, files
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not ignored(d))
        folders.append(folder)
        for name in sorted(names):
            if ignored(name):
                continue
            path = os.path.join(folder, name)
            try:
                stat = os.stat(path)
            except OSError:
                continue
            files[path] = (stat.st_mtime_ns, stat.st_size)
    return folders, files


class ContentWatcher(QObject):
    changed = Signal()

    def __init__(self, parent=None, delay_ms: int = 300):
        super().__init__(parent)
        self._root: Path | None = None
        self._snapshot: Snapshot | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._poke)
        self._watcher.fileChanged.connect(self._poke)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._settle)

    def watch(self, root: Path | None) -> None:
        """Watch `root` (None: nothing), taking its current state as the baseline."""
        self._timer.stop()
        for paths in (self._watcher.files(), self._watcher.directories()):
            if paths:
                self._watcher.removePaths(paths)
        self._root = Path(root) if root else None
        self._snapshot = None
        if self._root is not None:
            self._snapshot = self._rewatch(self._root)

    def paths(self) -> list[str]:
        return [*self._watcher.directories(), *self._watcher.files()]

    def _poke(self, _path: str) -> None:
        self._timer.start()

    def _rewatch(self, root: Path) -> Snapshot:
        folders, files = snapshot(root)
        wanted = set(folders) | set(files)
        watched = set(self.paths())
        stale = sorted(watched - wanted)
        if stale:
            self._watcher.removePaths(stale)
        missing = sorted(wanted - watched)
        if missing:
            self._watcher.addPaths(missing)
        return folders, files

    def _settle(self) -> None:
        if self._root is None:
            return
        current = self._rewatch(self._root)
        if current != self._snapshot:
            self._snapshot = current
            self.changed.emit()
