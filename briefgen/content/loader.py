"""Load a campaign folder into the content model, validating it once.

Two passes, as a static-site generator does: read and type-check every file
(each problem recorded with file and line), then check the references
between them (`briefgen.content.checks`). Nothing is printed here; callers decide.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from briefgen.content import load_cache
from briefgen.content.checks import check_content
from briefgen.content.fields import LoadContext
from briefgen.content.limits import bounded_files
from briefgen.content.model import (
    Ask,
    Audience,
    Campaign,
    Concern,
    Content,
    Country,
    CountryProfile,
    Example,
    OrgProfile,
    Rejected,
    Source,
    Where,
)
from briefgen.content.problems import Problems
from briefgen.content.rules import COLOR, PAPERS
from briefgen.content.schema import build, kind_of
from briefgen.content.sections import SECTIONS
from briefgen.content.text import find_placeholder
from briefgen.content.textcheck import check_text
from briefgen.content.translations import apply_translations, completeness
from briefgen.content.yamlfile import (
    LineDict,
    LineList,
    YamlFileError,
    decode,
    parse_yaml,
    read_bytes,
)
from briefgen.errors import ContentError

__all__ = ["COLOR", "PAPERS", "SECTIONS", "load_content", "load_content_or_raise", "load_org"]

T = TypeVar("T")


def load_content(root: Path, today: dt.date | None = None) -> tuple[Content | None, Problems]:
    """Read and validate `root`; returns the content (None if unusable) and every problem."""
    root = Path(root).resolve()
    problems = Problems(root)
    if not root.is_dir():
        problems.error(root, 0, "content folder not found")
        return None, problems
    reader = _Reader(root, problems)
    content = reader.load()
    if content is not None:
        content = apply_translations(content, reader.read, problems)
        completeness(content, problems)
        check_content(content, problems, today or dt.date.today())
        check_text(content, problems)
    return content, problems


def load_content_or_raise(
    root: Path, today: dt.date | None = None, *, reuse: bool = False
) -> tuple[Content, Problems]:
    """`load_content`, raising ContentError on any error. With `reuse`, an unchanged
    folder's result is taken from `load_cache` instead of being read again."""
    if reuse:
        resolved = Path(root).resolve()
        day = today or dt.date.today()
        content, problems = load_cache.cached(
            "content", resolved, lambda: load_content(resolved, day), today=day
        )
    else:
        content, problems = load_content(root, today)
    if content is None or problems.errors:
        raise ContentError(problems.sorted())
    return content, problems


def load_org(path: Path, problems: Problems) -> OrgProfile | None:
    """Load one organisation profile, e.g. a member's file given with --org."""
    data = _Reader(path.parent, problems).read(path, expect=dict)
    if data is None:
        return None
    return build(OrgProfile, data, path, problems, LoadContext())


