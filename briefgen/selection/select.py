"""Selection: a pure function from (content, audience, country, options) to a Brief.

The rules, documented in docs/selection.md:
- concerns: the country's `concern_priority` first, then by the audience's
  priority, at most `max_concerns`;
- examples: the country's own, then its sub-region, then its region, then
  the rest; within each tier the most relevant to the chosen concerns first;
- asks: those for the audience and the country's status under the primary
  treaty, by priority;
- citations are numbered in the order the sections appear, so endnote
  numbers always match the markers in the text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import overload

from briefgen.content.country_search import resolve_country
from briefgen.content.locale import country_name, default_language
from briefgen.content.model import UNKNOWN, Content, OrgProfile, TreatyStatus, Where
from briefgen.content.status import (
    REACH,
    checked_on,
    country_facts,
    is_stale,
    matches,
    settled,
)
from briefgen.content.text import AudienceText, Text, parse_inline
from briefgen.errors import UsageError
from briefgen.selection.brief import (
    Brief,
    ConcernView,
    CountryView,
    DatedView,
    ExampleView,
    LawView,
    OrgView,
    SourceNote,
    StatusView,
)

RTL_LANGUAGES = {"ar", "he", "fa", "ur", "ps", "dv", "yi"}


@dataclass(frozen=True, kw_only=True)
class Options:
    """How one pack is made beyond its audience and country (PackRequest adds those)."""

    sections: frozenset[str] | None = None  # optional sections to include; None: all
    paper: str | None = None  # "a4" / "letter"; None: the country's
    language: str | None = None  # None: the campaign's default
    safety: bool | None = None  # None: on for high-risk countries
    org: OrgProfile | None = None  # None: the content's "default" profile
    today: dt.date | None = None  # staleness reference; None: the campaign's as_of


def default_paper(content: Content, country_code: str) -> str:
    """The paper a pack for this country is printed on when none is chosen: the
    country's own ("a4" / "letter")."""
    return content.countries[country_code].paper.lower()


def default_safety(content: Content, country_code: str) -> bool:
    """Whether safety mode is on when none is chosen: on for a country the content
    marks high-risk."""
    profile = content.profiles.get(country_code)
    return bool(profile and profile.high_risk)


def sections_without(content: Content, without, audience_ids=None) -> frozenset[str] | None:
    """Options.sections for a user who leaves out `without` from the packs of
    `audience_ids` (None: every audience): None when nothing is left out; a usage
    error naming the choices when a section is optional for none of them."""
    without = {s.strip() for s in without if s and s.strip()}
    chosen = [
        content.audiences[a]
        for a in (audience_ids if audience_ids is not None else content.audiences)
        if a in content.audiences
    ]
    optional = {s for a in chosen for s in a.optional_sections}
    unknown = without - optional
    if unknown:
        whose = f"the {chosen[0].id} pack's" if len(chosen) == 1 else "these packs'"
        raise UsageError(
            f"cannot leave out {', '.join(sorted(unknown))}; {whose} optional sections "
            f"are: {', '.join(sorted(optional)) or 'none'}"
        )
    return frozenset(optional - without) if without else None


def select(
    content: Content, audience_id: str, country_code: str, options: Options = Options()
) -> Brief:
    audience = content.audiences.get(audience_id)
    if audience is None:
        raise UsageError(
            f"unknown audience '{audience_id}'; choose one of: {', '.join(content.audiences)}"
        )
    country = content.countries.get((country_code or "").upper())
    if country is None:  # a name, or part of one, as the app's search field takes
        country = resolve_country(content.countries.values(), country_code or "")
    language = options.language or default_language(content, country)
    if language not in content.campaign.languages:
        raise UsageError(
            f"unknown language '{language}'; this content offers: "
            f"{', '.join(content.campaign.languages)}"
        )
    return _Selection(content, audience, country, language, options).brief()


