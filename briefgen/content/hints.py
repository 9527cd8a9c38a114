"""Examples for messages and help texts, taken from the loaded content, so a
message never quotes another campaign's ids."""

from __future__ import annotations

from briefgen.content.model import Content


def country_codes(content: Content, count: int = 2) -> list[str]:
    """A few country codes a pack can be made for, those with a profile first."""
    codes = [*sorted(content.profiles), *sorted(set(content.countries) - set(content.profiles))]
    return [c for c in codes if c in content.countries][:count]


def for_example(values, sep: str = ", ") -> str:
    """' (e.g. KR, US)', or nothing when there is no value to show."""
    values = list(values)
    return f" (e.g. {sep.join(values)})" if values else ""
