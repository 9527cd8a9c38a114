"""Rules of content kinds that one field type cannot say on its own.

Custom readers (a field with its own shape) and checks (rules across the
fields of one item), referred to from the kinds' declarations in
`briefgen.content.model`. Each reports its problems with their lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefgen.content.fields import Fields, LoadContext
from briefgen.content.images import logo_problem
from briefgen.content.presentation import KEYS as PRESENTATION_KEYS
from briefgen.content.presentation import Presentation, read_presentation
from briefgen.content.schema import build
from briefgen.content.sections import SECTIONS
from briefgen.content.status import FACT_CHOICES, read_fact, read_when
from briefgen.content.text import Text
from briefgen.content.yamlfile import LineDict

PAPERS = ("a4", "letter")
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
UNKNOWN = "unknown"


# -- campaign ----------------------------------------------------------------
def check_campaign(f: Fields, values: dict[str, Any]) -> bool:
    language = values["language"]
    languages = values["languages"] or ((language,) if language else ())
    if language and language not in languages:
        languages = (language, *languages)
    values["languages"] = tuple(languages)
    values["timeline"] = tuple(sorted(values["timeline"], key=lambda e: e.date))
    if not values["treaties"] and "treaties" in f.data:
        f.error(f.line("treaties"), "campaign: 'treaties' needs at least one treaty")
    return bool(values["treaties"])


def status_labels(f: Fields, key: str) -> dict[str, Text | None]:
    """A treaty's status id -> label; "unknown" is always there (None: the pack's own label)."""
    statuses: dict[str, Text | None] = {}
    table = f.mapping(key, required=True) or LineDict()
    for status, label in table.items():
        parsed = f.text_value(label, f"{key}.{status}", table.key_lines.get(status, f.line()))
        if parsed:
            statuses[str(status)] = parsed
    if UNKNOWN not in statuses:
        statuses[UNKNOWN] = None  # the pack prints its `not_recorded` label
    return statuses


def check_treaty(f: Fields, values: dict[str, Any]) -> bool:
    values["short_name"] = values["short_name"] or values["name"]
    return True


# -- audiences ---------------------------------------------------------------
def check_audience(f: Fields, values: dict[str, Any]) -> bool:
    sections = values["sections"]
    for index, section in enumerate(sections):
        if section not in SECTIONS:
            f.error(
                f.item_line("sections", index),
                f"audience: unknown section '{section}' (sections: {', '.join(SECTIONS)})",
            )
    for index, section in enumerate(values["optional_sections"]):
        if section not in sections:
            f.error(
                f.item_line("optional_sections", index),
                f"audience: optional section '{section}' is not in 'sections'",
            )
    values["sections"] = tuple(s for s in sections if s in SECTIONS)
    return True


def presentation(f: Fields, key: str) -> Presentation:
    """The audience's design and traits, read from keys of the audience itself."""
    return read_presentation(f)


def presentation_keys(context: LoadContext) -> tuple[str, ...]:
    return tuple(sorted(PRESENTATION_KEYS))


def page_range(f: Fields, key: str) -> tuple[int, int]:
    pages: dict[str, Any] = f.mapping(key) or {}
    low, high = pages.get("min", 1), pages.get("max", 99)
    if not (isinstance(low, int) and isinstance(high, int) and 1 <= low <= high):
        f.error(f.line(key), "audience: 'pages' needs whole numbers with 1 <= min <= max")
        return 1, 99
    return low, high


def positive_counts(f: Fields, key: str) -> dict[str, int]:
    limits = {}
    for name, value in (f.mapping(key) or {}).items():
        if isinstance(value, int) and value > 0:
            limits[str(name)] = value
        else:
            f.error(f.line(key), f"audience: limit '{name}' must be a positive number")
    return limits


