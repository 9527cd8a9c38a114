"""Translations of a campaign: `languages/<lang>/`, beside the content files.

Each language folder mirrors the files it translates (`campaign.yaml`,
`audiences.yaml`, `concerns.yaml`, `examples.yaml`, `asks.yaml`,
`countries/<cc>.yaml`, `orgs/<id>.yaml`) and holds only their text fields, in
the same shape: list items matched by `id`, timeline entries by position (with
the same `date`), treaties by `id`, audience variants (`default`, `legislator`…)
kept. Each translated field is merged into the model's text as one more
language, so a pack in that language takes it, and takes the default language
field by field where a translation is missing: never a sentence made of two.

A key or id the default-language content does not have is an error with its
file and line; `completeness` counts what each declared language still lacks.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

from briefgen.content.model import Content
from briefgen.content.problems import Problems
from briefgen.content.text import DEFAULT, AudienceText, Text
from briefgen.content.yamlfile import LineDict, LineList

FOLDER = "languages"
# Keys that name what is translated rather than being text.
IDENTIFIERS = {"id", "code", "date"}
LIST_FILES = {"audiences.yaml": "audiences", "concerns.yaml": "concerns",
              "examples.yaml": "examples", "asks.yaml": "asks"}  # fmt: skip


def language_folders(root: Path) -> dict[str, Path]:
    folder = Path(root) / FOLDER
    if not folder.is_dir():
        return {}
    return {p.name: p for p in sorted(folder.iterdir()) if p.is_dir() and not p.is_symlink()}


class _Merger:
    """Merges one file's translation into the model objects it mirrors."""

    def __init__(self, language: str, path: Path, problems: Problems):
        self.language, self.path, self.problems = language, path, problems

    def error(self, line: int, message: str) -> None:
        self.problems.error(self.path, line, f"{self.language} translation: {message}")

    def text(self, target: Text | None, value, line: int, what: str) -> Text | None:
        if target is None:
            self.error(line, f"'{what}' has no text in the default language to translate")
            return target
        if not isinstance(value, str) or not value.strip():
            self.error(line, f"'{what}' must be non-empty text")
            return target
        return Text({**target.values, self.language: value.strip()})

    def audience_text(self, target: AudienceText | None, value, line: int, what: str):
        if target is None:
            self.error(line, f"'{what}' has no text in the default language to translate")
            return target
        variants = dict(target.variants)
        values = value if isinstance(value, dict) else {DEFAULT: value}
        for variant, string in values.items():
            where = value.key_lines.get(variant, line) if isinstance(value, LineDict) else line
            if variant not in variants:
                self.error(where, f"'{what}' has no '{variant}' version in the default language")
                continue
            variants[variant] = self.text(variants[variant], string, where, f"{what}.{variant}")
        return AudienceText(variants)

    def item(self, target, data, line: int, what: str):
        """`target` (a model dataclass) with the translated fields of `data` merged in."""
        if not isinstance(data, dict):
            self.error(line, f"{what} must be a mapping of fields")
            return target
        changes: dict[str, Any] = {}
        for key, value in data.items():
            where = data.key_lines.get(key, line) if isinstance(data, LineDict) else line
            if key in IDENTIFIERS or (key == "name" and hasattr(target, "treaties")):
                continue  # a profile's `name:` is the country's, handled by _country_name
            current = getattr(target, key, None) if hasattr(target, key) else _missing
            if isinstance(current, str) and key in ("name", "logo_alt"):
                continue  # an organisation's own words stay as its profile gives them
            if current is _missing:
                current = self._extra(target, key)
            if current is _missing:
                self.error(where, f"{what}: '{key}' is not a field that can be translated")
                continue
            merged = self.value(current, value, where, f"{what}.{key}")
            if key in getattr(target, "treaties", {}) and not hasattr(target, key):
                treaties = dict(changes.get("treaties", target.treaties))
                treaties[key] = merged
                changes["treaties"] = treaties
            else:
                changes[key] = merged
        return dataclasses.replace(target, **changes) if changes else target

    def _extra(self, target, key):
        treaties = getattr(target, "treaties", None)
        if isinstance(treaties, dict) and key in treaties:  # a profile's status by treaty id
            return treaties[key]
        return _missing

    def value(self, current, value, line: int, what: str):
        if isinstance(current, Text) or (current is None and isinstance(value, str)):
            return self.text(current, value, line, what)
        if isinstance(current, AudienceText):
            return self.audience_text(current, value, line, what)
        if isinstance(current, dict):  # e.g. a treaty's status labels
            if not isinstance(value, dict):
                self.error(line, f"'{what}' must be a mapping")
                return current
            merged = dict(current)
            for key, string in value.items():
                where = value.key_lines.get(key, line) if isinstance(value, LineDict) else line
                if key not in current:
                    self.error(where, f"'{what}' has no '{key}' in the default language")
                elif current[key] is None:
                    merged[key] = Text({self.language: str(string)})
                else:
                    merged[key] = self.text(current[key], string, where, f"{what}.{key}")
            return merged
        if isinstance(current, tuple) and current and dataclasses.is_dataclass(current[0]):
            return self.items(current, value, line, what)
        if dataclasses.is_dataclass(current):
            return self.item(current, value, line, what)
        self.error(line, f"'{what}' is not text and is not translated")
        return current

    def items(self, current: tuple, value, line: int, what: str) -> tuple:
        if not isinstance(value, list):
            self.error(line, f"'{what}' must be a list")
            return current
        lines = value.item_lines if isinstance(value, LineList) else [line] * len(value)
        merged = list(current)
        by_id = {getattr(item, "id", None): i for i, item in enumerate(current)}
        for position, entry in enumerate(value):
            where = lines[position] if position < len(lines) else line
            key = entry.get("id") if isinstance(entry, dict) else None
            if key is not None:
                if key not in by_id:
                    self.error(where, f"'{what}' has no item '{key}' in the default language")
                    continue
                index = by_id[key]
            elif position < len(current):
                index = position  # timeline entries and laws: by position
                date = entry.get("date") if isinstance(entry, dict) else None
                expected = getattr(current[index], "date", None)
                if date is not None and expected is not None and str(date) != str(expected):
                    self.error(where, f"'{what}' entry {position + 1} is dated {date}, "
                               f"the default language's {expected}")  # fmt: skip
                    continue
            else:
                self.error(where, f"'{what}' has more entries than the default language")
                continue
            merged[index] = self.item(current[index], entry, where, f"{what}[{position + 1}]")
        return tuple(merged)


