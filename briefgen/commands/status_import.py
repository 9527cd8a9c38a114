"""`briefgen status import FILE`: bring status records up to a saved UNTC page.

Shows what would change (new signatures, ratifications and their dates) as a
unified diff of the content files; with `apply` (or a yes to `confirm`) writes
them, citing the page as the source with its date as `accessed`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from briefgen.content.loader import load_content_or_raise
from briefgen.content.status_edit import set_accessed, set_status
from briefgen.content.untc import name_table, parse_page
from briefgen.errors import UsageError


@dataclass(frozen=True)
class Change:
    code: str
    old: str
    new: str
    date: dt.date | None


def status_import(
    content_dir: Path,
    page_file: Path,
    *,
    treaty_id: str | None = None,
    source_id: str = "untc-status",
    signed_as: str = "signed",
    ratified_as: str = "ratified",
    accessed: dt.date | None = None,
    apply: bool = False,
    confirm=None,
    out=None,
) -> int:
    """Print the changes and their diff; write them if `apply` or `confirm()` says yes."""
    out = out or sys.stdout
    content, _ = load_content_or_raise(content_dir)
    treaties = {t.id: t for t in content.campaign.treaties}
    treaty = treaties.get(treaty_id) if treaty_id else content.campaign.primary_treaty
    if treaty is None:
        raise UsageError(f"unknown treaty '{treaty_id}'; choose one of: {', '.join(treaties)}")
    for status in (signed_as, ratified_as):
        if status not in treaty.statuses:
            raise UsageError(
                f"'{status}' is not a {treaty.id} status; choose from: {', '.join(treaty.statuses)}"
            )
    source = content.sources.get(source_id)
    if source is None:
        raise UsageError(
            f"no source '{source_id}' in the content; add an entry for the UNTC page "
            "(id, publisher, title, url) or name one with --source"
        )
    page = parse_page(page_file, name_table(content.countries))
    day = accessed or page.as_at
    if day is None:
        raise UsageError(
            f"{page_file}: the page gives no 'Status as at' date; "
            "give it with --accessed YYYY-MM-DD"
        )

    changes: list[Change] = []
    unmatched, unprofiled = [], []
    listed = set()
    for p in page.participants:
        if p.code is None:
            unmatched.append(p.name)
            continue
        listed.add(p.code)
        profile = content.profiles.get(p.code)
        if profile is None:
            if p.code in content.countries:
                unprofiled.append(p.code)
            continue
        new, when = (ratified_as, p.deposited) if p.deposited else (signed_as, p.signed)
        record = profile.treaties.get(treaty.id)
        old = record.status if record else "unknown"
        if old != new or (record.date if record else None) != when:
            changes.append(Change(p.code, old, new, when))
    missing = sorted(
        code
        for code, profile in content.profiles.items()
        if code not in listed
        and (r := profile.treaties.get(treaty.id)) is not None
        and r.status in (signed_as, ratified_as)
    )

    edits: dict[Path, tuple[str, str]] = {}
    for change in changes:
        path = content.profiles[change.code].where.file
        before = path.read_text(encoding="utf-8")
        edits[path] = (before, set_status(before, treaty.id, change.new, change.date, source_id))
    if changes:
        before = source.where.file.read_text(encoding="utf-8")
        after = set_accessed(before, source_id, day)
        if after is not None and after != before:
            edits[source.where.file] = (before, after)

    print(f"{page_file}: {len(page.participants)} participants, status as at {day}", file=out)
    for change in changes:
        date = f" on {change.date.isoformat()}" if change.date else ""
        print(f"  {change.code}: {change.old} -> {change.new}{date}", file=out)
    if unmatched:
        print(
            f"  not matched to a country (add to untc_names.yaml): {'; '.join(unmatched)}", file=out
        )
    if unprofiled:
        print(f"  on the page but without a profile: {', '.join(unprofiled)}", file=out)
    if missing:
        print(
            f"  recorded as {signed_as}/{ratified_as} but not on the page: {', '.join(missing)}",
            file=out,
        )
    if not changes:
        print("No status changes.", file=out)
        return 0
    root = content.root
    for path, (before, after) in edits.items():
        name = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        out.writelines(
            difflib.unified_diff(
                before.splitlines(keepends=True),
                after.splitlines(keepends=True),
                f"a/{name}",
                f"b/{name}",
            )
        )
    if not (apply or (confirm is not None and confirm(f"Apply {len(changes)} change(s)?"))):
        print("Nothing written (use --apply to write these changes).", file=out)
        return 0
    for path, (_, after) in edits.items():
        _write(path, after)
    print(f"Wrote {len(edits)} file(s).", file=out)
    return 0


def _write(path: Path, text: str) -> None:
    """Replace `path` atomically: a crash leaves the old file or the new, never half."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temp, path.stat().st_mode & 0o777)
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
