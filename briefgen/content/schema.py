"""The content schema, declared once per kind of item.

A kind is a frozen dataclass whose attributes say how each is read:

    @kind("concern")
    class Concern:
        id: str = read(Id())
        title: AudienceText = read(AudienceTextField())
        where: Where = located()

From that one declaration come the keys a YAML entry may hold (the
attributes' keys), the type of each value (the annotation) and the
construction (`build`). Rules that tie several fields together go in the
kind's `check` function. Every problem is recorded with its line and reading
goes on, so one run shows them all (see `briefgen.content.fields`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, dataclass_transform

from briefgen.content.fields import Fields, LoadContext, Where
from briefgen.content.problems import Problems
from briefgen.content.yamlfile import LineDict

T = TypeVar("T")
_SPEC = "briefgen.spec"
_LOCATED = "briefgen.located"
_KIND = "__briefgen_kind__"

# A cross-field rule: gets the item's fields and the values read so far, may
# report problems and adjust values; returns False to drop the item.
Check = Callable[[Fields, dict[str, Any]], bool]


# -- field specs -------------------------------------------------------------
class Spec:
    """How one attribute is read from its YAML key."""

    required = False

    def __init__(self, key: str | None = None):
        self.key = key  # the YAML key, when it is not the attribute's name

    def keys(self, name: str, context: LoadContext) -> tuple[str, ...]:
        """The YAML keys this attribute accepts."""
        return (self.key or name,)

    def read(self, f: Fields, key: str) -> Any:
        raise NotImplementedError


class Id(Spec):
    required = True

    def read(self, f: Fields, key: str) -> str | None:
        return f.identifier(key)


class String(Spec):
    def __init__(self, required: bool = True, key: str | None = None):
        super().__init__(key)
        self.required = required

    def read(self, f: Fields, key: str) -> str | None:
        return f.string(key, self.required)


class Url(String):
    def read(self, f: Fields, key: str) -> str | None:
        return f.url(key, self.required)


class Date(String):
    """A date; with `partial`, also one known only to its year or month (2020, 2020-05)."""

    def __init__(self, required: bool = True, key: str | None = None, partial: bool = False):
        super().__init__(required, key)
        self.partial = partial

    def read(self, f: Fields, key: str) -> Any:
        return f.date(key, self.required, partial=self.partial)


class TextField(String):
    def read(self, f: Fields, key: str) -> Any:
        return f.text(key, self.required)


class AudienceTextField(String):
    def read(self, f: Fields, key: str) -> Any:
        return f.audience_text(key, self.required)


class CountryCode(Spec):
    """An ISO 3166-1 alpha-2 code; `noun` completes the message for an unknown one."""

    required = True

    def __init__(self, noun: str = "code", keep_invalid: bool = False):
        super().__init__()
        self.noun = noun
        self.keep_invalid = keep_invalid

    def read(self, f: Fields, key: str) -> str | None:
        return f.country_code(key, self.noun, self.keep_invalid)


class Choice(Spec):
    """One of `choices` (or, given a function, of the choices the context allows)."""

    def __init__(
        self,
        choices: tuple[str, ...] | Callable[[LoadContext], tuple[str, ...]],
        default: str | None,
        required: bool = True,
    ):
        super().__init__()
        self.choices = choices
        self.default = default
        self.missing_reported = required

    def read(self, f: Fields, key: str) -> Any:
        choices = self.choices(f.context) if callable(self.choices) else self.choices
        return f.choice(key, choices, self.missing_reported, self.default)


class Integer(Spec):
    def __init__(self, default: int, minimum: int = 0):
        super().__init__()
        self.default = default
        self.minimum = minimum

    def read(self, f: Fields, key: str) -> int:
        return f.integer(key, self.default, self.minimum)


class Boolean(Spec):
    def __init__(self, default: bool = False):
        super().__init__()
        self.default = default

    def read(self, f: Fields, key: str) -> bool:
        return f.boolean(key, self.default)


class StrList(Spec):
    """A list of texts; `missing_reported` says a missing list is an error."""

    def __init__(self, required: bool = False, empty_is_none: bool = False):
        super().__init__()
        self.missing_reported = required
        self.empty_is_none = empty_is_none

    def read(self, f: Fields, key: str) -> tuple[str, ...] | None:
        values = f.str_list(key, self.missing_reported)
        return None if self.empty_is_none and not values else values


class Items(Spec):
    """A list of entries of another kind; entries that are unusable are left out."""

    def __init__(self, of: type, not_a_mapping: str, required: bool = False):
        super().__init__()
        self.of = of
        self.not_a_mapping = not_a_mapping
        self.missing_reported = required

    def read(self, f: Fields, key: str) -> tuple[Any, ...]:
        entries: list[Any] = []
        for index, item in enumerate(f.items(key, self.missing_reported)):
            if not isinstance(item, LineDict):
                f.error(f.item_line(key, index), self.not_a_mapping)
                continue
            entry = build(self.of, item, f.file, f.problems, f.context)
            if entry is not None:
                entries.append(entry)
        return tuple(entries)


class Nested(Spec):
    """A mapping read as another kind; absent, the kind's defaults."""

    def __init__(self, of: type):
        super().__init__()
        self.of = of

    def read(self, f: Fields, key: str) -> Any:
        block = f.mapping(key)
        if block is None:
            return self.of()
        return build(self.of, block, f.file, f.problems, f.context)


