"""Load a campaign folder into the content model, validating it once.

Two passes, as a static-site generator does: read and type-check every file
(each problem recorded with file and line), then check the references
between them (`briefgen.content.checks`). Nothing is printed here; callers decide.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

from briefgen.content.checks import check_content
from briefgen.content.fields import Fields
from briefgen.content.images import logo_problem
from briefgen.content.iso3166 import ALPHA2
from briefgen.content.limits import bounded_files
from briefgen.content.model import (
    UNKNOWN,
    Ask,
    Audience,
    Campaign,
    Concern,
    Contact,
    Content,
    Country,
    CountryProfile,
    Example,
    Fact,
    Law,
    LocalOrganisation,
    OrgProfile,
    Source,
    TimelineEntry,
    Treaty,
    TreatyStatus,
    Where,
)
from briefgen.content.presentation import KEYS as PRESENTATION_KEYS
from briefgen.content.presentation import read_presentation
from briefgen.content.problems import Problems
from briefgen.content.sections import SECTIONS
from briefgen.content.status import FACT_CHOICES, REACH, read_fact, read_when
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

PAPERS = ("a4", "letter")
COLOR = __import__("re").compile(r"^#[0-9a-fA-F]{6}$")


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


def load_content_or_raise(root: Path, today: dt.date | None = None) -> tuple[Content, Problems]:
    content, problems = load_content(root, today)
    if content is None or problems.errors:
        raise ContentError(problems.sorted())
    return content, problems


def load_org(path: Path, problems: Problems, languages=None) -> OrgProfile | None:
    """Load one organisation profile, e.g. a member's file given with --org."""
    data = _Reader(path.parent, problems).read(path, expect=dict)
    if data is None:
        return None
    return _org(data, path, problems)


