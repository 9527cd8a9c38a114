"""Content text that could mislead or overload, found at load.

A name or title carrying an invisible direction control (U+202E and its kin)
displays as something else than it says: "‮fdp.exe" reads "exe.pdf". Such
characters are refused in every text of the content, names and titles
included, as is a campaign URL too long for a QR code.
"""

from __future__ import annotations

import dataclasses
import unicodedata

from briefgen.content.limits import current, how_to_raise
from briefgen.content.model import Content, Where
from briefgen.content.problems import Problems

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def bidi_controls(text: str) -> list[str]:
    return sorted({c for c in text if c in BIDI_CONTROLS})


def describe(char: str) -> str:
    return f"U+{ord(char):04X} ({unicodedata.name(char, 'direction control')})"


def check_text(content: Content, problems: Problems) -> None:
    seen: set[tuple] = set()
    for where, text in _strings(content, None, 0):
        found = bidi_controls(text)
        if found and where is not None:
            key = (where.file, where.line, tuple(found))
            if key in seen:
                continue
            seen.add(key)
            problems.error(
                where.file,
                where.line,
                f"the text '{text[:40].translate(_VISIBLE)}…' holds the invisible direction "
                f"control {', '.join(describe(c) for c in found)}, which can make it display "
                "as something else; remove it",
            )
    url = content.campaign.url
    limit = current().qr_chars
    if url and len(url) > limit:
        problems.error(
            content.campaign.where.file,
            content.campaign.where.line,
            f"campaign: 'url' is {len(url):,} characters; the QR code takes at most {limit} "
            + how_to_raise("qr_chars"),
        )


_VISIBLE = {ord(c): f"<U+{ord(c):04X}>" for c in BIDI_CONTROLS}


def _strings(value, where: Where | None, depth: int):
    """(where, string) for every string in the content model."""
    if depth > 40:
        return
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):
                yield where, key
            yield from _strings(item, where, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _strings(item, where, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        own = getattr(value, "where", None)
        where = own if isinstance(own, Where) else where
        for field in dataclasses.fields(value):
            if field.name not in ("where", "root", "fingerprint", "file_hashes", "template_dir"):
                yield from _strings(getattr(value, field.name), where, depth + 1)
