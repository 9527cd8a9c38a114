"""Finding a country from what a person types: a code, a name, part of a name.

One set of rules for the app's search field and the command line, so that
"South Korea", "kor" and "KR" mean the same wherever they are typed. A query
matches an ISO code exactly, the start of a name, the start of a word in a
name, or any part of it, ignoring case and accents ("cote" finds Côte
d'Ivoire). Among equally good matches the shorter official name comes first:
it is closer to what was typed ("kor" finds the Republic of Korea before the
Democratic People's Republic of Korea).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from briefgen.content.model import Country
from briefgen.errors import UsageError


def fold(text: str) -> str:
    """Lower case without accents, for matching what people type."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def _names(country: Country, also: tuple[str, ...] = ()) -> list[str]:
    return [fold(n) for n in (country.name, country.common_name, *also) if n]


def match_rank(country: Country, query: str, also: tuple[str, ...] = ()) -> int | None:
    """How well `query` matches `country` (or one of the names `also`, such as its
    name in the reader's language): 0 best … 3, or None for no match."""
    q = fold(query.strip())
    if not q:
        return 0
    names = _names(country, also)
    if q == country.code.casefold() or q in names:
        return 0
    if any(n.startswith(q) for n in names):
        return 1
    if any(word.startswith(q) for n in names for word in n.replace("(", " ").split()):
        return 2
    if any(q in n for n in names):
        return 3
    return None


def sort_key(country: Country, query: str, shown: str | None = None) -> tuple[int, int, str]:
    """Best match first; among equals the shorter name, then alphabetical order of
    the name `shown` (default: the content's). With nothing typed, simply alphabetical."""
    name = shown or country.name
    if not query.strip():
        return (0, 0, fold(name))
    rank = match_rank(country, query, (name,))
    return (9 if rank is None else rank, len(name), fold(name))


def search(countries: Iterable[Country], query: str) -> list[Country]:
    """Every country `query` matches, best first."""
    found = [c for c in countries if match_rank(c, query) is not None]
    return sorted(found, key=lambda country: sort_key(country, query))


def resolve_country(countries: Iterable[Country], query: str) -> Country:
    """The one country `query` means: a code, a name, or an unambiguous part of one.

    Raises a UsageError that lists the candidates when the query is ambiguous,
    or a few example codes from this content when nothing matches.
    """
    countries = list(countries)
    found = search(countries, query)
    if found and match_rank(found[0], query) == 0:
        return found[0]
    best = [c for c in found if match_rank(c, query) == match_rank(found[0], query)]
    if len(best) == 1:
        return best[0]
    if best:
        listed = ", ".join(f"{c.code} ({c.name})" for c in best[:6])
        more = f" and {len(best) - 6} more" if len(best) > 6 else ""
        raise UsageError(f"country '{query}' could mean {listed}{more}; give its code")
    examples = ", ".join(c.code for c in countries[:3])
    raise UsageError(
        f"unknown country '{query}'; use a code or name listed by 'briefgen list countries'"
        + (f" (e.g. {examples})" if examples else "")
    )
