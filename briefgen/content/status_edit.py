"""Edit status records and source entries in place, line by line.

The YAML files are the user's: comments, order and wrapping stay as they are.
Only the lines a change needs are rewritten or inserted, never a re-dump.
"""

from __future__ import annotations

import datetime as dt
import re

_VALUE = re.compile(r"^(?P<head>\s*[\w-]+:[ \t]*)(?P<value>[^#\n]*?)(?P<tail>[ \t]*#.*)?$")


def _block(lines: list[str], key: str, indent: str = "") -> tuple[int, int] | None:
    """(start, end) of the mapping under `key` at `indent`: its key line and the
    first line after its indented body."""
    start = next(
        (i for i, line in enumerate(lines) if re.match(rf"^{indent}{re.escape(key)}:\s*$", line)),
        None,
    )
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and (
        not lines[end].strip() or lines[end].startswith(indent + " ") or lines[end][0] == "\t"
    ):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # trailing blank lines belong to what follows
    return start, end


def _find(lines, start, end, key, indent) -> int | None:
    return next(
        (i for i in range(start, end) if re.match(rf"^{indent}{re.escape(key)}:", lines[i])), None
    )


def _set(line: str, value: str) -> str:
    match = _VALUE.match(line.rstrip("\n"))
    if not match:
        return line
    return f"{match['head']}{value}{match['tail'] or ''}\n"


def _add_to_list(lines, at, end, indent, item) -> None:
    """Add `item` to the `sources:` list at line `at` (flow or block style)."""
    line = lines[at]
    flow = re.match(r"^(\s*sources:\s*)\[(.*)\](.*)$", line.rstrip("\n"))
    if flow:
        items = [s.strip() for s in flow[2].split(",") if s.strip()]
        if item not in items:
            items.append(item)
        lines[at] = f"{flow[1]}[{', '.join(items)}]{flow[3]}\n"
        return
    body = at + 1
    while body < end and re.match(rf"^{indent}\s*- ", lines[body]):
        if lines[body].split("- ", 1)[1].strip() == item:
            return
        body += 1
    dash = re.match(r"^(\s*- )", lines[at + 1]) if at + 1 < end else None
    lines.insert(body, f"{dash[1] if dash else indent + '- '}{item}\n")


def set_status(text: str, treaty: str, status: str, date: dt.date | None, source_id: str) -> str:
    """`text` of a country profile with `treaty`'s record set to `status` on
    `date`, citing `source_id`; every other line as it was."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    span = _block(lines, treaty)
    if span is None:
        lines.append(f"{treaty}:\n")
        span = (len(lines) - 1, len(lines))
    start, end = span
    indent = "  "
    body = [i for i in range(start + 1, end) if lines[i].strip()]
    if body:
        indent = re.match(r"^(\s*)", lines[body[0]])[1] or "  "  # type: ignore[index]
    at = _find(lines, start + 1, end, "status", indent)
    if at is None:
        lines.insert(start + 1, f"{indent}status: {status}\n")
        end += 1
        at = start + 1
    else:
        lines[at] = _set(lines[at], status)
    when = _find(lines, start + 1, end, "date", indent)
    if date is not None:
        if when is None:
            lines.insert(at + 1, f"{indent}date: {date.isoformat()}\n")
            end += 1
            when = at + 1
        else:
            lines[when] = _set(lines[when], date.isoformat())
    elif when is not None:
        del lines[when]
        end -= 1
        when = None
    sources = _find(lines, start + 1, end, "sources", indent)
    if sources is None:
        lines.insert((when or at) + 1, f"{indent}sources: [{source_id}]\n")
    else:
        _add_to_list(lines, sources, end, indent, source_id)
    return "".join(lines)


def set_accessed(text: str, source_id: str, accessed: dt.date) -> str | None:
    """`text` of a sources file with `source_id`'s `accessed` set; None when the
    file has no entry with that id."""
    lines = text.splitlines(keepends=True)
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if re.match(rf"^(\s*)- id:\s*['\"]?{re.escape(source_id)}['\"]?\s*(#.*)?$", line)
        ),
        None,
    )
    if start is None:
        return None
    dash = re.match(r"^(\s*)- ", lines[start])[1]  # type: ignore[index]
    indent = dash + "  "
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith(indent)):
        end += 1
    at = _find(lines, start + 1, end, "accessed", indent)
    if at is not None:
        lines[at] = _set(lines[at], accessed.isoformat())
    else:
        after = _find(lines, start + 1, end, "date", indent) or _find(
            lines, start + 1, end, "url", indent
        )
        lines.insert((after if after is not None else start) + 1, f"{indent}accessed: {accessed}\n")
    return "".join(lines)
