"""The bounds on what one content folder may cost to read and render.

A partner's folder is untrusted: without bounds, an alias bomb, a huge image or
a template loop would hang the program or fill the memory of the person who
opens it. Each limit has a default generous enough for any real campaign; the
person running briefgen (never the content itself) may raise one with
`briefgen --limit NAME=VALUE …`, which sets the BRIEFGEN_LIMITS environment
variable so that batch workers and the app see the same values.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass

ENVIRONMENT = "BRIEFGEN_LIMITS"


@dataclass(frozen=True)
class Limits:
    yaml_bytes: int = 2_000_000  # one YAML file (content, overlay, org profile, labels)
    yaml_nodes: int = 200_000  # values in one YAML file, aliases expanded
    yaml_depth: int = 64  # nesting of mappings and lists in one YAML file
    yaml_aliases: int = 1_000  # alias uses (*name) in one YAML file
    items: int = 20_000  # entries in one list or mapping
    string_chars: int = 100_000  # characters in one text value
    number_digits: int = 30  # digits in one number
    files: int = 5_000  # YAML files in one content folder
    template_bytes: int = 1_000_000  # one template or stylesheet
    template_files: int = 500  # templates the check compiles in the template folders
    template_steps: int = 2_000_000  # loop iterations and calls in one render
    template_depth: int = 60  # nested macro / include calls in one render
    html_chars: int = 20_000_000  # characters of HTML one render may produce
    image_bytes: int = 10_000_000  # one logo, image or font file
    image_pixels: int = 40_000_000  # width x height of one raster image
    svg_elements: int = 20_000  # elements in one SVG file
    qr_chars: int = 500  # characters of the campaign URL put in the QR code
    render_seconds: int = 120  # one pack, in batch and in the app

    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(self))


class LimitsError(ValueError):
    """BRIEFGEN_LIMITS or --limit names an unknown limit or a bad value."""


def parse(text: str, base: Limits | None = None) -> Limits:
    """`name=value,name=value` over `base` (the defaults)."""
    base = base or Limits()
    changes: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.replace(";", ",").split(","))):
        name, sep, value = part.partition("=")
        name = name.strip().replace("-", "_")
        if not sep or name not in base.names():
            raise LimitsError(
                f"unknown limit '{part}'; write NAME=NUMBER with NAME one of: "
                f"{', '.join(base.names())}"
            )
        try:
            number = int(value.strip().replace("_", ""))
        except ValueError:
            number = 0
        if number < 1:
            raise LimitsError(f"limit {name} must be a whole number of at least 1, not {value!r}")
        changes[name] = number
    return dataclasses.replace(base, **changes)


def current() -> Limits:
    """The limits in force: the defaults, raised by BRIEFGEN_LIMITS where it says so."""
    text = os.environ.get(ENVIRONMENT, "")
    if not text:
        return _DEFAULT
    try:
        return parse(text)
    except LimitsError:
        return _DEFAULT  # the command line validates it; a bad value never loosens a bound


def how_to_raise(name: str) -> str:
    return f"(limit {name}; raise it with briefgen --limit {name}=N)"


_DEFAULT = Limits()


def bounded_files(paths: list, where, problems) -> list:
    """At most `files` of them; the rest are reported, not read."""
    limit = current().files
    if len(paths) <= limit:
        return paths
    problems.error(
        where,
        0,
        f"more than {limit:,} YAML files; only the first were read " + how_to_raise("files"),
    )
    return paths[:limit]
