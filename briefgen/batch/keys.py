"""Input keys: what a pack was made from, hashed, so a rerun can skip it.

A pack's key hashes every input that can change its bytes, and only those:

- the content items that went into it (`brief.items`: concerns, examples,
  asks, sources, key facts, timeline entries, the campaign summary, the
  country profile), each hashed from a stable serialisation of its fields
  as this pack reads them: every text resolved to the pack's audience
  variant and language, so a change to the supporter wording of a concern
  or to its Korean translation leaves the other packs' keys alone; fields
  that only choose items (priorities, an ask's audiences and statuses) are
  left out, since what they choose is in `brief.items` itself; line numbers
  are left out, so moving an item in its file changes nothing;
- the parts around them: the campaign's title and treaties and the
  audience's settings (in the pack's language), the country's record, the
  options, the organisation profile file and its logo bytes, the template
  files, the pack's design and its stylesheets, the labels of the pack's
  language, and the versions of briefgen and the PDF engine;
- the Brief itself, the resolved data the templates read, as a safety net
  for anything the list above misses (a concern title an example quotes).

Item and part hashes are kept per pack in the manifest, so a rerun can say
*why* a pack changed: "concern 'serious-crime' changed".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from briefgen import __version__
from briefgen.content.limits import current
from briefgen.content.model import Content, OrgProfile, Treaty
from briefgen.content.safeopen import UnsafeFileError, read_inside
from briefgen.content.text import AudienceText, Text
from briefgen.render.designs import DESIGNS_FILE
from briefgen.render.labels import LABELS_DIR, LEGACY_FILE
from briefgen.source_digest import source_digest

# brief.items kinds, as a person would name one item of each
KIND_NAMES = {
    "concerns": "concern",
    "examples": "example",
    "asks": "ask",
    "sources": "source",
    "key_facts": "key fact",
    "timeline": "timeline entry",
    "profile": "country profile",
    "campaign": "campaign",
}
PART_NAMES = {
    "campaign": "campaign details (title, treaties, date)",
    "audience": "audience settings",
    "country": "country record",
    "org": "organisation profile",
    "templates": "templates",
    "design": "design or its stylesheets",
    "labels": "labels (fixed words)",
    "engine": "briefgen or PDF engine version",
    "options": "pack options",
    "brief": "other text shown in the pack",
}


_SCALARS = (str, int, float, bool, type(None))
_FIELDS: dict[type, tuple[str, ...] | None] = {}  # dataclass type -> field names but "where"


def _field_names(kind: type) -> tuple[str, ...] | None:
    if kind not in _FIELDS:
        _FIELDS[kind] = (
            tuple(f.name for f in dataclasses.fields(kind) if f.name != "where")
            if dataclasses.is_dataclass(kind)
            else None
        )
    return _FIELDS[kind]


def stable(value):
    """A JSON-ready form of content data whose text only depends on its meaning.

    Dataclasses become mappings of their fields (`where`, the file and line an
    item came from, left out); paths become their file name (what a file says
    is hashed from its bytes, apart); dates their ISO form.
    """
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        return [stable(v) for v in value]
    names = _field_names(kind)
    if names is not None:
        return {name: stable(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {str(k): stable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [stable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(stable(v) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return value.name
    if isinstance(value, _SCALARS):  # str and int subclasses
        return value
    return repr(value)


# Fields that only choose which items a pack holds (and in which order): what
# they choose is in brief.items, so their value is not part of an item's hash.
_CHOOSING = {"priority", "audiences", "statuses", "concern_priority"}
_KEEP_STATUSES = {Treaty}  # a treaty's statuses are the labels a pack prints


def projected(value, audience: str, language: str, default: str):
    """`stable(value)` as one pack reads it: Text in `language` (else `default`),
    AudienceText for `audience`, choosing-only fields left out."""
    if isinstance(value, Text):
        return value.get(language, default) if value.values else ""
    if isinstance(value, AudienceText):
        return value.get(audience, language, default)
    kind = type(value)
    names = _field_names(kind)
    if names is not None:
        return {
            name: projected(getattr(value, name), audience, language, default)
            for name in names
            if name not in _CHOOSING or (name == "statuses" and kind in _KEEP_STATUSES)
        }
    if isinstance(value, dict):
        return {str(k): projected(v, audience, language, default) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [projected(v, audience, language, default) for v in value]
    return stable(value)


def _unfolded(value):
    """One level of `stable`, for the JSON encoder's `default`: the encoder calls
    it only for what it cannot write itself, and goes on into what it returns."""
    names = _field_names(type(value))
    if names is not None:
        return {name: getattr(value, name) for name in names}
    return stable(value)


_PLAIN = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
_ENCODER = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_unfolded
)


def stable_json(value) -> str:
    """The sorted, compact JSON of `stable(value)`, written without building that
    copy first: the encoder walks mappings, lists and text itself (in C) and
    asks `_unfolded` about the rest, a few times faster on a pack's brief. Where
    it cannot (keys of mixed kinds, say), the copy is made."""
    try:
        return _ENCODER.encode(value)
    except (TypeError, ValueError):
        return _PLAIN.encode(stable(value))


def digest(value) -> str:
    return hashlib.sha256(stable_json(value).encode("utf-8")).hexdigest()


def short(hexdigest: str) -> str:
    return hexdigest[:16]


def file_digest(path: Path | None) -> str:
    if path is None:
        return ""
    return hashlib.sha256(_safe_bytes(Path(path), Path(path).parent)).hexdigest()


def _safe_bytes(path: Path, folder: Path) -> bytes:
    """A file's bytes through the safe open (a link outside, a FIFO or a huge
    file is not read: the render refuses it anyway, by name)."""
    try:
        return read_inside(path, (folder,), current().image_bytes * 10)
    except UnsafeFileError as exc:
        return f"refused: {exc.message}".encode()


# Template files hashed apart, per pack: labels per language, the design and
# its stylesheets per audience (a pack's own ones only).
def _presentation_file(relative: Path) -> bool:
    return (
        relative.parts[0] == LABELS_DIR
        or relative.name in (LEGACY_FILE, DESIGNS_FILE)
        or relative.suffix == ".css"
    )


def folder_digest(folders, skip=None) -> str:
    """Every file under the template folders, by relative name and bytes, in search
    order; `skip(relative path)` leaves files out."""
    h = hashlib.sha256()
    for index, folder in enumerate(folders):
        folder = Path(folder)
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if "__pycache__" in path.parts:
                continue
            if skip is not None and skip(path.relative_to(folder)):
                continue
            h.update(f"{index}:{path.relative_to(folder).as_posix()}\0".encode())
            h.update(hashlib.sha256(_safe_bytes(path, folder)).digest())
    return h.hexdigest()


def code_digest() -> str:
    """briefgen's own rendering code: a development checkout changes without a new
    version number, and a changed selection rule or template filter changes packs."""
    return source_digest(skip=("gui", "batch"))


def engine_versions() -> str:
    parts = [f"briefgen {__version__} ({short(code_digest())})"]
    for name in ("weasyprint", "pydyf"):
        try:
            parts.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            parts.append(f"{name} ?")
    return "; ".join(parts)


def org_digest(org: OrgProfile | None) -> str:
    """The profile file's bytes and its logo's bytes."""
    if org is None:
        return ""
    return hashlib.sha256(
        f"{file_digest(org.where.file)}:{file_digest(org.logo)}".encode()
    ).hexdigest()


_MISSING = object()


class LazyHashes:
    """Hashes of a table's items, each computed the first time a pack asks for it:
    a batch of a few countries hashes those countries' items, not all 195."""

    def __init__(self, values: Mapping[str, Any], hash_one: Callable[[Any], str]):
        self._values = values
        self._hash = hash_one
        self._known: dict[str, str] = {}

    def get(self, key: str) -> str:
        """The item's hash; "?" for an id the table does not hold."""
        if key not in self._known:
            value = self._values.get(key, _MISSING)
            self._known[key] = "?" if value is _MISSING else self._hash(value)
        return self._known[key]

    def __getitem__(self, key: str) -> str:
        if key not in self._values:
            raise KeyError(key)
        return self.get(key)


