"""The content model: what a campaign folder holds, validated at load.

Everything here is plain data. Texts keep their translations and audience
variants; choosing among them is the selection step's job.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.content.presentation import Presentation
from briefgen.content.text import AudienceText, Text

UNKNOWN = "unknown"


@dataclass(frozen=True)
class Where:
    file: Path
    line: int


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    url: str
    date: dt.date | None
    accessed: dt.date | None
    where: Where


@dataclass(frozen=True)
class Treaty:
    """An instrument whose per-country status the packs report."""

    id: str
    name: Text
    short_name: Text
    statuses: (
        dict  # status id -> label Text; "unknown" is always allowed (None: no label of its own)
    )


@dataclass(frozen=True)
class Fact:
    id: str
    text: Text
    audiences: tuple[str, ...] | None
    sources: tuple[str, ...]
    where: Where


@dataclass(frozen=True)
class TimelineEntry:
    date: dt.date
    text: Text
    audiences: tuple[str, ...] | None
    sources: tuple[str, ...]
    where: Where


@dataclass(frozen=True)
class Campaign:
    id: str
    title: Text
    subtitle: Text | None
    language: str
    languages: tuple[str, ...]
    as_of: dt.date
    stale_after_days: int
    url: str | None
    summary: AudienceText
    treaties: tuple[Treaty, ...]
    key_facts: tuple[Fact, ...]
    timeline: tuple[TimelineEntry, ...]
    where: Where

    @property
    def primary_treaty(self) -> Treaty:
        return self.treaties[0]


@dataclass(frozen=True)
class Audience:
    id: str
    name: Text
    description: Text | None
    presentation: Presentation  # design and traits: how its pack looks
    max_concerns: int
    max_examples: int
    max_asks: int
    sections: tuple[str, ...]
    optional_sections: tuple[str, ...]
    pages: tuple[int, int]
    limits: dict
    where: Where


@dataclass(frozen=True)
class Concern:
    id: str
    title: AudienceText
    summary: AudienceText | None
    body: AudienceText
    articles: tuple[str, ...]
    priority: dict  # audience id or "default" -> int
    sources: tuple[str, ...]
    where: Where
    when: tuple = ()  # of status.Condition: the countries it is chosen for; () = all

    def rank(self, audience: str) -> int:
        return self.priority.get(audience, self.priority.get("default", 50))


@dataclass(frozen=True)
class Example:
    id: str
    country: str
    concerns: tuple[str, ...]
    title: Text
    text: AudienceText
    date: dt.date | None
    priority: int
    sources: tuple[str, ...]
    where: Where
    # Which packs may show it, by where they are: its own "country", its
    # "subregion", its "region" (the default) or "everywhere".
    reach: str = "region"


@dataclass(frozen=True)
class Ask:
    id: str
    audiences: tuple[str, ...] | None
    when: tuple  # of briefgen.content.status.Condition; all must hold
    text: AudienceText
    priority: int
    sources: tuple[str, ...]
    where: Where
    names_organisations: bool = False  # safety mode never selects it


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    common_name: str | None
    region: str
    subregion: str | None
    paper: str
    languages: tuple[str, ...]
    un: str
    where: Where
    # The campaign's own name per language, where it differs from CLDR's.
    names: dict = field(default_factory=dict)


@dataclass(frozen=True)
class TreatyStatus:
    status: str
    date: dt.date | None
    note: Text | None
    sources: tuple[str, ...]
    where: Where


@dataclass(frozen=True)
class Law:
    title: Text
    text: Text
    sources: tuple[str, ...]
    where: Where


@dataclass(frozen=True)
class LocalOrganisation:
    name: str
    url: str | None
    sources: tuple[str, ...]
    where: Where


@dataclass(frozen=True)
class CountryProfile:
    code: str
    high_risk: bool  # facts["high_risk"].value, False when not recorded
    language: str | None
    treaties: dict  # treaty id -> TreatyStatus
    position: AudienceText | None
    concern_priority: tuple[str, ...]
    laws: tuple[Law, ...]
    organisations: tuple[LocalOrganisation, ...]
    where: Where
    facts: dict = field(default_factory=dict)  # key -> status.CountryFact (high_risk, parliament)


@dataclass(frozen=True)
class Contact:
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    press: str | None = None


@dataclass(frozen=True)
class OrgProfile:
    id: str
    name: str
    short_name: str | None
    logo: Path | None
    logo_alt: str | None
    colors: dict
    contact: Contact
    members: tuple[str, ...]
    where: Where


@dataclass(frozen=True)
class Content:
    root: Path
    campaign: Campaign
    audiences: dict
    concerns: dict
    examples: dict
    asks: dict
    countries: dict
    profiles: dict
    sources: dict
    orgs: dict
    template_dir: Path | None
    fingerprint: str  # hash of every file read: changes when any content does
    file_hashes: dict = field(default_factory=dict)  # relative path -> sha256

    @property
    def default_org(self) -> OrgProfile | None:
        return self.orgs.get("default")
