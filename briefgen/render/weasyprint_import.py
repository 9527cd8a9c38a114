"""WeasyPrint, imported without its slow search for the native libraries.

WeasyPrint looks for each of its seven libraries (Pango, HarfBuzz, fontconfig…)
under up to six names through cffi, and cffi asks `ctypes.util.find_library`
about every name that does not open at once. On Linux each such question runs
`ldconfig`, then `gcc` and `ld`: about 30 ms a miss, some 0.3 s for every
process that renders (the app's first preview, each `build`, each batch
worker). While WeasyPrint is imported here, those questions are answered from
one reading of the `ldconfig` cache instead. Nothing else changes: the library
WeasyPrint finds is opened by its soname (`libpango-1.0.so.0`) either way.
Its PDF writer then compresses at zlib's default level (`pdf_compression`).
Import WeasyPrint's names from this module, never from `weasyprint` directly.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator

from briefgen.render.pdf_compression import use_default_level


def _cached_ldconfig() -> Callable[..., str | None] | None:
    """`find_library` answered from one `ldconfig -p`; None where that cannot run."""
    ldconfig = shutil.which("ldconfig") or shutil.which("ldconfig", path="/sbin:/usr/sbin")
    if ldconfig is None:
        return None
    try:
        listing = subprocess.run(
            [ldconfig, "-p"],
            capture_output=True,
            text=True,
            timeout=10,
            env={"LC_ALL": "C", "LANG": "C"},
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    sonames = [line.split()[0] for line in listing.splitlines()[1:] if line.strip()]

    def find(name: str) -> str | None:
        prefix = f"lib{name}."  # what ctypes matches: libNAME.so.N
        return next((soname for soname in sonames if soname.startswith(prefix)), None)

    return find


@contextlib.contextmanager
def _quick_library_search() -> Iterator[None]:
    find = _cached_ldconfig() if sys.platform.startswith("linux") else None
    if find is None:
        yield
        return
    original = ctypes.util.find_library
    ctypes.util.find_library = find
    try:
        yield
    finally:
        ctypes.util.find_library = original


with _quick_library_search():
    import pydyf
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher, URLFetcherResponse

# Level 9 costs every pack three times the compression time for 2 % (see the module).
use_default_level(pydyf)

__all__ = ["CSS", "HTML", "FontConfiguration", "URLFetcher", "URLFetcherResponse"]
