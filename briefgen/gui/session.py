"""The app's state apart from the widgets: the content, its problems, the
organisations on offer and the user's choices.

Plain Python, no Qt (tests/test_session.py runs it without PySide6): the
window and the side panel observe a `Session` through plain callbacks
(`subscribe`), the side panel's changes come back through `choose`, and the
defaults the panel names ("Country default (A4)", "Automatic (on)") are the
core's (`briefgen.selection.select`), never decided here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from briefgen.commands.check import check_templates
from briefgen.content import load_cache
from briefgen.content.loader import load_content
from briefgen.content.locale import default_language
from briefgen.content.model import Content
from briefgen.content.orgs import is_profile_file
from briefgen.content.problems import Problem, Problems
from briefgen.gui.choices import Choices, reconcile, request_for
from briefgen.paths import shipped_assets, shipped_templates
from briefgen.render.engine import PackRequest
from briefgen.selection.select import default_paper, default_safety

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadResult:
    root: Path
    content: Content | None
    problems: Problems

    @property
    def usable(self) -> bool:
        """Packs are only made from content without errors, as on the command line."""
        return self.content is not None and not self.problems.errors


def load(root: Path, template_dirs: Iterable[Path] = ()) -> LoadResult:
    """Read and check a content folder, templates included, as `briefgen check` does.
    Runs on any thread (the app runs it on a background one). Unchanged content
    and templates are not read again: the result comes from `load_cache`."""
    root = Path(root).resolve()
    template_dirs = tuple(template_dirs)

    def read() -> LoadResult:
        content, problems = load_content(root)
        if content is not None:
            check_templates(content, template_dirs, problems)
        return LoadResult(root, content, problems)

    folders = (*template_dirs, shipped_templates(), shipped_assets())
    return load_cache.cached("app", root, read, folders)


class Change(StrEnum):
    """What an observer is told about; it reads the rest from the session."""

    CONTENT = "content_changed"  # new usable content; the choices reconciled with it
    LOAD_FAILED = "load_failed"  # a load gave no usable content; the previous stays
    CHOICES = "choices_changed"  # the user's choices changed
    ORGS = "orgs_changed"  # an organisation profile file was offered


@dataclass(frozen=True)
class Defaults:
    """What the choices left to the country mean for one country, as the core decides."""

    paper: str  # "a4" / "letter": the paper when none is chosen
    safety: bool  # whether safety mode is on when it is left automatic
    language: str  # the pack's language when none is chosen


Observer = Callable[[Change], object]


class Session:
    """One window's state: the last usable content, the last load's problems, the
    organisations on offer and the current `Choices`."""

    def __init__(self, choices: Choices | None = None, fallback_country: str | None = None):
        """`choices`: where to start (the ones remembered from the last run), reconciled
        with the first content; `fallback_country`: the country chosen when those name
        none the content has (the system locale's)."""
        self.content: Content | None = None  # the last content without errors
        self.last_load: LoadResult | None = None  # the last load's result, usable or not
        self.problems: list[Problem] = []  # the last load's, sorted
        self.choices: Choices = choices or Choices()
        self.fallback_country = fallback_country
        self._files: dict[str, str | None] = {}  # profile files offered: path -> org name
        self._observers: list[Observer] = []
        if is_profile_file(self.choices.org):
            self._files[str(self.choices.org)] = None

    # -- observers -------------------------------------------------------------------
    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call `observer(change)` after every change; returns the unsubscriber."""
        self._observers.append(observer)
        return lambda: self._observers.remove(observer) if observer in self._observers else None

    def _notify(self, change: Change) -> None:
        for observer in list(self._observers):
            observer(change)

    # -- content ---------------------------------------------------------------------
    def loaded(self, result: LoadResult) -> bool:
        """A load finished: usable content replaces the previous and reconciles the
        choices with it (Change.CONTENT); otherwise the previous content stays and
        only the problems are new (Change.LOAD_FAILED). True when content changed."""
        self.last_load = result
        self.problems = result.problems.sorted()
        content = result.content
        if content is None or not result.usable:
            self._notify(Change.LOAD_FAILED)
            return False
        self.content = content
        self._files = {path: name for path, name in self._files.items() if Path(path).is_file()}
        self.choices = reconcile(content, self.choices, self.fallback_country)
        self._notify(Change.CONTENT)
        return True

    @property
    def root(self) -> Path | None:
        """The folder of the last load."""
        return self.last_load.root if self.last_load else None

    @property
    def errors(self) -> int:
        """The last load's errors (the content shown predates them when not 0)."""
        return sum(1 for p in self.problems if p.is_error)

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if not p.is_error)

    # -- organisations ---------------------------------------------------------------
    @property
    def orgs(self) -> dict[str, str]:
        """The organisation profiles on offer, {org id or profile file: its label}: the
        content's, then the profile files the user opened."""
        offered = {org.id: org.name for org in self.content.orgs.values()} if self.content else {}
        for path, name in self._files.items():
            offered[path] = f"{name or Path(path).stem} ({Path(path).name})"
        return offered

    def offer_profile(self, path: Path | str, name: str | None = None) -> None:
        """Offer the profile file at `path` (an organisation called `name`)."""
        key = str(path)
        name = name or self._files.get(key)
        if key in self._files and self._files[key] == name:
            return
        self._files[key] = name
        self._notify(Change.ORGS)

    # -- choices ---------------------------------------------------------------------
    def choose(self, choices: Choices) -> None:
        """The user's new choices (from the side panel). Observers hear of every choice,
        even one that leaves them as they were: the preview is then checked again (a
        profile file is read again, as for a new choice)."""
        if is_profile_file(choices.org) and str(choices.org) not in self._files:
            self._files[str(choices.org)] = None
        self.choices = choices
        self._notify(Change.CHOICES)

    def defaults(self, country: str | None = None) -> Defaults | None:
        """What paper, safety and language left to the country mean for `country`
        (None: the one chosen), from the core's rules; None without such a country."""
        code = country if country is not None else self.choices.country
        content = self.content
        if content is None or code is None or code not in content.countries:
            return None
        return Defaults(
            paper=default_paper(content, code),
            safety=default_safety(content, code),
            language=default_language(content, content.countries[code]),
        )

    def request(self) -> PackRequest | None:
        """The pack the choices ask for (None: no content, audience or country yet);
        raises BriefgenError for a broken profile file."""
        if self.content is None or not self.choices.audience or not self.choices.country:
            return None
        return request_for(self.content, self.choices)
