"""The one way briefgen opens a file that came with content or templates.

Every reader (YAML, templates and their includes, stylesheets, fonts, logos,
images, attachments) goes through `read_inside`: the path is resolved through
every link, must land inside one of the allowed folders, and must be a regular
file of bounded size. A FIFO is opened without blocking, so a pipe named like a
YAML file is refused instead of hanging the program for ever.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class UnsafeFileError(Exception):
    """A file that is refused; the message is one sentence for the user."""

    def __init__(self, path: Path | str, message: str):
        super().__init__(message)
        self.path = Path(path)
        self.message = message


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    return "not a regular file"


def resolve_inside(path: Path | str, roots) -> Path:
    """`path` with every link resolved, if it is inside one of `roots`."""
    given = Path(os.path.abspath(path))
    resolved = Path(os.path.realpath(given))
    folders = [Path(os.path.realpath(root)) for root in roots if root is not None]
    if not any(resolved == root or resolved.is_relative_to(root) for root in folders):
        if resolved != given:
            raise UnsafeFileError(
                given,
                f"refused: {given.name} is a link to {resolved}, outside the content, "
                "template and asset folders",
            )
        raise UnsafeFileError(
            given, f"refused: {given} is outside the content, template and asset folders"
        )
    return resolved


def check_regular(path: Path | str, roots) -> Path:
    """The resolved path of a regular file inside `roots`, or UnsafeFileError."""
    resolved = resolve_inside(path, roots)
    try:
        mode = os.stat(resolved).st_mode
    except FileNotFoundError:
        raise UnsafeFileError(path, f"file not found: {Path(path).name}") from None
    except OSError as exc:
        raise UnsafeFileError(path, f"cannot read {Path(path).name}: {exc.strerror}") from None
    if not stat.S_ISREG(mode):
        raise UnsafeFileError(path, f"refused: {Path(path).name} is {_kind(mode)}")
    return resolved


def read_inside(path: Path | str, roots, max_bytes: int, limit_name: str = "") -> bytes:
    """The bytes of `path`, a regular file inside `roots`, at most `max_bytes` long."""
    resolved = check_regular(path, roots)
    name = Path(path).name
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(resolved, flags)
    except OSError as exc:
        raise UnsafeFileError(path, f"cannot read {name}: {exc.strerror}") from None
    try:
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):  # swapped between the check and the open
            raise UnsafeFileError(path, f"refused: {name} is {_kind(mode)}")
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(handle, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise UnsafeFileError(path, f"cannot read {name}: {exc.strerror}") from None
    finally:
        os.close(handle)
    if size > max_bytes:
        hint = f" (limit {limit_name}; raise it with briefgen --limit {limit_name}=N)"
        raise UnsafeFileError(
            path,
            f"refused: {name} is larger than {max_bytes:,} bytes{hint if limit_name else ''}",
        )
    return b"".join(chunks)