class _Reader:
    def __init__(self, root: Path, problems: Problems):
        self.root = root
        self.problems = problems
        self.hashes: dict[str, str] = {}

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
        elif isinstance(value, dict):
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

    def entries(self, paths: list[Path]):
        """Yield (file, mapping) for every entry of list-shaped files."""
        for path in paths:
            data = self.read(path, LineList)
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
        languages = {data.get("language", "")} | set(data.get("languages") or [])
        languages = {lang for lang in languages if isinstance(lang, str) and lang}
        self.languages = languages or None

        audiences = self._audiences()
        self.audience_ids = set(audiences)
        campaign = self._campaign(data, campaign_path)
        if campaign is None:
            return None
        sources = self._sources()
        countries = self._countries()
        profiles = self._profiles(campaign)
        concerns = self._table(self.files("concerns.yaml", "concerns"), "concern", self._concern)
        examples = self._table(self.files("examples.yaml", "examples"), "example", self._example)
        asks = self._table(self.files("asks.yaml", "asks"), "ask", self._ask)
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
        )

    def _fields(self, data, path, what, allowed) -> Fields:
        return Fields(
            data,
            path,
            self.problems,
            what,
            allowed,
            self.languages,
            getattr(self, "audience_ids", None),
        )

    def _table(self, paths, what, build) -> dict:
        table: dict = {}
        for path, data in self.entries(paths):
            item = build(data, path)
            if item is not None:
                self.unique(table, item.id, item, path, data.line, what)
        return table

    # -- campaign ------------------------------------------------------------
    def _campaign(self, data: LineDict, path: Path) -> Campaign | None:
        f = self._fields(
            data,
            path,
            "campaign",
            {
                "id",
                "title",
                "subtitle",
                "language",
                "languages",
                "as_of",
                "stale_after_days",
                "url",
                "summary",
                "treaties",
                "key_facts",
                "timeline",
            },
        )
        campaign_id = f.id("id")
        language = f.str("language")
        languages = f.str_list("languages") or ((language,) if language else ())
        if language and language not in languages:
            languages = (language, *languages)
        treaties = []
        for index, item in enumerate(f.list("treaties", required=True)):
            treaty = self._treaty(item, path, f.item_line("treaties", index))
            if treaty:
                treaties.append(treaty)
        if not treaties and "treaties" in data:
            f.error(f.line("treaties"), "campaign: 'treaties' needs at least one treaty")
        key_facts = []
        for index, item in enumerate(f.list("key_facts")):
            fact = self._fact(item, path, f.item_line("key_facts", index))
            if fact:
                key_facts.append(fact)
        timeline = []
        for index, item in enumerate(f.list("timeline")):
            entry = self._timeline_entry(item, path, f.item_line("timeline", index))
            if entry:
                timeline.append(entry)
        title, as_of, summary = f.text("title"), f.date("as_of"), f.audience_text("summary")
        if None in (campaign_id, language, title, as_of, summary) or not treaties:
            return None
        return Campaign(
            id=campaign_id,
            title=title,
            subtitle=f.text("subtitle", False),
            language=language,
            languages=tuple(languages),
            as_of=as_of,
            stale_after_days=f.int("stale_after_days", 365, minimum=1),
            url=f.url("url", False),
            summary=summary,
            treaties=tuple(treaties),
            key_facts=tuple(key_facts),
            timeline=tuple(sorted(timeline, key=lambda e: e.date)),
            where=Where(path, data.line),
        )

    def _treaty(self, data, path, line) -> Treaty | None:
        if not isinstance(data, dict):
            self.problems.error(path, line, "each treaty must be a mapping of fields")
            return None
        f = self._fields(data, path, "treaty", {"id", "name", "short_name", "statuses"})
        treaty_id, name = f.id(), f.text("name")
        statuses = {}
        table = f.mapping("statuses", required=True) or {}
        for status, label in table.items():
            parsed = f._text_value(label, f"statuses.{status}", table.key_lines.get(status, line))
            if parsed:
                statuses[str(status)] = parsed
        if UNKNOWN not in statuses:
            statuses[UNKNOWN] = None  # the pack prints its `not_recorded` label
        if treaty_id is None or name is None:
            return None
        return Treaty(treaty_id, name, f.text("short_name", False) or name, statuses)

    def _fact(self, data, path, line) -> Fact | None:
        if not isinstance(data, dict):
            self.problems.error(path, line, "each key fact must be a mapping of fields")
            return None
        f = self._fields(data, path, "key fact", {"id", "text", "audiences", "sources"})
        fact_id, text = f.id(), f.text("text")
        if fact_id is None or text is None:
            return None
        return Fact(
            fact_id,
            text,
            f.str_list("audiences") or None,
            f.str_list("sources"),
            Where(path, data.line),
        )

    def _timeline_entry(self, data, path, line) -> TimelineEntry | None:
        if not isinstance(data, dict):
            self.problems.error(path, line, "each timeline entry must be a mapping of fields")
            return None
        f = self._fields(data, path, "timeline entry", {"date", "text", "audiences", "sources"})
        date, text = f.date("date"), f.text("text")
        if date is None or text is None:
            return None
        return TimelineEntry(
            date,
            text,
            f.str_list("audiences") or None,
            f.str_list("sources"),
            Where(path, data.line),
        )

    # -- audiences -----------------------------------------------------------
    def _audiences(self) -> dict:
        return self._table(self.files("audiences.yaml"), "audience", self._audience)

    def _audience(self, data, path) -> Audience | None:
        f = self._fields(
            data,
            path,
            "audience",
            {
                "id",
                "name",
                "description",
                *PRESENTATION_KEYS,
                "max_concerns",
                "max_examples",
                "max_asks",
                "sections",
                "optional_sections",
                "pages",
                "limits",
            },
        )
        audience_id, name = f.id(), f.text("name")
        sections = f.str_list("sections", required=True)
        for index, section in enumerate(sections):
            if section not in SECTIONS:
                f.error(
                    f.item_line("sections", index),
                    f"audience: unknown section '{section}' (sections: {', '.join(SECTIONS)})",
                )
        optional = f.str_list("optional_sections")
        for index, section in enumerate(optional):
            if section not in sections:
                f.error(
                    f.item_line("optional_sections", index),
                    f"audience: optional section '{section}' is not in 'sections'",
                )
        pages = f.mapping("pages") or {}
        low, high = pages.get("min", 1), pages.get("max", 99)
        if not (isinstance(low, int) and isinstance(high, int) and 1 <= low <= high):
            f.error(f.line("pages"), "audience: 'pages' needs whole numbers with 1 <= min <= max")
            low, high = 1, 99
        limits = {}
        for key, value in (f.mapping("limits") or {}).items():
            if isinstance(value, int) and value > 0:
                limits[str(key)] = value
            else:
                f.error(f.line("limits"), f"audience: limit '{key}' must be a positive number")
        if audience_id is None or name is None:
            return None
        return Audience(
            id=audience_id,
            name=name,
            description=f.text("description", False),
            presentation=read_presentation(f),
            max_concerns=f.int("max_concerns", 5, 1),
            max_examples=f.int("max_examples", 4, 0),
            max_asks=f.int("max_asks", 4, 1),
            sections=tuple(s for s in sections if s in SECTIONS),
            optional_sections=tuple(optional),
            pages=(low, high),
            limits=limits,
            where=Where(path, data.line),
        )

    # -- sources, concerns, examples, asks ----------------------------------
    def _sources(self) -> dict:
        return self._table(self.files("sources.yaml", "sources"), "source", self._source)

    def _source(self, data, path) -> Source | None:
        f = self._fields(
            data, path, "source", {"id", "publisher", "title", "url", "date", "accessed"}
        )
        source_id, publisher, title, url = f.id(), f.str("publisher"), f.str("title"), f.url("url")
        date, accessed = f.date("date", False), f.date("accessed", False)
        if None in (source_id, publisher, title, url):
            return None
        return Source(source_id, publisher, title, url, date, accessed, Where(path, data.line))

    def _concern(self, data, path) -> Concern | None:
        f = self._fields(
            data,
            path,
            "concern",
            {"id", "title", "summary", "body", "articles", "priority", "sources", "when"},
        )
        concern_id, title, body = f.id(), f.audience_text("title"), f.audience_text("body")
        when = read_when(f)
        priority = {}
        raw = f._get("priority", False)
        if isinstance(raw, int) and not isinstance(raw, bool):
            priority = {"default": raw}
        elif isinstance(raw, dict):
            for key, value in raw.items():
                if not isinstance(value, int) or isinstance(value, bool):
                    f.error(
                        raw.key_lines.get(key, f.line("priority")),
                        f"concern: priority for '{key}' must be a whole number",
                    )
                elif key != "default" and key not in self.audience_ids:
                    f.error(
                        raw.key_lines.get(key, f.line("priority")),
                        f"concern: priority for '{key}', which is not an audience",
                    )
                else:
                    priority[key] = value
        elif raw is not None:
            f.error(
                f.line("priority"),
                "concern: 'priority' must be a number or a mapping of audience to number",
            )
        if None in (concern_id, title, body) or when is None:
            return None
        return Concern(
            concern_id,
            title,
            f.audience_text("summary", False),
            body,
            f.str_list("articles"),
            priority,
            f.str_list("sources"),
            Where(path, data.line),
            when,
        )

    def _example(self, data, path) -> Example | None:
        f = self._fields(
            data,
            path,
            "example",
            {"id", "country", "concerns", "title", "text", "date", "priority", "sources", "reach"},
        )
        example_id, country = f.id(), f.str("country")
        title, text = f.text("title"), f.audience_text("text")
        concerns = f.str_list("concerns", required=True)
        if country is not None:
            country = country.upper()
            if country not in ALPHA2:
                f.error(
                    f.line("country"),
                    f"example: '{country}' is not an ISO 3166-1 alpha-2 country code",
                )
        if None in (example_id, country, title, text):
            return None
        return Example(
            example_id,
            country,
            concerns,
            title,
            text,
            f.date("date", False),
            f.int("priority", 50),
            f.str_list("sources"),
            Where(path, data.line),
            f.choice("reach", REACH, required=False, default="region"),
        )

    def _ask(self, data, path) -> Ask | None:
        f = self._fields(
            data,
            path,
            "ask",
            {"id", "audiences", "when", "names_organisations", "text", "priority", "sources"},
        )
        ask_id, text = f.id(), f.audience_text("text")
        when = read_when(f)
        if ask_id is None or text is None or when is None:
            return None
        return Ask(
            ask_id,
            f.str_list("audiences") or None,
            when,
            text,
            f.int("priority", 50),
            f.str_list("sources"),
            Where(path, data.line),
            f.bool("names_organisations"),
        )

    # -- countries -----------------------------------------------------------
    def _countries(self) -> dict:
        table: dict = {}
        for path, data in self.entries(self.files("countries.yaml")):
            f = self._fields(
                data,
                path,
                "country",
                {"code", "name", "common_name", "region", "subregion", "paper", "languages", "un"},
            )
            code, name, region = f.str("code"), f.str("name"), f.str("region")
            paper = f.choice("paper", PAPERS, default="a4")
            un = f.choice("un", ("member", "observer"), required=False, default="member")
            if code is not None:
                code = code.upper()
                if code not in ALPHA2:
                    f.error(f.line("code"), f"country: '{code}' is not an ISO 3166-1 alpha-2 code")
                    code = None
            if None in (code, name, region):
                continue
            country = Country(
                code,
                name,
                f.str("common_name", False),
                region,
                f.str("subregion", False),
                paper,
                f.str_list("languages"),
                un,
                Where(path, data.line),
            )
            self.unique(table, code, country, path, data.line, "country")
        return table

    def _profiles(self, campaign: Campaign) -> dict:
        profiles: dict = {}
        treaty_ids = {t.id: t for t in campaign.treaties}
        for path in self.files("__none__", "countries"):
            data = self.read(path, dict)
            if data is None:
                continue
            profile = self._profile(data, path, treaty_ids)
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

    def _profile(self, data, path, treaties: dict) -> CountryProfile | None:
        f = self._fields(
            data,
            path,
            "country profile",
            {
                "code",
                *FACT_CHOICES,
                "language",
                "position",
                "concern_priority",
                "laws",
                "organisations",
                *treaties,
            },
        )
        code = f.str("code")
        if code is not None:
            code = code.upper()
            if code not in ALPHA2:
                f.error(
                    f.line("code"), f"country profile: '{code}' is not an ISO 3166-1 alpha-2 code"
                )
                code = None
        statuses = {}
        for treaty_id, treaty in treaties.items():
            block = f.mapping(treaty_id)
            if block is None:
                continue
            g = self._fields(
                block, path, f"{treaty_id} status", {"status", "date", "note", "sources"}
            )
            status = g.choice("status", tuple(treaty.statuses), default=UNKNOWN)
            statuses[treaty_id] = TreatyStatus(
                status,
                g.date("date", False),
                g.text("note", False),
                g.str_list("sources"),
                Where(path, block.line),
            )
        laws = []
        for index, item in enumerate(f.list("laws")):
            if not isinstance(item, dict):
                f.error(f.item_line("laws", index), "each law must be a mapping of fields")
                continue
            g = self._fields(item, path, "law", {"title", "text", "sources"})
            title, text = g.text("title"), g.text("text")
            if title and text:
                laws.append(Law(title, text, g.str_list("sources"), Where(path, item.line)))
        organisations = []
        for index, item in enumerate(f.list("organisations")):
            if not isinstance(item, dict):
                f.error(f.item_line("organisations", index), "each organisation must be a mapping")
                continue
            g = self._fields(item, path, "organisation", {"name", "url", "sources"})
            name = g.str("name")
            if name:
                organisations.append(
                    LocalOrganisation(
                        name, g.url("url", False), g.str_list("sources"), Where(path, item.line)
                    )
                )
        facts = {}
        for key in FACT_CHOICES:
            fact = read_fact(f, key, lambda d, what, keys: self._fields(d, path, what, keys))
            if fact is not None:
                facts[key] = fact
        if code is None:
            return None
        return CountryProfile(
            code=code,
            high_risk=bool(facts["high_risk"].value) if "high_risk" in facts else False,
            facts=facts,
            language=f.str("language", False),
            treaties=statuses,
            position=f.audience_text("position", False),
            concern_priority=f.str_list("concern_priority"),
            laws=tuple(laws),
            organisations=tuple(organisations),
            where=Where(path, data.line),
        )

    # -- organisations -------------------------------------------------------
    def _orgs(self) -> dict:
        table: dict = {}
        for path in self.files("__none__", "orgs", recursive=True):
            data = self.read(path, dict)
            if data is None:
                continue
            org = _org(data, path, self.problems)
            if org is not None:
                self.unique(table, org.id, org, path, data.line, "organisation")
        return table


