"""A digest of briefgen's own source files.

A development checkout changes without a new version number, so whatever is
keyed by "this code" (a pack's key in the batch manifest, a kept content load)
hashes the files themselves.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=8)
def source_digest(skip: tuple[str, ...] = (), suffixes: tuple[str, ...] = (".py",)) -> str:
    """Every file under briefgen/ with one of `suffixes`, by relative name and bytes,
    except under the top-level packages in `skip` and a wheel's shipped `_data`."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        if path.suffix not in suffixes or relative.parts[0] in (*skip, "_data"):
            continue
        if not path.is_file():
            continue
        h.update(f"{relative.as_posix()}\0".encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()
