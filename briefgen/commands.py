"""What each command does, as plain functions that know nothing of argparse."""

from __future__ import annotations

import sys
from pathlib import Path

from briefgen.engine import Engine, Pack, PackRequest
from briefgen.errors import BriefgenError, UsageError
from briefgen.loader import load_content, load_content_or_raise, load_org
from briefgen.model import Content, OrgProfile
from briefgen.problems import Problems
from briefgen.templating import Templates
from briefgen.paths import shipped_templates
from briefgen.text import find_placeholder
from briefgen.writer import write_atomic


def check(content_dir: Path, template_dirs=(), out=None) -> int:
    """Print every problem; 1 when there are errors, 0 otherwise."""
    out = out or sys.stdout
    content, problems = load_content(content_dir)
    if content is not None:
        check_templates(content, template_dirs, problems)
    for problem in problems.sorted():
        print(problem, file=out)
    errors, warnings = len(problems.errors), len(problems.warnings)
    if content is not None:
        print(f"{content_dir}: {len(content.concerns)} concerns, {len(content.examples)} examples, "
              f"{len(content.asks)} asks, {len(content.countries)} countries "
              f"({len(content.profiles)} with profiles), {len(content.sources)} sources", file=out)
    print(f"{errors} error(s), {warnings} warning(s)", file=out)
    return 1 if errors else 0


def check_templates(content: Content, template_dirs, problems: Problems) -> None:
    """Templates reach the PDF too: refuse placeholders and missing templates."""
    templates = Templates([*template_dirs, content.template_dir, shipped_templates()])
    for audience in content.audiences.values():
        if templates.find(audience.template) is None:
            problems.error(audience.where.file, audience.where.line,
                           f"audience '{audience.id}': template '{audience.template}' not found")
    for folder in templates.folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".j2", ".html", ".css", ".yaml"):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                found = find_placeholder(line)
                if found:
                    problems.error(path, number, f"placeholder text '{found}' in a template")


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
    return f"{content.campaign.id}-{request.audience}-{request.country.lower()}.pdf"


def build(content: Content, request: PackRequest, output: Path | None, template_dirs=(),
          html_output: Path | None = None, out=None) -> Pack:
    out = out or sys.stdout
    engine = Engine(content, template_dirs)
    pack = engine.render(request)
    target = output or Path(default_name(content, request))
    if html_output:
        write_atomic(html_output, engine.html(pack.brief).encode("utf-8"))
    write_atomic(target, pack.pdf)
    for warning in pack.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{target}: {pack.pages} pages, {len(pack.pdf) // 1024} KB, "
          f"{pack.seconds:.2f} s", file=out)
    return pack


def list_items(content_dir: Path, what: str, out=None) -> None:
    out = out or sys.stdout
    content = open_content(content_dir)
    if what == "audiences":
        for audience in content.audiences.values():
            description = audience.description.get("en", content.campaign.language) if audience.description else ""
            print(f"{audience.id:12} {description}", file=out)
    elif what == "countries":
        for country in sorted(content.countries.values(), key=lambda c: c.code):
            profile = content.profiles.get(country.code)
            mark = "profile" if profile else ""
            print(f"{country.code}  {country.name:45} {country.paper:7}{mark}", file=out)
    elif what == "orgs":
        for org in content.orgs.values():
            print(f"{org.id:24} {org.name}", file=out)
