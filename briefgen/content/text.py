"""Text values: translations, per-audience variants, citations and bold.

Content text may carry `[@source-id]` citations and `**bold**`; nothing else
is markup. `parse_inline` splits a string into parts the templates render
with escaping, so content can never inject HTML.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

DEFAULT = "default"

_CITATION = re.compile(r"\[\s*(@[^\]]*)\]")
_CITATION_ID = re.compile(r"@([A-Za-z0-9][\w.:-]*)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")

PLACEHOLDERS = re.compile(
    r"\[\s*your\b[^\]]*\]?"  # [Your organisation], [YourOrganizationName-
    r"|\byour\s*organi[sz]ation\s*name\b"
    r"|\bTODO\b|\bFIXME\b|\bTBD\b|\bXXX\b"
    r"|\blorem\b"
    r"|replace\s+with\s+your"
    r"|\[\s*(?:year|date|name|insert[^\]]*)\s*\]"
    r"|\]\(\s*#?\s*\)"  # [text](#) or [text]()
    r"|\(\s*https?(?::/{0,2})?[^)\s]*$",  # an unfinished "(https" link
    re.IGNORECASE,
)


def find_placeholder(value: str) -> str | None:
    match = PLACEHOLDERS.search(value)
    return match.group(0) if match else None


@dataclass(frozen=True)
class Text:
    """A string with optional translations: {language: string}."""

    values: dict

    def get(self, language: str, fallback: str) -> str:
        return (
            self.values.get(language)
            or self.values.get(fallback)
            or next(iter(self.values.values()))
        )

    def strings(self):
        return self.values.values()


@dataclass(frozen=True)
class AudienceText:
    """Text that may differ per audience: {audience id or 'default': Text}."""

    variants: dict

    def for_audience(self, audience: str) -> Text | None:
        return self.variants.get(audience) or self.variants.get(DEFAULT)

    def get(self, audience: str, language: str, fallback: str) -> str | None:
        text = self.for_audience(audience)
        return text.get(language, fallback) if text else None

    def texts(self):
        return self.variants.values()

    def strings(self):
        for text in self.variants.values():
            yield from text.strings()


def citation_ids(value: str) -> list[str]:
    """Source ids cited inline, in order of appearance."""
    ids: list[str] = []
    for group in _CITATION.finditer(value):
        ids.extend(_CITATION_ID.findall(group.group(1)))
    return ids


def malformed_citations(value: str) -> list[str]:
    bad = []
    for group in _CITATION.finditer(value):
        for part in group.group(1).split(";"):
            if not _CITATION_ID.fullmatch(part.strip()):
                bad.append(part.strip())
    return bad


def plain(value: str) -> str:
    """The text a reader sees: citations and markup removed."""
    return _BOLD.sub(r"\1", _CITATION.sub("", value)).replace("  ", " ").strip()


# Parts of an inline paragraph: ("text", str) | ("strong", str) | ("cite", id).
# Cached: every pack of a batch parses the same texts again.
@functools.lru_cache(maxsize=4096)
def parse_inline(value: str) -> tuple[tuple[str, str], ...]:
    return tuple(_parse_inline(value))


def _parse_inline(value: str) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    position = 0
    for group in _CITATION.finditer(value):
        _append_text(parts, value[position : group.start()].rstrip())
        for source_id in _CITATION_ID.findall(group.group(1)):
            parts.append(("cite", source_id))
        position = group.end()
    _append_text(parts, value[position:])
    return parts


def _append_text(parts: list, chunk: str) -> None:
    position = 0
    for match in _BOLD.finditer(chunk):
        if match.start() > position:
            parts.append(("text", chunk[position : match.start()]))
        parts.append(("strong", match.group(1)))
        position = match.end()
    if position < len(chunk):
        parts.append(("text", chunk[position:]))
