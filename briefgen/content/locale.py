"""Locale data from CLDR, through Babel: country names, dates, a country's languages.

Babel is the well-kept packaging of the Unicode CLDR (the data behind most
operating systems' locales): territory names in every language, date formats and
month names, and which languages a territory speaks. pycountry knows ISO codes
and their English names but has no dates and translates names through gettext
catalogues of uneven coverage, so Babel alone is enough here.
"""

from __future__ import annotations

import datetime as dt
import functools

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton

from briefgen.content.fields import precision
from briefgen.content.model import Content, Country

# CLDR's "long" date in English is the American "November 22, 2026"; packs in
# English use the international order, as UN and Council of Europe documents do.
_ENGLISH = "en_GB"


@functools.lru_cache(maxsize=64)
def _locale(language: str) -> Locale | None:
    try:
        return Locale.parse(_ENGLISH if language == "en" else language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def format_date(value: dt.date | None, language: str) -> str:
    """A date as a reader of `language` writes it: 22 November 2026, 2026년 11월 22일.

    A date known only to its month or year (`fields.PartialDate`) prints only that,
    in the locale's pattern for CLDR's `yMMMM` or `y` skeleton: November 2026,
    2026년 11월; 2026, 2026년. No day is ever printed that the content does not know."""
    if value is None:
        return ""
    locale = _locale(language)
    if locale is None:
        return value.isoformat()  # a PartialDate's is 2026 or 2026-11
    known = precision(value)
    if known != "day":
        return format_skeleton("y" if known == "year" else "yMMMM", value, locale=locale)
    return babel_format_date(value, "long", locale=locale)


def format_month(value: dt.date | None, language: str) -> str:
    """A month and year, short: Nov 2026, 2026년 11월; a date known only to its
    year prints the year (`y`): 2026, 2026년."""
    if value is None:
        return ""
    locale = _locale(language)
    year_only = precision(value) == "year"
    if locale is None:
        return value.strftime("%Y" if year_only else "%Y-%m")
    if year_only:
        return format_skeleton("y", value, locale=locale)
    return babel_format_date(value, locale.datetime_skeletons.get("yMMM", "MMM y"), locale=locale)


def language_endonym(code: str) -> str:
    """A language named in itself, as a language menu shows it: 한국어, Español."""
    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:] if name else code


def country_name(country: Country, language: str, default_language: str) -> str:
    """The campaign's own name in this language if it gives one, else CLDR's, else the
    campaign's name in its default language."""
    if language in country.names:
        return country.names[language]
    if language != default_language:
        locale = _locale(language)
        if locale is not None and country.code in locale.territories:
            return locale.territories[country.code]
    return country.name


def default_language(content: Content, country: Country) -> str:
    """The first language a pack for `country` should be in that the campaign offers:
    the country's own list (countries.yaml `languages:`), then CLDR's official
    languages of the territory, then the campaign's default."""
    offered = content.campaign.languages
    for language in country.languages:
        if language in offered:
            return language
    spoken = get_global("territory_languages").get(country.code, {})
    official = [
        lang
        for lang, info in spoken.items()
        if info.get("official_status") in ("official", "de_facto_official")
    ]
    for language in official:
        if language in offered:
            return language
    return content.campaign.language
