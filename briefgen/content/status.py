"""Status records and the country facts asks are conditioned on.

A treaty status (`TreatyStatus`) is one record: its value, the date of the act,
its sources and an optional note. Everything printed about it is derived here:
the date its evidence was checked (the newest `accessed`, else `date`, of its
sources; one known only to its year or month counts as the first day of that
period, see `source_day`), whether that evidence is stale against a reference day, and which
country facts an ask's `when:` condition sees. Kept apart from the loader so
the rules live in one place (see docs/content-format.md, "Status records").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.content.fields import Fields
from briefgen.content.problems import Problems
from briefgen.content.text import plain

if TYPE_CHECKING:
    from briefgen.content.model import Content, CountryProfile, Source, Treaty, TreatyStatus, Where

NOT_RECORDED = "unknown"
# Country facts a profile may record, each with the values it may take.
FACT_CHOICES: dict[str, tuple] = {
    "high_risk": (True, False),
    "parliament": ("elected", "appointed", "none"),
}
# How far an example travels from its country, nearest first (see selection).
REACH = ("country", "subregion", "region", "everywhere")
# Condition keys besides the treaty ids and the recorded facts.
PLACE_KEYS = ("region", "subregion", "country")


@dataclass(frozen=True)
class CountryFact:
    """A fact about a country, sourced like any other (`high_risk`, `parliament`)."""

    value: object
    sources: tuple[str, ...]
    where: Where


@dataclass(frozen=True)
class Condition:
    """One key of an ask's `when:`: the fact must take one of `values`."""

    key: str
    values: tuple


# -- evidence dates --------------------------------------------------------------
def source_day(source: Source) -> dt.date | None:
    """The day a source's evidence was read: `accessed`, else its publication date.

    A date known only to its year or month (`fields.PartialDate`: `date: 2020`) is
    the first day of that period, the earliest the evidence can be from: a status
    resting on it is judged stale no later than it really is, never fresher. It
    keeps its precision, so what is printed of it is only the year (or month)."""
    return source.accessed or source.date


def checked_on(source_ids, sources: dict) -> dt.date | None:
    """The newest evidence day among `source_ids` (None when none is dated)."""
    days = [d for s in source_ids if s in sources for d in [source_day(sources[s])] if d]
    return max(days) if days else None


def settled(treaty: Treaty, status: TreatyStatus) -> bool:
    """A final status (the treaty's `final:` list) recorded with the date of its act:
    nothing newer can change it, so its evidence does not go stale."""
    return status.status in treaty.final and status.date is not None


def is_stale(checked: dt.date | None, reference: dt.date, limit_days: int) -> bool:
    """Evidence older than `limit_days` before `reference`; undated evidence is stale."""
    return checked is None or (reference - checked).days > limit_days


@dataclass(frozen=True)
class Freshness:
    treaty_id: str
    status: str
    checked: dt.date | None
    stale: bool
    where: Where  # the status record, for a message that names its file and line


def status_freshness(content: Content, code: str, today: dt.date) -> tuple[Freshness, ...]:
    """For the app: each recorded status of `code`, its evidence date and whether
    it is stale against `today` (`check` uses the content's as_of instead)."""
    profile = content.profiles.get(code.upper())
    if profile is None:
        return ()
    limit = content.campaign.stale_after_days
    result = []
    for treaty in content.campaign.treaties:
        status = profile.treaties.get(treaty.id)
        if status is None or status.status == NOT_RECORDED:
            continue
        checked = checked_on(status.sources, content.sources)
        stale = not settled(treaty, status) and is_stale(checked, today, limit)
        result.append(Freshness(treaty.id, status.status, checked, stale, status.where))
    return tuple(result)


def stale_today(
    content: Content, code: str, today: dt.date, freshness: tuple[Freshness, ...] | None = None
) -> Problems:
    """For the app: a warning, at the status's line, for each status of `code` whose
    evidence is stale against `today` though fresh against the as_of (`check` reports
    the others at the same line). `freshness`: `status_freshness(content, code, today)`,
    when the caller has it already."""
    problems = Problems(content.root)
    limit = content.campaign.stale_after_days
    if freshness is None:
        freshness = status_freshness(content, code, today)
    for fresh in freshness:
        if not fresh.stale or is_stale(fresh.checked, content.campaign.as_of, limit):
            continue
        evidence = (
            f"its newest evidence is from {fresh.checked.isoformat()}, more than {limit} "
            f"days before today ({today.isoformat()})"
            if fresh.checked
            else "none of its sources is dated"
        )
        problems.warning(
            fresh.where.file,
            fresh.where.line,
            f"profile {code.upper()} {fresh.treaty_id} status '{fresh.status}': {evidence}; "
            "re-check it against its source before you use this pack",
        )
    return problems


# -- notes that state a status of their own --------------------------------------
def _phrase(label: str) -> str:
    """The words a label states a status with: "Signed, not ratified" -> "signed"."""
    return re.split(r"[,;]", plain(label))[0].strip().lower()


