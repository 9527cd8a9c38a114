"""The few exceptions a user ever sees. Each prints as one clean message."""

from __future__ import annotations


class BriefgenError(Exception):
    """An error the user can act on; shown without a traceback."""

    exit_code = 1


class UsageError(BriefgenError):
    """The command line asked for something that does not exist."""

    exit_code = 2


class ContentError(BriefgenError):
    """The content folder has errors; `problems` lists every one of them."""

    def __init__(self, problems):
        self.problems = list(problems)
        errors = [p for p in self.problems if p.is_error]
        lines = [str(p) for p in errors]
        summary = f"{len(errors)} error(s) in the content"
        super().__init__("\n".join([*lines, summary]))


class RenderError(BriefgenError):
    """A template or the PDF engine failed on otherwise valid content."""


class OutputError(BriefgenError):
    """A file could not be written (read-only folder, a folder in the way, full disk)."""
