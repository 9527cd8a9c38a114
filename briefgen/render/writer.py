"""The one place that writes output files: atomically, never half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from briefgen.errors import OutputError


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file and a rename.

    A reader sees the old file or the new one, never a part; on any failure
    the old file is left as it was, the temporary file is removed and the
    caller gets an OutputError sentence (read-only folder, a folder in the
    way, a full disk).
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder; give a file name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = _create_temporary(path)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {_reason(exc)}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {_reason(exc)}") from None
        raise


def _reason(exc: OSError) -> str:
    known = {
        errno.EACCES: "permission denied (is the folder read-only?)",
        errno.EPERM: "permission denied",
        errno.EROFS: "the folder is on a read-only disk",
        errno.ENOSPC: "the disk is full; the previous file, if any, is untouched",
        errno.EDQUOT: "the disk quota is used up; the previous file, if any, is untouched",
        errno.EISDIR: "a folder is in the way",
        errno.ENOTDIR: "a file is in the way where a folder should be",
        errno.ENAMETOOLONG: "the name is too long",
    }
    return known.get(exc.errno or 0, exc.strerror or str(exc))


def _create_temporary(path: Path) -> tuple[int, Path]:
    """A new file beside `path`. Not tempfile.mkstemp: that makes it private
    (0600), and a pack is a document to share, so the mode is left to the
    umask like any new file's (0644 usually)."""
    while True:
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temporary
        except FileExistsError:
            continue
