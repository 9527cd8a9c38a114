"""Read a UN Treaty Collection status page, as a user saved it, into dated acts.

The page holds one table headed "Participant", "Signature" and "Ratification,
Acceptance(A), Approval(AA), Accession(a)"; each row is a state with the day it
signed and the day it deposited its instrument. Participants are matched to ISO
codes by CLDR's English names (Babel), the campaign's own names and the alias
table `untc_names.yaml` beside this module.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import yaml
from babel import Locale

from briefgen.errors import BriefgenError

ALIASES = Path(__file__).with_name("untc_names.yaml")
_DATE = re.compile(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
# "Status as at : 2/12/2026 05:01:12 EDT" (day/month/year) on the saved page
_AS_AT = re.compile(r"Status as at\s*:?\s*(\d{1,2})/(\d{1,2})/(\d{4})", re.IGNORECASE)


@dataclass(frozen=True)
class Participant:
    name: str  # as the page writes it, footnote markers stripped
    code: str | None  # ISO 3166-1 alpha-2, None when no name matched
    signed: dt.date | None
    deposited: dt.date | None  # ratification, acceptance, approval or accession
    kind: str | None  # "", "A", "AA" or "a": the marker after the deposit date


@dataclass(frozen=True)
class StatusPage:
    participants: tuple[Participant, ...]
    as_at: dt.date | None  # the page's own "Status as at" date


class _Tables(HTMLParser):
    """Every table row as a list of cell texts (superscripts dropped: footnotes)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._sup = 0

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "sup":
            self._sup += 1
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        elif tag == "sup" and self._sup:
            self._sup -= 1

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None and not self._sup:
            self._cell.append(data)


def parse_page(path: Path, names: dict[str, str]) -> StatusPage:
    """The participants of the saved page at `path`; `names` maps normalised names
    to codes (see `name_table`). Raises BriefgenError with one sentence if the page
    holds no participant table."""
    try:
        html = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise BriefgenError(f"{path}: cannot read: {exc.strerror}") from None
    tables = _Tables()
    tables.feed(html)
    header = next(
        (
            i
            for i, row in enumerate(tables.rows)
            if row and row[0].strip().lower().startswith("participant")
        ),
        None,
    )
    if header is None:
        raise BriefgenError(
            f"{path}: no 'Participant / Signature / Ratification' table found; save the "
            "treaty's status page from treaties.un.org as HTML and import that file"
        )
    participants = []
    for row in tables.rows[header + 1 :]:
        if len(row) < 2 or not row[0].strip():
            continue
        if row[0].strip().lower().startswith("participant"):
            break
        name = clean_name(row[0])
        signed, _ = _date(row[1])
        deposited, kind = _date(row[2]) if len(row) > 2 else (None, None)
        if not name or (signed is None and deposited is None):
            continue
        participants.append(Participant(name, names.get(normalise(name)), signed, deposited, kind))
    match = _AS_AT.search("".join(tables.text))
    as_at = None
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            as_at = dt.date(year, month, day)
        except ValueError:
            as_at = None
    return StatusPage(tuple(participants), as_at)


def _date(cell: str) -> tuple[dt.date | None, str | None]:
    match = _DATE.search(cell or "")
    if not match:
        return None, None
    day, month, year = match.groups()
    number = _MONTHS.get(month.lower())
    if number is None:
        return None, None
    try:
        when = dt.date(int(year), number, int(day))
    except ValueError:
        return None, None
    marker = cell[match.end() :].strip()
    return when, marker if marker in ("A", "AA", "a") else ""


def clean_name(name: str) -> str:
    """Drop footnote markers: trailing digits, commas, asterisks ("Ghana3" -> "Ghana")."""
    return re.sub(r"[\s,*\d]+$", "", " ".join(name.split()))


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFC", clean_name(name)).casefold()
    return " ".join(text.replace("’", "'").split())


def name_table(countries: dict) -> dict[str, str]:
    """Normalised name -> ISO code, from CLDR, the campaign's countries and the aliases."""
    table = {normalise(n): c for c, n in Locale("en").territories.items() if len(c) == 2}
    for code, country in countries.items():
        for name in (country.name, country.common_name):
            if name:
                table[normalise(name)] = code
    aliases = yaml.safe_load(ALIASES.read_text(encoding="utf-8")) or {}
    table.update({normalise(str(n)): str(c) for n, c in aliases.items()})
    return table
