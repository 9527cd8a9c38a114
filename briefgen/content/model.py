"""The content model: what a campaign folder holds, validated at load.

Everything here is plain data. Texts keep their translations and audience
variants; choosing among them is the selection step's job.

Each kind of item is declared once, here: an attribute's annotation is its
type, and `read(...)` says which YAML key it comes from and how that key is
checked (`briefgen.content.schema`). The loader derives the allowed keys and
the construction from these declarations; docs/internals.md says how to add
a field or a kind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.content import rules
from briefgen.content.fields import Where
from briefgen.content.presentation import Presentation
from briefgen.content.rules import UNKNOWN
from briefgen.content.schema import (
    AudienceTextField,
    Boolean,
    Choice,
    CountryCode,
    Custom,
    Date,
    Derived,
    Id,
    Integer,
    Items,
    Nested,
    String,
    StrList,
    TextField,
    Url,
    kind,
    located,
    read,
)
from briefgen.content.status import REACH
from briefgen.content.text import AudienceText, Text

__all__ = ["UNKNOWN", "Where"]


@kind("source")
class Source:
    id: str = read(Id())
    publisher: str = read(String())
    title: str = read(String())
    url: str = read(Url())
    # Either may be known only to the year or month (2020, 2020-05): a PartialDate,
    # which counts as the first day of its period (docs/content-format.md, sources).
    date: dt.date | None = read(Date(required=False, partial=True))
    accessed: dt.date | None = read(Date(required=False, partial=True))
    where: Where = located()


@kind("treaty", check=rules.check_treaty)
class Treaty:
    """An instrument whose per-country status the packs report."""

    id: str = read(Id())
    name: Text = read(TextField())
    short_name: Text = read(TextField(required=False))  # defaults to the name
    # status id -> label; "unknown" is always allowed (None: no label of its own)
    statuses: dict[str, Text | None] = read(Custom(rules.status_labels))
    # Statuses that are a completed act with no further step (a deposited
    # ratification, being a Party): dated by that act, their evidence does not go stale.
    final: tuple[str, ...] = read(StrList())


@kind("key fact")
class Fact:
    id: str = read(Id())
    text: Text = read(TextField())
    audiences: tuple[str, ...] | None = read(StrList(empty_is_none=True))
    sources: tuple[str, ...] = read(StrList())
    where: Where = located()


@kind("timeline entry")
class TimelineEntry:
    date: dt.date = read(Date())
    text: Text = read(TextField())
    audiences: tuple[str, ...] | None = read(StrList(empty_is_none=True))
    sources: tuple[str, ...] = read(StrList())
    where: Where = located()


@kind("campaign", check=rules.check_campaign)
class Campaign:
    id: str = read(Id())
    title: Text = read(TextField())
    subtitle: Text | None = read(TextField(required=False))
    language: str = read(String())
    languages: tuple[str, ...] = read(StrList())  # always starts with or holds `language`
    as_of: dt.date = read(Date())
    stale_after_days: int = read(Integer(365, minimum=1))
    url: str | None = read(Url(required=False))
    summary: AudienceText = read(AudienceTextField())
    treaties: tuple[Treaty, ...] = read(
        Items(Treaty, "each treaty must be a mapping of fields", required=True)
    )
    key_facts: tuple[Fact, ...] = read(Items(Fact, "each key fact must be a mapping of fields"))
    timeline: tuple[TimelineEntry, ...] = read(
        Items(TimelineEntry, "each timeline entry must be a mapping of fields")
    )
    where: Where = located()

    @property
    def primary_treaty(self) -> Treaty:
        return self.treaties[0]


@kind("audience", check=rules.check_audience)
class Audience:
    id: str = read(Id())
    name: Text = read(TextField())
    description: Text | None = read(TextField(required=False))
    # design and traits: how its pack looks (keys of the audience itself)
    presentation: Presentation = read(Custom(rules.presentation, keys=rules.presentation_keys))
    max_concerns: int = read(Integer(5, minimum=1))
    max_examples: int = read(Integer(4, minimum=0))
    max_asks: int = read(Integer(4, minimum=1))
    sections: tuple[str, ...] = read(StrList(required=True))
    optional_sections: tuple[str, ...] = read(StrList())
    pages: tuple[int, int] = read(Custom(rules.page_range))
    limits: dict[str, int] = read(Custom(rules.positive_counts))
    where: Where = located()


@kind("concern")
class Concern:
    id: str = read(Id())
    title: AudienceText = read(AudienceTextField())
    summary: AudienceText | None = read(AudienceTextField(required=False))
    body: AudienceText = read(AudienceTextField())
    articles: tuple[str, ...] = read(StrList())
    priority: dict[str, int] = read(Custom(rules.priorities))  # audience id or "default" -> int
    sources: tuple[str, ...] = read(StrList())
    where: Where = located()
    # of status.Condition: the countries it is chosen for; () = all
    when: tuple = read(Custom(rules.conditions, required=True), default=())

    def rank(self, audience: str) -> int:
        return self.priority.get(audience, self.priority.get("default", 50))


@kind("example")
class Example:
    id: str = read(Id())
    country: str = read(CountryCode(noun="country code", keep_invalid=True))
    concerns: tuple[str, ...] = read(StrList(required=True))
    title: Text = read(TextField())
    text: AudienceText = read(AudienceTextField())
    date: dt.date | None = read(Date(required=False))
    priority: int = read(Integer(50))
    sources: tuple[str, ...] = read(StrList())
    where: Where = located()
    # Which packs may show it, by where they are: its own "country", its
    # "subregion", its "region" (the default) or "everywhere".
    reach: str = read(Choice(REACH, default="region", required=False), default="region")


@kind("ask")
class Ask:
    id: str = read(Id())
    audiences: tuple[str, ...] | None = read(StrList(empty_is_none=True))
    # of briefgen.content.status.Condition; all must hold
    when: tuple = read(Custom(rules.conditions, required=True))
    text: AudienceText = read(AudienceTextField())
    priority: int = read(Integer(50))
    sources: tuple[str, ...] = read(StrList())
    where: Where = located()
    # safety mode never selects it
    names_organisations: bool = read(Boolean(), default=False)


@kind("country")
class Country:
    code: str = read(CountryCode())
    name: str = read(String())
    common_name: str | None = read(String(required=False))
    region: str = read(String())
    subregion: str | None = read(String(required=False))
    paper: str = read(Choice(rules.PAPERS, default="a4"))
    languages: tuple[str, ...] = read(StrList())
    un: str = read(Choice(("member", "observer"), default="member", required=False))
    where: Where = located()
    # The campaign's own name per language, where it differs from CLDR's (set by translations).
    names: dict = read(Derived(), default_factory=dict)


@kind("treaty status")  # named "<treaty id> status" in messages
class TreatyStatus:
    status: str = read(Choice(rules.status_choices, default=UNKNOWN))
    date: dt.date | None = read(Date(required=False, partial=True))  # "deposited in April 2012"
    note: Text | None = read(TextField(required=False))
    sources: tuple[str, ...] = read(StrList())
    where: Where = located()


@kind("law")
class Law:
    title: Text = read(TextField())
    text: Text = read(TextField())
    sources: tuple[str, ...] = read(StrList())
    where: Where = located()


@kind("organisation")
class LocalOrganisation:
    name: str = read(String())
    url: str | None = read(Url(required=False))
    sources: tuple[str, ...] = read(StrList())
    where: Where = located()


@kind("country profile", check=rules.check_profile)
class CountryProfile:
    code: str = read(CountryCode())
    high_risk: bool = read(Derived(False))  # facts["high_risk"].value, False when not recorded
    language: str | None = read(String(required=False))
    # treaty id -> status; each treaty the campaign declares is a key of its own
    treaties: dict[str, TreatyStatus] = read(
        Custom(rules.treaty_statuses(TreatyStatus), keys=rules.treaty_ids)
    )
    position: AudienceText | None = read(AudienceTextField(required=False))
    concern_priority: tuple[str, ...] = read(StrList())
    laws: tuple[Law, ...] = read(Items(Law, "each law must be a mapping of fields"))
    organisations: tuple[LocalOrganisation, ...] = read(
        Items(LocalOrganisation, "each organisation must be a mapping")
    )
    where: Where = located()
    # key -> status.CountryFact (high_risk, parliament): sourced facts, one key each
    facts: dict = read(Custom(rules.country_facts, keys=rules.fact_keys), default_factory=dict)


@kind("contact")
class Contact:
    email: str | None = read(String(required=False), default=None)
    phone: str | None = read(String(required=False), default=None)
    website: str | None = read(Url(required=False), default=None)
    press: str | None = read(String(required=False), default=None)


@kind("organisation", check=rules.check_org)
class OrgProfile:
    id: str = read(Id())
    name: str = read(String())
    short_name: str | None = read(String(required=False))
    logo: Path | None = read(Custom(rules.logo_file))
    logo_alt: str | None = read(String(required=False))
    colors: dict[str, str] = read(Custom(rules.colours))
    contact: Contact = read(Nested(Contact))
    members: tuple[str, ...] = read(StrList())
    where: Where = located()


@dataclass
class Rejected:
    """What one kind lost to problems at load: items refused (by id) and files that
    did not parse. References to them are not reported as missing, since the problem
    that hid them is already reported once."""

    ids: dict = field(default_factory=dict)  # id -> Where of the refused item
    files: list = field(default_factory=list)  # paths of files that did not parse


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
    rejected: dict = field(default_factory=dict)  # kind ("source", …) -> Rejected

    @property
    def default_org(self) -> OrgProfile | None:
        return self.orgs.get("default")
