"""The batch matrix: which packs, for which organisations, in which files.

Everything here is a plain function of the content and the user's choices;
nothing is rendered or written.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.content.country_search import resolve_country
from briefgen.content.loader import load_org
from briefgen.content.model import Content, OrgProfile
from briefgen.content.problems import Problems
from briefgen.errors import UsageError
from briefgen.render.engine import PackRequest
from briefgen.selection.select import sections_without

ALL = "all"
PROFILES = "profiles"  # --country profiles: every country the content has a profile for
DEFAULT_ORG_ID = "default"
_SAFE = re.compile(r"[^a-z0-9-]+")


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
    language: str | None = None
    safety: bool | None = None
    without: tuple[str, ...] = ()
    scheduler: str | None = None  # a Dask scheduler's address; None: this machine's cores

    def job_count(self) -> int:
        return max(1, self.jobs or os.cpu_count() or 1)


@dataclass(frozen=True)
class OrgChoice:
    """One organisation a set of packs is made for; `error` when its profile is unusable."""

    id: str
    profile: OrgProfile | None
    error: str | None = None
    source: str = ""


@dataclass(frozen=True)
class PackJob:
    index: int
    org: OrgChoice
    audience: str
    country: str  # upper-case code
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
    jobs: list[PackJob] = field(default_factory=list)

    def merged_file(
        self, org_id: str, audience: str, paper: str | None = None, safety: bool = False
    ) -> str:
        """`paper` only when the set mixes sizes; safety-mode packs are kept apart."""
        parts = [f"merged-{audience}{self._suffix()}"]
        if paper:
            parts.append(paper.lower())
        if safety:
            parts.append("unbranded")
        return f"{org_id}/{'-'.join(parts)}.pdf"

    def _suffix(self) -> str:
        language = self.spec.language
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


def _slug(text: str) -> str:
    return _SAFE.sub("-", text.lower()).strip("-") or "org"


def _load_profile(path: Path) -> OrgChoice:
    problems = Problems(path.parent)
    profile = load_org(path, problems)
    if profile is not None and not problems.errors:
        return OrgChoice(profile.id, profile, None, str(path))
    message = "; ".join(str(p) for p in problems.errors) or f"{path}: unusable profile"
    org_id = profile.id if profile is not None else _slug(path.stem)
    return OrgChoice(org_id, None, f"organisation profile: {message}", str(path))


def resolve_orgs(content: Content, values: Sequence[str]) -> tuple[OrgChoice, ...]:
    """Ids from the content, profile files and folders of profiles (one set per file).

    A profile file that does not load gives failed packs, not a stopped batch:
    one member's broken logo should not hold up everyone else's packs.
    """
    names: list[str] = []
    for value in values or ():
        # "a,b" names two; a path that happens to hold a comma names one
        whole = value in content.orgs or Path(value).exists()
        names.extend([value] if whole else split_choice(value))
    if not names:
        default = content.default_org
        return (OrgChoice(default.id if default else DEFAULT_ORG_ID, default, None, "default"),)
    found: list[OrgChoice] = []
    for name in names:
        path = Path(name)
        if name in content.orgs:
            found.append(OrgChoice(name, content.orgs[name], None, f"id {name}"))
        elif path.is_dir():
            files = sorted(
                p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()
            )
            if not files:
                raise UsageError(f"no organisation profiles (*.yaml) in {path}")
            found.extend(_load_profile(p) for p in files)
        elif path.is_file() and path.suffix in (".yaml", ".yml"):
            found.append(_load_profile(path))
        else:
            choices = ", ".join(content.orgs) or "none in this content"
            raise UsageError(
                f"unknown organisation '{name}'; give a profile file, a folder of "
                f"profiles or one of: {choices}"
            )
    unique: dict[str, OrgChoice] = {}
    for choice in found:
        seen = unique.get(choice.id)
        if seen is None:
            unique[choice.id] = choice
        elif _where(seen) != _where(choice):
            raise UsageError(
                f"two organisation profiles use the id '{choice.id}': "
                f"{seen.source} and {choice.source}"
            )
    return tuple(unique.values())


def _where(choice: OrgChoice):
    if choice.profile is not None:
        return Path(choice.profile.where.file).resolve()
    return choice.source


def resolve_options(content: Content, spec: BatchSpec, audiences=None) -> dict:
    if spec.paper not in (None, "a4", "letter"):
        raise UsageError(f"unknown paper '{spec.paper}'; choose a4 or letter")
    if spec.language and spec.language not in content.campaign.languages:
        raise UsageError(
            f"unknown language '{spec.language}'; this content offers: "
            f"{', '.join(content.campaign.languages)}"
        )
    sections = sections_without(content, spec.without, audiences)
    return {
        "sections": sections,
        "paper": spec.paper,
        "language": spec.language,
        "safety": spec.safety,
    }


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
    plan = Plan(content, spec, audiences, countries, orgs, options)
    suffix = plan._suffix()
    for org in orgs:
        for audience in audiences:
            for country in countries:
                request = None
                if org.error is None:
                    request = PackRequest(audience, country, org=org.profile, **options)
                plan.jobs.append(
                    PackJob(
                        len(plan.jobs),
                        org,
                        audience,
                        country,
                        pack_file(content.campaign.id, org.id, audience, country, suffix),
                        request,
                    )
                )
    return plan
