"""What an audience declares about how its pack looks (audiences.yaml).

An audience chooses a design among those the template folders ship
(`templates/designs.yaml`) and may override the design's traits. Nothing
here depends on an audience's id. Fields left out are None: the design
decides (see briefgen/render/designs.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.content.fields import Fields
from briefgen.content.sections import SECTIONS

DEFAULT_DESIGN = "brief"
TRAITS = ("press_contact", "treaty_articles", "concern_summaries", "type_fitting")
KEYS = {"design", "template", "headings", *TRAITS}


@dataclass(frozen=True)
class Presentation:
    design: str = DEFAULT_DESIGN
    template: str | None = None  # None: the design's
    press_contact: bool | None = None  # the organisation's press contact on cover and footer
    treaty_articles: bool | None = None  # each concern's treaty articles
    concern_summaries: bool | None = None  # each concern's one-sentence gist
    type_fitting: bool | None = None  # shrink the type to keep within `pages: max`
    headings: dict = field(default_factory=dict)  # section -> label key of its heading

    def traits(self) -> dict:
        """The traits this audience sets itself (the rest come from the design)."""
        return {name: getattr(self, name) for name in TRAITS if getattr(self, name) is not None}


def read_presentation(f: Fields) -> Presentation:
    traits = {}
    for name in TRAITS:
        if name in f.data and f.data[name] is not None:
            traits[name] = f.boolean(name)
    headings = {}
    for section, key in (f.mapping("headings") or {}).items():
        line = getattr(f.data.get("headings"), "key_lines", {}).get(section, f.line("headings"))
        if section not in SECTIONS:
            f.error(
                line,
                f"{f.what}: 'headings' names '{section}', which is not a section "
                f"(sections: {', '.join(SECTIONS)})",
            )
        elif not isinstance(key, str) or not key.strip():
            f.error(line, f"{f.what}: the heading of '{section}' must be a label key")
        else:
            headings[str(section)] = key.strip()
    return Presentation(
        design=f.string("design", False) or DEFAULT_DESIGN,
        template=f.string("template", False),
        headings=headings,
        **traits,
    )
