"""The sections a pack can hold: the one list the loader, the templates, the
command line's `--without` and the app's checkboxes share.

Each name is a section of `audiences.yaml` `sections:`, a macro of the same
name in `templates/sections.html.j2`, and a label (its heading) in
`templates/labels/<lang>.yaml`. The titles are what the app's checkboxes say.
"""

from __future__ import annotations

SECTION_TITLES = {
    "summary": "Summary",
    "key_facts": "Key facts",
    "timeline": "Timeline",
    "status": "Treaty status",
    "concerns": "Concerns",
    "examples": "Examples",
    "asks": "Asks",
    "country": "Country profile",
    "contact": "Contact",
}
SECTIONS = tuple(SECTION_TITLES)


def section_title(section: str) -> str:
    return SECTION_TITLES.get(section, section.replace("_", " ").capitalize())