_missing = object()


def apply_translations(content: Content, read, problems: Problems) -> Content:
    """`content` with every `languages/<lang>/` file merged in. `read(path, type)` is the
    loader's own safe YAML reader (inside the folder, bounded, with line numbers)."""
    folders = language_folders(content.root)
    if not folders:
        return content
    declared = set(content.campaign.languages)
    digest = hashlib.sha256(content.fingerprint.encode())
    changes: dict[str, Any] = {}
    for language, folder in folders.items():
        if language == content.campaign.language:
            problems.error(folder, 0, f"'{language}' is the campaign's own language")
            continue
        if language not in declared:
            problems.warning(
                folder, 0, f"translations into '{language}', which campaign.yaml's "
                "'languages' does not list: they are not used"
            )  # fmt: skip
            continue
        for path in sorted(folder.rglob("*.yaml")):
            data = read(path, dict if path.name == "campaign.yaml" or path.parent != folder
                        else list)  # fmt: skip
            if data is None:
                continue
            digest.update(f"{path.relative_to(content.root)}\0{data!r}".encode())
            merger = _Merger(language, path, problems)
            relative = path.relative_to(folder)
            _merge_file(content, changes, merger, relative, data)
    merged = dataclasses.replace(content, **changes, fingerprint=digest.hexdigest())
    return merged


