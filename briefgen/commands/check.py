"""`briefgen check`: every problem in the content and its templates, as file:line."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from briefgen.content.limits import current
from briefgen.content.loader import load_content
from briefgen.content.model import Content
from briefgen.content.problems import Problems
from briefgen.content.safeopen import UnsafeFileError, read_inside
from briefgen.content.text import find_placeholder
from briefgen.errors import BriefgenError
from briefgen.paths import shipped_templates
from briefgen.render.designs import Designs
from briefgen.render.engine import Engine, PackRequest, page_bounds_warning
from briefgen.render.labels import REFERENCE_LANGUAGE, check_labels
from briefgen.render.templating import TemplateFault, Templates


def check(content_dir: Path, *, template_dirs=(), out=None, render: bool = False) -> int:
    """Print every problem; 1 when there are errors, 0 otherwise. With `render`,
    also build sample packs and report those outside their page bounds."""
    out = out or sys.stdout
    content, problems = load_content(content_dir)
    if content is not None:
        check_templates(content, template_dirs, problems)
        if render and not problems.errors:
            render_samples(content, template_dirs, problems, out)
    for problem in problems.sorted():
        print(problem, file=out)
    errors, warnings = len(problems.errors), len(problems.warnings)
    if content is not None:
        print(
            f"{content_dir}: {len(content.concerns)} concerns, {len(content.examples)} examples, "
            f"{len(content.asks)} asks, {len(content.countries)} countries "
            f"({len(content.profiles)} with profiles), {len(content.sources)} sources",
            file=out,
        )
    print(f"{errors} error(s), {warnings} warning(s)", file=out)
    return 1 if errors else 0


def check_templates(content: Content, template_dirs, problems: Problems) -> None:
    """Templates reach the PDF too: everything a build would refuse in them
    (labels, designs, a missing or unreadable template, a syntax error, a
    failure in a trial render), and placeholders."""
    templates = Templates(
        [*template_dirs, content.template_dir, shipped_templates()], content.campaign.language
    )
    designs = Designs(templates.folders)
    for file, at, message in designs.problems:
        problems.error(file, at, message)
    heading_keys: set[str] = set()
    for settings in designs.table.values():
        heading_keys.update(v for v in settings.get("headings", {}).values())
    for audience in content.audiences.values():
        heading_keys.update(audience.presentation.headings.values())
        _check_audience(audience, templates, designs, problems)
    languages = content.campaign.languages
    for severity, file, at, message in check_labels(templates.labels, languages, heading_keys):
        (problems.error if severity == "error" else problems.warning)(file, at, message)
    for path, line, message in templates.problems():
        problems.error(path, line, message)
    limit = current().template_bytes
    for folder in templates.folders:
        for path in _template_files(folder):
            try:
                text = read_inside(path, templates.folders, limit, "template_bytes").decode("utf-8")
            except UnsafeFileError as exc:
                problems.error(path, 0, exc.message)
                continue
            except UnicodeDecodeError:
                problems.error(path, 0, "not UTF-8 text")
                continue
            for number, row in enumerate(text.splitlines(), 1):
                found = find_placeholder(row)
                if found:
                    problems.error(path, number, f"placeholder text '{found}' in a template")
    if not problems.errors:
        _trial_render(content, template_dirs, problems)


def _template_files(folder: Path):
    """Template files under `folder`, links included (the safe open judges them),
    never walking into a linked folder."""
    for top, dirs, files in os.walk(folder):
        dirs[:] = sorted(dirs)
        for file in sorted(files):
            if file.endswith((".j2", ".html", ".css", ".yaml")):
                yield Path(top) / file


def _trial_render(content: Content, template_dirs, problems: Problems) -> None:
    """Render each audience's HTML once (no PDF): a failure that needs data,
    such as a template calling what does not exist, is found here, not at build."""
    countries = sorted(content.profiles) or sorted(content.countries)
    if not countries:
        return
    try:
        engine = Engine(content, template_dirs)
    except BriefgenError as exc:
        problems.error(content.root, 0, str(exc))
        return
    for audience in content.audiences.values():
        try:
            engine.html(engine.brief(PackRequest(audience.id, countries[0])))
        except TemplateFault as exc:
            problems.error(exc.file, exc.line, exc.detail)
        except BriefgenError as exc:
            problems.error(audience.where.file, audience.where.line, str(exc))


def _check_audience(audience, templates: Templates, designs: Designs, problems: Problems) -> None:
    where = (audience.where.file, audience.where.line)
    look = designs.look(audience.presentation)
    if look is None:
        problems.error(
            *where,
            f"audience '{audience.id}': unknown design '{audience.presentation.design}' "
            f"(designs: {', '.join(designs.names()) or 'none'})",
        )
        return
    template = audience.presentation.template or (
        f"{audience.id}.html.j2" if templates.find(f"{audience.id}.html.j2") else look.template
    )
    if templates.find(template) is None:
        problems.error(*where, f"audience '{audience.id}': template '{template}' not found")
    if look.stylesheet and templates.find(look.stylesheet) is None:
        problems.error(
            *where,
            f"audience '{audience.id}': design '{look.design}' needs the stylesheet "
            f"'{look.stylesheet}', which no template folder holds",
        )
    reference = templates.labels.table(REFERENCE_LANGUAGE)
    for section, key in look.headings.items():
        if key not in reference:
            problems.error(
                *where,
                f"audience '{audience.id}': the heading of '{section}' is the label '{key}', "
                "which no labels file gives in English",
            )


def render_samples(content: Content, template_dirs, problems: Problems, out=None) -> None:
    """Build the longest and the shortest pack of every audience (by how much
    text selection gives it), and the longest in each other declared language,
    and report those outside the audience's page bounds before a batch does."""
    engine = Engine(content, template_dirs)
    codes = list(content.profiles) or list(content.countries)[:1]
    default = content.campaign.language
    languages = [default, *(x for x in content.campaign.languages if x != default)]
    for audience in content.audiences.values():
        for language in languages:
            try:
                briefs = [
                    engine.brief(PackRequest(audience.id, code, language=language))
                    for code in codes
                ]
            except BriefgenError as exc:
                problems.error(audience.where.file, audience.where.line, str(exc))
                return
            if not briefs:
                continue
            ordered = sorted(briefs, key=_amount)
            chosen = (ordered[-1], ordered[0]) if language == default else (ordered[-1],)
            for brief in {id(b): b for b in chosen}.values():
                _render_sample(engine, audience, brief, problems, out)


