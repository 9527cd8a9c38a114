"""`briefgen list`: the audiences, countries and organisations a content folder offers."""

from __future__ import annotations

import sys
from pathlib import Path

from briefgen.commands.build import open_content


def list_items(content_dir: Path, what: str, *, out=None) -> None:
    out = out or sys.stdout
    content = open_content(content_dir)
    if what == "audiences":
        for audience in content.audiences.values():
            description = (
                audience.description.get("en", content.campaign.language)
                if audience.description
                else ""
            )
            print(f"{audience.id:12} {description}", file=out)
    elif what == "countries":
        for country in sorted(content.countries.values(), key=lambda c: c.code):
            profile = content.profiles.get(country.code)
            mark = "profile" if profile else ""
            print(f"{country.code}  {country.name:45} {country.paper:7}{mark}", file=out)
    elif what == "orgs":
        for org in content.orgs.values():
            print(f"{org.id:24} {org.name}", file=out)