def note_contradictions(treaty: Treaty, status: TreatyStatus) -> list[tuple[str, str]]:
    """(language, phrase) pairs where the note uses another status's words.

    The rule: the leading phrase of every other status's label (before a comma,
    case-insensitive, whole words) must not occur in the note once the recorded
    status's own phrase is taken out, unless a negation or "whether" precedes it in
    its clause; so a "Not signed" note may say "had not signed" but not "it signed
    in July", and an "unknown" note may state no status at all."""
    if status.note is None:
        return []
    found = []
    for language, note in status.note.values.items():
        if language not in NEGATION_LANGUAGES:
            continue  # the negation words below are English; translations follow checked notes
        text = plain(note).lower()
        own_label = treaty.statuses.get(status.status)
        if own_label is not None and status.status != NOT_RECORDED:
            own = _phrase(own_label.get(language, "") or "")
            if own:
                text = re.sub(rf"\b{re.escape(own)}\b", " ", text)
        for other, label in treaty.statuses.items():
            if other in (status.status, NOT_RECORDED) or label is None:
                continue
            phrase = _phrase(label.get(language, "") or "")
            if phrase and _asserted(phrase, text):
                found.append((language, phrase))
    return found


NEGATION_LANGUAGES = {"", "en"}  # "" is the untagged default-language text
_NEGATION = re.compile(r"\b(not|no|neither|nor|never|non|without|whether)\b")


def _asserted(phrase: str, text: str) -> bool:
    """`phrase` occurs in a clause that does not deny or question it before it
    ("it signed in July" asserts; "neither a Party", "whether it has signed" do not)."""
    for clause in re.split(r"[.;:]", text):
        for match in re.finditer(rf"\b{re.escape(phrase)}\b", clause):
            if not _NEGATION.search(clause[: match.start()]):
                return True
    return False


# -- the facts a condition sees ----------------------------------------------------
def country_facts(content: Content, code: str) -> dict:
    """Every fact an ask's `when:` can test, for one country; a fact the content
    does not record is "unknown" (so `when: {parliament: [unknown]}` can match it)."""
    country = content.countries[code]
    profile: CountryProfile | None = content.profiles.get(code)
    facts: dict = {
        "region": country.region,
        "subregion": country.subregion or NOT_RECORDED,
        "country": country.code,
    }
    for treaty in content.campaign.treaties:
        status = profile.treaties.get(treaty.id) if profile else None
        facts[treaty.id] = status.status if status else NOT_RECORDED
    for key in FACT_CHOICES:
        fact = profile.facts.get(key) if profile else None
        facts[key] = fact.value if fact is not None else NOT_RECORDED
    return facts


def matches(conditions: tuple[Condition, ...], facts: dict) -> bool:
    """All conditions hold; a key the facts lack never matches."""
    return all(c.key in facts and facts[c.key] in c.values for c in conditions)


def condition_problems(conditions: tuple[Condition, ...], content: Content) -> list[str]:
    """Why `conditions` cannot be evaluated against this campaign, one sentence each."""
    treaties = {t.id: t for t in content.campaign.treaties}
    problems = []
    for c in conditions:
        if c.key in treaties:
            allowed: tuple = tuple(treaties[c.key].statuses)
        elif c.key in FACT_CHOICES:
            allowed = (*FACT_CHOICES[c.key], NOT_RECORDED)
        elif c.key == "region":
            allowed = tuple(sorted({k.region for k in content.countries.values()}))
        elif c.key == "subregion":
            allowed = tuple(
                sorted({k.subregion for k in content.countries.values() if k.subregion})
            )
        elif c.key == "country":
            allowed = tuple(content.countries)
        else:
            keys = [*treaties, *FACT_CHOICES, *PLACE_KEYS]
            problems.append(f"'when' has '{c.key}', which is not one of: {', '.join(keys)}")
            continue
        for value in c.values:
            if value not in allowed:
                shown = ", ".join(str(a).lower() if isinstance(a, bool) else a for a in allowed)
                problems.append(f"'when: {c.key}' has {value!r}, which is not one of: {shown}")
    return problems


# -- reading (called by the loader) ------------------------------------------------
def read_when(f: Fields, key: str = "when") -> tuple[Condition, ...] | None:
    """`when: {uncc: [signed], high_risk: false}`: each value one item or a list.
    None when the mapping is malformed (the error is recorded)."""
    block = f.mapping(key)
    if block is None:
        return () if key not in f.data else None
    conditions = []
    for name, value in block.items():
        values = tuple(value) if isinstance(value, list) else (value,)
        if not values or any(isinstance(v, (dict, list)) or v is None for v in values):
            f.error(
                block.key_lines.get(name, f.line(key)),
                f"{f.what}: 'when: {name}' must be a value or a list of values",
            )
            return None
        conditions.append(Condition(str(name), values))
    return tuple(conditions)


def read_fact(f: Fields, key: str, make_fields: Callable) -> CountryFact | None:
    """A sourced fact: `key: {value: ..., sources: [...]}`."""
    if key not in f.data:
        return None
    block = f.data.get(key)
    if not isinstance(block, dict):
        f.error(
            f.line(key),
            f"{f.what}: '{key}' is a sourced fact; write it as "
            f"'{key}: {{value: {_show(block)}, sources: [source-id]}}'",
        )
        return None
    g = make_fields(block, f"{key} fact", {"value", "sources"})
    choices = FACT_CHOICES[key]
    if all(isinstance(c, bool) for c in choices):
        if not isinstance(block.get("value"), bool):
            g.error(g.line("value"), f"{g.what}: 'value' must be true or false")
            return None
        value = block["value"]
    else:
        value = g.choice("value", choices)
        if value is None:
            return None
    return CountryFact(value, g.str_list("sources"), _where(f.file, getattr(block, "line", 1)))


def _show(value) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _where(file, line):
    from briefgen.content.model import Where

    return Where(file, line)
