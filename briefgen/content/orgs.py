"""Finding the organisation a pack is made for.

An organisation is named by the id of a profile in the content's orgs/ folder,
by a profile file (YAML), or, for a batch, by a folder of member profiles. The
command line, the app and batch all look it up here, so the three agree on
what a name means and say the same thing when it means nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeGuard

from briefgen.content.loader import load_org
from briefgen.content.model import Content, OrgProfile
from briefgen.content.problems import Problems
from briefgen.errors import BriefgenError, UsageError

DEFAULT_ORG_ID = "default"
PROFILE_SUFFIXES = (".yaml", ".yml")
_SAFE = re.compile(r"[^a-z0-9-]+")


@dataclass(frozen=True)
class OrgChoice:
    """One organisation a set of packs is made for; `error` when its profile is unusable."""

    id: str
    profile: OrgProfile | None
    error: str | None = None
    source: str = ""


def is_profile_file(name: str | None) -> TypeGuard[str]:
    """Whether `name` is spelt like a profile file (the file may not exist)."""
    return bool(name) and Path(name or "").suffix in PROFILE_SUFFIXES


def resolve_org(content: Content, org: str | None) -> OrgProfile | None:
    """The one organisation of a single pack (`build`, the app): a profile id or a
    profile file. A profile that does not load is an error here, since there is
    no other pack to make instead."""
    if org is None:
        return None
    if org in content.orgs:
        return content.orgs[org]
    if is_profile_file(org) and Path(org).is_file():
        choice = load_profile(Path(org))
        if choice.profile is None:
            raise BriefgenError(choice.error or f"{org}: unusable profile")
        return choice.profile
    raise UsageError(_unknown(content, org, "give a profile file or one of"))


def resolve_orgs(content: Content, names: Iterable[str]) -> tuple[OrgChoice, ...]:
    """Ids from the content, profile files and folders of profiles (one set per file),
    in order and each once; no names means the content's default organisation.

    A profile file that does not load gives failed packs, not a stopped batch:
    one member's broken logo should not hold up everyone else's packs.
    """
    found: list[OrgChoice] = []
    for name in names:
        path = Path(name)
        if name in content.orgs:
            found.append(OrgChoice(name, content.orgs[name], None, f"id {name}"))
        elif path.is_dir():
            files = sorted(p for p in path.iterdir() if is_profile_file(p.name) and p.is_file())
            if not files:
                raise UsageError(f"no organisation profiles (*.yaml) in {path}")
            found.extend(load_profile(p) for p in files)
        elif is_profile_file(name) and path.is_file():
            found.append(load_profile(path))
        else:
            raise UsageError(
                _unknown(content, name, "give a profile file, a folder of profiles or one of")
            )
    if not found:
        default = content.default_org
        return (OrgChoice(default.id if default else DEFAULT_ORG_ID, default, None, "default"),)
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


def load_profile(path: Path) -> OrgChoice:
    """The profile in `path`, or why it cannot be used (every problem, with its line)."""
    problems = Problems(path.parent)
    profile = load_org(path, problems)
    if profile is not None and not problems.errors:
        return OrgChoice(profile.id, profile, None, str(path))
    message = "; ".join(str(p) for p in problems.errors) or f"{path}: unusable profile"
    org_id = profile.id if profile is not None else _slug(path.stem)
    return OrgChoice(org_id, None, f"organisation profile: {message}", str(path))


def _unknown(content: Content, name: str, hint: str) -> str:
    choices = ", ".join(content.orgs) or "none in this content"
    return f"unknown organisation '{name}'; {hint}: {choices}"


def _slug(text: str) -> str:
    return _SAFE.sub("-", text.lower()).strip("-") or "org"


def _where(choice: OrgChoice) -> Path | str:
    if choice.profile is not None:
        return Path(choice.profile.where.file).resolve()
    return choice.source
