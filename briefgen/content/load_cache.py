"""A content folder read and checked once, not at every start of the app or `build`.

Reading and checking the shipped campaign takes about half a second, the
largest part of the app's launch and of a one-pack `build`; reading the result
back takes a few milliseconds. `cached(kind, root, compute)` returns what
`compute()` returned the last time for exactly the same inputs, and otherwise
computes it and keeps it. The inputs are everything the result can depend on:

- the bytes of every file under the content folder and under each extra folder
  (templates, assets), symlinks by where they point, so any edit is a miss
  (files over 1 MiB, fonts and images, by size and modification time);
- today's date (the checks judge staleness against it) and the limits set in
  the environment;
- briefgen's own source files and the versions of Python and the libraries.

The cache is a private folder under the user's cache directory
(`$XDG_CACHE_HOME/briefgen/loaded`, `~/.cache/...` by default), holding at most
`KEEP` results. Only briefgen writes there, and a file is read back only if it
is a regular file owned by this user that nobody else may write: the results
are pickles, which must never come from anyone else. It is never the only copy
of anything: any failure to read or write it just means computing again.
`BRIEFGEN_CACHE=off` turns it off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import os
import pickle
import stat
import sys
import threading
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from briefgen.content.limits import ENVIRONMENT
from briefgen.source_digest import source_digest

T = TypeVar("T")

SWITCH = "BRIEFGEN_CACHE"
KEEP = 16  # results kept: a few content folders × a few days
MAX_FOLDER_BYTES = 64 * 1024 * 1024  # hashing more than this would cost what it saves
MAX_FOLDER_FILES = 20_000
# Larger files (fonts, images) are known by size and modification time, as make
# knows them: hashing a folder of fonts at every start would cost what it saves.
HASHED_UP_TO = 1024 * 1024
_LIBRARIES = ("PyYAML", "Babel", "Jinja2", "weasyprint", "pydyf", "fonttools", "Pillow")


def cache_folder() -> Path | None:
    if os.environ.get(SWITCH, "").lower() in ("off", "0", "no", "false"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefgen" / "loaded"


def cached(
    kind: str,
    root: Path,
    compute: Callable[[], T],
    folders: Iterable[Path] = (),
    today: dt.date | None = None,
) -> T:
    """`compute()`, or its kept result for the same `kind`, folders and day."""
    folder = cache_folder()
    key = _key(kind, Path(root), tuple(folders), today or dt.date.today()) if folder else None
    if folder is None or key is None:
        return compute()
    path = folder / f"{key}.pickle"
    kept = _read(path)
    if kept is not None:
        return kept
    result = compute()
    _write(folder, path, result)
    return result


def _key(kind: str, root: Path, folders: tuple[Path, ...], today: dt.date) -> str | None:
    digest = hashlib.sha256()
    for part in (kind, today.isoformat(), os.environ.get(ENVIRONMENT, ""), _code_version()):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    for folder in (root, *folders):
        state = _folder_state(folder)
        if state is None:
            return None
        digest.update(state.encode() + b"\0")
    return digest.hexdigest()


def _folder_state(folder: Path) -> str | None:
    """A digest of every file's path and bytes under `folder` (symlinks by target,
    not followed); None when the folder is too large to be worth hashing."""
    digest = hashlib.sha256()
    top = Path(folder).resolve()
    digest.update(str(top).encode("utf-8", "surrogateescape") + b"\0")
    if not top.is_dir():
        return digest.hexdigest()
    total, count = 0, 0
    for directory, subfolders, files in os.walk(top):
        subfolders.sort()
        count += len(subfolders) + len(files)  # every entry: a hostile folder is bounded too
        if count > MAX_FOLDER_FILES:
            return None
        for name in sorted(files) + [s for s in subfolders if os.path.islink(Path(directory, s))]:
            path = Path(directory, name)
            relative = str(path.relative_to(top)).encode("utf-8", "surrogateescape")
            try:
                info = path.lstat()
                if stat.S_ISLNK(info.st_mode):
                    body = b"link:" + os.readlink(path).encode("utf-8", "surrogateescape")
                elif stat.S_ISREG(info.st_mode) and info.st_size > HASHED_UP_TO:
                    body = f"{info.st_size}:{info.st_mtime_ns}".encode()
                elif stat.S_ISREG(info.st_mode):
                    total += info.st_size
                    if total > MAX_FOLDER_BYTES:
                        return None
                    body = hashlib.sha256(path.read_bytes()).digest()
                else:
                    body = b"other"
            except OSError:
                return None  # unreadable now: let the loader say why
            digest.update(relative + b"\0" + body + b"\0")
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def _code_version() -> str:
    """briefgen's source files and the versions of what it reads content with."""
    digest = hashlib.sha256(sys.version.encode())
    for library in _LIBRARIES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f"{library}={metadata.version(library)}".encode())
    digest.update(source_digest(suffixes=(".py", ".yaml")).encode())
    return digest.hexdigest()


def _trusted(info: os.stat_result) -> bool:
    """Ours and writable by nobody else: only then may a pickle be loaded."""
    others = stat.S_IWGRP | stat.S_IWOTH
    return info.st_uid == os.getuid() and not info.st_mode & others


def _read(path: Path):
    try:
        folder_info = path.parent.stat()
        with path.open("rb") as stream:
            info = os.fstat(stream.fileno())
            if not (stat.S_ISREG(info.st_mode) and _trusted(info) and _trusted(folder_info)):
                return None
            result = pickle.load(stream)  # our own file, checked just above
        os.utime(path)  # recently used: kept longest by _prune
        return result
    except Exception:  # noqa: BLE001 - a missing or damaged entry is a miss, never an error
        return None


def _write(folder: Path, path: Path, result) -> None:
    # One temporary file per thread: the app's render thread and the batch dialog may both write.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(folder.stat()):
            return
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
        _prune(folder)
    except Exception:  # noqa: BLE001 - not keeping a result only costs time next start
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