def _merge_file(content: Content, changes: dict, merger: _Merger, relative: Path, data) -> None:
    line = getattr(data, "line", 1)
    if relative.as_posix() == "campaign.yaml":
        campaign = changes.get("campaign", content.campaign)
        changes["campaign"] = merger.item(campaign, data, line, "campaign")
    elif relative.as_posix() in LIST_FILES:
        kind = LIST_FILES[relative.as_posix()]
        table = dict(changes.get(kind, getattr(content, kind)))
        lines = data.item_lines if isinstance(data, LineList) else [line] * len(data)
        for position, entry in enumerate(data):
            where = lines[position] if position < len(lines) else line
            key = entry.get("id") if isinstance(entry, dict) else None
            if key not in table:
                hidden = content.rejected.get(kind[:-1])
                if hidden is None or (key not in hidden.ids and not hidden.files):
                    merger.error(
                        where, f"{kind[:-1]} '{key}' does not exist in the default language"
                    )
                continue  # else its own problem, in the default-language file, says it
            table[key] = merger.item(table[key], entry, where, f"{kind[:-1]} '{key}'")
        changes[kind] = table
    elif relative.parent.as_posix() in ("countries", "orgs"):
        kind = "profiles" if relative.parent.name == "countries" else "orgs"
        table = dict(changes.get(kind, getattr(content, kind)))
        key = relative.stem.upper() if kind == "profiles" else relative.stem
        if kind == "profiles" and isinstance(data, dict) and "name" in data:
            _country_name(content, changes, merger, key, data)
        if key not in table:
            merger.error(line, f"there is no {relative.parent.as_posix()}/{relative.name} "
                         "in the default language to translate")  # fmt: skip
            return
        table[key] = merger.item(table[key], data, line, relative.as_posix())
        changes[kind] = table
    else:
        merger.error(line, "this file mirrors no content file (see docs/content-format.md)")


def _country_name(content: Content, changes: dict, merger: _Merger, code: str, data) -> None:
    """A country's name in this language where the campaign's differs from CLDR's."""
    countries = dict(changes.get("countries", content.countries))
    name = data["name"]
    if code not in countries or not isinstance(name, str) or not name.strip():
        merger.error(data.key_lines.get("name", 1), "'name' must be the country's name as text")
        return
    country = countries[code]
    countries[code] = dataclasses.replace(
        country, names={**country.names, merger.language: name.strip()}
    )
    changes["countries"] = countries
    data = {k: v for k, v in data.items() if k != "name"}


def texts(value):
    """Every Text inside a model value (dataclasses, tuples, dicts), with its path."""
    if isinstance(value, Text):
        yield "", value
    elif isinstance(value, AudienceText):
        for variant, text in value.variants.items():
            yield f".{variant}", text
    elif isinstance(value, dict):
        for key, item in value.items():
            for path, text in texts(item):
                yield f".{key}{path}", text
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            for path, text in texts(item):
                yield f"[{index + 1}]{path}", text
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name in ("where",):
                continue
            for path, text in texts(getattr(value, field.name)):
                yield f".{field.name}{path}", text


def missing(value, language: str) -> list[str]:
    """The paths of the texts in `value` that have no `language` version."""
    return [path for path, text in texts(value) if text is not None and language not in text.values]


def completeness(content: Content, problems: Problems) -> None:
    """One warning per content file and declared language still missing texts."""
    default = content.campaign.language
    groups: list[tuple[Path, int, object]] = [
        (content.campaign.where.file, content.campaign.where.line, content.campaign)
    ]
    for kind in ("audiences", "concerns", "examples", "asks", "profiles"):
        for item in getattr(content, kind).values():
            groups.append((item.where.file, item.where.line, item))
    for language in content.campaign.languages:
        if language == default:
            continue
        counts: dict[Path, list] = {}
        for file, line, item in groups:
            lacking = missing(item, language)
            if lacking:
                entry = counts.setdefault(Path(file), [line, 0])
                entry[1] += len(lacking)
        for file, (line, count) in sorted(counts.items()):
            problems.warning(
                file, line, f"{count} text{'s' if count != 1 else ''} not yet in '{language}' "
                f"(packs in '{language}' print the {default} text there)"
            )  # fmt: skip
