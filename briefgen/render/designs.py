"""Designs: the looks an audience can choose, declared in `designs.yaml`.

Each template folder may hold a `designs.yaml`, a mapping of design name to
its settings; a folder's entry overrides, key by key, the same design further
down the search order, and may add designs of its own. A design gives the
template and stylesheet a pack is made from and the default traits, which an
audience in audiences.yaml may override (briefgen/content/presentation.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefgen.content.presentation import Presentation
from briefgen.content.sections import SECTIONS
from briefgen.content.yamlfile import YamlFileError, read_yaml

DESIGNS_FILE = "designs.yaml"
FIT_LEVELS = 5  # fit-0 (roomiest) ... fit-4 (tightest)
DEFAULTS: dict[str, object] = {
    "template": "base.html.j2",
    "stylesheet": None,
    "press_contact": False,
    "treaty_articles": False,
    "concern_summaries": True,
    "type_fitting": True,
    "headings": {},
    "capacity": [3100, 3650, 3800, 4000, 4200],
}
_BOOLS = ("press_contact", "treaty_articles", "concern_summaries", "type_fitting")


@dataclass(frozen=True)
class Look:
    """A design with an audience's overrides applied: what the templates read."""

    design: str
    template: str
    stylesheet: str | None
    press_contact: bool
    treaty_articles: bool
    concern_summaries: bool
    type_fitting: bool
    headings: dict = field(default_factory=dict)  # section -> label key
    capacity: tuple[int, ...] = ()  # characters a page holds at each fit level

    def heading(self, section: str) -> str:
        """The label key of a section's heading."""
        return self.headings.get(section, section)


class Designs:
    def __init__(self, folders):
        self.problems: list[tuple[Path, int, str]] = []
        self.where: dict[str, tuple[Path, int]] = {}
        self.table: dict[str, dict] = {}
        for folder in reversed([Path(f) for f in folders]):  # shipped first, overrides after
            self._read(folder / DESIGNS_FILE)

    def _read(self, path: Path) -> None:
        if not path.is_file():
            return
        try:
            data, _ = read_yaml(path)
        except (YamlFileError, OSError) as exc:
            self.problems.append((path, getattr(exc, "line", 0), str(exc)))
            return
        if not isinstance(data, dict):
            self.problems.append(
                (path, 1, "designs.yaml must map each design's name to its settings")
            )
            return
        for name, settings in data.items():
            line = getattr(data, "key_lines", {}).get(name, 0)
            if not isinstance(settings, dict):
                self.problems.append((path, line, f"design '{name}' must be a mapping of settings"))
                continue
            merged = dict(self.table.get(str(name), {}))
            for key, value in settings.items():
                problem = _invalid(key, value)
                if problem:
                    self.problems.append(
                        (
                            path,
                            getattr(settings, "key_lines", {}).get(key, line),
                            f"design '{name}': {problem}",
                        )
                    )
                else:
                    merged[str(key)] = value
            self.table[str(name)] = merged
            self.where[str(name)] = (path, line)

    def names(self) -> list[str]:
        return sorted(self.table)

    def look(self, presentation: Presentation) -> Look | None:
        """The audience's look, or None when its design is not declared."""
        settings = self.table.get(presentation.design)
        if settings is None:
            return None
        values = {**DEFAULTS, **settings, **presentation.traits()}
        return Look(
            design=presentation.design,
            template=presentation.template or values["template"],
            stylesheet=values["stylesheet"],
            press_contact=bool(values["press_contact"]),
            treaty_articles=bool(values["treaty_articles"]),
            concern_summaries=bool(values["concern_summaries"]),
            type_fitting=bool(values["type_fitting"]),
            headings={**values["headings"], **presentation.headings},
            capacity=tuple(values["capacity"]),
        )


def _invalid(key, value) -> str | None:
    if key not in DEFAULTS:
        return f"unknown setting '{key}' (settings: {', '.join(DEFAULTS)})"
    if key in _BOOLS and not isinstance(value, bool):
        return f"'{key}' must be true or false"
    if key in ("template", "stylesheet") and not (isinstance(value, str) and value.strip()):
        return f"'{key}' must be a file name"
    if key == "headings" and not (
        isinstance(value, dict)
        and all(k in SECTIONS and isinstance(v, str) for k, v in value.items())
    ):
        return f"'headings' must map section names ({', '.join(SECTIONS)}) to label keys"
    if key == "capacity" and not (
        isinstance(value, list)
        and len(value) == FIT_LEVELS
        and all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value)
    ):
        return f"'capacity' must be {FIT_LEVELS} positive whole numbers, roomiest type first"
    return None