class Derived(Spec):
    """Not a key of its own: the kind's check sets it from other fields."""

    def __init__(self, default: Any = dataclasses.MISSING):
        super().__init__()
        self.default = default  # MISSING: the attribute's own default, unless the check sets it

    def keys(self, name: str, context: LoadContext) -> tuple[str, ...]:
        return ()

    def read(self, f: Fields, key: str) -> Any:
        return self.default


class Custom(Spec):
    """A field with a rule of its own: `reader(f, key)` returns the value."""

    def __init__(
        self,
        reader: Callable[[Fields, str], Any],
        required: bool = False,
        keys: Callable[[LoadContext], tuple[str, ...]] | None = None,
    ):
        super().__init__()
        self.reader = reader
        self.required = required
        self.dynamic_keys = keys

    def keys(self, name: str, context: LoadContext) -> tuple[str, ...]:
        if self.dynamic_keys is not None:
            return self.dynamic_keys(context)
        return super().keys(name, context)

    def read(self, f: Fields, key: str) -> Any:
        return self.reader(f, key)


# -- declaring a kind --------------------------------------------------------
def read(
    spec: Spec, *, default: Any = dataclasses.MISSING, default_factory: Any = dataclasses.MISSING
) -> Any:
    """Declare an attribute of a kind and how it is read (see the module docstring)."""
    return dataclasses.field(
        default=default, default_factory=default_factory, metadata={_SPEC: spec}
    )


def located() -> Any:
    """The attribute that records where the item starts (file and line)."""
    return dataclasses.field(metadata={_LOCATED: True})


@dataclass(frozen=True)
class Kind:
    what: str  # how messages name an item of this kind
    specs: dict[str, Spec]  # attribute name -> how it is read
    located: str | None  # the attribute that gets the item's Where, if any
    check: Check | None

    def allowed(self, context: LoadContext) -> frozenset[str]:
        return frozenset(
            key for name, spec in self.specs.items() for key in spec.keys(name, context)
        )


@dataclass_transform(frozen_default=True, field_specifiers=(read, located, dataclasses.field))
def kind(what: str, check: Check | None = None) -> Callable[[type[T]], type[T]]:
    """Make `cls` a frozen dataclass and a kind of content item named `what`."""

    def declare(cls: type[T]) -> type[T]:
        cls = dataclass(frozen=True)(cls)
        specs: dict[str, Spec] = {}
        where = None
        for item in dataclasses.fields(cls):  # type: ignore[arg-type]
            if _SPEC in item.metadata:
                specs[item.name] = item.metadata[_SPEC]
            elif item.metadata.get(_LOCATED):
                where = item.name
            else:
                raise TypeError(f"{cls.__name__}.{item.name} is declared without read()")
        setattr(cls, _KIND, Kind(what, specs, where, check))
        return cls

    return declare


def kind_of(cls: type) -> Kind:
    found = getattr(cls, _KIND, None)
    if not isinstance(found, Kind):
        raise TypeError(f"{cls.__name__} is not declared with @kind")
    return found


def build(
    cls: type[T],
    data: LineDict,
    file: Path,
    problems: Problems,
    context: LoadContext,
    what: str | None = None,
) -> T | None:
    """Read one item of kind `cls` from `data`; None if it is unusable (problems recorded)."""
    declared = kind_of(cls)
    f = Fields(data, file, problems, what or declared.what, declared.allowed(context), context)
    values = {name: spec.read(f, spec.key or name) for name, spec in declared.specs.items()}
    usable = declared.check(f, values) if declared.check else True
    if not usable or any(
        values[name] is None for name, spec in declared.specs.items() if spec.required
    ):
        return None
    values = {k: v for k, v in values.items() if v is not dataclasses.MISSING}
    if declared.located:
        values[declared.located] = Where(file, data.line)
    return cls(**values)
