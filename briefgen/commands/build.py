"""`briefgen build`: one pack, and the lookups the app shares with it."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from briefgen.batch.plan import pack_name
from briefgen.content.loader import load_content_or_raise, load_org
from briefgen.content.model import Content, OrgProfile
from briefgen.content.problems import Problems
from briefgen.errors import BriefgenError, UsageError
from briefgen.render.engine import Engine, Pack, PackRequest
from briefgen.render.writer import write_atomic


def open_content(content_dir: Path) -> Content:
    # Warnings are for `briefgen check`; building stays quiet about them.
    content, _ = load_content_or_raise(content_dir)
    return content


def resolve_org(content: Content, org: str | None) -> OrgProfile | None:
    """`org` is a profile id from the content's orgs/ folder or a path to a YAML file."""
    if org is None:
        return None
    if org in content.orgs:
        return content.orgs[org]
    path = Path(org)
    if path.suffix in (".yaml", ".yml") and path.is_file():
        problems = Problems(path.parent)
        profile = load_org(path, problems)
        if problems.errors or profile is None:
            raise BriefgenError("\n".join(str(p) for p in problems.errors) or f"{path}: unusable")
        return profile
    choices = ", ".join(content.orgs) or "none in this content"
    raise UsageError(f"unknown organisation '{org}'; give a profile file or one of: {choices}")


def default_name(content: Content, request: PackRequest) -> str:
    return pack_name(content.campaign.id, request.audience, request.country)


def build(
    content: Content,
    request: PackRequest,
    output: Path | None,
    template_dirs=(),
    html_output: Path | None = None,
    out=None,
) -> Pack:
    out = out or sys.stdout
    engine = Engine(content, template_dirs)
    pack = engine.render(request)
    # The country's code, also when the request named it ("South Korea").
    resolved = dataclasses.replace(request, country=pack.brief.country.code)
    target = output or Path(default_name(content, resolved))
    if html_output:
        write_atomic(html_output, engine.html(pack.brief).encode("utf-8"))
    write_atomic(target, pack.pdf)
    for warning in pack.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(
        f"{target}: {pack.pages} pages, {len(pack.pdf) // 1024} KB, {pack.seconds:.2f} s", file=out
    )
    return pack