def _stable_hash(value) -> str:
    return short(digest(value))


class ItemHashes:
    """Hashes of the content items as packs for one audience and language read
    them, each computed once per batch for each (audience, language), on first use.
    `shared` holds the tables that read the same in every language (sources,
    countries), made once per batch by PackHashes."""

    def __init__(
        self, content: Content, audience: str, language: str, shared: dict[str, LazyHashes]
    ):
        campaign = content.campaign
        default = campaign.language

        def h(value) -> str:
            return short(digest(projected(value, audience, language, default)))

        by_date: dict[str, list] = {}
        for entry in campaign.timeline:
            by_date.setdefault(entry.date.isoformat(), []).append(entry)
        self.tables: dict[str, LazyHashes] = {
            "concerns": LazyHashes(content.concerns, h),
            "examples": LazyHashes(content.examples, h),
            "asks": LazyHashes(content.asks, h),
            "sources": shared["sources"],
            "key_facts": LazyHashes({f.id: f for f in campaign.key_facts}, h),
            "profile": LazyHashes(content.profiles, h),
            "campaign": LazyHashes({"summary": campaign.summary}, h),
            "timeline": LazyHashes(by_date, h),
        }
        frame = {
            f.name: getattr(campaign, f.name)
            for f in dataclasses.fields(campaign)
            if f.name not in ("summary", "key_facts", "timeline", "where")
        }
        self.campaign = h(frame)
        self.audience = h(content.audiences[audience])
        self.countries = shared["countries"]

    def items(self, brief_items: dict) -> dict[str, dict[str, str]]:
        result: dict[str, dict[str, str]] = {}
        for kind, ids in brief_items.items():
            table = self.tables.get(kind)
            result[kind] = {str(i): table.get(str(i)) if table else "?" for i in ids}
        return result


