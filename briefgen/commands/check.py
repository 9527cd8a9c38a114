"""`briefgen check`: every problem in the content and its templates, as file:line."""

from __future__ import annotations

import sys
from pathlib import Path

from briefgen.content.loader import load_content
from briefgen.content.model import Content
from briefgen.content.problems import Problems
from briefgen.content.text import find_placeholder
from briefgen.paths import shipped_templates
from briefgen.render.labels import check_labels
from briefgen.render.templating import Templates


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
    """Templates reach the PDF too: refuse placeholders and missing templates."""
    templates = Templates(
        [*template_dirs, content.template_dir, shipped_templates()], content.campaign.language
    )
    for severity, file, where, message in check_labels(
        templates.labels, content.campaign.languages
    ):
        (problems.error if severity == "error" else problems.warning)(file, where, message)
    for audience in content.audiences.values():
        if templates.find(audience.template) is None:
            problems.error(
                audience.where.file,
                audience.where.line,
                f"audience '{audience.id}': template '{audience.template}' not found",
            )
    for folder in templates.folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".j2", ".html", ".css", ".yaml"):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                found = find_placeholder(line)
                if found:
                    problems.error(path, number, f"placeholder text '{found}' in a template")
