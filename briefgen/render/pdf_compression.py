"""PDF streams compressed at zlib's default level rather than pydyf's level 9.

pydyf (WeasyPrint's PDF writer) asks zlib for level 9 on every stream: page
content, fonts, the tag tree. On briefgen's packs level 9 takes about three
times as long as zlib's default level 6 for files about 2 % smaller (legislator
DE: 29 ms against 10 ms, 71 KB against 72 KB; the Korean pack 61 ms against
25 ms), a cost paid on every pack of every batch. `use_default_level` gives
pydyf a view of zlib whose `compressobj` ignores the level asked for; the
output stays deterministic and is the same PDF in every other respect.
`benchmarks/bench_render.py` and `bench_chromium.py` show the effect.
"""

from __future__ import annotations

import zlib
from typing import Any

LEVEL = zlib.Z_DEFAULT_COMPRESSION


class _DefaultLevelZlib:
    """zlib, except that `compressobj` always uses LEVEL."""

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)

    @staticmethod
    def compressobj(level: int = LEVEL, *args: Any, **kwargs: Any) -> Any:
        return zlib.compressobj(LEVEL, *args, **kwargs)


def use_default_level(pydyf_module: Any) -> bool:
    """Point pydyf at the default-level zlib; False (and nothing changed) where
    pydyf no longer reaches zlib through its module attribute."""
    current = getattr(pydyf_module, "zlib", None)
    if isinstance(current, _DefaultLevelZlib):
        return True
    if current is not zlib:
        return False
    pydyf_module.zlib = _DefaultLevelZlib()
    return True
