"""The batch matrix: which packs, for which organisations, in which files.

Everything here is a plain function of the content and the user's choices;
nothing is rendered or written.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.content import orgs as org_lookup
from briefgen.content.country_search import resolve_country
from briefgen.content.locale import default_language
from briefgen.content.model import Content
from briefgen.content.orgs import OrgChoice
from briefgen.errors import UsageError
from briefgen.render.engine import PackRequest
from briefgen.selection.select import sections_without

ALL = "all"
PROFILES = "profiles"  # --country profiles: every country the content has a profile for


@dataclass(frozen=True)
class BatchSpec:
    """What the user asked for; the CLI and the dialog both fill one in."""

    content_dir: Path
    out: Path
    audiences: str | Sequence[str] = ALL  # "all", "a,b" or a list of ids
    countries: str | Sequence[str] = ALL  # "all", "profiles", "KR,US" or a list of codes
    orgs: Sequence[str] = ()  # ids, profile files or folders of profiles; () = the default
    jobs: int | None = None  # worker processes; None = every core
    zip: bool = False
    merge: bool = False
    template_dirs: tuple[Path, ...] = ()
    paper: str | None = None
    # None: each country's pack in its own default language; "all"; "ko,en" or a list
    language: str | Sequence[str] | None = None
    safety: bool | None = None
    without: tuple[str, ...] = ()
    scheduler: str | None = None  # a Dask scheduler's address; None: this machine's cores
    strict: bool = False  # refuse packs that print some texts in the default language

    def job_count(self) -> int:
        return max(1, self.jobs or os.cpu_count() or 1)


@dataclass(frozen=True)
class PackJob:
    index: int
    org: OrgChoice
    audience: str
    country: str  # upper-case code
    language: str  # the pack's, resolved (the country's default when none was chosen)
    file: str  # relative to the output folder, with forward slashes
    request: PackRequest | None  # None when the organisation's profile is unusable


@dataclass
class Plan:
    content: Content
    spec: BatchSpec
    audiences: tuple[str, ...]
    countries: tuple[str, ...]
    orgs: tuple[OrgChoice, ...]
    options: dict
    languages: tuple[str | None, ...] = (None,)  # None: each country's default language
    jobs: list[PackJob] = field(default_factory=list)

    def merged_file(
        self,
        org_id: str,
        audience: str,
        paper: str | None = None,
        safety: bool = False,
        language: str | None = None,
    ) -> str:
        """`paper` only when the set mixes sizes; safety-mode packs are kept apart."""
        parts = [f"merged-{audience}{self.suffix(language)}"]
        if paper:
            parts.append(paper.lower())
        if safety:
            parts.append("unbranded")
        return f"{org_id}/{'-'.join(parts)}.pdf"

    def suffix(self, language: str | None) -> str:
        """'-ko' for a pack not in the campaign's default language: the default's
        file names stay as they were, so older manifests still match."""
        return f"-{language}" if language and language != self.content.campaign.language else ""


def split_choice(value) -> list[str]:
    if value is None:
        return [ALL]
    if isinstance(value, str):
        value = value.split(",")
    return [v.strip() for v in value if v and v.strip()]


def resolve_audiences(content: Content, value) -> tuple[str, ...]:
    wanted = split_choice(value)
    if not wanted or ALL in wanted:
        return tuple(content.audiences)
    unknown = [a for a in wanted if a not in content.audiences]
    if unknown:
        raise UsageError(
            f"unknown audience {', '.join(repr(a) for a in unknown)}; choose "
            f"'all' or from: {', '.join(content.audiences)}"
        )
    return tuple(dict.fromkeys(wanted))


def resolve_countries(content: Content, value) -> tuple[str, ...]:
    """'all', 'profiles', codes or names (as `briefgen build --country` takes them)."""
    wanted = split_choice(value)
    if not wanted or any(w.lower() == ALL for w in wanted):
        return tuple(sorted(content.countries))
    codes: list[str] = []
    for choice in wanted:
        if choice.lower() == PROFILES:
            codes.extend(sorted(content.profiles))
        elif choice.upper() in content.countries:
            codes.append(choice.upper())
        else:
            codes.append(resolve_country(content.countries.values(), choice).code)
    return tuple(dict.fromkeys(codes))


def resolve_orgs(content: Content, values: Sequence[str]) -> tuple[OrgChoice, ...]:
    """The organisations named by `--org` values, split at commas (the lookup
    itself is `content.orgs.resolve_orgs`)."""
    names: list[str] = []
    for value in values or ():
        # "a,b" names two; a path that happens to hold a comma names one
        whole = value in content.orgs or Path(value).exists()
        names.extend([value] if whole else split_choice(value))
    return org_lookup.resolve_orgs(content, names)


def resolve_options(content: Content, spec: BatchSpec, audiences=None) -> dict:
    if spec.paper not in (None, "a4", "letter"):
        raise UsageError(f"unknown paper '{spec.paper}'; choose a4 or letter")
    sections = sections_without(content, spec.without, audiences)
    # Each pack's language is in its own key (its brief); None keeps the options'
    # digest what it was before languages were a dimension of the batch.
    return {"sections": sections, "paper": spec.paper, "language": None, "safety": spec.safety}


def resolve_languages(content: Content, value) -> tuple[str | None, ...]:
    """None (each country's default language), 'all', or 'ko,en'."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return (None,)
    wanted = split_choice(value)
    offered = content.campaign.languages
    if ALL in wanted:
        return tuple(offered)
    unknown = [w for w in wanted if w not in offered]
    if unknown:
        raise UsageError(
            f"unknown language {', '.join(repr(w) for w in unknown)}; choose 'all' or "
            f"from: {', '.join(offered)}"
        )
    return tuple(dict.fromkeys(wanted))


def pack_name(campaign_id: str, audience: str, country: str, suffix: str = "") -> str:
    """A pack's file name: the one rule for `build`, the app's save dialog and batch."""
    return f"{campaign_id}-{audience}-{country.lower()}{suffix}.pdf"


def pack_file(campaign_id: str, org_id: str, audience: str, country: str, suffix: str = "") -> str:
    """A batch pack's path in the output folder: one folder per organisation."""
    return f"{org_id}/{pack_name(campaign_id, audience, country, suffix)}"


def make_plan(content: Content, spec: BatchSpec) -> Plan:
    audiences = resolve_audiences(content, spec.audiences)
    countries = resolve_countries(content, spec.countries)
    orgs = resolve_orgs(content, spec.orgs)
    options = resolve_options(content, spec, audiences)
    languages = resolve_languages(content, spec.language)
    plan = Plan(content, spec, audiences, countries, orgs, options, languages)
    for org in orgs:
        for audience in audiences:
            for country in countries:
                for choice in languages:
                    language = choice or default_language(content, content.countries[country])
                    request = None
                    if org.error is None:
                        request = PackRequest(
                            audience, country, org=org.profile, **{**options, "language": language}
                        )
                    file = pack_file(
                        content.campaign.id, org.id, audience, country, plan.suffix(language)
                    )
                    plan.jobs.append(
                        PackJob(len(plan.jobs), org, audience, country, language, file, request)
                    )
    return plan
