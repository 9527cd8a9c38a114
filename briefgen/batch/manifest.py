"""The manifest: every pack of a batch, as OUT/manifest.csv and OUT/manifest.json.

One row per pack. `status` says what this run did:

- built: rendered and written now;
- skipped: its inputs did not change since the file on disk was made;
- failed: rendering failed (`error` says why); an older file may remain;
- missing: not made because the batch was interrupted.

For built and skipped rows, pages, bytes, sha256, key, items and parts
describe the file on disk. A failed or missing row keeps the last good
build's record under `last_good` (JSON only), so the next run still knows
what members were last sent and can say what changed since.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field, fields
from pathlib import Path

from briefgen.render.writer import write_atomic

BUILT, SKIPPED, FAILED, MISSING = "built", "skipped", "failed", "missing"
GOOD = (BUILT, SKIPPED)
CSV_NAME, JSON_NAME = "manifest.csv", "manifest.json"
CSV_FIELDS = (
    "org",
    "audience",
    "country",
    "file",
    "status",
    "pages",
    "bytes",
    "sha256",
    "content_version",
    "key",
    "error",
    "changes",
    "language",
)
BASELINE_FIELDS = ("key", "sha256", "pages", "bytes", "content_version", "items", "parts")
FORMAT = 1


@dataclass
class Row:
    org: str
    audience: str
    country: str
    file: str
    status: str = MISSING
    pages: int | None = None
    bytes: int | None = None
    sha256: str = ""
    content_version: str = ""  # the content fingerprint the file was made from
    key: str = ""
    error: str = ""
    changes: list[str] = field(default_factory=list)
    org_name: str = ""
    country_name: str = ""
    seconds: float | None = None
    warnings: list[str] = field(default_factory=list)
    items: dict = field(default_factory=dict)  # kind -> {id: item hash}, in pack order
    parts: dict = field(default_factory=dict)  # input part -> hash
    last_good: dict | None = None
    language: str = ""  # the pack's (older manifests have none: the campaign's default)

    def baseline(self) -> dict | None:
        """The record of the last good file for this pack, if any."""
        if self.status in GOOD and self.sha256:
            return {name: getattr(self, name) for name in BASELINE_FIELDS}
        return self.last_good

    def csv_values(self) -> dict:
        values = {name: getattr(self, name) for name in CSV_FIELDS}
        values["changes"] = "; ".join(self.changes)
        return {k: "" if v is None else str(v) for k, v in values.items()}


def row_from(data: dict) -> Row | None:
    try:
        known = {k: v for k, v in data.items() if k in Row.__dataclass_fields__}
        return Row(**known)
    except TypeError:
        return None


def retained(previous: dict[str, Row], current_files: set[str], out: Path) -> list[dict]:
    """Earlier packs outside this run's matrix whose files are still there.

    Kept so a run over a few countries does not make the next full run
    forget, and rebuild, everything else.
    """
    return [
        row_dict(row)
        for name, row in sorted(previous.items())
        if name not in current_files and row.baseline() and (Path(out) / name).is_file()
    ]


def summary(rows) -> dict:
    counts = {BUILT: 0, SKIPPED: 0, FAILED: 0, MISSING: 0}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    counts["total"] = len(rows)
    return counts


def csv_text(rows) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row.csv_values())
    return buffer.getvalue()


def json_text(document: dict) -> str:
    """The manifest as JSON: one line per pack and per merged file, so that a
    rerun's manifest diffs line by line, written by the C encoder (an indented
    dump of a large batch goes through json's Python code: a third of a second
    for 600 packs)."""

    def lines(values) -> str:
        inner = ",\n  ".join(json.dumps(v, ensure_ascii=False) for v in values)
        return f"[\n  {inner}\n ]" if values else "[]"

    fields = [
        f" {json.dumps(name)}: "
        + (lines(value) if isinstance(value, list) else json.dumps(value, ensure_ascii=False))
        for name, value in document.items()
    ]
    return "{\n" + ",\n".join(fields) + "\n}\n"


_ROW_FIELDS = tuple(f.name for f in fields(Row))


def row_dict(row: Row) -> dict:
    """A row's fields, as JSON takes them (no deep copy: nothing is changed)."""
    return {name: getattr(row, name) for name in _ROW_FIELDS}


def write_manifest(out: Path, rows, meta: dict, merged=(), kept=()) -> tuple[Path, Path]:
    out = Path(out)
    document = {
        "format": FORMAT,
        **meta,
        "summary": summary(rows),
        "packs": [row_dict(row) for row in rows],
        "merged": list(merged),
        "retained": list(kept),
    }
    json_path, csv_path = out / JSON_NAME, out / CSV_NAME
    write_atomic(json_path, json_text(document).encode("utf-8"))
    write_atomic(csv_path, csv_text(rows).encode("utf-8"))
    return csv_path, json_path