class _Reader:
    def __init__(self, root: Path, problems: Problems):
        self.root = root
        self.problems = problems
        self.hashes: dict[str, str] = {}
        self.rejected: dict[str, Rejected] = {}  # kind -> what a problem kept out

    # -- files ---------------------------------------------------------------
    def read(self, path: Path, expect: type):
        try:  # through the safe open: inside the folder, a regular file, bounded
            raw = read_bytes(path, (self.root,))
            self.hashes[self._rel(path)] = hashlib.sha256(raw).hexdigest()
            data, duplicates = parse_yaml(decode(raw))
        except YamlFileError as exc:
            self.problems.error(path, exc.line, exc.message)
            return None
        for line, key in duplicates:
            self.problems.error(path, line, f"'{key}' is given twice in the same mapping")
        if data is None:
            data = LineDict() if expect is dict else LineList()
        if not isinstance(data, expect):
            kind = "a mapping of fields" if expect is dict else "a list of entries"
            self.problems.error(path, getattr(data, "line", 1), f"the file must hold {kind}")
            return None
        self._scan_placeholders(path, data, getattr(data, "line", 1))
        return data

    def _rel(self, path: Path) -> str:
        try:
            return str(path.resolve().relative_to(self.root))
        except ValueError:
            return str(path)

    def _scan_placeholders(self, path: Path, value, line: int) -> None:
        if isinstance(value, str):
            found = find_placeholder(value)
            if found:
                self.problems.error(
                    path,
                    line,
                    f"placeholder text '{found}' must be replaced before anything is printed",
                )
        elif isinstance(value, LineDict):
            for key, item in value.items():
                self._scan_placeholders(path, item, value.key_lines.get(key, line))
        elif isinstance(value, list):
            lines = getattr(value, "item_lines", [])
            for index, item in enumerate(value):
                self._scan_placeholders(path, item, lines[index] if index < len(lines) else line)

    def files(self, single: str, folder: str | None = None, recursive: bool = False) -> list[Path]:
        # lexists, not is_file: a FIFO, a folder or a dangling link named like a
        # YAML file is read (and refused by name), not silently skipped.
        paths = []
        if os.path.lexists(self.root / single):
            paths.append(self.root / single)
        if folder and (self.root / folder).is_dir():
            pattern = "**/*.yaml" if recursive else "*.yaml"
            paths.extend(sorted((self.root / folder).glob(pattern)))
        return bounded_files(paths, self.root / (folder or single), self.problems)

    def entries(self, paths: list[Path], kind: str = ""):
        """Yield (file, mapping) for every entry of list-shaped files."""
        for path in paths:
            data = self.read(path, LineList)
            if data is None and kind:  # unreadable: references to its items go unchecked
                self.rejected.setdefault(kind, Rejected()).files.append(path)
            for index, item in enumerate(data or []):
                if isinstance(item, dict):
                    yield path, item
                else:
                    self.problems.error(
                        path, data.item_lines[index], "each entry must be a mapping of fields"
                    )

    def unique(self, table: dict, key: str, value, path: Path, line: int, what: str) -> None:
        if key in table:
            first = table[key].where
            self.problems.error(
                path,
                line,
                f"{what} id '{key}' is already used at {self._rel(first.file)}:{first.line}",
            )
        else:
            table[key] = value

    # -- the whole folder ----------------------------------------------------
    def load(self) -> Content | None:
        campaign_path = self.root / "campaign.yaml"
        if not os.path.lexists(campaign_path):
            self.problems.error(
                campaign_path,
                0,
                "missing: every content folder needs a campaign.yaml (see docs/content-format.md)",
            )
            return None
        data = self.read(campaign_path, dict)
        if data is None:
            return None
        # What later files are checked against, known step by step and passed on.
        context = LoadContext(languages=_declared_languages(data))
        audiences = self._table(self.files("audiences.yaml"), Audience, context)
        context = replace(context, audiences=frozenset(audiences))
        campaign = build(Campaign, data, campaign_path, self.problems, context)
        if campaign is None:
            return None
        sources = self._table(self.files("sources.yaml", "sources"), Source, context)
        countries = self._table(self.files("countries.yaml"), Country, context, key="code")
        context = replace(context, treaties={t.id: t for t in campaign.treaties})
        profiles = self._profiles(context)
        concerns = self._table(self.files("concerns.yaml", "concerns"), Concern, context)
        examples = self._table(self.files("examples.yaml", "examples"), Example, context)
        asks = self._table(self.files("asks.yaml", "asks"), Ask, context)
        orgs = self._orgs()
        template_dir = self.root / "templates"
        fingerprint = hashlib.sha256(
            "".join(f"{k}={v};" for k, v in sorted(self.hashes.items())).encode()
        ).hexdigest()
        return Content(
            root=self.root,
            campaign=campaign,
            audiences=audiences,
            concerns=concerns,
            examples=examples,
            asks=asks,
            countries=countries,
            profiles=profiles,
            sources=sources,
            orgs=orgs,
            template_dir=template_dir if template_dir.is_dir() else None,
            fingerprint=fingerprint,
            file_hashes=dict(self.hashes),
            rejected=dict(self.rejected),
        )

    def _table(
        self, paths: list[Path], of: type[T], context: LoadContext, key: str = "id"
    ) -> dict[str, T]:
        """Every entry of list-shaped `paths` read as kind `of`, by its `key`."""
        table: dict[str, T] = {}
        what = kind_of(of).what
        for path, data in self.entries(paths, what):
            item = build(of, data, path, self.problems, context)
            if item is not None:
                self.unique(table, getattr(item, key), item, path, data.line, what)
            elif isinstance(data.get(key), str):  # rejected: said once, not at every reference
                rejected = self.rejected.setdefault(what, Rejected())
                rejected.ids[data[key]] = Where(path, data.line)
        return table

    def _profiles(self, context: LoadContext) -> dict[str, CountryProfile]:
        profiles: dict[str, CountryProfile] = {}
        for path in self.files("__none__", "countries"):
            data = self.read(path, dict)
            if data is None:
                continue
            profile = build(CountryProfile, data, path, self.problems, context)
            if profile is None:
                continue
            if path.stem.upper() != profile.code:
                self.problems.warning(
                    path,
                    data.line,
                    f"profile for {profile.code} is in a file "
                    f"named {path.name}; name it {profile.code.lower()}.yaml",
                )
            self.unique(profiles, profile.code, profile, path, data.line, "country profile")
        return profiles

    def _orgs(self) -> dict[str, OrgProfile]:
        table: dict[str, OrgProfile] = {}
        for path in self.files("__none__", "orgs", recursive=True):
            data = self.read(path, dict)
            if data is None:
                continue
            org = build(OrgProfile, data, path, self.problems, LoadContext())
            if org is not None:
                self.unique(table, org.id, org, path, data.line, "organisation")
        return table


def _declared_languages(data: LineDict) -> frozenset[str] | None:
    """The campaign's languages, read loosely: campaign.yaml itself is checked later."""
    declared: list[Any] = [data.get("language", ""), *(data.get("languages") or [])]
    languages = frozenset(lang for lang in declared if isinstance(lang, str) and lang)
    return languages or None