class PackHashes:
    """Per-batch cache of the hashes that depend on a pack's audience and
    language: its items, the campaign and audience parts, its design and labels."""

    def __init__(self, content: Content, engine, folders):
        self.content = content
        self.engine = engine
        self.templates = short(folder_digest(folders, skip=_presentation_file))
        self._items: dict[tuple[str, str], ItemHashes] = {}
        self._shared = {
            "sources": LazyHashes(content.sources, _stable_hash),
            "countries": LazyHashes(content.countries, _stable_hash),
        }
        self._design: dict[str, str] = {}
        self._labels: dict[str, str] = {}

    def items_for(self, audience: str, language: str) -> ItemHashes:
        if (audience, language) not in self._items:
            self._items[audience, language] = ItemHashes(
                self.content, audience, language, self._shared
            )
        return self._items[audience, language]

    def parts(self, audience: str, language: str, stylesheets) -> dict[str, str]:
        hashes = self.items_for(audience, language)
        if audience not in self._design:
            files = "".join(file_digest(p) for p in stylesheets)
            look = self.engine.look(audience)
            self._design[audience] = short(digest([stable(look), files]))
        if language not in self._labels:
            self._labels[language] = short(self.engine.templates.labels.digest(language))
        return {
            "campaign": hashes.campaign,
            "audience": hashes.audience,
            "templates": self.templates,
            "design": self._design[audience],
            "labels": self._labels[language],
        }


def pack_key(items: dict, parts: dict) -> str:
    text = json.dumps({"items": items, "parts": parts}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def describe_changes(
    old_items: dict | None, old_parts: dict | None, items: dict, parts: dict
) -> list[str]:
    """Why a pack differs from its last good build, in words, most specific first."""
    if old_items is None or old_parts is None:
        return ["new pack"]
    reasons = []
    for kind in sorted(set(old_items) | set(items)):
        noun = KIND_NAMES.get(kind, kind)
        before, after = old_items.get(kind, {}), items.get(kind, {})
        for item in sorted(set(before) | set(after)):
            if item not in before:
                reasons.append(f"{noun} '{item}' added")
            elif item not in after:
                reasons.append(f"{noun} '{item}' removed")
            elif before[item] != after[item]:
                reasons.append(f"{noun} '{item}' changed")
        if set(before) == set(after) and list(before) != list(after):
            reasons.append(f"order of {kind.replace('_', ' ')} changed")
    specific = bool(reasons)
    for part in sorted(set(old_parts) | set(parts)):
        if part == "brief":
            continue
        if old_parts.get(part) != parts.get(part):
            reasons.append(f"{PART_NAMES.get(part, part)} changed")
            specific = True
    if not specific and old_parts.get("brief") != parts.get("brief"):
        reasons.append(f"{PART_NAMES['brief']} changed")
    return reasons
