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
from briefgen.render.templating import TemplateFault, Templates


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
    (a missing or unreadable template, a syntax error, a bad label, a label
    field no template gives, a failure in a trial render), and placeholders."""
    templates = Templates([*template_dirs, content.template_dir, shipped_templates()])
    for audience in content.audiences.values():
        if templates.find(audience.template) is None:
            problems.error(
                audience.where.file,
                audience.where.line,
                f"audience '{audience.id}': template '{audience.template}' not found",
            )
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
    # Imported here: the PDF engine loads slowly, and most checks stop before this.
    from briefgen.render.engine import Engine, PackRequest

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
