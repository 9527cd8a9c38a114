"""Typed access to one YAML mapping, reporting every problem with its line.

Each getter returns a usable value (or None) and records what was wrong, so
loading goes on and the user sees every problem in one run.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Self

from briefgen.content.iso3166 import ALPHA2
from briefgen.content.problems import Problems
from briefgen.content.text import DEFAULT, AudienceText, Text
from briefgen.content.yamlfile import LineDict, LineList

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
PARTIAL_DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2}))?$")  # 2020, 2020-05

Precision = Literal["year", "month", "day"]


class PartialDate(dt.date):
    """A date known only to its year (`PartialDate(2020)`) or month (`PartialDate(2020, 5)`).

    It is a `dt.date`, the first day of its period, so it compares, sorts and
    subtracts like that day (`PartialDate(2020) == dt.date(2020, 1, 1)`): that is
    the earliest the evidence can be from, so staleness errs towards "re-check".
    `precision` says what is known, and `isoformat()` (so `str()`, messages and
    batch keys) gives only that, in ISO 8601's reduced form: "2020", "2020-05".
    The locale's `format_date` prints it as the year, or month and year.

    With all three parts, or as the result of date arithmetic or `replace()`, it
    is a complete day (precision "day"). It pickles with its precision, so batch
    workers print what the parent read.
    """

    __slots__ = ("_precision",)
    _precision: Precision

    def __new__(cls, year: int, month: int | None = None, day: int | None = None) -> Self:
        self = super().__new__(cls, year, 1 if month is None else month, 1 if day is None else day)
        self._precision = "year" if month is None else "month" if day is None else "day"
        return self

    @property
    def precision(self) -> Precision:
        # date's own constructors (replace()) make instances without calling __new__
        return getattr(self, "_precision", "day")

    def _parts(self) -> tuple[int, ...]:
        return {"year": (self.year,), "month": (self.year, self.month)}.get(
            self.precision, (self.year, self.month, self.day)
        )

    def __reduce__(self) -> tuple[type[PartialDate], tuple[int, ...]]:
        return (type(self), self._parts())

    def isoformat(self) -> str:
        year, *rest = self._parts()
        return "-".join([f"{year:04d}", *(f"{part:02d}" for part in rest)])

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"PartialDate({', '.join(map(str, self._parts()))})"


def precision(value: dt.date) -> Precision:
    """What a date is known to: "day" for a plain date."""
    return value.precision if isinstance(value, PartialDate) else "day"


@dataclass(frozen=True)
class Where:
    """Where an item starts: its file and line."""

    file: Path
    line: int


@dataclass(frozen=True)
class LoadContext:
    """What a field needs to know about the rest of the campaign while it is read.

    Built step by step by the loader (languages from campaign.yaml, then the
    audience ids, then the treaties) and passed in, never set on the reader.
    """

    languages: frozenset[str] | None = None  # None: any language tag is accepted
    audiences: frozenset[str] | None = None  # None: not known yet (while reading audiences)
    treaties: dict[str, Any] = field(default_factory=dict)  # treaty id -> Treaty
    statuses: tuple[str, ...] = ()  # the status ids of the treaty being read


def describe(value: object) -> str:
    return {
        dict: "a mapping",
        LineDict: "a mapping",
        list: "a list",
        LineList: "a list",
        str: "text",
        int: "a number",
        float: "a number",
        bool: "true/false",
        type(None): "nothing",
    }.get(type(value), type(value).__name__)


class Fields:
    def __init__(
        self,
        data: LineDict,
        file: Path,
        problems: Problems,
        what: str,
        allowed: set[str] | frozenset[str],
        context: LoadContext | None = None,
    ):
        self.data = data
        self.file = file
        self.problems = problems
        self.what = what
        self.context = context or LoadContext()
        self.languages = self.context.languages
        self.audiences = self.context.audiences
        for key in data:
            if key not in allowed:
                self.error(
                    self.line(key),
                    f"{what}: unknown field '{key}' "
                    f"(expected one of: {', '.join(sorted(allowed))})",
                )

    # -- where ---------------------------------------------------------------
    def line(self, key: str | None = None) -> int:
        key_lines: dict = getattr(self.data, "key_lines", {})
        if key is not None and key in key_lines:
            return int(key_lines[key])
        return int(getattr(self.data, "line", 0))

    def error(self, line: int, message: str) -> None:
        self.problems.error(self.file, line, message)

    def warning(self, line: int, message: str) -> None:
        self.problems.warning(self.file, line, message)

    def raw(self, key: str, required: bool) -> Any:
        """The value as read from YAML (None if absent), reporting a missing required key."""
        if key not in self.data or self.data[key] is None:
            if required:
                self.error(self.line(), f"{self.what}: missing required field '{key}'")
            return None
        return self.data[key]

    # -- scalars -------------------------------------------------------------
    def string(self, key: str, required: bool = True) -> str | None:
        value = self.raw(key, required)
        if value is None:
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.error(self.line(key), f"{self.what}: '{key}' must be text, not {describe(value)}")
            return None
        if not value.strip():
            if required:
                self.error(self.line(key), f"{self.what}: '{key}' is empty")
            return None
        return value.strip()

    def identifier(self, key: str = "id") -> str | None:
        value = self.string(key)
        if value is not None and not ID_PATTERN.match(value):
            self.error(
                self.line(key),
                f"{self.what}: id '{value}' must be lowercase letters, digits and dashes",
            )
            return None
        return value

    def choice(
        self, key: str, choices: tuple[str, ...], required: bool = True, default: Any = None
    ) -> Any:
        value = self.string(key, required)
        if value is None:
            return default
        if value not in choices:
            self.error(
                self.line(key),
                f"{self.what}: '{key}' is '{value}', expected one of: {', '.join(choices)}",
            )
            return default
        return value

    def integer(self, key: str, default: int, minimum: int = 0) -> int:
        value = self.raw(key, False)
        if value is None:
            return default
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            self.error(
                self.line(key),
                f"{self.what}: '{key}' must be a whole number of at least {minimum}, not {value!r}",
            )
            return default
        return value

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self.raw(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.error(self.line(key), f"{self.what}: '{key}' must be true or false")
            return default
        return value

    def date(self, key: str, required: bool = True, partial: bool = False) -> dt.date | None:
        """A date like 2025-10-25; with `partial`, also 2025-10 or 2025 when only the
        month or the year is known (a `PartialDate`)."""
        value = self.raw(key, required)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if partial and isinstance(value, (int, str)) and not isinstance(value, bool):
            period = _period(str(value).strip())
            if period is not None:
                return period
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        like = "2025-10-25 (or 2025-10 or 2025 when only the month or year is known)"
        self.error(
            self.line(key),
            f"{self.what}: '{key}' must be a date like {like if partial else '2025-10-25'}, "
            f"not {value!r}",
        )
        return None

    def url(self, key: str, required: bool = True) -> str | None:
        value = self.string(key, required)
        if value is not None and not is_url(value):
            self.error(self.line(key), f"{self.what}: '{key}' is not a full http(s) URL: {value}")
            return None
        return value

    def country_code(self, key: str, noun: str = "code", keep_invalid: bool = False) -> str | None:
        """An ISO 3166-1 alpha-2 code, upper-cased; None if missing or unknown (unless kept)."""
        code = self.string(key)
        if code is None:
            return None
        code = code.upper()
        if code not in ALPHA2:
            self.error(self.line(key), f"{self.what}: '{code}' is not an ISO 3166-1 alpha-2 {noun}")
            return code if keep_invalid else None
        return code

    # -- collections ---------------------------------------------------------
    def items(self, key: str, required: bool = False) -> list:
        value = self.raw(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(
                self.line(key), f"{self.what}: '{key}' must be a list, not {describe(value)}"
            )
            return []
        return value

    def item_line(self, key: str, index: int) -> int:
        value = self.data.get(key)
        lines = getattr(value, "item_lines", None)
        return lines[index] if lines and index < len(lines) else self.line(key)

    def str_list(self, key: str, required: bool = False) -> tuple[str, ...]:
        result = []
        for index, item in enumerate(self.items(key, required)):
            if isinstance(item, (str, int)) and not isinstance(item, bool) and str(item).strip():
                result.append(str(item).strip())
            else:
                self.error(
                    self.item_line(key, index),
                    f"{self.what}: '{key}' entries must be text, not {describe(item)}",
                )
        return tuple(result)

    def mapping(self, key: str, required: bool = False) -> LineDict | None:
        value = self.raw(key, required)
        if value is None:
            return None
        if not isinstance(value, LineDict):  # every YAML mapping is read as a LineDict
            self.error(
                self.line(key), f"{self.what}: '{key}' must be a mapping, not {describe(value)}"
            )
            return None
        return value

    # -- text ----------------------------------------------------------------
    def text(self, key: str, required: bool = True) -> Text | None:
        return self.text_value(self.raw(key, required), key, self.line(key))

    def text_value(self, value: Any, key: str, line: int) -> Text | None:
        """Read `value` (found at `line`) as a text: plain, or a mapping of language to text."""
        if value is None:
            return None
        if isinstance(value, str):
            if not value.strip():
                self.error(line, f"{self.what}: '{key}' is empty")
                return None
            return Text({"": value.strip()})
        if isinstance(value, dict):
            values = {}
            for language, string in value.items():
                where = value.key_lines.get(language, line) if isinstance(value, LineDict) else line
                if not isinstance(language, str) or not LANGUAGE_PATTERN.match(language):
                    self.error(
                        where,
                        f"{self.what}: '{key}' has '{language}', which is not a "
                        "language tag (like en, ko, es, fr, ar)",
                    )
                    continue
                if self.languages is not None and language not in self.languages:
                    self.error(
                        where,
                        f"{self.what}: '{key}' has language '{language}', which the "
                        f"campaign does not declare (languages: "
                        f"{', '.join(sorted(self.languages))})",
                    )
                    continue
                if not isinstance(string, str) or not string.strip():
                    self.error(where, f"{self.what}: '{key}.{language}' must be non-empty text")
                    continue
                values[language] = string.strip()
            return Text(values) if values else None
        self.error(
            line,
            f"{self.what}: '{key}' must be text or a mapping of language to text, "
            f"not {describe(value)}",
        )
        return None

    def audience_text(self, key: str, required: bool = True) -> AudienceText | None:
        value = self.raw(key, required)
        if value is None:
            return None
        line = self.line(key)
        if isinstance(value, LineDict) and (
            DEFAULT in value or (self.audiences and set(value) & self.audiences)
        ):
            variants = {}
            for audience, text in value.items():
                where = value.key_lines.get(audience, line)
                if (
                    audience != DEFAULT
                    and self.audiences is not None
                    and audience not in self.audiences
                ):
                    self.error(
                        where,
                        f"{self.what}: '{key}' has a variant for '{audience}', which "
                        f"is not an audience (audiences: {', '.join(sorted(self.audiences))}, "
                        "or default)",
                    )
                    continue
                parsed = self.text_value(text, f"{key}.{audience}", where)
                if parsed is not None:
                    variants[audience] = parsed
            if required and variants and DEFAULT not in variants:
                self._every_audience_has(key, line, variants)
            return AudienceText(variants) if variants else None
        parsed = self.text_value(value, key, line)
        return AudienceText({DEFAULT: parsed}) if parsed else None

    def _every_audience_has(self, key: str, line: int, variants: dict) -> None:
        """A required text without a default needs a version for each audience
        the item is for (its own `audiences`, or all); otherwise that audience's
        pack would print it empty."""
        wanted = self.raw("audiences", False)
        audiences = (
            set(wanted) & self.audiences
            if isinstance(wanted, list) and self.audiences
            else set(self.audiences or ())
        )
        missing = sorted(audiences - set(variants))
        if missing:
            self.error(
                line,
                f"{self.what}: '{key}' has no version for {', '.join(missing)}; "
                "add a 'default' version or one for each",
            )


def _period(value: str) -> PartialDate | None:
    """A year ("2020") or month ("2020-05") as a PartialDate; None for anything else."""
    match = PARTIAL_DATE_PATTERN.match(value)
    if match is None:
        return None
    year, month = int(match[1]), int(match[2]) if match[2] else None
    if year < 1 or (month is not None and not 1 <= month <= 12):
        return None
    return PartialDate(year, month)


def is_url(value: str) -> bool:
    return (
        bool(
            re.match(
                r"^https?://[^\s/$.?#][^\s]*\.[^\s]+$|^https?://[^\s/$.?#][^\s]*/[^\s]*$", value
            )
        )
        and " " not in value
    )
