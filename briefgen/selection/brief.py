"""The Brief: everything one pack says, resolved for one audience, country,
language and organisation. Templates read only this, never raw content.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

# An inline paragraph: ("text", str) | ("strong", str) | ("cite", number as str)
Rich = tuple


@dataclass(frozen=True)
class SourceNote:
    number: int
    id: str
    publisher: str
    title: str
    url: str
    date: dt.date | None


@dataclass(frozen=True)
class StatusView:
    treaty_id: str
    treaty: str
    status: str  # status id, "unknown" when no source records it
    label: str | None  # None: the campaign gives none, the labels' `not_recorded` is printed
    date: dt.date | None
    note: Rich | None
    cites: Rich  # sources listed for the status beyond those cited in the note
    checked: dt.date | None = None  # newest evidence day of its sources
    stale: bool = False  # that evidence is older than the campaign's stale_after_days


@dataclass(frozen=True)
class CountryView:
    code: str
    name: str
    common_name: str | None
    region: str
    subregion: str | None
    has_profile: bool
    high_risk: bool


@dataclass(frozen=True)
class ConcernView:
    id: str
    title: str
    summary: Rich | None
    body: Rich
    articles: tuple[str, ...]


@dataclass(frozen=True)
class ExampleView:
    id: str
    country_code: str
    country_name: str
    title: str
    text: Rich
    date: dt.date | None
    concerns: tuple[str, ...]  # titles of the concerns it shows
    local: bool  # about the pack's own country


@dataclass(frozen=True)
class DatedView:
    date: dt.date
    text: Rich


@dataclass(frozen=True)
class LawView:
    title: str
    text: Rich


@dataclass(frozen=True)
class OrgView:
    name: str
    short_name: str | None
    logo: Path | None
    logo_alt: str | None
    primary: str | None
    accent: str | None
    email: str | None
    phone: str | None
    website: str | None
    press: str | None
    members: tuple[str, ...]


@dataclass(frozen=True)
class Brief:
    campaign_id: str
    title: str
    subtitle: str | None
    as_of: dt.date
    campaign_url: str | None
    language: str
    direction: str  # "ltr" or "rtl"
    audience: str
    audience_name: str
    country: CountryView
    paper: str  # "A4" or "Letter"
    safety: bool
    safety_removed: tuple[str, ...]  # what safety mode left out: label keys safety_removed_*
    org: OrgView | None  # None in safety mode or with no profile
    sections: tuple[str, ...]
    summary: Rich
    key_facts: tuple[Rich, ...]
    timeline: tuple[DatedView, ...]
    statuses: tuple[StatusView, ...]
    concerns: tuple[ConcernView, ...]
    examples: tuple[ExampleView, ...]
    asks: tuple[Rich, ...]
    position: Rich | None
    laws: tuple[LawView, ...]
    local_organisations: tuple[tuple[str, str | None], ...]
    sources: tuple[SourceNote, ...]
    items: dict  # kind -> ids that went into the pack, for manifests and diffs
    page_limits: tuple[int, int] = (1, 99)  # the audience's (min, max) pages, for the layout

    @property
    def primary_status(self) -> StatusView:
        return self.statuses[0]