def _render_sample(engine: Engine, audience, brief, problems: Problems, out) -> None:
    try:
        pack = engine.render_brief(brief)
    except BriefgenError as exc:
        problems.error(audience.where.file, audience.where.line, str(exc))
        return
    name = f"{brief.country.code} ({brief.language})"
    if out is not None:
        low, high = brief.page_limits
        pages = f"{pack.pages} page{'s' if pack.pages != 1 else ''}"
        print(f"sample: {audience.id} {name}: {pages} (bounds {low}-{high})", file=out)
    bounds = page_bounds_warning(brief, pack.pages)
    if bounds:
        problems.warning(
            audience.where.file,
            audience.where.line,
            f"audience '{audience.id}': sample pack {name}: {bounds}",
        )


def _amount(brief) -> float:
    """Roughly how much a pack says: characters of its text (Letter runs longer)."""
    total = 0
    for value in (
        brief.summary,
        *brief.key_facts,
        *(e.text for e in brief.timeline),
        *(c.body for c in brief.concerns),
        *(c.summary or () for c in brief.concerns),
        *(e.text for e in brief.examples),
        *brief.asks,
        brief.position or (),
        *(law.text for law in brief.laws),
    ):
        total += sum(len(v) for kind, v in value if kind != "cite")
    total += 75 * len(brief.sources)
    return total * (1.07 if brief.paper == "Letter" else 1.0)
