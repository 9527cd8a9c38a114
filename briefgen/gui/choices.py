"""What the user chose in the side panel, and the pack request it makes.

Plain data and plain functions: no widgets, so the rules are testable alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from briefgen.commands import default_name
from briefgen.content.model import Content
from briefgen.content.orgs import is_profile_file, resolve_org
from briefgen.render.engine import PackRequest

PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class Choices:
    audience: str | None = None
    country: str | None = None
    org: str | None = None  # an org id from the content, or the path of a profile file
    paper: str | None = None  # "a4" / "letter"; None: the country's
    safety: bool | None = None  # None: automatic (on for high-risk countries)
    without: frozenset[str] = field(default_factory=frozenset)  # optional sections left out
    language: str | None = None  # None: the country's own (the first it offers)


def reconcile(content: Content, choices: Choices, fallback_country: str | None = None) -> Choices:
    """The same choices, with anything this content does not offer replaced by a default."""
    audience = (
        choices.audience
        if choices.audience in content.audiences
        else next(iter(content.audiences), None)
    )
    country = choices.country
    if country not in content.countries:
        country = fallback_country if fallback_country in content.countries else None
    if country is None and content.countries:
        country = min(content.countries.values(), key=lambda c: c.name.casefold()).code
    org = choices.org
    if not (org in content.orgs or (is_profile_file(org) and Path(org).is_file())):
        org = "default" if "default" in content.orgs else next(iter(content.orgs), None)
    paper = choices.paper if choices.paper in PAPERS else None
    language = choices.language if choices.language in content.campaign.languages else None
    return replace(
        choices,
        audience=audience,
        country=country,
        org=org,
        paper=paper,
        language=language,
        without=frozenset(choices.without),
    )


def request_for(content: Content, choices: Choices) -> PackRequest:
    """The engine's request for these choices, which must name an audience and a country;
    raises BriefgenError for a broken org file."""
    if choices.audience is None or choices.country is None:
        raise ValueError("a pack request needs an audience and a country")
    audience = content.audiences[choices.audience]
    left_out = set(audience.optional_sections) & set(choices.without)
    sections = frozenset(set(audience.optional_sections) - left_out) if left_out else None
    return PackRequest(
        audience=choices.audience,
        country=choices.country,
        org=resolve_org(content, choices.org),
        sections=sections,
        paper=choices.paper,
        language=choices.language,  # None: the country's own language
        safety=choices.safety,
    )


def suggested_name(content: Content, request: PackRequest) -> str:
    """The core's file name with the content's as-of date, the date the pack's facts
    stand at (not today's): uncc-legislator-kr-2026-11-22.pdf."""
    stem = default_name(content, request).removesuffix(".pdf")
    return f"{stem}-{content.campaign.as_of.isoformat()}.pdf"


def pdf_target(chosen: str) -> Path | None:
    """The path a save dialog returned, with .pdf added when the user typed no suffix."""
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
