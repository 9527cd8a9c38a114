"""Format a label from labels.yaml with plain named fields only.

`str.format` walks attributes and indexes (`{x.__init__.__globals__}`) and pads
to any width (`{x:>999999999}`); a label comes from a partner's folder, so it
gets neither. A field is a name, optionally with a small alignment and width
(`{page:>3}`); anything else is refused with a sentence.
"""

from __future__ import annotations

import re
import string

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SPEC = re.compile(r"[<>^]?[0-9]{0,2}")
_PARSER = string.Formatter()


class LabelError(ValueError):
    """A label that cannot be formatted; the message says why."""


def label_fields(text: str) -> tuple[str, ...]:
    """The names of the fields `text` uses; LabelError if any is not a plain name."""
    names = []
    try:
        parsed = list(_PARSER.parse(text))
    except ValueError as exc:
        raise LabelError(f"has a stray brace ({exc}); write {{{{ or }}}} for a brace") from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not _NAME.fullmatch(name):
            raise LabelError(
                f"has the field {{{name}}}; a field is a plain name like {{country}} "
                "(no dots, brackets or numbers)"
            )
        if conversion is not None or not _SPEC.fullmatch(spec or ""):
            raise LabelError(
                f"has the field {{{name}!{conversion or ''}:{spec}}}; only a plain name, "
                "optionally with an alignment and a width under 100, is allowed"
            )
        names.append(name)
    return tuple(names)


def format_label(text: str, values: dict) -> str:
    """`text` with its {fields} replaced by `values` (as text)."""
    label_fields(text)
    out = []
    for literal, name, spec, _conversion in _PARSER.parse(text):
        out.append(literal)
        if name is None:
            continue
        if name not in values:
            known = ", ".join(f"{{{v}}}" for v in sorted(values)) or "none"
            raise LabelError(
                f"uses the field {{{name}}}, which is not given here (fields: {known})"
            )
        out.append(format(str(values[name]), spec or ""))
    return "".join(out)
