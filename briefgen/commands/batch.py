"""`briefgen batch`: the plain function behind the command, and its report."""

from __future__ import annotations

import sys

from briefgen.batch.manifest import FAILED, MISSING, SKIPPED
from briefgen.batch.plan import BatchSpec
from briefgen.batch.progress import TerminalBar, format_seconds
from briefgen.batch.run import BatchResult, run_batch

MAX_LINES = 30


def batch(spec: BatchSpec, *, err=None) -> int:
    """Run `spec` with a progress bar on `err`, then print what was made."""
    err = err or sys.stderr
    bar = TerminalBar(err)
    try:
        result = run_batch(spec, progress=bar)
    finally:
        bar.close()
    for line in report(result):
        print(line, file=err)
    return result.exit_code


def report(result: BatchResult) -> list[str]:
    """What changed, what failed, and one summary line."""
    lines = []
    changed = result.changed()
    if changed:
        lines.append(f"changed since the last run ({len(changed)} pack(s)):")
        for label, reasons in changed[:MAX_LINES]:
            lines.append(f"  {label}: {'; '.join(reasons)}")
        if len(changed) > MAX_LINES:
            lines.append(f"  … and {len(changed) - MAX_LINES} more (manifest.json: changes)")
    failed = [r for r in result.rows if r.status == FAILED]
    for row in failed[:MAX_LINES]:
        lines.append(
            f"failed: {result.label(row)}: {row.error.splitlines()[0] if row.error else ''}"
        )
    if len(failed) > MAX_LINES:
        lines.append(f"… and {len(failed) - MAX_LINES} more failures (manifest.csv: error)")
    for merged in result.merged[:MAX_LINES]:
        if not merged.ok:
            lines.append(f"failed: {merged.file}: {merged.error or ''}")
        else:
            what = (
                f"{merged.countries} countries, {merged.pages} pages"
                if merged.status != SKIPPED
                else "unchanged"
            )
            lines.append(f"combined: {result.out / merged.file} ({what})")
    if len(result.merged) > MAX_LINES:
        lines.append(
            f"… and {len(result.merged) - MAX_LINES} more combined files (manifest.json: merged)"
        )
    counts = result.counts
    seconds = result.timings.get("total", 0.0)
    rendered = counts["built"] + counts["failed"]
    render_time = result.timings.get("render", 0.0)
    rate = f", {rendered / render_time:.1f} packs/s" if rendered and render_time else ""
    head = "interrupted: " if result.interrupted else ""
    lines.append(
        f"{head}{counts['total']} packs: {counts['built']} built, {counts['skipped']} skipped, "
        f"{counts['failed']} failed, {counts[MISSING]} missing in {format_seconds(seconds)}{rate}; "
        f"manifest: {result.out / 'manifest.csv'}"
        + (f"; zip: {result.zip_path}" if result.zip_path else "")
    )
    return lines