# -- concerns, asks ----------------------------------------------------------
def priorities(f: Fields, key: str) -> dict[str, int]:
    """A number for every audience, or a mapping of audience (or default) to number."""
    priority: dict[str, int] = {}
    raw = f.raw(key, False)
    audiences = f.context.audiences or frozenset()
    if isinstance(raw, int) and not isinstance(raw, bool):
        priority = {"default": raw}
    elif isinstance(raw, LineDict):
        for name, value in raw.items():
            if not isinstance(value, int) or isinstance(value, bool):
                f.error(
                    raw.key_lines.get(name, f.line(key)),
                    f"concern: priority for '{name}' must be a whole number",
                )
            elif name != "default" and name not in audiences:
                f.error(
                    raw.key_lines.get(name, f.line(key)),
                    f"concern: priority for '{name}', which is not an audience",
                )
            else:
                priority[name] = value
    elif raw is not None:
        f.error(
            f.line(key),
            "concern: 'priority' must be a number or a mapping of audience to number",
        )
    return priority


def conditions(f: Fields, key: str) -> Any:
    """`when:` conditions on country facts; None (the item is dropped) when malformed."""
    return read_when(f, key)


# -- country profiles --------------------------------------------------------
def treaty_ids(context: LoadContext) -> tuple[str, ...]:
    """A profile holds one status block per treaty the campaign declares, keyed by its id."""
    return tuple(context.treaties)


def treaty_statuses(of: type) -> Callable[[Fields, str], dict[str, Any]]:
    """A reader of a profile's status blocks, each read as kind `of`."""

    def reader(f: Fields, key: str) -> dict[str, Any]:
        statuses: dict[str, Any] = {}
        for treaty_id, treaty in f.context.treaties.items():
            block = f.mapping(treaty_id)
            if block is None:
                continue
            context = replace(f.context, statuses=tuple(treaty.statuses))
            status = build(of, block, f.file, f.problems, context, f"{treaty_id} status")
            if status is not None:
                statuses[treaty_id] = status
        return statuses

    return reader


def fact_keys(context: LoadContext) -> tuple[str, ...]:
    return tuple(FACT_CHOICES)


def country_facts(f: Fields, key: str) -> dict[str, Any]:
    """Each sourced country fact the profile records (`high_risk`, `parliament`)."""
    facts = {}
    for name in FACT_CHOICES:
        fact = read_fact(
            f, name, lambda d, what, keys: Fields(d, f.file, f.problems, what, keys, f.context)
        )
        if fact is not None:
            facts[name] = fact
    return facts


def check_profile(f: Fields, values: dict[str, Any]) -> bool:
    facts = values["facts"]
    values["high_risk"] = bool(facts["high_risk"].value) if "high_risk" in facts else False
    return True


def status_choices(context: LoadContext) -> tuple[str, ...]:
    return context.statuses


# -- organisations -----------------------------------------------------------
def logo_file(f: Fields, key: str) -> Path | None:
    """The logo's path, which must be an image inside the profile's own folder."""
    name = f.string(key, False)
    if not name:
        return None
    folder = f.file.parent.resolve()
    logo = (f.file.parent / name).resolve()
    if not logo.is_relative_to(folder):
        f.error(f.line(key), "organisation: the logo must be inside the profile's folder")
    elif logo.suffix.lower() not in (".svg", ".png", ".jpg", ".jpeg"):
        f.error(f.line(key), "organisation: the logo must be an SVG, PNG or JPEG file")
    else:
        trouble = logo_problem(f.file.parent / name, f.file.parent)
        if not trouble:
            return logo
        f.error(f.line(key), f"organisation: logo {trouble}")
    return None


def colours(f: Fields, key: str) -> dict[str, str]:
    found = {}
    for name, value in (f.mapping(key) or {}).items():
        if name not in ("primary", "accent"):
            f.error(f.line(key), f"organisation: unknown colour '{name}' (primary, accent)")
        elif not isinstance(value, str) or not COLOR.match(value):
            f.error(f.line(key), f"organisation: colour '{name}' must look like #1d3557")
        else:
            found[name] = value.lower()
    return found


def check_org(f: Fields, values: dict[str, Any]) -> bool:
    if values["logo"] and not values["logo_alt"]:
        f.error(
            f.line("logo"), "organisation: a logo needs 'logo_alt' (its text for screen readers)"
        )
    return True
