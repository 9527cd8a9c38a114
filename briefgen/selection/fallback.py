"""Which texts a Brief prints in the campaign's default language because its
own language lacks them (the field-by-field fallback of translations)."""

from __future__ import annotations

import dataclasses

from briefgen.content.model import Content
from briefgen.content.text import AudienceText, Text
from briefgen.selection.brief import Brief

# Brief.items kind -> (Content attribute, the word a reader of the warning knows it by)
_KINDS = {
    "concerns": ("concerns", "concern"),
    "examples": ("examples", "example"),
    "asks": ("asks", "ask"),
    "profile": ("profiles", "country profile"),
}


def _printed(value, audience: str, language: str, path: str = ""):
    """Paths of the texts in `value` a pack for `audience` prints, lacking `language`;
    of an audience's variants only the one that pack takes."""
    if isinstance(value, Text):
        if language not in value.values:
            yield path
    elif isinstance(value, AudienceText):
        text = value.for_audience(audience)
        if text is not None:
            yield from _printed(text, audience, language, path)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _printed(item, audience, language, f"{path} {key}")
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _printed(item, audience, language, f"{path} {index + 1}")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name != "where":
                yield from _printed(getattr(value, field.name), audience, language,
                                    f"{path} {field.name}")  # fmt: skip


def fallback_texts(content: Content, brief: Brief) -> list[str]:
    """'concern 'x' body', … for each text of `brief` taken from the default language."""
    language = brief.language
    if language == content.campaign.language:
        return []
    found: list[str] = []

    def add(what: str, value) -> None:
        found.extend(f"{what}{path}" for path in _printed(value, brief.audience, language))

    campaign = content.campaign
    for name in ("title", "subtitle", "summary", "treaties"):
        add(f"campaign {name}", getattr(campaign, name))
    facts = set(brief.items.get("key_facts", ()))
    for fact in campaign.key_facts:
        if fact.id in facts:
            add(f"key fact '{fact.id}'", fact)
    dates = set(brief.items.get("timeline", ()))
    for entry in campaign.timeline:
        if entry.date.isoformat() in dates:
            add(f"timeline {entry.date.isoformat()}", entry)
    audience = content.audiences.get(brief.audience)
    if audience is not None:
        add(f"audience '{brief.audience}'", audience)
    for kind, (attribute, word) in _KINDS.items():
        table = getattr(content, attribute)
        for item_id in brief.items.get(kind, ()):
            if item_id in table:
                add(f"{word} '{item_id}'", table[item_id])
    return found