class _Selection:
    def __init__(self, content, audience, country, language, options):
        self.content = content
        self.audience = audience
        self.country = country
        self.profile = content.profiles.get(country.code)
        self.language = language
        self.options = options
        self.numbers: dict[str, int] = {}
        self.items: dict[str, list[str]] = {}

    # -- text ----------------------------------------------------------------
    @overload
    def text(self, value: Text) -> str: ...
    @overload
    def text(self, value: Text | None) -> str | None: ...
    def text(self, value: Text | None) -> str | None:
        return value.get(self.language, self.content.campaign.language) if value else None

    def atext(self, value: AudienceText | None) -> str | None:
        return (
            value.get(self.audience.id, self.language, self.content.campaign.language)
            if value
            else None
        )

    def required_atext(self, value: AudienceText) -> str:
        text = self.atext(value)
        # the loader refuses a required text that lacks a version for an audience
        assert text is not None, "a required text has no version for this audience"
        return text

    @overload
    def rich(self, string: str, extra_sources=()) -> tuple: ...
    @overload
    def rich(self, string: str | None, extra_sources=()) -> tuple | None: ...
    def rich(self, string: str | None, extra_sources=()) -> tuple | None:
        """Inline parts with citations numbered in first-use order; adjacent
        markers read "3,5", not "5,3", and never repeat a number."""
        if string is None and not extra_sources:
            return None
        parts: list[tuple[str, str]] = []
        cited: set[str] = set()
        group: list[int] = []  # the numbers of the markers in a row so far

        def close_group() -> None:
            parts.extend(("cite", str(n)) for n in sorted(set(group)))
            group.clear()

        for kind, value in parse_inline(string or ""):
            if kind == "cite":
                cited.add(value)
                group.append(self.number(value))
                continue
            if group:
                close_group()
            parts.append((kind, value))
        for source_id in extra_sources:
            if source_id not in cited:
                group.append(self.number(source_id))
        close_group()
        return tuple(parts)

    def number(self, source_id: str) -> int:
        if source_id not in self.numbers:
            self.numbers[source_id] = len(self.numbers) + 1
        return self.numbers[source_id]

    def for_audience(self, audiences) -> bool:
        return audiences is None or self.audience.id in audiences

    # -- choosing ------------------------------------------------------------
    def sections(self) -> tuple[str, ...]:
        wanted = self.options.sections
        return tuple(
            s
            for s in self.audience.sections
            if s not in self.audience.optional_sections or wanted is None or s in wanted
        )

    def concern_order(self) -> list:
        first = list(self.profile.concern_priority) if self.profile else []

        def key(concern):
            pinned = first.index(concern.id) if concern.id in first else len(first)
            return (pinned, concern.rank(self.audience.id), concern.id)

        facts = country_facts(self.content, self.country.code)
        chosen = [c for c in self.content.concerns.values() if matches(c.when, facts)]
        return sorted(chosen, key=key)[: self.audience.max_concerns]

    def example_order(self, concerns: list) -> list:
        rank = {c.id: len(concerns) - i for i, c in enumerate(concerns)}
        countries = self.content.countries

        def key(example):
            other = countries.get(example.country)
            if example.country == self.country.code:
                tier = 0
            elif other and other.subregion and other.subregion == self.country.subregion:
                tier = 1
            elif other and other.region == self.country.region:
                tier = 2
            else:
                tier = 3
            relevance = sum(rank.get(c, 0) for c in example.concerns)
            return (tier, -relevance, example.priority, example.id)

        # An example goes no further from its country than its `reach` allows:
        # the rule that keeps one country's story out of every other pack.
        shown = [e for e in self.content.examples.values() if key(e)[0] <= REACH.index(e.reach)]
        return sorted(shown, key=key)[: self.audience.max_examples]

    def ask_order(self) -> list:
        facts = country_facts(self.content, self.country.code)
        safety = self.safety()
        fitting = [
            a
            for a in self.content.asks.values()
            if self.for_audience(a.audiences)
            and matches(a.when, facts)
            and not (safety and a.names_organisations)
        ]
        return sorted(fitting, key=lambda a: (a.priority, a.id))[: self.audience.max_asks]

    def safety(self) -> bool:
        if self.options.safety is not None:
            return self.options.safety
        return default_safety(self.content, self.country.code)

    def org_view(self, safety: bool) -> OrgView | None:
        org = self.options.org or self.content.default_org
        if safety or org is None:
            return None
        c = org.contact
        return OrgView(
            org.name,
            org.short_name,
            org.logo,
            org.logo_alt,
            org.colors.get("primary"),
            org.colors.get("accent"),
            c.email,
            c.phone,
            c.website,
            c.press,
            org.members,
        )

    # -- building ------------------------------------------------------------
    def brief(self) -> Brief:
        content, campaign = self.content, self.content.campaign
        sections = self.sections()
        concerns = self.concern_order()
        # The status lines read the profile whether or not a section shows it.
        self._track("profile", [self.country.code] if self.profile else [])
        built: dict = {}
        # Build section by section in reading order so citation numbers ascend.
        for section in sections:
            built[section] = getattr(self, f"_section_{section}")(concerns)
        # Sections not shown still need empty values for the template.
        summary = built.get("summary") or ()
        safety = self.safety()
        sources = tuple(
            SourceNote(number, s.id, s.publisher, s.title, s.url, s.date)
            for source_id, number in self.numbers.items()
            for s in [content.sources[source_id]]
        )
        country = self.country
        profile = self.profile
        paper = (self.options.paper or default_paper(content, country.code)).lower()
        return Brief(
            campaign_id=campaign.id,
            title=self.text(campaign.title),
            subtitle=self.text(campaign.subtitle),
            as_of=campaign.as_of,
            campaign_url=campaign.url,
            language=self.language,
            direction="rtl" if self.language.split("-")[0] in RTL_LANGUAGES else "ltr",
            audience=self.audience.id,
            audience_name=self.text(self.audience.name),
            country=CountryView(
                country.code,
                country_name(country, self.language, self.content.campaign.language),
                country.common_name,
                country.region,
                country.subregion,
                profile is not None,
                bool(profile and profile.high_risk),
            ),
            paper="Letter" if paper == "letter" else "A4",
            safety=safety,
            safety_removed=self.safety_removed() if safety else (),
            org=self.org_view(safety),
            sections=sections,
            summary=summary,
            key_facts=built.get("key_facts", ()),
            timeline=built.get("timeline", ()),
            statuses=built.get("status") or self._statuses(),
            concerns=built.get("concerns", ()),
            examples=built.get("examples", ()),
            asks=built.get("asks", ()),
            position=(built.get("country") or {}).get("position"),
            laws=(built.get("country") or {}).get("laws", ()),
            local_organisations=(built.get("country") or {}).get("organisations", ()),
            sources=sources,
            items={**{k: tuple(v) for k, v in self.items.items()}, "sources": tuple(self.numbers)},
            page_limits=tuple(self.audience.pages),
        )

    def _track(self, kind: str, ids) -> None:
        self.items.setdefault(kind, []).extend(ids)

    def _section_summary(self, concerns):
        self._track("campaign", ["summary"])
        return self.rich(self.required_atext(self.content.campaign.summary))

    def _section_key_facts(self, concerns):
        facts = [f for f in self.content.campaign.key_facts if self.for_audience(f.audiences)]
        self._track("key_facts", [f.id for f in facts])
        return tuple(self.rich(self.text(f.text), f.sources) for f in facts)

    def _section_timeline(self, concerns):
        entries = [e for e in self.content.campaign.timeline if self.for_audience(e.audiences)]
        self._track("timeline", [e.date.isoformat() for e in entries])
        return tuple(DatedView(e.date, self.rich(self.text(e.text), e.sources)) for e in entries)

    def safety_removed(self) -> tuple[str, ...]:
        """What safety mode leaves out of this pack, from what it actually strips, so
        the cover note says no more than the mode does (label keys `safety_removed_*`)."""
        removed = []
        org = self.options.org or self.content.default_org
        if org is not None:
            removed.append("organisation")
            c = org.contact
            if c.email or c.phone or c.website or c.press:
                removed.append("contacts")
            if org.members:
                removed.append("co_signers")
        if self.profile and self.profile.organisations and "country" in self.sections():
            removed.append("local_organisations")
        if "asks" in self.sections():
            facts = country_facts(self.content, self.country.code)
            if any(
                a.names_organisations and self.for_audience(a.audiences) and matches(a.when, facts)
                for a in self.content.asks.values()
            ):
                removed.append("named_organisation_asks")
        return tuple(removed)

    def _statuses(self):
        result = []
        campaign = self.content.campaign
        reference = self.options.today or campaign.as_of
        for treaty in campaign.treaties:
            status = self.profile.treaties.get(treaty.id) if self.profile else None
            if status is None:
                status = TreatyStatus(UNKNOWN, None, None, (), Where(self.content.root, 0))
            checked = checked_on(status.sources, self.content.sources)
            result.append(
                StatusView(
                    treaty.id,
                    self.text(treaty.name),
                    status.status,
                    self.text(treaty.statuses.get(status.status)),
                    status.date,
                    self.rich(self.text(status.note)),
                    self.rich(None, status.sources) or (),
                    checked,
                    status.status != UNKNOWN
                    and not settled(treaty, status)
                    and is_stale(checked, reference, campaign.stale_after_days),
                )
            )
        return tuple(result)

    def _section_status(self, concerns):
        return self._statuses()

    def _section_concerns(self, concerns):
        self._track("concerns", [c.id for c in concerns])
        return tuple(
            ConcernView(
                c.id,
                self.required_atext(c.title),
                self.rich(self.atext(c.summary)),
                self.rich(self.required_atext(c.body), c.sources),
                c.articles,
            )
            for c in concerns
        )

    def _section_examples(self, concerns):
        chosen = self.example_order(concerns)
        self._track("examples", [e.id for e in chosen])
        titles = {c.id: self.required_atext(c.title) for c in self.content.concerns.values()}
        return tuple(
            ExampleView(
                e.id,
                e.country,
                country_name(
                    self.content.countries[e.country], self.language, self.content.campaign.language
                ),
                self.text(e.title),
                self.rich(self.required_atext(e.text), e.sources),
                e.date,
                tuple(titles[c] for c in e.concerns if c in titles),
                e.country == self.country.code,
            )
            for e in chosen
        )

    def _section_asks(self, concerns):
        asks = self.ask_order()
        self._track("asks", [a.id for a in asks])
        return tuple(self.rich(self.required_atext(a.text), a.sources) for a in asks)

    def _section_country(self, concerns):
        profile = self.profile
        if profile is None:
            return {}
        return {
            "position": self.rich(self.atext(profile.position)),
            "laws": tuple(
                LawView(self.text(law.title), self.rich(self.text(law.text), law.sources))
                for law in profile.laws
            ),
            "organisations": tuple((o.name, o.url) for o in profile.organisations),
        }

    def _section_contact(self, concerns):
        return None
