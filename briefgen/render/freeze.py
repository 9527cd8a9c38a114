"""What a template sees: plain, frozen data, never a live object.

A `Brief` holds dataclasses, dates and a `pathlib.Path` (the logo), and a
Path's methods read any file on the machine. `freeze` turns it into records
of strings, numbers, dates and tuples: a Path becomes its file: URL, a dict
a read-only mapping, a dataclass a `Record` whose only attributes are its
fields (and its properties, computed once).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import PurePath
from types import MappingProxyType

from markupsafe import Markup

PLAIN = (str, int, float, bool, type(None), dt.date, Markup)


class Record:
    """A read-only bag of named values; attribute and item access only."""

    __slots__ = ("_fields",)

    def __init__(self, fields: dict):
        object.__setattr__(self, "_fields", MappingProxyType(fields))

    def __getattr__(self, name: str):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name: str):
        return self._fields[name]

    def __contains__(self, name: str) -> bool:
        return name in self._fields

    def __setattr__(self, name, value):
        raise AttributeError("a template cannot change the data it shows")

    def __eq__(self, other) -> bool:
        return isinstance(other, Record) and other._fields == self._fields

    def __hash__(self) -> int:
        return hash(tuple(self._fields.items()))

    def __repr__(self) -> str:
        return f"Record({dict(self._fields)!r})"

    def field_names(self) -> frozenset[str]:
        return frozenset(self._fields)


def freeze(value, depth: int = 0, methods=()):
    """`value` as plain frozen data. `methods` names pure methods of a top-level
    dataclass to keep callable (e.g. a design's `heading(section)`)."""
    if depth > 50:
        raise ValueError("the data for the template is nested too deeply")
    if isinstance(value, PLAIN):
        return value
    if isinstance(value, PurePath):
        return value.as_uri() if value.is_absolute() else str(value)
    if isinstance(value, (list, tuple)):
        return tuple(freeze(item, depth + 1) for item in value)
    if isinstance(value, (set, frozenset)):
        return tuple(sorted((freeze(item, depth + 1) for item in value), key=str))
    if isinstance(value, dict):
        return MappingProxyType({str(k): freeze(v, depth + 1) for k, v in value.items()})
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {
            f.name: freeze(getattr(value, f.name), depth + 1) for f in dataclasses.fields(value)
        }
        for name, member in vars(type(value)).items():
            if isinstance(member, property) and name not in fields:
                try:
                    fields[name] = freeze(getattr(value, name), depth + 1)
                except (IndexError, KeyError, AttributeError, ValueError):
                    fields[name] = None
        for name in methods:
            fields[name] = _pure(getattr(value, name))
        return Record(fields)
    return str(value)


def _pure(method):
    """A method's results, frozen; the template never holds the object itself."""

    def call(*args, **kwargs):
        return freeze(method(*args, **kwargs))

    return call