def _org(data: LineDict, path: Path, problems: Problems) -> OrgProfile | None:
    f = Fields(
        data,
        path,
        problems,
        "organisation",
        {"id", "name", "short_name", "logo", "logo_alt", "colors", "contact", "members"},
    )
    org_id, name = f.id(), f.str("name")
    logo = None
    logo_name = f.str("logo", False)
    if logo_name:
        logo = (path.parent / logo_name).resolve()
        if not logo.is_relative_to(path.parent.resolve()):
            f.error(f.line("logo"), "organisation: the logo must be inside the profile's folder")
            logo = None
        elif logo.suffix.lower() not in (".svg", ".png", ".jpg", ".jpeg"):
            f.error(f.line("logo"), "organisation: the logo must be an SVG, PNG or JPEG file")
            logo = None
        else:
            trouble = logo_problem(path.parent / logo_name, path.parent)
            if trouble:
                f.error(f.line("logo"), f"organisation: logo {trouble}")
                logo = None
    logo_alt = f.str("logo_alt", False)
    if logo and not logo_alt:
        f.error(
            f.line("logo"), "organisation: a logo needs 'logo_alt' (its text for screen readers)"
        )
    colors = {}
    for key, value in (f.mapping("colors") or {}).items():
        if key not in ("primary", "accent"):
            f.error(f.line("colors"), f"organisation: unknown colour '{key}' (primary, accent)")
        elif not isinstance(value, str) or not COLOR.match(value):
            f.error(f.line("colors"), f"organisation: colour '{key}' must look like #1d3557")
        else:
            colors[key] = value.lower()
    contact = Contact()
    block = f.mapping("contact")
    if block is not None:
        g = Fields(block, path, problems, "contact", {"email", "phone", "website", "press"})
        contact = Contact(
            g.str("email", False),
            g.str("phone", False),
            g.url("website", False),
            g.str("press", False),
        )
    if org_id is None or name is None:
        return None
    return OrgProfile(
        org_id,
        name,
        f.str("short_name", False),
        logo,
        logo_alt,
        colors,
        contact,
        f.str_list("members"),
        Where(path, data.line),
    )
