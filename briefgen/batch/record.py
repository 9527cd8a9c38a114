"""The record of a batch's results: what the previous run left, and merge records.

`read(out)` reads the previous run's manifest.json once and returns both its
packs (as rows) and its merged files (as `MergeRow`s); an unreadable or
foreign manifest reads as an empty one, so the run rebuilds everything.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from briefgen.batch.manifest import FAILED, FORMAT, JSON_NAME, Row, row_from


@dataclass
class MergeRow:
    """One combined file of the batch (manifest.json's `merged`)."""

    file: str
    ok: bool
    status: str
    pages: int | None = None
    bytes: int | None = None
    sha256: str | None = None
    countries: int | None = None
    key: str | None = None
    error: str | None = None
    seconds: float | None = None

    @classmethod
    def failed(cls, file: str, error: str) -> MergeRow:
        return cls(file=file, ok=False, status=FAILED, error=error)

    @classmethod
    def from_dict(cls, data: dict) -> MergeRow | None:
        known = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in data.items() if k in known})
        except TypeError:
            return None

    def to_dict(self) -> dict[str, Any]:
        """As manifest.json writes it: the fields this record has."""
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Previous:
    """What the last run in an output folder recorded (empty if nothing usable)."""

    packs: dict[str, Row] = field(default_factory=dict)  # file -> row
    merged: dict[str, MergeRow] = field(default_factory=dict)  # file -> record


def read(out: Path) -> Previous:
    path = Path(out) / JSON_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Previous()
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return Previous()
    previous = Previous()
    for entry in [*_list(data, "retained"), *_list(data, "packs")]:
        row = row_from(entry) if isinstance(entry, dict) else None
        if row is not None:
            previous.packs[row.file] = row
    for entry in _list(data, "merged"):
        merged = MergeRow.from_dict(entry) if isinstance(entry, dict) else None
        if merged is not None:
            previous.merged[merged.file] = merged
    return previous


def _list(data: dict, name: str) -> list:
    value = data.get(name, [])
    return value if isinstance(value, list) else []
